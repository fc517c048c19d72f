import { describe, expect, it } from "vitest";
import type { AdminClient } from "~/shopify/admin-client.server";
import { normalisedPlan } from "./refund-ticket-order.server";
import type { RefundTicketOrderInput } from "./types";

// The derived idempotency key of a refund hashes JSON.stringify of the shop, the order as seen,
// the refunds made so far and `normalisedPlan(input)`: two presses of the same refund make one
// refund exactly when their plans serialise the same. These tests compare that serialisation.

/** Normalising a plan is pure: an Admin client that is called fails the test. */
const noShopify: AdminClient = {
  graphql: () => {
    throw new Error("normalising a refund plan must not call Shopify");
  },
};

type Line = RefundTicketOrderInput["lines"][number];

function refund(overrides: Partial<RefundTicketOrderInput> = {}): RefundTicketOrderInput {
  return {
    admin: noShopify,
    shop: "maple-and-moss.myshopify.com",
    ticketId: "0f8b3c9a-1d2e-4f5a-8b6c-7d8e9f0a1b2c",
    orderId: "6a1e2f3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
    staff: { id: 93_000_000_000_001n, name: "Ada" },
    lines: [],
    shipping: null,
    note: "",
    notifyCustomer: false,
    toStoreCredit: false,
    ...overrides,
  };
}

const hashed = (input: RefundTicketOrderInput) => JSON.stringify(normalisedPlan(input));

const mug: Line = { lineItemId: "gid://shopify/LineItem/101", quantity: 1, restockType: "RETURN", locationId: "gid://shopify/Location/1" };
const scarf: Line = { lineItemId: "gid://shopify/LineItem/102", quantity: 2, restockType: "NO_RESTOCK" };

describe("the refund plan a derived key hashes", () => {
  it("is one spelling of the refund: lines sorted by line item, then restock type", () => {
    expect(normalisedPlan(refund({ lines: [scarf, mug, { ...mug, restockType: "CANCEL" }], shipping: { full: true } }))).toEqual({
      lines: [
        { lineItemId: "gid://shopify/LineItem/101", quantity: 1, restockType: "CANCEL", locationId: "gid://shopify/Location/1" },
        { lineItemId: "gid://shopify/LineItem/101", quantity: 1, restockType: "RETURN", locationId: "gid://shopify/Location/1" },
        { lineItemId: "gid://shopify/LineItem/102", quantity: 2, restockType: "NO_RESTOCK" },
      ],
      shipping: { full: true },
      amount: null,
      toStoreCredit: false,
    });
  });

  it("is the same for the same refund whatever the order of its lines", () => {
    const lines = [mug, scarf, { ...mug, lineItemId: "gid://shopify/LineItem/100", restockType: "CANCEL" as const }];
    expect(hashed(refund({ lines }))).toBe(hashed(refund({ lines: [...lines].reverse() })));
    expect(hashed(refund({ lines }))).toBe(hashed(refund({ lines: [lines[1]!, lines[2]!, lines[0]!] })));
  });

  it("is the same when one line is restocked to two locations, in either order", () => {
    const there = { ...mug, locationId: "gid://shopify/Location/2" };
    expect(hashed(refund({ lines: [mug, there] }))).toBe(hashed(refund({ lines: [there, mug] })));
  });

  it("is the same when a line is given in parts, or with lines of nothing", () => {
    const whole = hashed(refund({ lines: [mug, scarf] }));
    expect(hashed(refund({ lines: [{ ...scarf, quantity: 1 }, mug, { ...scarf, quantity: 1 }] }))).toBe(whole);
    expect(hashed(refund({ lines: [mug, { ...mug, lineItemId: "gid://shopify/LineItem/999", quantity: 0 }, scarf, { ...scarf, quantity: -1 }] }))).toBe(whole);
  });

  it("ignores a location for units not restocked, and keeps it for those that are", () => {
    expect(hashed(refund({ lines: [{ ...scarf, locationId: "gid://shopify/Location/9" }] }))).toBe(hashed(refund({ lines: [scarf] })));
    expect(normalisedPlan(refund({ lines: [{ ...scarf, locationId: "gid://shopify/Location/9" }] })).lines[0]).not.toHaveProperty("locationId");
    expect(hashed(refund({ lines: [{ ...mug, locationId: "gid://shopify/Location/2" }] }))).not.toBe(hashed(refund({ lines: [mug] })));
  });

  it("is the same whatever the note, the notification or a given key: they do not change what is refunded", () => {
    const plan = hashed(refund({ lines: [mug] }));
    expect(hashed(refund({ lines: [mug], note: "Damaged in transit", notifyCustomer: true, seenOrderUpdatedAt: "2026-12-01T10:00:00.000Z", idempotencyKey: "k" }))).toBe(plan);
  });

  it("differs for a different refund: quantity, restock, line, shipping, amount or store credit", () => {
    const plans = [
      refund({ lines: [mug] }),
      refund({ lines: [{ ...mug, quantity: 2 }] }),
      refund({ lines: [{ ...mug, restockType: "CANCEL" }] }),
      refund({ lines: [{ ...mug, lineItemId: "gid://shopify/LineItem/103" }] }),
      refund({ lines: [mug, scarf] }),
      refund({ lines: [mug], shipping: { full: true } }),
      refund({ lines: [mug], shipping: { amount: "5.00" } }),
      refund({ lines: [mug], shipping: { amount: "4.00" } }),
      refund({ lines: [mug], toStoreCredit: true }),
      refund({ amount: "12.00" }),
      refund({ amount: "13.00" }),
    ].map(hashed);
    expect(new Set(plans).size).toBe(plans.length);
  });

  it("is the same again for the same input: nothing random or time-dependent", () => {
    const input = () => refund({ lines: [{ ...mug }, { ...scarf }], shipping: { amount: "5.00" }, amount: "12.00" });
    expect(hashed(input())).toBe(hashed(input()));
  });
});
