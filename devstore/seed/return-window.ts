import type { Order } from "../objects.ts";
import { refreshOrderTotals } from "../order-totals.ts";
import { fulfil } from "./build-orders.ts";
import type { IdAllocator } from "./ids.ts";
import { createRandom } from "./random.ts";
import type { SeededShop } from "./index.ts";

// The seed's fulfilled orders are its older ones (delivered 40 to 90 days ago), so a 30-day return
// window would hold only a few partial shipments. This pass ships a handful of each shop's paid
// orders that were being prepared (in progress, on hold, scheduled…) and were placed 14 to 30 days
// before the anchor, one shipment each, delivered three days later: orders a shopper can still
// return, beside the older ones past the window. Plain UNFULFILLED orders are left alone (tests
// fulfil those themselves), and each status keeps at least two orders. It runs after every other
// seeded id is allocated, with its own random stream, so nothing else moves.

const DAY = 86_400_000;
export const RETURN_WINDOW_ORDERS_PER_SHOP = 4;

const PREPARING: readonly string[] = ["IN_PROGRESS", "ON_HOLD", "OPEN", "PENDING_FULFILLMENT", "SCHEDULED"];
const hasFinalSaleLine = (order: Order) => order.lineItems.some((item) => item.product?.tags.includes("final-sale"));

function pickCandidates(shop: SeededShop, anchor: Date): Order[] {
  const candidates = shop.orders.filter((order) => {
    const age = anchor.getTime() - Date.parse(order.createdAt);
    return order.customer && !order.cancelledAt && order.refunds.length === 0 && order.displayFinancialStatus === "PAID" && PREPARING.includes(order.displayFulfillmentStatus) && age >= 14 * DAY && age <= 30 * DAY;
  });
  const left = new Map<string, number>();
  for (const order of shop.orders) left.set(order.displayFulfillmentStatus, (left.get(order.displayFulfillmentStatus) ?? 0) + 1);
  // One order with a final-sale line first (so a test meets the exclusion), then the roomiest orders, one per customer.
  const ordered = [...candidates.filter(hasFinalSaleLine).slice(0, 1), ...[...candidates].sort((a, b) => b.lineItems.length - a.lineItems.length || a.number - b.number)];
  const chosen: Order[] = [];
  for (const order of ordered) {
    if (chosen.length === RETURN_WINDOW_ORDERS_PER_SHOP) break;
    if (chosen.includes(order) || chosen.some((other) => other.customer === order.customer)) continue;
    if ((left.get(order.displayFulfillmentStatus) ?? 0) <= 2) continue;
    left.set(order.displayFulfillmentStatus, left.get(order.displayFulfillmentStatus)! - 1);
    chosen.push(order);
  }
  return chosen.sort((a, b) => a.number - b.number);
}

/** Ships and delivers a few recent orders per shop (see above); call once, after every shop is built. */
export function shipReturnWindowOrders(shops: SeededShop[], nextId: IdAllocator, anchor: Date): void {
  shops.forEach((shop, index) => {
    const context = { seed: shop.seed, random: createRandom(20261207 + index), nextId, anchor, domain: shop.domain, products: shop.products };
    for (const order of pickCandidates(shop, anchor)) {
      const shippedAt = Date.parse(order.createdAt) + DAY + 2 * 3_600_000;
      const shipment = fulfil(context, order, order.lineItems.map((item) => ({ item, quantity: item.unfulfilledQuantity })), shippedAt);
      order.displayFulfillmentStatus = "FULFILLED";
      if (shipment.updatedAt > order.updatedAt) order.updatedAt = shipment.updatedAt;
      if (order.customer && order.updatedAt > order.customer.updatedAt) order.customer.updatedAt = order.updatedAt;
      refreshOrderTotals(order);
    }
  });
}
