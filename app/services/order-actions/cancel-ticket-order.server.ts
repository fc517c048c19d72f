import { createHash } from "node:crypto";
import { cancelOrder } from "~/shopify/order-cancel.server";
import { fromUserErrors } from "./order-action-errors";
import { runOrderAction } from "./run-order-action.server";
import type { CancelTicketOrderInput, CancelTicketOrderValue, OrderActionResult } from "./types";

const REFUND_METHODS = {
  ORIGINAL: { originalPaymentMethodsRefund: true as const },
  STORE_CREDIT: { storeCreditRefund: {} },
  NONE: undefined,
};

/**
 * Cancels a ticket's order in Shopify, which answers a job at once and cancels shortly after:
 * follow it with getOrderCancelProgress. An order is cancelled once, so without a key given the
 * action is keyed by the order.
 */
export async function cancelTicketOrder(input: CancelTicketOrderInput): Promise<OrderActionResult<CancelTicketOrderValue>> {
  const { admin } = input;
  return runOrderAction<CancelTicketOrderValue>(input, {
    kind: "order_cancelled",
    idempotencyKey: (target) => input.idempotencyKey ?? `frontdesk-cancel-${createHash("sha256").update(JSON.stringify([input.shop, target.orderGid])).digest("hex")}`,
    input: { reason: input.reason, restock: input.restock, refund: input.refund, notifyCustomer: input.notifyCustomer, staffNote: input.staffNote },
    perform: async (target) => {
      const refundMethod = REFUND_METHODS[input.refund];
      const cancelled = await cancelOrder(admin, {
        orderId: target.orderGid,
        reason: input.reason,
        restock: input.restock,
        ...(refundMethod ? { refundMethod } : {}),
        notifyCustomer: input.notifyCustomer,
        staffNote: input.staffNote,
      });
      if (!cancelled.ok) return fromUserErrors(cancelled.userErrors);
      return {
        ok: true,
        value: { jobId: cancelled.job.id, done: cancelled.job.done },
        activity: { jobId: cancelled.job.id, reason: input.reason, restock: input.restock, refund: input.refund, notifyCustomer: input.notifyCustomer, staffNote: input.staffNote },
      };
    },
  });
}
