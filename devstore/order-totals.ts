import { parseMinor, toMoneyBag, type LineItem, type MoneyBag, type Order, type TaxLine } from "./objects.ts";

export function shopMinor(bag: MoneyBag): number {
  return parseMinor(bag.shopMoney.amount, bag.shopMoney.currencyCode);
}

function taxOn(amount: number, order: Order, rate: number): number {
  return order.taxesIncluded ? Math.round((amount * rate) / (1 + rate)) : Math.round(amount * rate);
}

function taxLine(title: string, rate: number, bag: MoneyBag): TaxLine {
  return { __typename: "TaxLine", title, rate, ratePercentage: rate * 100, priceSet: bag, channelLiable: false };
}

/** A line item's unit price after its staff discount, in shop minor units. */
export function discountedUnitMinor(item: LineItem): number {
  return shopMinor(item.originalUnitPriceSet) - (item.unitDiscount?.perUnitMinor ?? 0);
}

/** Fills a line item's money fields from its unit price, discount and quantities. */
export function refreshLineItemTotals(item: LineItem, order: Order): void {
  const { presentment, taxRate, taxTitle } = order.pricing;
  const currency = order.currencyCode;
  const unit = shopMinor(item.originalUnitPriceSet);
  const discounted = discountedUnitMinor(item);
  const bag = (minor: number) => toMoneyBag(minor, currency, presentment);
  item.discountedUnitPriceSet = bag(discounted);
  item.discountedUnitPriceAfterAllDiscountsSet = bag(discounted);
  item.originalTotalSet = bag(unit * item.quantity);
  item.discountedTotalSet = bag(discounted * item.quantity);
  item.totalDiscountSet = bag((unit - discounted) * item.quantity);
  item.discountAllocations = item.unitDiscount
    ? [{ __typename: "DiscountAllocation", allocatedAmountSet: bag((unit - discounted) * item.quantity), discountApplication: item.unitDiscount.application }]
    : [];
  item.unfulfilledOriginalTotalSet = bag(unit * item.unfulfilledQuantity);
  item.unfulfilledDiscountedTotalSet = bag(discounted * item.unfulfilledQuantity);
  item.priceAfterAllDiscountsBeforeTaxesSet = bag(discounted);
  item.refundableQuantity = item.currentQuantity;
  item.taxLines = [taxLine(taxTitle, taxRate, bag(taxOn(discounted * item.currentQuantity, order, taxRate)))];
}

/**
 * Recomputes every money field and payment flag of an order from its lines, shipping, refunds and
 * transactions, as Shopify does after any change. Call it after changing any of those.
 */
export function refreshOrderTotals(order: Order): void {
  const { presentment, taxRate, taxTitle } = order.pricing;
  const currency = order.currencyCode;
  const bag = (minor: number) => toMoneyBag(minor, currency, presentment);
  for (const item of order.lineItems) refreshLineItemTotals(item, order);

  const subtotal = order.lineItems.reduce((sum, item) => sum + discountedUnitMinor(item) * item.quantity, 0);
  const currentSubtotal = order.lineItems.reduce((sum, item) => sum + discountedUnitMinor(item) * item.currentQuantity, 0);
  const discountOf = (quantity: (item: LineItem) => number) =>
    order.lineItems.reduce((sum, item) => sum + (shopMinor(item.originalUnitPriceSet) - discountedUnitMinor(item)) * quantity(item), 0);
  const shipping = order.shippingLines.reduce((sum, line) => sum + shopMinor(line.originalPriceSet), 0);
  const refundedShipping = order.refunds.reduce(
    (sum, refund) => sum + (refund.refundShippingLines as Array<{ subtotalAmountSet: MoneyBag }>).reduce((s, line) => s + shopMinor(line.subtotalAmountSet), 0),
    0,
  );
  const currentShipping = order.cancelledAt ? 0 : shipping - refundedShipping;
  const tax = taxOn(subtotal, order, taxRate);
  const currentTax = taxOn(currentSubtotal, order, taxRate);
  const total = subtotal + shipping + (order.taxesIncluded ? 0 : tax);
  const currentTotal = currentSubtotal + currentShipping + (order.taxesIncluded ? 0 : currentTax);

  const successful = order.transactions.filter((transaction) => transaction.status === "SUCCESS");
  const amountOf = (kinds: string[]) => successful.filter((t) => kinds.includes(t.kind)).reduce((sum, t) => sum + shopMinor(t.amountSet), 0);
  const received = amountOf(["SALE", "CAPTURE"]);
  const refunded = amountOf(["REFUND"]);
  const voidedParents = new Set(successful.filter((t) => t.kind === "VOID" || t.kind === "CAPTURE").map((t) => t.parentTransaction?.id));
  const capturable = order.transactions
    .filter((t) => t.kind === "AUTHORIZATION" && t.status === "SUCCESS" && !voidedParents.has(t.id))
    .filter((t) => !t.authorizationExpiresAt || t.authorizationExpiresAt > order.updatedAt)
    .reduce((sum, t) => sum + shopMinor(t.amountSet), 0);
  const net = received - refunded;
  // Negative when an edit lowered the total below what was paid: Shopify's "refund owed".
  const outstanding = order.cancelledAt ? 0 : currentTotal - net;

  order.subtotalPriceSet = bag(subtotal);
  order.currentSubtotalPriceSet = bag(currentSubtotal);
  order.totalShippingPriceSet = bag(shipping);
  order.currentShippingPriceSet = bag(currentShipping);
  order.totalTaxSet = bag(tax);
  order.currentTotalTaxSet = bag(currentTax);
  order.taxLines = [taxLine(taxTitle, taxRate, bag(tax))];
  order.currentTaxLines = [taxLine(taxTitle, taxRate, bag(currentTax))];
  order.totalPriceSet = bag(total);
  order.originalTotalPriceSet = bag(total);
  order.currentTotalPriceSet = bag(currentTotal);
  order.totalDiscountsSet = bag(discountOf((item) => item.quantity));
  order.currentTotalDiscountsSet = bag(discountOf((item) => item.currentQuantity));
  order.currentCartDiscountAmountSet = bag(0);
  order.totalRefundedSet = bag(refunded);
  order.totalRefundedShippingSet = bag(refundedShipping);
  order.totalReceivedSet = bag(received);
  order.netPaymentSet = bag(net);
  order.totalOutstandingSet = bag(outstanding);
  order.totalCapturableSet = bag(capturable);
  order.totalTipReceivedSet = bag(0);
  order.refundDiscrepancySet = bag(0);
  order.subtotalLineItemsQuantity = order.lineItems.reduce((sum, item) => sum + item.quantity, 0);
  order.currentSubtotalLineItemsQuantity = order.lineItems.reduce((sum, item) => sum + item.currentQuantity, 0);
  order.fullyPaid = outstanding <= 0 && received > 0;
  order.unpaid = received === 0;
  order.capturable = capturable > 0;
  order.canMarkAsPaid = !order.cancelledAt && outstanding > 0 && capturable === 0;
  order.refundable = net > 0;
  order.restockable = order.lineItems.some((item) => item.currentQuantity > 0);
  order.fulfillable = !order.cancelledAt && order.lineItems.some((item) => item.unfulfilledQuantity > 0);
  order.merchantEditable = !order.cancelledAt && !order.closed;
  order.merchantEditableErrors = order.merchantEditable ? [] : [order.cancelledAt ? "Order is cancelled." : "Order is archived."];
  for (const line of order.shippingLines) {
    line.currentDiscountedPriceSet = bag(order.cancelledAt ? 0 : shopMinor(line.originalPriceSet));
  }
}
