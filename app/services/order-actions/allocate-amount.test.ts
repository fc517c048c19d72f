import { describe, expect, it } from "vitest";
import type { ShopifyRefundableOrder } from "~/shopify/refunds.server";
import { allocateAmount } from "./suggest-ticket-refund.server";

const bag = (amount: string) => ({ presentmentMoney: { amount, currencyCode: "JPY" as const } });

function orderWith(transactions: Array<{ parent: string | null; gateway?: string | null; amount: string; maximumRefundable?: string | null }>): ShopifyRefundableOrder {
  return {
    id: "gid://shopify/Order/1",
    presentmentCurrencyCode: "JPY",
    customer: null,
    suggestedRefund: {
      amountSet: bag("0"),
      subtotalSet: bag("0"),
      totalTaxSet: bag("0"),
      maximumRefundableSet: bag("0"),
      shipping: { amountSet: bag("0"), maximumRefundableSet: bag("0") },
      refundLineItems: [],
      suggestedTransactions: transactions.map((transaction) => ({
        kind: "SUGGESTED_REFUND",
        gateway: transaction.gateway === undefined ? "shopify_payments" : transaction.gateway,
        amountSet: bag(transaction.amount),
        maximumRefundableSet: transaction.maximumRefundable === undefined ? bag(transaction.amount) : transaction.maximumRefundable === null ? null : bag(transaction.maximumRefundable),
        parentTransaction: transaction.parent ? { id: transaction.parent } : null,
      })),
    },
  };
}

describe("allocateAmount", () => {
  it("takes the amount from the first payment while it can give it all back", () => {
    const order = orderWith([{ parent: "p1", amount: "30.00" }, { parent: "p2", amount: "20.00" }]);
    expect(allocateAmount(order, "12.50")).toEqual([{ parentId: "p1", gateway: "shopify_payments", amount: "12.50" }]);
  });

  it("spreads over the payments in Shopify's order, each up to what it can still give back", () => {
    const order = orderWith([
      { parent: "p1", amount: "30.00", maximumRefundable: "10.00" },
      { parent: "p2", gateway: "gift_card", amount: "20.00" },
    ]);
    expect(allocateAmount(order, "25.00")).toEqual([
      { parentId: "p1", gateway: "shopify_payments", amount: "10.00" },
      { parentId: "p2", gateway: "gift_card", amount: "15.00" },
    ]);
  });

  it("takes a payment exactly to its limit, and nothing from the next one", () => {
    const order = orderWith([{ parent: "p1", amount: "10.00" }, { parent: "p2", amount: "20.00" }]);
    expect(allocateAmount(order, "10.00")).toEqual([{ parentId: "p1", gateway: "shopify_payments", amount: "10.00" }]);
  });

  it("skips payments with nothing left to give back and suggestions with no parent payment", () => {
    const order = orderWith([
      { parent: null, amount: "50.00" },
      { parent: "p1", amount: "30.00", maximumRefundable: "0.00" },
      { parent: "p2", gateway: null, amount: "20.00" },
    ]);
    expect(allocateAmount(order, "5")).toEqual([{ parentId: "p2", gateway: "", amount: "5" }]);
  });

  it("uses the payment's amount when Shopify gives no maximum refundable", () => {
    const order = orderWith([{ parent: "p1", amount: "4.00", maximumRefundable: null }, { parent: "p2", amount: "20.00" }]);
    expect(allocateAmount(order, "6.00")).toEqual([
      { parentId: "p1", gateway: "shopify_payments", amount: "4.00" },
      { parentId: "p2", gateway: "shopify_payments", amount: "2.00" },
    ]);
  });

  it("allocates no more than the payments hold, and nothing for a zero or negative amount", () => {
    const order = orderWith([{ parent: "p1", amount: "10.00" }]);
    expect(allocateAmount(order, "15.00")).toEqual([{ parentId: "p1", gateway: "shopify_payments", amount: "10.00" }]);
    expect(allocateAmount(order, "0.00")).toEqual([]);
    expect(allocateAmount(order, "-1.00")).toEqual([]);
    expect(allocateAmount({ ...order, suggestedRefund: null }, "5.00")).toEqual([]);
  });
});
