import { describe, expect, it } from "vitest";
import { ReturnsPolicy } from "~/schemas/returns-policy";
import { decideAutoApproval, assessCancelEligibility, assessReturnEligibility, getReturnWindowEnd, isWithinCustomerLimit, type ReturnLineInput } from "./return-eligibility";

const policy = ReturnsPolicy.parse({});
const at = (iso: string) => new Date(iso);

const line = (fields: Partial<ReturnLineInput> = {}): ReturnLineInput => ({
  lineItemId: "gid://shopify/LineItem/1",
  quantity: 2,
  productTags: [],
  fulfillments: [{ quantity: 2, fulfilledAt: at("2026-11-01T03:00:00Z"), deliveredAt: at("2026-11-03T03:00:00Z") }],
  returnedQuantity: 0,
  ...fields,
});

function judge(lines: ReturnLineInput[], now: string, options: { timeZone?: string; cancelledAt?: Date | null; policy?: Partial<ReturnsPolicy> } = {}) {
  return assessReturnEligibility({ ...policy, ...options.policy }, { cancelledAt: options.cancelledAt ?? null, lines }, { now: at(now), timeZone: options.timeZone ?? "UTC" });
}

describe("the return window", () => {
  it("counts whole days in the shop's time zone, through the last day", () => {
    // Delivered 3 November in Tokyo (18:00 UTC on the 2nd is 03:00 on the 3rd there): 30 days run through 3 December, Tokyo time.
    const deliveredAt = at("2026-11-02T18:00:00Z");
    expect(getReturnWindowEnd(deliveredAt, 30, "Asia/Tokyo").toISOString()).toBe("2026-12-03T15:00:00.000Z");
    // The same instant is 2 November in New York: its window ends a day earlier, at midnight there (EST after the clocks change).
    expect(getReturnWindowEnd(deliveredAt, 30, "America/New_York").toISOString()).toBe("2026-12-03T05:00:00.000Z");
    expect(getReturnWindowEnd(deliveredAt, 30, "UTC").toISOString()).toBe("2026-12-03T00:00:00.000Z");
  });

  it("is open one second before midnight on the last day and closed at midnight", () => {
    const lines = [line({ fulfillments: [{ quantity: 2, fulfilledAt: at("2026-11-01T00:00:00Z"), deliveredAt: at("2026-11-02T18:00:00Z") }] })];
    expect(judge(lines, "2026-12-03T14:59:59Z", { timeZone: "Asia/Tokyo" })[0]).toMatchObject({ returnableQuantity: 2, reason: null, returnBy: at("2026-12-03T15:00:00Z") });
    expect(judge(lines, "2026-12-03T15:00:00Z", { timeZone: "Asia/Tokyo" })[0]).toMatchObject({ returnableQuantity: 0, reason: "outside_window", returnBy: null });
    // Bangkok is two hours behind Tokyo: the same moment is still the 3rd there, and the 3rd is the last day.
    expect(judge(lines, "2026-12-03T15:00:00Z", { timeZone: "Asia/Bangkok" })[0]).toMatchObject({ returnableQuantity: 2 });
  });

  it("refuses to count in a time zone it does not know, rather than leave the window open", () => {
    expect(() => getReturnWindowEnd(at("2026-11-02T18:00:00Z"), 30, "Mars/Olympus")).toThrow('Cannot count a return window in the time zone "Mars/Olympus"');
  });

  it("counts from the fulfilment when the delivery is not known", () => {
    const lines = [line({ fulfillments: [{ quantity: 1, fulfilledAt: at("2026-11-10T12:00:00Z"), deliveredAt: null }] })];
    expect(judge(lines, "2026-12-10T23:59:59Z")[0]).toMatchObject({ returnableQuantity: 1, returnBy: at("2026-12-11T00:00:00Z") });
    expect(judge(lines, "2026-12-11T00:00:00Z")[0]!.reason).toBe("outside_window");
  });

  it("keeps each shipment's own window, and counts returned units against the earliest", () => {
    const lines = [
      line({
        quantity: 3,
        returnedQuantity: 1,
        fulfillments: [
          { quantity: 2, fulfilledAt: at("2026-10-01T00:00:00Z"), deliveredAt: at("2026-10-03T00:00:00Z") },
          { quantity: 1, fulfilledAt: at("2026-10-18T00:00:00Z"), deliveredAt: at("2026-10-20T00:00:00Z") },
        ],
      }),
    ];
    // 25 October: all three units are in their windows; one went back already.
    expect(judge(lines, "2026-10-25T00:00:00Z")[0]).toMatchObject({ returnableQuantity: 2, returnBy: at("2026-11-20T00:00:00Z") });
    // 10 November: the first shipment's window closed on the 3rd; the second's unit is still returnable.
    expect(judge(lines, "2026-11-10T00:00:00Z")[0]).toMatchObject({ returnableQuantity: 1, returnBy: at("2026-11-20T00:00:00Z") });
  });
});

describe("what cannot be returned, and why", () => {
  it("says final sale for a product tagged as the policy excludes, whatever the case", () => {
    expect(judge([line({ productTags: ["Sale", " FINAL-SALE "] })], "2026-11-10T00:00:00Z")[0]).toMatchObject({ returnableQuantity: 0, reason: "final_sale" });
    expect(judge([line({ productTags: ["clearance"] })], "2026-11-10T00:00:00Z", { policy: { excludedTags: ["Clearance"] } })[0]!.reason).toBe("final_sale");
  });

  it("says not yet fulfilled for a line that has not shipped, and counts what has not shipped of a line that partly has", () => {
    expect(judge([line({ fulfillments: [] })], "2026-11-10T00:00:00Z")[0]).toMatchObject({ returnableQuantity: 0, reason: "not_fulfilled", unfulfilledQuantity: 2 });
    const partly = line({ quantity: 3, fulfillments: [{ quantity: 1, fulfilledAt: at("2026-11-01T00:00:00Z"), deliveredAt: null }] });
    expect(judge([partly], "2026-11-10T00:00:00Z")[0]).toMatchObject({ returnableQuantity: 1, reason: null, unfulfilledQuantity: 2 });
  });

  it("says already returned once every shipped unit is back", () => {
    expect(judge([line({ returnedQuantity: 2 })], "2026-11-10T00:00:00Z")[0]).toMatchObject({ returnableQuantity: 0, reason: "already_returned" });
    expect(judge([line({ returnedQuantity: 1 })], "2026-11-10T00:00:00Z")[0]).toMatchObject({ returnableQuantity: 1, reason: null });
  });

  it("never offers more than the line has now, after an edit took units off", () => {
    expect(judge([line({ quantity: 1 })], "2026-11-10T00:00:00Z")[0]).toMatchObject({ returnableQuantity: 1 });
  });

  it("refuses every line of a cancelled order, and every line when the shop turned returns off", () => {
    const lines = [line(), line({ lineItemId: "gid://shopify/LineItem/2" })];
    expect(judge(lines, "2026-11-10T00:00:00Z", { cancelledAt: at("2026-11-05T00:00:00Z") }).map((each) => each.reason)).toEqual(["order_cancelled", "order_cancelled"]);
    expect(judge(lines, "2026-11-10T00:00:00Z", { policy: { windowDays: 0 } }).map((each) => each.reason)).toEqual(["returns_off", "returns_off"]);
  });
});

describe("cancelling an order", () => {
  const placedAt = at("2026-12-01T10:00:00Z");
  it("is allowed until the window closes while nothing has shipped", () => {
    expect(assessCancelEligibility(policy, { placedAt, cancelledAt: null, fulfilledQuantity: 0 }, at("2026-12-01T10:59:59Z"))).toEqual({ isCancellable: true, until: at("2026-12-01T11:00:00Z") });
    expect(assessCancelEligibility(policy, { placedAt, cancelledAt: null, fulfilledQuantity: 0 }, at("2026-12-01T11:00:00Z"))).toEqual({ isCancellable: false, reason: "outside_cancel_window" });
  });

  it("says why not: shipped, already cancelled, or not offered by the shop", () => {
    const now = at("2026-12-01T10:10:00Z");
    expect(assessCancelEligibility(policy, { placedAt, cancelledAt: null, fulfilledQuantity: 1 }, now)).toEqual({ isCancellable: false, reason: "shipped" });
    expect(assessCancelEligibility(policy, { placedAt, cancelledAt: now, fulfilledQuantity: 0 }, now)).toEqual({ isCancellable: false, reason: "already_cancelled" });
    expect(assessCancelEligibility({ cancelWindowMinutes: 0 }, { placedAt, cancelledAt: null, fulfilledQuantity: 0 }, now)).toEqual({ isCancellable: false, reason: "cancel_off" });
  });
});

describe("auto-approval", () => {
  const request = { orderTotal: 80, reasons: ["size-too-small"], customerTags: ["VIP"], customerOrders: 10, customerReturnedOrders: 2 };
  const rules = (autoApprove: Partial<ReturnsPolicy["autoApprove"]>) => ({ autoApprove: { ...policy.autoApprove, isEnabled: true, ...autoApprove } });

  it("approves nothing unless the shop turned it on", () => {
    expect(decideAutoApproval(policy, request)).toEqual({ isApproved: false, unmet: ["disabled"] });
    expect(decideAutoApproval(rules({}), request)).toEqual({ isApproved: true, unmet: [] });
  });

  it("names every condition the request does not meet", () => {
    const strict = rules({ maxOrderTotal: 50, reasons: ["defective"], customerTags: ["wholesale"], maxReturnRatePercent: 10 });
    expect(decideAutoApproval(strict, request)).toEqual({ isApproved: false, unmet: ["order_total", "reason", "customer_tag", "return_rate"] });
    const met = rules({ maxOrderTotal: 80, reasons: ["size-too-small", "defective"], customerTags: ["vip"], maxReturnRatePercent: 20 });
    expect(decideAutoApproval(met, request)).toEqual({ isApproved: true, unmet: [] });
  });

  it("does not meet a list of reasons with a request that names none", () => {
    expect(decideAutoApproval(rules({ reasons: ["defective"] }), { ...request, reasons: [] })).toEqual({ isApproved: false, unmet: ["reason"] });
  });

  it("judges a customer's past returns, not this one: a first return is at 0%", () => {
    expect(decideAutoApproval(rules({ maxReturnRatePercent: 0 }), { ...request, customerOrders: 1, customerReturnedOrders: 0 }).isApproved).toBe(true);
  });
});

describe("the per-customer limit", () => {
  it("allows requests below the limit, and any number without one", () => {
    expect(isWithinCustomerLimit({ limitPerCustomer: 2 }, 1)).toBe(true);
    expect(isWithinCustomerLimit({ limitPerCustomer: 2 }, 2)).toBe(false);
    expect(isWithinCustomerLimit(policy, 1000)).toBe(true);
  });
});
