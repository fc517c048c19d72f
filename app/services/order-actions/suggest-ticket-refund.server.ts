import type { AdminClient } from "~/shopify/admin-client.server";
import { signOf, subtractAmounts } from "./decimal";
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
    return { ok: true, value: input.amount ? toAmountSuggestion(order, input.amount) : toSuggestion(order) };
  } catch (error) {
    const denied = fromAdminError(error);
    if (denied) return denied;
    throw error;
  }
}

/**
 * Order.suggestedRefund for a refund plan, to original payments or to store credit. For money
 * alone, the full refund is asked for: its transactions name every payment and what each can
 * still give back, which `allocateAmount` then spreads the amount over.
 */
export function fetchRefundPlan(admin: AdminClient, orderGid: string, plan: Pick<RefundPlanInput, "lines" | "shipping" | "amount">, toStoreCredit: boolean) {
  if (plan.amount) return fetchSuggestedRefund(admin, orderGid, { refundLineItems: [], refundShipping: false, shippingAmount: null, toStoreCredit, suggestFullRefund: true });
  return fetchSuggestedRefund(admin, orderGid, {
    refundLineItems: plan.lines.map((line) => ({ lineItemId: line.lineItemId, quantity: line.quantity, restockType: line.restockType, ...(line.locationId && line.restockType !== "NO_RESTOCK" ? { locationId: line.locationId } : {}) })),
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

/** `amount` spread over the order's payments in Shopify's order, each up to what it can still give back. */
export function allocateAmount(order: ShopifyRefundableOrder, amount: string): Array<{ parentId: string; gateway: string; amount: string }> {
  let left = amount;
  const allocated: Array<{ parentId: string; gateway: string; amount: string }> = [];
  for (const transaction of order.suggestedRefund?.suggestedTransactions ?? []) {
    if (!transaction.parentTransaction || signOf(left) <= 0) continue;
    const most = (transaction.maximumRefundableSet ?? transaction.amountSet).presentmentMoney.amount;
    const take = signOf(subtractAmounts(left, most)) > 0 ? most : left;
    if (signOf(take) <= 0) continue;
    allocated.push({ parentId: transaction.parentTransaction.id, gateway: transaction.gateway ?? "", amount: take });
    left = subtractAmounts(left, take);
  }
  return allocated;
}

function toAmountSuggestion(order: ShopifyRefundableOrder, amount: string): RefundSuggestion {
  const currencyCode = order.presentmentCurrencyCode;
  const zero = { amount: "0", currencyCode };
  const suggested = order.suggestedRefund!;
  return {
    currencyCode,
    subtotal: { amount, currencyCode },
    tax: zero,
    shipping: zero,
    total: { amount, currencyCode },
    maximumRefundable: money(suggested.maximumRefundableSet),
    transactions: allocateAmount(order, amount).map((allocated) => ({
      gateway: allocated.gateway,
      amount: { amount: allocated.amount, currencyCode },
      maximumRefundable: { amount: allocated.amount, currencyCode },
      parentId: allocated.parentId,
      kind: "SUGGESTED_REFUND",
    })),
    storeCreditAllowed: order.customer !== null,
  };
}
