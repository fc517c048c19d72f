import type { AdminClient } from "~/shopify/admin-client.server";
import { fetchSuggestedRefund, type ShopifyRefundableOrder } from "~/shopify/refunds.server";
import { fromAdminError, notFound } from "./order-action-errors";
import { resolveActionTarget } from "./run-order-action.server";
import type { Money, OrderActionResult, RefundPlanInput, RefundSuggestion } from "./types";

/**
 * What Shopify would refund for these lines and this shipping, in the order's presentment
 * currency, and to which payments: shown to the agent before refunding.
 */
export async function suggestTicketRefund(input: RefundPlanInput): Promise<OrderActionResult<RefundSuggestion>> {
  const target = await resolveActionTarget(input);
  if (!target) return notFound();
  try {
    const order = await fetchRefundPlan(input.admin, target.orderGid, input, false);
    if (!order?.suggestedRefund) return notFound();
    return { ok: true, value: toSuggestion(order) };
  } catch (error) {
    const denied = fromAdminError(error);
    if (denied) return denied;
    throw error;
  }
}

/** Order.suggestedRefund for a refund plan, to original payments or to store credit. */
export function fetchRefundPlan(admin: AdminClient, orderGid: string, plan: Pick<RefundPlanInput, "lines" | "shipping">, toStoreCredit: boolean) {
  return fetchSuggestedRefund(admin, orderGid, {
    refundLineItems: plan.lines.map((line) => ({ lineItemId: line.lineItemId, quantity: line.quantity, restockType: line.restockType })),
    refundShipping: plan.shipping !== null && "full" in plan.shipping,
    shippingAmount: plan.shipping !== null && "amount" in plan.shipping ? plan.shipping.amount : null,
    toStoreCredit,
  });
}

const money = (bag: { presentmentMoney: Money }): Money => ({ amount: bag.presentmentMoney.amount, currencyCode: bag.presentmentMoney.currencyCode });

function toSuggestion(order: ShopifyRefundableOrder): RefundSuggestion {
  const suggested = order.suggestedRefund!;
  const total = money(suggested.amountSet);
  return {
    currencyCode: order.presentmentCurrencyCode,
    subtotal: money(suggested.subtotalSet),
    tax: money(suggested.totalTaxSet),
    shipping: money(suggested.shipping.amountSet),
    total,
    maximumRefundable: money(suggested.maximumRefundableSet),
    transactions: suggested.suggestedTransactions.flatMap((transaction) =>
      transaction.parentTransaction
        ? [
            {
              gateway: transaction.gateway ?? "",
              amount: money(transaction.amountSet),
              maximumRefundable: transaction.maximumRefundableSet ? money(transaction.maximumRefundableSet) : money(transaction.amountSet),
              parentId: transaction.parentTransaction.id,
              kind: transaction.kind,
            },
          ]
        : [],
    ),
    // Store credit goes to a customer account: an order without a customer cannot take it.
    storeCreditAllowed: order.customer !== null,
  };
}
