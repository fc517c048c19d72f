import type { FrontdeskOrderForMirrorQuery, FrontdeskOrderMirrorFieldsFragment, FrontdeskOrdersPageQuery } from "~/types/admin.generated";
import { runAdminOperation, type AdminClient } from "./admin-client.server";

/** Everything the order mirror keeps, for the import, the refetch after an edit or refund, and reconciliation. */
const ORDER_MIRROR_FIELDS = `#graphql
  fragment FrontdeskOrderMirrorFields on Order {
    id
    name
    email
    displayFinancialStatus
    displayFulfillmentStatus
    currencyCode
    tags
    note
    cancelledAt
    cancelReason
    createdAt
    updatedAt
    customer {
      id
    }
    currentSubtotalPriceSet { shopMoney { amount } }
    currentTotalTaxSet { shopMoney { amount } }
    currentShippingPriceSet { shopMoney { amount } }
    currentTotalPriceSet { shopMoney { amount } }
    totalRefundedSet { shopMoney { amount } }
    shippingAddress {
      name
      address1
      address2
      city
      province
      provinceCode
      zip
      country
      countryCodeV2
      phone
    }
    lineItems(first: 25) {
      nodes {
        id
        title
        variantTitle
        sku
        quantity
        currentQuantity
        unfulfilledQuantity
        originalUnitPriceSet { shopMoney { amount } }
        variant { id }
      }
    }
    fulfillments(first: 10) {
      id
      status
      createdAt
      trackingInfo {
        company
        number
        url
      }
    }
    refunds(first: 10) {
      id
      createdAt
      note
      totalRefundedSet { shopMoney { amount } }
    }
  }
`;

const ORDERS_PAGE = `#graphql
  query FrontdeskOrdersPage($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...FrontdeskOrderMirrorFields
      }
    }
  }
  ${ORDER_MIRROR_FIELDS}
`;

const ORDER_BY_ID = `#graphql
  query FrontdeskOrderForMirror($id: ID!) {
    order(id: $id) {
      ...FrontdeskOrderMirrorFields
    }
  }
  ${ORDER_MIRROR_FIELDS}
`;

export type ShopifyOrder = FrontdeskOrderMirrorFieldsFragment;
export type OrdersPage = FrontdeskOrdersPageQuery["orders"];

/**
 * Orders per page. Each order as the mirror selects it costs about 157 points (25 line items,
 * 10 fulfilments, 10 refunds), and Shopify refuses a single query above 1000.
 */
const ORDERS_PER_PAGE = 6;

/** One page of orders matching a search query (e.g. `updated_at:>=2026-09-01`), least recently updated first. */
export async function fetchOrdersPage(
  admin: AdminClient,
  options: { after: string | null; query?: string; first?: number },
): Promise<OrdersPage> {
  const data = await runAdminOperation<FrontdeskOrdersPageQuery>(admin, ORDERS_PAGE, {
    first: options.first ?? ORDERS_PER_PAGE,
    after: options.after,
    query: options.query ?? null,
  });
  return data.orders;
}

/** One order as the mirror keeps it, or null when Shopify no longer has it. */
export async function fetchOrderForMirror(admin: AdminClient, orderGid: string): Promise<ShopifyOrder | null> {
  const data = await runAdminOperation<FrontdeskOrderForMirrorQuery>(admin, ORDER_BY_ID, { id: orderGid });
  return data.order;
}
