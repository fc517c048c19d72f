import type { CustomerMirrorInput } from "~/models/customer.server";
import type { OrderMirrorInput } from "~/models/order.server";
import type { ShopifyCustomer } from "~/shopify/customers.server";
import { parseGid } from "~/shopify/gid";
import type { ShopifyOrder } from "~/shopify/orders.server";

// Admin GraphQL objects (import, refetch) → rows of the customer and order mirror.

export function customerMirrorFromGraphql(customer: ShopifyCustomer): CustomerMirrorInput {
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

export function orderMirrorFromGraphql(order: ShopifyOrder, customerId: string | null): OrderMirrorInput {
  return {
    shopifyId: parseGid(order.id),
    customerId,
    name: order.name,
    email: order.email,
    financialStatus: order.displayFinancialStatus,
    fulfillmentStatus: order.displayFulfillmentStatus,
    currencyCode: order.currencyCode,
    // The order as it stands now: after edits, removals and refunds (Shopify's current* fields).
    subtotal: order.currentSubtotalPriceSet.shopMoney.amount,
    totalTax: order.currentTotalTaxSet.shopMoney.amount,
    totalShipping: order.currentShippingPriceSet.shopMoney.amount,
    total: order.currentTotalPriceSet.shopMoney.amount,
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
