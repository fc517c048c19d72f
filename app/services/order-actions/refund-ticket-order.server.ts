import { createHash } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { createRefund, type RefundCreateInput } from "~/shopify/refunds.server";
import { signOf } from "./decimal";
import { countFinishedOrderActions } from "~/models/order-action.server";
import { failure, fromUserErrors, notFound, orderChanged } from "./order-action-errors";
import { runOrderAction, type ActionTarget } from "./run-order-action.server";
import { allocateAmount, fetchRefundPlan } from "./suggest-ticket-refund.server";
import type { OrderActionResult, RefundTicketOrderInput, RefundTicketOrderValue } from "./types";

/**
 * Refunds lines and shipping of a ticket's order, to the original payments (as Shopify suggests
 * splitting it) or to store credit. The refund is made once per idempotency key, here and in
 * Shopify (`@idempotent`); without a key given, it is derived from the order as the mirror last
 * saw it and the refund asked for, so two agents pressing the same refund at once make one.
 */
export async function refundTicketOrder(input: RefundTicketOrderInput): Promise<OrderActionResult<RefundTicketOrderValue>> {
  const { admin } = input;
  const plan = normalisedPlan(input);
  return runOrderAction<RefundTicketOrderValue>(input, {
    kind: "order_refunded",
    idempotencyKey: async (target) => input.idempotencyKey ?? (await deriveRefundKey(input, target, plan)),
    input: { ...plan, note: input.note, notifyCustomer: input.notifyCustomer },
    perform: async (target) => {
      if (input.seenOrderUpdatedAt && input.seenOrderUpdatedAt !== target.order.shopifyUpdatedAt.toISOString()) return orderChanged();
      const order = await fetchRefundPlan(admin, target.orderGid, input, input.toStoreCredit);
      if (!order?.suggestedRefund) return notFound();
      const suggested = order.suggestedRefund;
      const total = input.amount ? { amount: input.amount, currencyCode: order.presentmentCurrencyCode } : suggested.amountSet.presentmentMoney;
      if (input.toStoreCredit && !order.customer) return failure("INVALID", ["This order has no customer account, so it can't be refunded to store credit."]);
      const refund: RefundCreateInput = {
        orderId: target.orderGid,
        note: input.note,
        notify: input.notifyCustomer,
        currency: order.presentmentCurrencyCode,
        refundLineItems: plan.lines,
        ...(input.shipping ? { shipping: "full" in input.shipping ? { fullRefund: true as const } : { amount: input.shipping.amount } } : {}),
        ...(input.toStoreCredit
          ? { refundMethods: signOf(total.amount) > 0 ? [{ storeCreditRefund: { amount: { amount: total.amount, currencyCode: total.currencyCode } } }] : [] }
          : {
              transactions: input.amount
                ? allocateAmount(order, input.amount).map((allocated) => ({ orderId: target.orderGid, parentId: allocated.parentId, gateway: allocated.gateway, kind: "REFUND" as const, amount: allocated.amount }))
                : suggested.suggestedTransactions.flatMap((transaction) =>
                    transaction.parentTransaction
                      ? [{ orderId: target.orderGid, parentId: transaction.parentTransaction.id, gateway: transaction.gateway ?? "", kind: "REFUND" as const, amount: transaction.amountSet.presentmentMoney.amount }]
                      : [],
                  ),
            }),
      };
      const created = await createRefund(admin, refund, input.idempotencyKey ?? (await deriveRefundKey(input, target, plan)));
      if (!created.ok) return fromUserErrors(created.userErrors);
      return {
        ok: true,
        value: { refundId: created.refund.id, total: created.refund.total },
        activity: {
          refundId: created.refund.id,
          amount: { ...created.refund.total },
          lines: plan.lines as unknown as Prisma.InputJsonValue,
          shipping: plan.shipping as Prisma.InputJsonValue | null,
          toStoreCredit: input.toStoreCredit,
          gateways: input.toStoreCredit ? ["store_credit"] : (refund.transactions ?? []).map((transaction) => transaction.gateway),
          note: input.note,
          notifyCustomer: input.notifyCustomer,
        },
      };
    },
  });
}

/** The refund asked for, in one spelling: lines sorted and merged, so the same refund hashes the same. */
export function normalisedPlan(input: RefundTicketOrderInput) {
  const lines = new Map<string, { lineItemId: string; quantity: number; restockType: RefundTicketOrderInput["lines"][number]["restockType"]; locationId?: string }>();
  for (const line of input.lines) {
    if (line.quantity <= 0) continue;
    const locationId = line.restockType === "NO_RESTOCK" ? undefined : line.locationId;
    const key = `${line.lineItemId}|${line.restockType}|${locationId ?? ""}`;
    const seen = lines.get(key);
    lines.set(key, { lineItemId: line.lineItemId, quantity: (seen?.quantity ?? 0) + line.quantity, restockType: line.restockType, ...(locationId ? { locationId } : {}) });
  }
  return {
    lines: [...lines.values()].sort(
      (a, b) => a.lineItemId.localeCompare(b.lineItemId) || a.restockType.localeCompare(b.restockType) || (a.locationId ?? "").localeCompare(b.locationId ?? ""),
    ),
    shipping: input.shipping === null ? null : "full" in input.shipping ? { full: true } : { amount: input.shipping.amount },
    amount: input.amount ?? null,
    toStoreCredit: input.toStoreCredit,
  };
}

/**
 * sha256 of the shop, the order as the agent saw it (its last update, else the mirror's), the
 * refunds made so far (the mirror's count and our own finished refunds, which count even when the
 * mirror was not refreshed) and the refund asked for: the same press by two agents gives the same
 * key; once a refund is made, the same refund asked again is a new one.
 */
async function deriveRefundKey(input: RefundTicketOrderInput, target: ActionTarget, plan: ReturnType<typeof normalisedPlan>): Promise<string> {
  const ours = await countFinishedOrderActions(input.shop, target.order.id, "order_refunded");
  const seen = input.seenOrderUpdatedAt ?? target.order.shopifyUpdatedAt.toISOString();
  const digest = createHash("sha256").update(JSON.stringify([input.shop, target.orderGid, target.order.refundCount, ours, seen, plan])).digest("hex");
  return `frontdesk-refund-${digest}`;
}
