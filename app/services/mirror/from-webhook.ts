import type { CustomerMirrorInput } from "~/models/customer.server";
import type { OrderMirrorInput } from "~/models/order.server";
import type { CustomerPayload, OrderPayload } from "~/schemas/webhook-payloads";
import { parseGid } from "~/shopify/gid";

// Webhook payloads (Shopify's REST resource shapes) → rows of the customer and order mirror,
// in the same vocabulary as the GraphQL import (upper-case statuses, numeric ids as strings).

/** REST `fulfillment_status` → GraphQL `OrderDisplayFulfillmentStatus`. */
const FULFILLMENT_STATUS: Record<string, string> = {
  fulfilled: "FULFILLED",
  partial: "PARTIALLY_FULFILLED",
  restocked: "RESTOCKED",
  unfulfilled: "UNFULFILLED",
};

export function splitTags(tags: string | null | undefined): string[] {
  return (tags ?? "")
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}

function sum(amounts: string[]): string {
  return (amounts.reduce((total, amount) => total + Math.round(Number(amount) * 100), 0) / 100).toFixed(2);
}

export function customerMirrorFromWebhook(customer: CustomerPayload, fallbackUpdatedAt: string): Omit<CustomerMirrorInput, "ordersCount" | "amountSpent"> {
  return {
    shopifyId: parseGid(customer.admin_graphql_api_id),
    email: customer.email,
    firstName: customer.first_name,
    lastName: customer.last_name,
    phone: customer.phone,
    shopifyLocale: typeof customer.locale === "string" ? customer.locale : null,
    currencyCode: customer.currency ?? null,
    tags: splitTags(customer.tags),
    shopifyUpdatedAt: new Date(customer.updated_at ?? fallbackUpdatedAt),
  };
}

export function orderMirrorFromWebhook(order: OrderPayload, customerId: string | null): OrderMirrorInput {
  const refundTransactions = order.refunds.flatMap((refund) =>
    refund.transactions.filter((transaction) => transaction.kind === "refund" && transaction.status !== "failure" && transaction.status !== "error"),
  );
  return {
    shopifyId: parseGid(order.admin_graphql_api_id),
    customerId,
    name: order.name,
    email: order.email,
    financialStatus: order.financial_status ? order.financial_status.toUpperCase() : null,
    fulfillmentStatus: FULFILLMENT_STATUS[order.fulfillment_status ?? "unfulfilled"] ?? order.fulfillment_status!.toUpperCase(),
    currencyCode: order.currency,
    // The order as it stands now: after edits, removals and refunds (the payload's current_* fields).
    subtotal: order.current_subtotal_price ?? order.subtotal_price,
    totalTax: order.current_total_tax ?? order.total_tax,
    totalShipping: (order.current_shipping_price_set ?? order.total_shipping_price_set)?.shop_money.amount ?? "0",
    total: order.current_total_price ?? order.total_price,
    totalRefunded: sum(refundTransactions.map((transaction) => transaction.amount)),
    lineItems: order.line_items.map((item) => ({
      shopifyId: String(parseGid(item.admin_graphql_api_id)),
      variantId: item.variant_id ? String(item.variant_id) : null,
      title: item.title,
      variantTitle: item.variant_title,
      sku: item.sku,
      quantity: item.quantity,
      currentQuantity: item.current_quantity ?? item.quantity,
      unfulfilledQuantity: item.fulfillable_quantity ?? 0,
      price: item.price,
    })),
    shippingAddress: order.shipping_address
      ? {
          name: order.shipping_address.name,
          address1: order.shipping_address.address1,
          address2: order.shipping_address.address2,
          city: order.shipping_address.city,
          province: order.shipping_address.province,
          provinceCode: order.shipping_address.province_code ?? null,
          zip: order.shipping_address.zip,
          country: order.shipping_address.country,
          countryCodeV2: order.shipping_address.country_code,
          phone: order.shipping_address.phone,
        }
      : null,
    fulfillments: order.fulfillments.map((fulfillment) => ({
      shopifyId: String(parseGid(fulfillment.admin_graphql_api_id)),
      status: fulfillment.status ? fulfillment.status.toUpperCase() : null,
      createdAt: fulfillment.created_at,
      tracking: fulfillment.tracking_numbers.map((number, index) => ({
        company: fulfillment.tracking_company,
        number,
        url: fulfillment.tracking_urls[index] ?? null,
      })),
    })),
    refunds: order.refunds.map((refund) => ({
      shopifyId: String(parseGid(refund.admin_graphql_api_id!)),
      createdAt: refund.created_at,
      note: refund.note,
      amount: sum(refund.transactions.filter((transaction) => transaction.kind === "refund").map((transaction) => transaction.amount)),
    })),
    tags: splitTags(order.tags),
    note: order.note,
    cancelledAt: order.cancelled_at ? new Date(order.cancelled_at) : null,
    cancelReason: order.cancel_reason ? order.cancel_reason.toUpperCase() : null,
    shopifyCreatedAt: new Date(order.created_at),
    shopifyUpdatedAt: new Date(order.updated_at),
  };
}
