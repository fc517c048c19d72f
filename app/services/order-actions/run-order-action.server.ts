import type { ActivityKind } from "@prisma/client";
import type { Prisma } from "@prisma/client";
import { claimOrderAction, completeOrderAction, failOrderAction, getOrderActionTarget, type OrderActionTarget } from "~/models/order-action.server";
import { toGid } from "~/shopify/gid";
import { refreshOrderMirror } from "../refresh-order-mirror.server";
import { failure, fromAdminError, notFound, unavailable, type OrderActionFailure } from "./order-action-errors";
import type { OrderActionContext, OrderActionResult } from "./types";

export type ActionTarget = OrderActionTarget & { orderGid: string };

/** What a performed action gives back: the value for the caller and the activity's data. */
export type Performed<T> = { ok: true; value: T; activity: Record<string, Prisma.InputJsonValue | null> } | OrderActionFailure;

/** The ticket and order of `context`, checked to be the shop's and each other's, or null. */
export async function resolveActionTarget(context: Pick<OrderActionContext, "shop" | "ticketId" | "orderId">): Promise<ActionTarget | null> {
  const target = await getOrderActionTarget(context.shop, context.ticketId, context.orderId);
  return target ? { ...target, orderGid: toGid("Order", target.order.shopifyId) } : null;
}

/**
 * Runs one order action once per idempotency key: checks the ticket and order belong to the shop
 * and to each other, claims the key (a repeated call answers the stored result, or IN_PROGRESS),
 * performs it against Shopify, then marks it DONE and writes the ticket's activity in one
 * transaction, and refreshes the order mirror from Shopify without waiting for the webhook.
 */
export async function runOrderAction<T>(
  context: OrderActionContext,
  options: {
    /** The activity kind, also the action's kind: "order_refunded", ... */
    kind: ActivityKind;
    idempotencyKey: string | ((target: ActionTarget) => string | Promise<string>);
    input: Prisma.InputJsonValue;
    perform: (target: ActionTarget) => Promise<Performed<T>>;
  },
): Promise<OrderActionResult<T>> {
  const { admin, shop, staff } = context;
  const target = await resolveActionTarget(context);
  if (!target) return notFound();
  const idempotencyKey = typeof options.idempotencyKey === "function" ? await options.idempotencyKey(target) : options.idempotencyKey;
  const { claimed, action } = await claimOrderAction(shop, {
    ticketId: target.ticket.id,
    orderId: target.order.id,
    kind: options.kind,
    idempotencyKey,
    input: options.input,
    staffId: staff.id,
  });
  if (!claimed) {
    if (action.kind !== options.kind || action.orderId !== target.order.id) return failure("INVALID", ["This request's key belongs to another action. Open the action again."]);
    if (action.status === "RUNNING") return failure("IN_PROGRESS", ["This action is already being carried out. Wait a moment, then look at the ticket's timeline."]);
    return action.result as unknown as OrderActionResult<T>;
  }

  let performed: Performed<T>;
  try {
    performed = await options.perform(target);
  } catch (error) {
    const denied = fromAdminError(error);
    if (!denied) {
      // Shopify may have made the change and the answer was lost: keep the key from running again.
      console.error(`${options.kind} failed without an answer from Shopify:`, error instanceof Error ? error.message : error);
      const lost = unavailable();
      await failOrderAction(shop, action.id, { ...lost, outcomeUnknown: true, error: error instanceof Error ? error.message : String(error) });
      return lost;
    }
    performed = denied;
  }
  if (!performed.ok) {
    await failOrderAction(shop, action.id, performed);
    return performed;
  }

  const result: OrderActionResult<T> = { ok: true, value: performed.value };
  await completeOrderAction(shop, action, result as unknown as Prisma.InputJsonValue, {
    kind: options.kind,
    staffId: staff.id,
    data: { ...performed.activity, orderId: target.orderGid, orderName: target.order.name, staffName: staff.name, actionId: action.id },
  });
  try {
    await refreshOrderMirror({ shop, admin, orderGid: target.orderGid });
  } catch (error) {
    // The action is done in Shopify; the order webhook or reconciliation brings the mirror up to date.
    console.warn(`Order mirror refresh after ${options.kind} failed:`, error instanceof Error ? error.message : error);
  }
  return result;
}
