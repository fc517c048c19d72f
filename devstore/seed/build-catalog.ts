import { formatDecimal, parseMinor, toCount, toGid, toMoney, type Product, type ProductVariant } from "../objects.ts";
import type { IdAllocator } from "./ids.ts";
import type { Random } from "./random.ts";
import type { ShopSeed } from "./shops.ts";

function combinations(options: Array<{ name: string; values: string[] }>): Array<Array<{ name: string; value: string; index: number }>> {
  return options.reduce<Array<Array<{ name: string; value: string; index: number }>>>(
    (rows, option) => rows.flatMap((row) => option.values.map((value, index) => [...row, { name: option.name, value, index }])),
    [[]],
  );
}

/** The shop's products and their variants, as Admin GraphQL `Product` and `ProductVariant` objects. */
export function buildProducts(seed: ShopSeed, random: Random, nextId: IdAllocator, createdAt: string, domain: string): Product[] {
  return seed.catalog.map((entry) => {
    const productId = nextId("Product");
    const product = {
      __typename: "Product",
      id: toGid("Product", productId),
      legacyResourceId: String(productId),
      title: entry.title,
      handle: entry.handle,
      description: entry.description,
      descriptionHtml: `<p>${entry.description}</p>`,
      vendor: entry.vendor,
      productType: entry.productType,
      status: "ACTIVE",
      tags: entry.tags,
      createdAt,
      updatedAt: createdAt,
      publishedAt: createdAt,
      tracksInventory: true,
      hasOnlyDefaultVariant: entry.options.length === 0,
      isGiftCard: false,
      onlineStoreUrl: `https://${domain}/products/${entry.handle}`,
      imageHue: entry.hue,
      options: (entry.options.length ? entry.options : [{ name: "Title", values: ["Default Title"] }]).map((option, position) => ({
        __typename: "ProductOption" as const,
        id: toGid("ProductOption", nextId("ProductOption")),
        name: option.name,
        position: position + 1,
        values: option.values,
        optionValues: option.values.map((value) => ({
          __typename: "ProductOptionValue" as const,
          id: toGid("ProductOptionValue", nextId("ProductOptionValue")),
          name: value,
          hasVariants: true,
        })),
      })),
      variants: [] as ProductVariant[],
    } as Omit<Product, "priceRangeV2" | "variantsCount" | "totalInventory" | "hasOutOfStockVariants"> as Product;

    const rows = entry.options.length ? combinations(entry.options) : [[]];
    product.variants = rows.map((row, position) => {
      const variantId = nextId("ProductVariant");
      const inventoryItemId = nextId("InventoryItem");
      const title = row.length ? row.map((option) => option.value).join(" / ") : "Default Title";
      const step = entry.priceSteps?.[row[0]?.index ?? 0] ?? 0;
      const sku = [entry.skuPrefix, ...row.map((option) => option.value.replace(/[^A-Za-z0-9]+/g, "").toUpperCase() || String(option.index + 1))].join("-");
      const inventoryQuantity = random.chance(0.08) ? 0 : random.int(3, 140);
      return {
        __typename: "ProductVariant",
        id: toGid("ProductVariant", variantId),
        legacyResourceId: String(variantId),
        title,
        displayName: `${entry.title} - ${title}`,
        sku,
        barcode: `0${random.digits(11)}`,
        price: formatDecimal(entry.price + step, seed.currency),
        compareAtPrice: entry.compareAtPrice ? formatDecimal(entry.compareAtPrice + step, seed.currency) : null,
        position: position + 1,
        inventoryQuantity,
        inventoryPolicy: "DENY",
        availableForSale: inventoryQuantity > 0,
        sellableOnlineQuantity: inventoryQuantity,
        taxable: true,
        requiresComponents: false,
        showUnitPrice: false,
        selectedOptions: row.length
          ? row.map((option) => ({ __typename: "SelectedOption" as const, name: option.name, value: option.value }))
          : [{ __typename: "SelectedOption" as const, name: "Title", value: "Default Title" }],
        createdAt,
        updatedAt: createdAt,
        product,
        inventoryItem: {
          __typename: "InventoryItem",
          id: toGid("InventoryItem", inventoryItemId),
          legacyResourceId: String(inventoryItemId),
          sku,
          tracked: true,
          requiresShipping: true,
          createdAt,
          updatedAt: createdAt,
          duplicateSkuCount: 0,
        },
      } satisfies ProductVariant;
    });
    refreshProductTotals(product, seed.currency);
    return product;
  });
}

/** Recomputes the fields Shopify derives from a product's variants (price range, stock). */
export function refreshProductTotals(product: Product, currency: string): void {
  const prices = product.variants.map((variant) => parseMinor(variant.price, currency));
  product.priceRangeV2 = {
    __typename: "ProductPriceRangeV2",
    minVariantPrice: toMoney(Math.min(...prices), currency),
    maxVariantPrice: toMoney(Math.max(...prices), currency),
  };
  product.variantsCount = toCount(product.variants.length);
  product.totalInventory = product.variants.reduce((sum, variant) => sum + variant.inventoryQuantity, 0);
  product.hasOutOfStockVariants = product.variants.some((variant) => variant.inventoryQuantity <= 0);
}
