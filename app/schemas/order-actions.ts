import { z } from "zod";

/**
 * A ticket's order actions as data: the changes (edit, refund, cancel, change the address, send
 * the invoice), which are members of the ticket action vocabulary (`ticket-actions.ts`), and the
 * reads the order panels ask for first (an edit's preview, a refund's suggestion, a cancel's
 * progress). The services in `services/order-actions/` carry them out against Shopify.
 */

const gid = (type: string) => z.string().regex(new RegExp(`^gid://shopify/${type}/\\d+$`));
const decimal = z.string().regex(/^\d{1,12}(\.\d{1,4})?$/);
const key = z.string().uuid();

export const OrderEditChange = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("setQuantity"), lineItemId: gid("LineItem"), quantity: z.number().int().min(0).max(10_000), restock: z.boolean() }),
  z.object({ kind: z.literal("addVariant"), variantId: gid("ProductVariant"), quantity: z.number().int().min(1).max(10_000) }),
  z.object({ kind: z.literal("swapVariant"), lineItemId: gid("LineItem"), variantId: gid("ProductVariant"), restock: z.boolean() }),
  z.object({
    kind: z.literal("addDiscount"),
    line: z.union([z.object({ lineItemId: gid("LineItem") }), z.object({ addedIndex: z.number().int().min(0) })]),
    discount: z.union([z.object({ fixed: decimal }), z.object({ percent: z.number().positive().max(100) })]),
    reason: z.string().trim().min(1).max(255),
  }),
  z.object({ kind: z.literal("addCustomItem"), title: z.string().trim().min(1).max(255), price: decimal, quantity: z.number().int().min(1).max(10_000), taxable: z.boolean(), requiresShipping: z.boolean() }),
  z.object({ kind: z.literal("addShippingLine"), title: z.string().trim().min(1).max(255), price: decimal }),
  z.object({ kind: z.literal("updateShippingLine"), shippingLineId: z.string().min(1), title: z.string().trim().min(1).max(255).optional(), price: decimal.optional() }),
  z.object({ kind: z.literal("removeShippingLine"), shippingLineId: z.string().min(1) }),
]);

const RefundPlan = {
  lines: z.array(z.object({ lineItemId: gid("LineItem"), quantity: z.number().int().min(1), restockType: z.enum(["NO_RESTOCK", "RETURN", "CANCEL"]), locationId: gid("Location").optional() })).max(250),
  shipping: z.union([z.object({ full: z.literal(true) }), z.object({ amount: decimal })]).nullable(),
  amount: decimal.optional(),
};

/** The order actions that change an order in Shopify: each runs once per idempotency key. */
export const OrderChange = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("editCommit"), changes: z.array(OrderEditChange).min(1).max(100), notifyCustomer: z.boolean(), staffNote: z.string().max(255), idempotencyKey: key, seenOrderUpdatedAt: z.string().datetime() }),
  z.object({ intent: z.literal("sendInvoice"), idempotencyKey: key }),
  z.object({ intent: z.literal("refund"), ...RefundPlan, note: z.string().max(255), notifyCustomer: z.boolean(), toStoreCredit: z.boolean(), seenOrderUpdatedAt: z.string().datetime() }),
  z.object({ intent: z.literal("address"), address: z.record(z.string(), z.string()), idempotencyKey: key }),
  z.object({
    intent: z.literal("cancel"),
    reason: z.enum(["CUSTOMER", "DECLINED", "FRAUD", "INVENTORY", "STAFF", "OTHER"]),
    restock: z.boolean(),
    refund: z.enum(["ORIGINAL", "STORE_CREDIT", "NONE"]),
    notifyCustomer: z.boolean(),
    staffNote: z.string().max(255),
  }),
]);
export type OrderChange = z.infer<typeof OrderChange>;

/** What the order panels read before they change anything: nothing changes in Shopify. */
export const OrderPreview = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("editPreview"), changes: z.array(OrderEditChange).max(100) }),
  z.object({ intent: z.literal("refundSuggest"), ...RefundPlan }),
  z.object({ intent: z.literal("cancelProgress"), jobId: z.string().min(1).max(200) }),
]);
export type OrderPreview = z.infer<typeof OrderPreview>;

/** A request to the ticket's order endpoint: a change or a preview. */
export const OrderActionRequest = z.discriminatedUnion("intent", [...OrderChange.options, ...OrderPreview.options]);
export type OrderActionRequest = z.infer<typeof OrderActionRequest>;

const CHANGE_INTENTS = new Set<string>(OrderChange.options.map((option) => option.shape.intent.value));

export function isOrderChange(request: OrderActionRequest): request is OrderChange {
  return CHANGE_INTENTS.has(request.intent);
}
