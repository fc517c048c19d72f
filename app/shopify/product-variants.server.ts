import type { FrontdeskVariantChoiceFragment, FrontdeskVariantSearchQuery, FrontdeskVariantSiblingsQuery } from "~/types/admin.generated";
import { runAdminOperation, type AdminClient } from "./admin-client.server";

/** A variant as the order editor offers it: what it is, what it costs, whether it is in stock. */
export interface VariantChoice {
  id: string;
  productId: string;
  productTitle: string;
  title: string;
  sku: string | null;
  price: string;
  inventoryQuantity: number | null;
  availableForSale: boolean;
  imageUrl: string | null;
}

const VARIANT_FIELDS = `#graphql
  fragment FrontdeskVariantChoice on ProductVariant {
    id
    title
    sku
    price
    inventoryQuantity
    availableForSale
    image { url(transform: { maxWidth: 80, maxHeight: 80 }) }
    product { id title featuredMedia { preview { image { url(transform: { maxWidth: 80, maxHeight: 80 }) } } } }
  }
`;

const VARIANT_SEARCH = `#graphql
  query FrontdeskVariantSearch($query: String!) {
    productVariants(first: 20, query: $query, sortKey: RELEVANCE) {
      nodes { ...FrontdeskVariantChoice }
    }
  }
  ${VARIANT_FIELDS}
`;

const VARIANT_SIBLINGS = `#graphql
  query FrontdeskVariantSiblings($id: ID!) {
    productVariant(id: $id) {
      id
      product { variants(first: 50) { nodes { ...FrontdeskVariantChoice } } }
    }
  }
  ${VARIANT_FIELDS}
`;

function toChoice(node: FrontdeskVariantChoiceFragment): VariantChoice {
  return {
    id: node.id,
    productId: node.product.id,
    productTitle: node.product.title,
    title: node.title,
    sku: node.sku,
    price: node.price,
    inventoryQuantity: node.inventoryQuantity,
    availableForSale: node.availableForSale,
    imageUrl: node.image?.url ?? node.product.featuredMedia?.preview?.image?.url ?? null,
  };
}

/** Variants whose product title, variant title or SKU match what the agent typed. */
export async function searchVariants(admin: AdminClient, text: string): Promise<VariantChoice[]> {
  const words = text.replace(/["\\:()]/g, " ").trim();
  if (!words) return [];
  const data = await runAdminOperation<FrontdeskVariantSearchQuery>(admin, VARIANT_SEARCH, { query: words });
  return data.productVariants.nodes.map(toChoice);
}

/** The other sizes and colours of a variant's product, for a swap. */
export async function listSiblingVariants(admin: AdminClient, variantId: string): Promise<VariantChoice[]> {
  const data = await runAdminOperation<FrontdeskVariantSiblingsQuery>(admin, VARIANT_SIBLINGS, { id: variantId });
  return data.productVariant?.product.variants.nodes.map(toChoice) ?? [];
}
