import { tz } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";
import type { ReturnsPolicy } from "~/schemas/returns-policy";

// What a shopper may return or cancel under the shop's policy, and why not: pure rules, so the
// storefront block, the customer account extension and the agent's ticket page say the same.
// One module for the policy's rules (more than one export): each is small, and they are read
// together whenever the policy changes.

export type NotReturnableReason = "returns_off" | "order_cancelled" | "final_sale" | "not_fulfilled" | "already_returned" | "outside_window";

export interface ReturnLineInput {
  lineItemId: string;
  /** The line's quantity now (after edits). */
  quantity: number;
  productTags: string[];
  /** Each shipment of the line: how many units, when it shipped, when it arrived (null: unknown). */
  fulfillments: Array<{ quantity: number; fulfilledAt: Date; deliveredAt: Date | null }>;
  /** Units already returned, refunded or in an open return. */
  returnedQuantity: number;
}

export interface ReturnLineEligibility {
  lineItemId: string;
  /** Units the shopper may ask to return now. */
  returnableQuantity: number;
  /** Why none can be returned; null when some can. */
  reason: NotReturnableReason | null;
  /** Units not shipped yet (they may be returned once they arrive). */
  unfulfilledQuantity: number;
  /** When the last of the returnable units can no longer be returned; null when none can. */
  returnBy: Date | null;
}

/**
 * The end of a return window: the window counts whole days in the shop's time zone, so a line
 * delivered at any time on 1 December with a 30-day window can be returned until midnight that
 * ends 31 December there. Guess: Shopify's return rules ("30 days after delivery") do not say
 * where the day boundary is; counting in the shop's own calendar is what a merchant would
 * expect and a shopper can read off their order ("return by 31 December").
 */
export function getReturnWindowEnd(start: Date, windowDays: number, timeZone: string): Date {
  const zone = tz(timeZone);
  const end = new Date(startOfDay(addDays(start, windowDays + 1, { in: zone }), { in: zone }).getTime());
  // An unknown zone gives no date, and a window without an end would never close.
  if (Number.isNaN(end.getTime())) throw new Error(`Cannot count a return window in the time zone "${timeZone}"`);
  return end;
}

const normaliseTag = (tag: string) => tag.trim().toLowerCase();

/** Each line of an order: how many units the shopper may return now under `policy`, or why none. */
export function assessReturnEligibility(
  policy: Pick<ReturnsPolicy, "windowDays" | "excludedTags">,
  order: { cancelledAt: Date | null; lines: ReturnLineInput[] },
  context: { now: Date; timeZone: string },
): ReturnLineEligibility[] {
  const excluded = new Set(policy.excludedTags.map(normaliseTag));
  return order.lines.map((line) => {
    const fulfilled = line.fulfillments.reduce((sum, shipment) => sum + shipment.quantity, 0);
    const unfulfilledQuantity = Math.max(0, line.quantity - fulfilled);
    const none = (reason: NotReturnableReason): ReturnLineEligibility => ({ lineItemId: line.lineItemId, returnableQuantity: 0, reason, unfulfilledQuantity, returnBy: null });
    if (policy.windowDays === 0) return none("returns_off");
    if (order.cancelledAt) return none("order_cancelled");
    if (line.productTags.some((tag) => excluded.has(normaliseTag(tag)))) return none("final_sale");
    if (fulfilled === 0) return none("not_fulfilled");
    if (line.returnedQuantity >= Math.min(fulfilled, line.quantity)) return none("already_returned");

    // Units already returned are counted against the earliest shipments: those went first.
    let returned = line.returnedQuantity;
    let returnable = 0;
    let returnBy: Date | null = null;
    const shipments = [...line.fulfillments].sort((a, b) => a.fulfilledAt.getTime() - b.fulfilledAt.getTime());
    for (const shipment of shipments) {
      const consumed = Math.min(returned, shipment.quantity);
      returned -= consumed;
      const left = shipment.quantity - consumed;
      if (left === 0) continue;
      const ends = getReturnWindowEnd(shipment.deliveredAt ?? shipment.fulfilledAt, policy.windowDays, context.timeZone);
      if (context.now >= ends) continue;
      returnable += left;
      if (!returnBy || ends > returnBy) returnBy = ends;
    }
    // A line edited down after it shipped: never more than it now has.
    returnable = Math.min(returnable, Math.max(0, line.quantity - line.returnedQuantity));
    if (returnable === 0) return none("outside_window");
    return { lineItemId: line.lineItemId, returnableQuantity: returnable, reason: null, unfulfilledQuantity, returnBy };
  });
}

export type NotCancellableReason = "already_cancelled" | "shipped" | "cancel_off" | "outside_cancel_window";

/**
 * Whether the shopper may cancel the order themselves: nothing shipped yet and within the shop's
 * cancel window from when it was placed. The cancel itself refunds to the original payment
 * through the order actions' cancel.
 */
export function assessCancelEligibility(
  policy: Pick<ReturnsPolicy, "cancelWindowMinutes">,
  order: { placedAt: Date; cancelledAt: Date | null; fulfilledQuantity: number },
  now: Date,
): { isCancellable: true; until: Date } | { isCancellable: false; reason: NotCancellableReason } {
  if (order.cancelledAt) return { isCancellable: false, reason: "already_cancelled" };
  if (order.fulfilledQuantity > 0) return { isCancellable: false, reason: "shipped" };
  if (policy.cancelWindowMinutes === 0) return { isCancellable: false, reason: "cancel_off" };
  const until = new Date(order.placedAt.getTime() + policy.cancelWindowMinutes * 60_000);
  return now < until ? { isCancellable: true, until } : { isCancellable: false, reason: "outside_cancel_window" };
}

/** A return request as auto-approval judges it. */
export interface AutoApprovalInput {
  /** In the shop's currency, as the policy's `maxOrderTotal`. */
  orderTotal: number;
  /** The reason handles of the lines asked for. */
  reasons: string[];
  customerTags: string[];
  /** Orders the customer has placed, and of those, how many they returned something from before this request. */
  customerOrders: number;
  customerReturnedOrders: number;
}

/** Whether a request is approved without an agent; each unmet condition is named, for the timeline. */
export function decideAutoApproval(
  policy: Pick<ReturnsPolicy, "autoApprove">,
  request: AutoApprovalInput,
): { isApproved: boolean; unmet: Array<"disabled" | "order_total" | "reason" | "customer_tag" | "return_rate"> } {
  const rules = policy.autoApprove;
  if (!rules.isEnabled) return { isApproved: false, unmet: ["disabled"] };
  const unmet: Array<"order_total" | "reason" | "customer_tag" | "return_rate"> = [];
  if (rules.maxOrderTotal !== null && request.orderTotal > rules.maxOrderTotal) unmet.push("order_total");
  // A request that names no reason does not meet a list of reasons.
  if (rules.reasons.length && !(request.reasons.length > 0 && request.reasons.every((reason) => rules.reasons.includes(reason)))) unmet.push("reason");
  const tags = new Set(request.customerTags.map(normaliseTag));
  if (rules.customerTags.length && !rules.customerTags.some((tag) => tags.has(normaliseTag(tag)))) unmet.push("customer_tag");
  if (rules.maxReturnRatePercent !== null) {
    // Their past rate: this request is not counted, so a first return is at 0%.
    const rate = request.customerOrders === 0 ? 0 : (request.customerReturnedOrders / request.customerOrders) * 100;
    if (rate > rules.maxReturnRatePercent) unmet.push("return_rate");
  }
  return { isApproved: unmet.length === 0, unmet };
}

/** Whether the customer may open another return request under the shop's per-customer limit. */
export function isWithinCustomerLimit(policy: Pick<ReturnsPolicy, "limitPerCustomer">, requestsInLimitDays: number): boolean {
  return policy.limitPerCustomer === null || requestsInLimitDays < policy.limitPerCustomer;
}
