import type { FrontdeskJobQuery, FrontdeskOrderCancelMutation } from "~/types/admin.generated";
import type { OrderCancelReason } from "~/types/admin.types";
import { runAdminOperation, type AdminClient } from "./admin-client.server";
import type { UserError } from "./order-edits.server";

// orderCancel runs as a job in Shopify: it answers a Job at once, and job(id) says when it is done.

const ORDER_CANCEL = `#graphql
  mutation FrontdeskOrderCancel(
    $orderId: ID!
    $reason: OrderCancelReason!
    $restock: Boolean!
    $refundMethod: OrderCancelRefundMethodInput
    $notifyCustomer: Boolean
    $staffNote: String
  ) {
    orderCancel(orderId: $orderId, reason: $reason, restock: $restock, refundMethod: $refundMethod, notifyCustomer: $notifyCustomer, staffNote: $staffNote) {
      job { id done }
      orderCancelUserErrors { field message code }
    }
  }
`;

const JOB = `#graphql
  query FrontdeskJob($id: ID!) {
    job(id: $id) {
      id
      done
    }
  }
`;

export interface OrderCancelInput {
  orderId: string;
  reason: OrderCancelReason;
  restock: boolean;
  /** Omitted: nothing is refunded. */
  refundMethod?: { originalPaymentMethodsRefund: true } | { storeCreditRefund: Record<string, never> };
  notifyCustomer: boolean;
  staffNote: string;
}

export type ShopifyJob = NonNullable<FrontdeskJobQuery["job"]>;

export type OrderCancelResult = { ok: true; job: ShopifyJob } | { ok: false; userErrors: UserError[] };

export async function cancelOrder(admin: AdminClient, input: OrderCancelInput): Promise<OrderCancelResult> {
  const data = await runAdminOperation<FrontdeskOrderCancelMutation>(admin, ORDER_CANCEL, { ...input });
  const payload = data.orderCancel;
  if (!payload) throw new Error("Expected orderCancel to answer a payload");
  if (payload.orderCancelUserErrors.length > 0) return { ok: false, userErrors: payload.orderCancelUserErrors.map(({ field, message }) => ({ field, message })) };
  if (!payload.job) throw new Error("Expected orderCancel to answer a job or userErrors");
  return { ok: true, job: payload.job };
}

/** Whether an asynchronous job (an order cancellation) has finished; null when Shopify knows no such job. */
export async function fetchJob(admin: AdminClient, jobId: string): Promise<ShopifyJob | null> {
  const data = await runAdminOperation<FrontdeskJobQuery>(admin, JOB, { id: jobId });
  return data.job;
}
