import type { z } from "zod";
import { addActivityToTickets } from "~/models/activity.server";
import { upsertCustomerMirror } from "~/models/customer.server";
import { upsertOrderMirror } from "~/models/order.server";
import { isEchoOfOrderAction } from "~/models/order-action.server";
import { sumAmounts } from "./order-actions/decimal";
import { deleteShopSessions } from "~/models/session.server";
import { deleteShopData, getShop, markShopUninstalled } from "~/models/shop.server";
import { listTicketIdsForOrderEvent } from "~/models/ticket.server";
import { getWebhookDelivery, markDeliveryApplied, markDeliveryFailed, markDeliveryIgnored } from "~/models/webhook-delivery.server";
import { PAYLOAD_SCHEMAS, type AppliedTopic, type OrderPayload } from "~/schemas/webhook-payloads";
import type { AdminClient } from "~/shopify/admin-client.server";
import { parseGid, toGid } from "~/shopify/gid";
import { exportCustomerData } from "./export-customer-data.server";
import { customerMirrorFromWebhook, orderMirrorFromWebhook } from "./mirror/from-webhook";
import { refreshOrderMirror } from "./refresh-order-mirror.server";
import { redactCustomer } from "./redact-customer.server";

type Delivery = NonNullable<Awaited<ReturnType<typeof getWebhookDelivery>>>;
type Payload<T extends AppliedTopic> = z.infer<(typeof PAYLOAD_SCHEMAS)[T]>;

interface Context {
  shop: string;
  delivery: Delivery;
  /** Admin API access for topics whose payload does not carry the whole order. */
  getAdmin: () => Promise<AdminClient>;
}

/** The `Activity.kind` each order topic writes on the customer's tickets. */
const ORDER_TOPIC_ACTIVITY: Record<string, string> = {
  "orders/create": "order_created",
  "orders/cancelled": "order_cancelled",
  "orders/fulfilled": "order_fulfilled",
};

async function writeOrderActivity(context: Context, kind: string, order: { id: string; customerId: string | null }, data: Record<string, unknown>) {
  const ticketIds = await listTicketIdsForOrderEvent(context.shop, { customerId: order.customerId, orderId: order.id });
  await addActivityToTickets(context.shop, ticketIds, {
    kind,
    data: { ...data, topic: context.delivery.topic, deliveryId: String(context.delivery.id) },
    dedupeKey: `webhook:${context.delivery.dedupeKey}`,
  });
}

async function applyOrder(context: Context, payload: OrderPayload) {
  const customer = payload.customer
    ? await upsertCustomerMirror(context.shop, customerMirrorFromWebhook(payload.customer, payload.updated_at))
    : null;
  const mirror = orderMirrorFromWebhook(payload, customer?.id ?? null);
  const write = await upsertOrderMirror(context.shop, mirror);
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

export type ApplyOutcome = "applied" | "ignored" | "failed" | "missing";

/**
 * Applies one recorded webhook delivery to the mirror and the ticket timelines. A payload that
 * does not match its schema is marked failed with the reason and not retried; any other error
 * is thrown, so the queue retries it with back-off.
 */
export async function applyWebhookDelivery({ deliveryId, getAdmin }: { deliveryId: bigint; getAdmin: (shop: string) => Promise<AdminClient> }): Promise<ApplyOutcome> {
  const delivery = await getWebhookDelivery(deliveryId);
  if (!delivery) return "missing";
  if (delivery.status === "APPLIED" || delivery.status === "IGNORED") return delivery.status === "APPLIED" ? "applied" : "ignored";

  const topic = delivery.topic as AppliedTopic;
  const schema = PAYLOAD_SCHEMAS[topic];
  if (!schema) {
    await markDeliveryIgnored(delivery.id);
    return "ignored";
  }
  const parsed = schema.safeParse(delivery.payload);
  if (!parsed.success) {
    await markDeliveryFailed(delivery.id, `Invalid ${delivery.topic} payload: ${describeIssues(parsed.error)}`);
    return "failed";
  }
  await applyTopic({ shop: delivery.shopId, delivery, getAdmin: () => getAdmin(delivery.shopId) }, topic, parsed.data);
  if (topic !== "shop/redact") await markDeliveryApplied(delivery.id);
  return "applied";
}
