import type { ReturnsPolicy } from "~/schemas/returns-policy";
import type { ReturnOptions as ShopifyReturnOptions } from "~/shopify/returns.server";
import { assessReturnEligibility, getReturnWindowEnd, type ReturnLineEligibility } from "./return-eligibility";

// What a shopper can return from one order, from what Shopify says of it now
// (`returnableFulfillments` already nets out units in other returns), under the shop's policy.

export interface ReturnOptionLine {
  lineItemId: string;
  title: string;
  variantTitle: string | null;
  imageUrl: string | null;
  imageAlt: string | null;
  /** Per unit, after discounts, in the shop's currency. */
  unitPrice: string;
  currencyCode: string;
  eligibility: ReturnLineEligibility;
  /** The reasons offered for this line: Shopify's suggestions for its product, else the shop's library. */
  reasons: Array<{ id: string; handle: string; name: string }>;
  /** The shipments' lines this line's units can be returned from now, earliest window first. */
  returnable: Array<{ fulfillmentLineItemId: string; quantity: number; windowEnd: Date }>;
}

export interface ReturnOptions {
  lines: ReturnOptionLine[];
}

/**
 * Each line of the order with what can be returned and why not. A line's units that shipped but
 * are in no returnable shipment any more were returned (or are being): they are given to the rules
 * as returned units of an earliest, long-past shipment, so the rules count them first.
 */
export function buildReturnOptions(data: ShopifyReturnOptions, policy: Pick<ReturnsPolicy, "windowDays" | "excludedTags">, context: { now: Date; timeZone: string }): ReturnOptions | null {
  const order = data.order;
  if (!order) return null;
  const shipments = data.returnableFulfillments.nodes.flatMap((returnable) =>
    returnable.returnableFulfillmentLineItems.nodes.map((item) => ({
      lineItemId: item.fulfillmentLineItem.lineItem.id,
      fulfillmentLineItemId: item.fulfillmentLineItem.id,
      quantity: item.quantity,
      fulfilledAt: new Date(String(returnable.fulfillment.createdAt)),
      deliveredAt: returnable.fulfillment.deliveredAt ? new Date(String(returnable.fulfillment.deliveredAt)) : null,
    })),
  );
  const inputs = order.lineItems.nodes.map((line) => {
    const own = shipments.filter((shipment) => shipment.lineItemId === line.id && shipment.quantity > 0);
    const shipped = Math.max(0, line.currentQuantity - line.unfulfilledQuantity);
    const gone = Math.max(0, shipped - own.reduce((sum, shipment) => sum + shipment.quantity, 0));
    return {
      lineItemId: line.id,
      quantity: line.currentQuantity,
      productTags: line.product?.tags ?? [],
      fulfillments: [...(gone ? [{ quantity: gone, fulfilledAt: new Date(0), deliveredAt: null }] : []), ...own],
      returnedQuantity: gone,
    };
  });
  const library = data.returnReasonDefinitions.nodes.filter((reason) => !reason.deleted).map(({ id, handle, name }) => ({ id, handle, name }));
  const eligibility = assessReturnEligibility(policy, { cancelledAt: order.cancelledAt ? new Date(String(order.cancelledAt)) : null, lines: inputs }, context);
  const lines = order.lineItems.nodes
    .filter((line) => line.currentQuantity > 0)
    .map((line): ReturnOptionLine => {
      const assessed = eligibility.find((item) => item.lineItemId === line.id)!;
      const returnable = assessed.returnableQuantity
        ? shipments
            .filter((shipment) => shipment.lineItemId === line.id && shipment.quantity > 0)
            .map((shipment) => ({ fulfillmentLineItemId: shipment.fulfillmentLineItemId, quantity: shipment.quantity, windowEnd: getReturnWindowEnd(shipment.deliveredAt ?? shipment.fulfilledAt, policy.windowDays, context.timeZone) }))
            .filter((shipment) => shipment.windowEnd > context.now)
            .sort((a, b) => a.windowEnd.getTime() - b.windowEnd.getTime())
        : [];
      const price = line.discountedUnitPriceAfterAllDiscountsSet.shopMoney;
      const suggested = (line.suggestedReturnReasonDefinitions?.nodes ?? []).filter((reason) => !reason.deleted).map(({ id, handle, name }) => ({ id, handle, name }));
      return {
        lineItemId: line.id,
        title: line.title,
        variantTitle: line.variantTitle,
        imageUrl: line.image?.url ? String(line.image.url) : null,
        imageAlt: line.image?.altText ?? null,
        unitPrice: String(price.amount),
        currencyCode: price.currencyCode,
        eligibility: assessed,
        reasons: suggested.length ? suggested : library,
        returnable,
      };
    });
  return { lines };
}

/**
 * The shipments' lines to ask Shopify to return `quantity` units of a line from: those whose
 * window ends first go first. Null when the line cannot return that many.
 */
export function allocateReturnQuantity(line: ReturnOptionLine, quantity: number): Array<{ fulfillmentLineItemId: string; quantity: number }> | null {
  if (quantity < 1 || quantity > line.eligibility.returnableQuantity) return null;
  const allocation: Array<{ fulfillmentLineItemId: string; quantity: number }> = [];
  let left = quantity;
  for (const shipment of line.returnable) {
    if (left === 0) break;
    const taken = Math.min(left, shipment.quantity);
    allocation.push({ fulfillmentLineItemId: shipment.fulfillmentLineItemId, quantity: taken });
    left -= taken;
  }
  return left === 0 ? allocation : null;
}
