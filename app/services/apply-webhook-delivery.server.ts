import type { ActivityKind } from "@prisma/client";
import type { z } from "zod";
import { addActivityToTickets } from "~/models/activity.server";
import { upsertCustomerMirror } from "~/models/customer.server";
import { upsertOrderMirror } from "~/models/order.server";
import { isEchoOfOrderAction } from "~/models/order-action.server";
import { sumAmounts } from "./order-actions/decimal";
import { deleteShopSessions } from "~/models/session.server";
import { deleteShopData, getShop, markShopUninstalled } from "~/models/shop.server";
import { listTicketIdsForOrderEvent } from "~/models/ticket.server";
import type { StoredDelivery } from "~/models/webhook-delivery.server";
import { PAYLOAD_SCHEMAS, type AppliedTopic, type OrderPayload } from "~/schemas/webhook-payloads";
import type { AdminClient } from "~/shopify/admin-client.server";
import { parseGid, toGid } from "~/shopify/gid";
import { exportCustomerData } from "./export-customer-data.server";
import { customerMirrorFromWebhook, orderMirrorFromWebhook } from "./mirror/from-webhook";
import { refreshOrderMirror } from "./refresh-order-mirror.server";
import { redactCustomer } from "./redact-customer.server";
import { removeDeletedCustomer } from "./remove-deleted-customer.server";
import { removeDeletedOrder } from "./remove-deleted-order.server";
import { syncShopifyReturn } from "./returns/sync-return.server";
import { updateSessionScopes } from "./update-session-scopes.server";

type Delivery = StoredDelivery;
type Payload<T extends AppliedTopic> = z.infer<(typeof PAYLOAD_SCHEMAS)[T]>;

interface Context {
  shop: string;
  delivery: Delivery;
  /** Admin API access for topics whose payload does not carry the whole order. */
  getAdmin: () => Promise<AdminClient>;
}

/** The `Activity.kind` each order topic writes on the customer's tickets. */
const ORDER_TOPIC_ACTIVITY: Record<string, ActivityKind> = {
  "orders/create": "order_created",
  "orders/cancelled": "order_cancelled",
  "orders/fulfilled": "order_fulfilled",
};

async function writeOrderActivity(context: Context, kind: ActivityKind, order: { id: string; customerId: string | null }, data: Record<string, unknown>) {
  const ticketIds = await listTicketIdsForOrderEvent(context.shop, { customerId: order.customerId, orderId: order.id });
  await addActivityToTickets(context.shop, ticketIds, {
    kind,
    data: { ...data, topic: context.delivery.topic, deliveryId: String(context.delivery.id) },
    dedupeKey: `webhook:${context.delivery.dedupeKey}`,
  });
}

/** The dedupe key and data naming the delivery, for an activity a service writes in its own transaction. */
function deliveryActivity(context: Context) {
  return { dedupeKey: `webhook:${context.delivery.dedupeKey}`, data: { topic: context.delivery.topic, deliveryId: String(context.delivery.id) } };
}

async function applyOrder(context: Context, payload: OrderPayload) {
  const customer = payload.customer
    ? await upsertCustomerMirror(context.shop, customerMirrorFromWebhook(payload.customer, payload.updated_at))
    : null;
  const mirror = orderMirrorFromWebhook(payload, customer?.id ?? null);
  const write = await upsertOrderMirror(context.shop, mirror);
  // Shopify deleted the order (orders/delete): nothing to mirror, nothing to note.
  if (!write) return;
  const order = { id: write.id, customerId: customer?.id ?? null };
  const summary = { orderName: payload.name, orderShopifyId: String(mirror.shopifyId) };

  const kind = ORDER_TOPIC_ACTIVITY[context.delivery.topic];
  if (kind === "order_fulfilled") {
    const latest = payload.fulfillments.at(-1);
    await writeOrderActivity(context, kind, order, {
      ...summary,
      trackingCompany: latest?.tracking_company ?? null,
      trackingNumbers: latest?.tracking_numbers ?? [],
      trackingUrls: latest?.tracking_urls ?? [],
    });
  } else if (kind === "order_cancelled" && (await isEchoOfOrderAction(context.shop, order.id, "order_cancelled"))) {
    // The agent's cancel is on the timeline already.
  } else if (kind) {
    await writeOrderActivity(context, kind, order, { ...summary, total: payload.total_price, currency: payload.currency, cancelReason: payload.cancel_reason });
  } else if (write.applied && write.previous) {
    // orders/updated fires for every change; only a change of status is worth a line on the ticket.
    const changed =
      write.previous.financialStatus !== mirror.financialStatus || write.previous.fulfillmentStatus !== mirror.fulfillmentStatus;
    if (changed) {
      await writeOrderActivity(context, "order_status_changed", order, {
        ...summary,
        from: write.previous,
        to: { financialStatus: mirror.financialStatus, fulfillmentStatus: mirror.fulfillmentStatus },
      });
    }
  }
}

async function applyTopic(context: Context, topic: AppliedTopic, payload: unknown) {
  switch (topic) {
    case "orders/create":
    case "orders/updated":
    case "orders/cancelled":
    case "orders/fulfilled":
      return applyOrder(context, payload as OrderPayload);
    case "orders/edited": {
      // The payload describes the edit, not the order: read the order as it is now.
      const { order_edit: edit } = payload as Payload<"orders/edited">;
      const order = await refreshOrderMirror({ shop: context.shop, admin: await context.getAdmin(), orderGid: toGid("Order", edit.order_id) });
      if (order && !(await isEchoOfOrderAction(context.shop, order.id, "order_edited"))) {
        const lineItems = edit.line_items as { additions?: unknown[]; removals?: unknown[] } | undefined;
        await writeOrderActivity(context, "order_edited", order, {
          orderName: order.name,
          orderShopifyId: String(edit.order_id),
          added: lineItems?.additions?.length ?? 0,
          removed: lineItems?.removals?.length ?? 0,
        });
      }
      return;
    }
    case "refunds/create": {
      const refund = payload as Payload<"refunds/create">;
      const order = await refreshOrderMirror({ shop: context.shop, admin: await context.getAdmin(), orderGid: toGid("Order", refund.order_id) });
      if (order && !(await isEchoOfOrderAction(context.shop, order.id, "order_refunded", refund.admin_graphql_api_id))) {
        const amount = sumAmounts(refund.transactions.filter((transaction) => transaction.kind === "refund").map((transaction) => String(transaction.amount)));
        await writeOrderActivity(context, "refund_created", order, {
          orderName: order.name,
          orderShopifyId: String(refund.order_id),
          amount,
          currency: order.currencyCode,
          note: refund.note,
          refundShopifyId: String(parseGid(refund.admin_graphql_api_id)),
        });
      }
      return;
    }
    case "returns/request":
    case "returns/approve":
    case "returns/decline":
    case "returns/process":
    case "returns/update":
    case "returns/close":
    case "returns/reopen":
    case "returns/cancel": {
      // Read back from Shopify: deliveries come in any order, and the return as it is now settles it.
      const { admin_graphql_api_id: returnGid } = payload as Payload<"returns/process">;
      if (returnGid) await syncShopifyReturn({ shop: context.shop, admin: await context.getAdmin(), returnGid });
      return;
    }
    case "orders/delete":
    case "customers/delete": {
      const deletion = { deletedAt: context.delivery.triggeredAt ?? context.delivery.receivedAt, activity: deliveryActivity(context) };
      if (topic === "orders/delete") {
        await removeDeletedOrder({ shop: context.shop, orderShopifyId: BigInt((payload as Payload<"orders/delete">).id), ...deletion });
      } else {
        await removeDeletedCustomer({ shop: context.shop, customerShopifyId: parseGid((payload as Payload<"customers/delete">).admin_graphql_api_id), ...deletion });
      }
      return;
    }
    case "app/scopes_update": {
      const change = payload as Payload<"app/scopes_update">;
      await updateSessionScopes({ shop: context.shop, scopes: change.current, updatedAt: new Date(change.updated_at) });
      return;
    }
    case "customers/update": {
      const customer = payload as Payload<"customers/update">;
      await upsertCustomerMirror(context.shop, customerMirrorFromWebhook(customer, context.delivery.receivedAt.toISOString()));
      return;
    }
    case "app/uninstalled":
      await deleteShopSessions(context.shop);
      await markShopUninstalled(context.shop, context.delivery.triggeredAt ?? context.delivery.receivedAt);
      return;
    case "customers/data_request": {
      const request = payload as Payload<"customers/data_request">;
      if (!(await getShop(context.shop))) return;
      await exportCustomerData({
        shop: context.shop,
        requestId: BigInt(request.data_request.id),
        customerShopifyId: BigInt(request.customer.id),
        email: request.customer.email,
        orderShopifyIds: request.orders_requested.map(BigInt),
        requestedAt: context.delivery.triggeredAt ?? context.delivery.receivedAt,
      });
      return;
    }
    case "customers/redact": {
      const request = payload as Payload<"customers/redact">;
      await redactCustomer({
        shop: context.shop,
        customerShopifyId: BigInt(request.customer.id),
        email: request.customer.email,
        orderShopifyIds: request.orders_to_redact.map(BigInt),
      });
      return;
    }
    case "shop/redact":
      await deleteShopData(context.shop);
      return;
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(payload)"}: ${issue.message}`)
    .join("; ");
}

/** Topics Shopify sends after the app is uninstalled: applied for a shop the app no longer holds. */
const AFTER_UNINSTALL = new Set<string>(["app/uninstalled", "customers/data_request", "customers/redact", "shop/redact"]);

/** What the app holds of the shop a delivery names: null when the shop never installed the app. */
export type ShopInstallation = { uninstalledAt: Date | null } | null;

export type ApplyResult =
  | { outcome: "applied" }
  /** Nothing to do for it (a topic Frontdesk does not apply, a shop that has uninstalled). */
  | { outcome: "ignored"; reason: string | null }
  /** It can never be applied: the reason is kept for Settings → Sync. */
  | { outcome: "failed"; error: string }
  /** shop/redact: the shop's deliveries went with the rest of its data. */
  | { outcome: "deleted" };

/** The shop a payload names itself (compliance topics' `shop_domain`, the shop's `myshopify_domain`), if any. */
function payloadShopDomain(payload: unknown): string | undefined {
  const fields = payload as { shop_domain?: unknown; myshopify_domain?: unknown } | null;
  const domain = fields?.shop_domain ?? fields?.myshopify_domain;
  return typeof domain === "string" ? domain : undefined;
}

/**
 * Applies one stored delivery to the mirror and the ticket timelines, and says what became of it;
 * the caller records that. A payload that does not match its schema, names another shop, or comes
 * for a shop that never installed the app fails at once with the reason. Errors are thrown, for
 * the caller to retry those that may pass (`isRetryableError`) and fail the rest.
 */
export async function applyDelivery(delivery: StoredDelivery, installation: ShopInstallation, getAdmin: () => Promise<AdminClient>): Promise<ApplyResult> {
  const topic = delivery.topic as AppliedTopic;
  const schema = PAYLOAD_SCHEMAS[topic];
  if (!schema) return { outcome: "ignored", reason: null };
  const parsed = schema.safeParse(delivery.payload);
  if (!parsed.success) return { outcome: "failed", error: `Invalid ${delivery.topic} payload: ${describeIssues(parsed.error)}` };
  // Shopify's signature covers the body, not the X-Shopify-Shop-Domain header beside it.
  const payloadShop = payloadShopDomain(parsed.data);
  if (payloadShop !== undefined && payloadShop !== delivery.shopId) {
    return { outcome: "failed", error: `The payload is for ${payloadShop}, but the delivery came for ${delivery.shopId}.` };
  }
  if (!AFTER_UNINSTALL.has(topic)) {
    if (!installation) return { outcome: "failed", error: `${delivery.shopId} has not installed Frontdesk: there is nothing to apply ${delivery.topic} to.` };
    if (installation.uninstalledAt) return { outcome: "ignored", reason: `${delivery.shopId} uninstalled Frontdesk before this arrived.` };
  }
  if (topic === "shop/redact" && installation && !installation.uninstalledAt) {
    // Shopify asks 48 hours after an uninstall; a shop that installed again keeps its data.
    return { outcome: "ignored", reason: `${delivery.shopId} has Frontdesk installed: shop/redact applies only after an uninstall.` };
  }
  await applyTopic({ shop: delivery.shopId, delivery, getAdmin }, topic, parsed.data);
  return topic === "shop/redact" ? { outcome: "deleted" } : { outcome: "applied" };
}
