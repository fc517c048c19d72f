import { Prisma, type ActivityKind, type OrderAction } from "@prisma/client";
import prisma from "~/db.server";
import { addActivityToTickets } from "./activity.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ticket and the order an action targets, when both are the shop's and the order belongs to
 * the ticket: its customer's, or linked to it. Null otherwise (the caller answers NOT_FOUND).
 */
export async function getOrderActionTarget(shop: string, ticketId: string, orderId: string) {
  if (!UUID.test(ticketId) || !UUID.test(orderId)) return null;
  const [ticket, order] = await Promise.all([
    prisma.ticket.findFirst({ where: { shopId: shop, id: ticketId }, select: { id: true, customerId: true } }),
    prisma.order.findFirst({
      where: { shopId: shop, id: orderId },
      select: { id: true, shopifyId: true, name: true, customerId: true, currencyCode: true, refunds: true, shopifyUpdatedAt: true },
    }),
  ]);
  if (!ticket || !order) return null;
  const isCustomers = ticket.customerId !== null && order.customerId === ticket.customerId;
  const isLinked = isCustomers || (await prisma.ticketOrder.count({ where: { shopId: shop, ticketId, orderId } })) > 0;
  if (!isLinked) return null;
  return { ticket, order: { ...order, refundCount: Array.isArray(order.refunds) ? order.refunds.length : 0 } };
}

export type OrderActionTarget = NonNullable<Awaited<ReturnType<typeof getOrderActionTarget>>>;

export interface OrderActionClaim {
  ticketId: string;
  orderId: string;
  kind: string;
  idempotencyKey: string;
  input: Prisma.InputJsonValue;
  staffId: bigint;
}

/** A RUNNING action not finished after this long died with its process (a deploy, a crash). */
export const STALE_ACTION_MS = 2 * 60_000;

/**
 * Claims an action by its idempotency key before Shopify is called. `claimed` is false when the
 * key is already taken by a running or finished action, which is returned instead. An action
 * Shopify refused may be claimed again (the same kind on the same order only), and so may one left
 * RUNNING for 2 minutes by a process that died. One whose outcome is unknown (Shopify did not
 * answer) is never run again under the same key: an edit has no key in Shopify, and running it
 * twice would add a custom item or a shipping line twice.
 */
export async function claimOrderAction(shop: string, claim: OrderActionClaim): Promise<{ claimed: boolean; action: OrderAction }> {
  const { count } = await prisma.orderAction.createMany({ data: [{ shopId: shop, ...claim, status: "RUNNING" }], skipDuplicates: true });
  const key = { shopId_idempotencyKey: { shopId: shop, idempotencyKey: claim.idempotencyKey } };
  if (count === 1) return { claimed: true, action: await prisma.orderAction.findUniqueOrThrow({ where: key }) };
  // A refused action (Shopify said no) may be tried again; one whose outcome is unknown may not.
  const retried = await prisma.$executeRaw`
    UPDATE "OrderAction" SET status = 'RUNNING', input = ${JSON.stringify(claim.input)}::jsonb, "staffId" = ${claim.staffId}, result = NULL, "updatedAt" = now()
    WHERE "shopId" = ${shop} AND "idempotencyKey" = ${claim.idempotencyKey} AND kind = ${claim.kind} AND "orderId" = ${claim.orderId}::uuid
      AND ((status = 'FAILED' AND coalesce(result ->> 'outcomeUnknown', '') <> 'true')
        OR (status = 'RUNNING' AND "updatedAt" < ${new Date(Date.now() - STALE_ACTION_MS)}))`;
  return { claimed: retried === 1, action: await prisma.orderAction.findUniqueOrThrow({ where: key }) };
}

/** Marks the action DONE with its result and writes its activity on the ticket, in one transaction. */
export async function completeOrderAction(
  shop: string,
  action: Pick<OrderAction, "id" | "ticketId">,
  result: Prisma.InputJsonValue,
  activity: { kind: ActivityKind; staffId: bigint; data: Prisma.InputJsonValue },
) {
  await prisma.$transaction(async (tx) => {
    await tx.orderAction.updateMany({ where: { shopId: shop, id: action.id }, data: { status: "DONE", result } });
    await addActivityToTickets(shop, [action.ticketId], { kind: activity.kind, actorType: "staff", actorId: String(activity.staffId), data: activity.data, dedupeKey: `order-action:${action.id}` }, tx);
  });
}

/** Marks the action FAILED, keeping what was answered (userErrors, or the error thrown). */
export async function failOrderAction(shop: string, actionId: string, result: Prisma.InputJsonValue) {
  await prisma.orderAction.updateMany({ where: { shopId: shop, id: actionId }, data: { status: "FAILED", result } });
}

/** The cancel action that started a Shopify job, by the job's id. */
export async function findOrderActionByJobId(shop: string, jobId: string) {
  return prisma.orderAction.findFirst({
    where: { shopId: shop, kind: "order_cancelled", status: "DONE", result: { path: ["value", "jobId"], equals: jobId } }
  });
}

/** Replaces a DONE action's stored result, e.g. a cancel whose job has since finished. */
export async function updateOrderActionResult(shop: string, actionId: string, result: Prisma.InputJsonValue) {
  await prisma.orderAction.updateMany({ where: { shopId: shop, id: actionId, status: "DONE" }, data: { result } });
}

export async function getOrderMirrorShopifyId(shop: string, orderId: string) {
  const order = await prisma.order.findFirst({ where: { shopId: shop, id: orderId }, select: { shopifyId: true } });
  return order?.shopifyId ?? null;
}

/** How long after an action of ours its webhook is taken to be its echo. */
export const ACTION_ECHO_WINDOW_MS = 15 * 60_000;

/**
 * Whether Frontdesk itself made this change to the order a moment ago (an agent's edit, refund
 * or cancel, already on the ticket's timeline with who did it): the webhook Shopify then sends
 * is its echo and needs no second line. A refund is matched by its id; an edit or a cancel by
 * the order and the time.
 */
export async function isEchoOfOrderAction(shop: string, orderId: string, kind: "order_edited" | "order_refunded" | "order_cancelled", refundId?: string): Promise<boolean> {
  const action = await prisma.orderAction.findFirst({
    where: {
      shopId: shop,
      orderId,
      kind,
      createdAt: { gte: new Date(Date.now() - ACTION_ECHO_WINDOW_MS) },
      // A refund is ours when a finished action made it, or one is still being recorded (the
      // webhook can be applied before the action has stored Shopify's answer).
      ...(refundId
        ? { OR: [{ status: "DONE", result: { path: ["value", "refundId"], equals: refundId } }, { status: "RUNNING" }] }
        : { status: { in: ["RUNNING", "DONE"] } }),
    },
    select: { id: true },
  });
  return action !== null;
}

/** How many actions of a kind Frontdesk has finished on an order (e.g. refunds made from tickets). */
export async function countFinishedOrderActions(shop: string, orderId: string, kind: string): Promise<number> {
  return prisma.orderAction.count({ where: { shopId: shop, orderId, kind, status: "DONE" } });
}
