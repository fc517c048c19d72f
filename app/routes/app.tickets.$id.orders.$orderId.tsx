import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getStaffDisplayName } from "~/models/staff-member.server";
import { cancelTicketOrder } from "~/services/order-actions/cancel-ticket-order.server";
import { changeOrderAddress } from "~/services/order-actions/change-order-address.server";
import { editTicketOrder } from "~/services/order-actions/edit-ticket-order.server";
import { getOrderCancelProgress } from "~/services/order-actions/get-order-cancel-progress.server";
import { refundTicketOrder } from "~/services/order-actions/refund-ticket-order.server";
import { sendOrderInvoice } from "~/services/order-actions/send-order-invoice.server";
import { suggestTicketRefund } from "~/services/order-actions/suggest-ticket-refund.server";
import { unavailable } from "~/services/order-actions/order-action-errors";
import type { OrderActionContext, OrderActionResult } from "~/services/order-actions/types";
import { listRestockLocations } from "~/shopify/locations.server";
import { listSiblingVariants, searchVariants } from "~/shopify/product-variants.server";
import { requireStaffId } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";

// A ticket's order actions (POST, JSON) and the variant lookups the order editor needs (GET).
// Each intent is one service call; the service checks that the ticket and the order belong to
// the shop and to each other.

const gid = (type: string) => z.string().regex(new RegExp(`^gid://shopify/${type}/\\d+$`));
const decimal = z.string().regex(/^\d{1,12}(\.\d{1,4})?$/);
const key = z.string().uuid();

const EditChange = z.discriminatedUnion("kind", [
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

const OrderAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("editPreview"), changes: z.array(EditChange).max(100) }),
  z.object({ intent: z.literal("editCommit"), changes: z.array(EditChange).min(1).max(100), notifyCustomer: z.boolean(), staffNote: z.string().max(255), idempotencyKey: key, seenOrderUpdatedAt: z.string().datetime() }),
  z.object({ intent: z.literal("sendInvoice"), idempotencyKey: key }),
  z.object({ intent: z.literal("refundSuggest"), ...RefundPlan }),
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
  z.object({ intent: z.literal("cancelProgress"), jobId: z.string().min(1).max(200) }),
]);

const STATUS: Record<string, number> = { NOT_FOUND: 404, ACCESS_DENIED: 403, IN_PROGRESS: 409, UNAVAILABLE: 503, STALE: 409 };

function answer<T>(result: OrderActionResult<T>): Response {
  return Response.json(result, { status: result.ok ? 200 : (STATUS[result.code] ?? 422) });
}

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin } = await authenticate.admin(request);
  const url = new URL(request.url);
  const siblingsOf = url.searchParams.get("siblingsOf");
  const text = url.searchParams.get("variantSearch")?.slice(0, 100) ?? "";
  try {
    if (url.searchParams.has("locations")) return { variants: [], locations: await listRestockLocations(admin) };
    if (siblingsOf && /^gid:\/\/shopify\/ProductVariant\/\d+$/.test(siblingsOf)) return { variants: await listSiblingVariants(admin, siblingsOf) };
    return { variants: text.trim().length >= 2 ? await searchVariants(admin, text) : [] };
  } catch (error) {
    // The editor works without suggestions (no read_products, Shopify slow): it offers none.
    console.error("Variant lookup failed:", error instanceof Error ? error.message : error);
    return { variants: [], unavailable: true };
  }
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session, sessionToken } = await authenticate.admin(request);
  const staffId = requireStaffId(sessionToken);
  const parsed = OrderAction.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, code: "INVALID", errors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) }, { status: 422 });
  const context: OrderActionContext = {
    admin,
    shop: session.shop,
    ticketId: params.id ?? "",
    orderId: params.orderId ?? "",
    staff: { id: staffId, name: await getStaffDisplayName(session.shop, staffId) },
  };
  const data = parsed.data;
  try {
    return answer(await perform(context, data));
  } catch (error) {
    // Shopify did not answer (an outage, throttled past the retries): say so, never a 500 page.
    console.error(`Order action ${data.intent} failed:`, error instanceof Error ? error.message : error);
    return answer(unavailable());
  }
};

async function perform(context: OrderActionContext, data: z.infer<typeof OrderAction>): Promise<OrderActionResult<unknown>> {
  const { admin, shop } = context;
  switch (data.intent) {
    case "editPreview":
      return editTicketOrder({ ...context, changes: data.changes });
    case "editCommit":
      return editTicketOrder({ ...context, changes: data.changes, commit: { notifyCustomer: data.notifyCustomer, staffNote: data.staffNote, idempotencyKey: data.idempotencyKey, seenOrderUpdatedAt: data.seenOrderUpdatedAt } });
    case "sendInvoice":
      return sendOrderInvoice({ ...context, idempotencyKey: data.idempotencyKey });
    case "refundSuggest":
      return suggestTicketRefund({ ...context, lines: data.lines, shipping: data.shipping, amount: data.amount });
    case "refund":
      return refundTicketOrder({ ...context, lines: data.lines, shipping: data.shipping, amount: data.amount, note: data.note, notifyCustomer: data.notifyCustomer, toStoreCredit: data.toStoreCredit, seenOrderUpdatedAt: data.seenOrderUpdatedAt });
    case "address":
      // The service validates the address and answers field by field.
      return changeOrderAddress({ ...context, address: data.address as never, idempotencyKey: data.idempotencyKey });
    case "cancel":
      return cancelTicketOrder({ ...context, ...data });
    case "cancelProgress":
      return getOrderCancelProgress({ admin, shop, jobId: data.jobId });
  }
}
