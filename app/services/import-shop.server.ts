import { findCustomerIdByShopifyId, upsertCustomerMirror } from "~/models/customer.server";
import { upsertOrderMirror } from "~/models/order.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { fetchCustomersPage, type ShopifyCustomer } from "~/shopify/customers.server";
import { parseGid } from "~/shopify/gid";
import { fetchOrdersPage, type ShopifyOrder } from "~/shopify/orders.server";

/** Orders older than this need the read_all_orders scope, which Frontdesk does not ask for. */
export const IMPORT_ORDERS_DAYS = 60;

function customerMirror(customer: ShopifyCustomer) {
  return {
    shopifyId: parseGid(customer.id),
    email: customer.defaultEmailAddress?.emailAddress ?? null,
    firstName: customer.firstName,
    lastName: customer.lastName,
    phone: customer.defaultPhoneNumber?.phoneNumber ?? null,
    shopifyLocale: customer.locale,
    ordersCount: Number(customer.numberOfOrders),
    amountSpent: customer.amountSpent.amount,
    currencyCode: customer.amountSpent.currencyCode,
    tags: customer.tags,
    shopifyUpdatedAt: new Date(customer.updatedAt),
  };
}

function orderMirror(order: ShopifyOrder, customerId: string | null) {
  return {
    shopifyId: parseGid(order.id),
    customerId,
    name: order.name,
    email: order.email,
    financialStatus: order.displayFinancialStatus,
    fulfillmentStatus: order.displayFulfillmentStatus,
    currencyCode: order.currencyCode,
    subtotal: order.subtotalPriceSet?.shopMoney.amount ?? "0",
    totalTax: order.totalTaxSet?.shopMoney.amount ?? "0",
    totalShipping: order.totalShippingPriceSet.shopMoney.amount,
    total: order.totalPriceSet.shopMoney.amount,
    totalRefunded: order.totalRefundedSet.shopMoney.amount,
    lineItems: order.lineItems.nodes.map((item) => ({
      shopifyId: String(parseGid(item.id)),
      variantId: item.variant ? String(parseGid(item.variant.id)) : null,
      title: item.title,
      variantTitle: item.variantTitle,
      sku: item.sku,
      quantity: item.quantity,
      currentQuantity: item.currentQuantity,
      unfulfilledQuantity: item.unfulfilledQuantity,
      price: item.originalUnitPriceSet.shopMoney.amount,
    })),
    shippingAddress: order.shippingAddress,
    fulfillments: order.fulfillments.map((fulfillment) => ({
      shopifyId: String(parseGid(fulfillment.id)),
      status: fulfillment.status,
      createdAt: fulfillment.createdAt,
      tracking: fulfillment.trackingInfo,
    })),
    refunds: order.refunds.map((refund) => ({
      shopifyId: String(parseGid(refund.id)),
      createdAt: refund.createdAt,
      note: refund.note,
      amount: refund.totalRefundedSet.shopMoney.amount,
    })),
    tags: order.tags,
    note: order.note,
    cancelledAt: order.cancelledAt ? new Date(order.cancelledAt) : null,
    cancelReason: order.cancelReason,
    shopifyCreatedAt: new Date(order.createdAt),
    shopifyUpdatedAt: new Date(order.updatedAt),
  };
}

/**
 * Imports the shop's customers and its last 60 days of orders into the mirror, page by page.
 * Safe to run again: each row is applied only when it is not older than what is stored.
 */
export async function importShop({ shop, admin, now = new Date() }: { shop: string; admin: AdminClient; now?: Date }) {
  let customers = 0;
  for (let after: string | null = null, more = true; more; ) {
    const page = await fetchCustomersPage(admin, after);
    for (const customer of page.nodes) await upsertCustomerMirror(shop, customerMirror(customer));
    customers += page.nodes.length;
    ({ hasNextPage: more, endCursor: after } = page.pageInfo);
  }

  const since = new Date(now.getTime() - IMPORT_ORDERS_DAYS * 86_400_000).toISOString();
  let orders = 0;
  for (let after: string | null = null, more = true; more; ) {
    const page = await fetchOrdersPage(admin, { after, query: `created_at:>=${since}` });
    for (const order of page.nodes) {
      const customerId = order.customer ? await findCustomerIdByShopifyId(shop, parseGid(order.customer.id)) : null;
      await upsertOrderMirror(shop, orderMirror(order, customerId));
    }
    orders += page.nodes.length;
    ({ hasNextPage: more, endCursor: after } = page.pageInfo);
  }
  return { customers, orders };
}
