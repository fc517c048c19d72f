import {
  parseMinor,
  toGid,
  toMoneyBag,
  toShippingLine,
  type Customer,
  type FinancialStatus,
  type Fulfillment,
  type FulfillmentStatus,
  type LineItem,
  type Order,
  type OrderTransaction,
  type Product,
  type Refund,
  type ShippingLine,
} from "../objects.ts";
import { refreshOrderTotals, shopMinor } from "../order-totals.ts";
import { buildAddress } from "./build-customers.ts";
import type { IdAllocator } from "./ids.ts";
import type { Random } from "./random.ts";
import type { ShopSeed } from "./shops.ts";

export interface Scenario {
  financial: FinancialStatus;
  fulfillment: FulfillmentStatus;
  weight: number;
  cancel?: Order["cancelReason"][];
  refund?: "partial" | "full";
  /** Recent orders are the ones still waiting; fulfilled ones are older. */
  age: "any" | "recent" | "older";
}

const SCENARIOS: Scenario[] = [
  { financial: "PAID", fulfillment: "FULFILLED", weight: 40, age: "older" },
  { financial: "PAID", fulfillment: "UNFULFILLED", weight: 15, age: "recent" },
  { financial: "PAID", fulfillment: "PARTIALLY_FULFILLED", weight: 6, age: "any" },
  { financial: "PAID", fulfillment: "IN_PROGRESS", weight: 4, age: "recent" },
  { financial: "PAID", fulfillment: "ON_HOLD", weight: 3, age: "recent" },
  { financial: "PAID", fulfillment: "OPEN", weight: 3, age: "recent" },
  { financial: "PAID", fulfillment: "PENDING_FULFILLMENT", weight: 3, age: "recent" },
  { financial: "PAID", fulfillment: "SCHEDULED", weight: 2, age: "recent" },
  { financial: "PAID", fulfillment: "REQUEST_DECLINED", weight: 1, age: "any" },
  { financial: "AUTHORIZED", fulfillment: "UNFULFILLED", weight: 5, age: "recent" },
  { financial: "PENDING", fulfillment: "UNFULFILLED", weight: 4, age: "recent" },
  { financial: "PARTIALLY_PAID", fulfillment: "UNFULFILLED", weight: 3, age: "any" },
  { financial: "PARTIALLY_REFUNDED", fulfillment: "FULFILLED", weight: 5, refund: "partial", age: "older" },
  { financial: "PARTIALLY_REFUNDED", fulfillment: "PARTIALLY_FULFILLED", weight: 2, refund: "partial", age: "any" },
  { financial: "REFUNDED", fulfillment: "FULFILLED", weight: 3, refund: "full", age: "older" },
  { financial: "REFUNDED", fulfillment: "RESTOCKED", weight: 3, refund: "full", cancel: ["CUSTOMER", "INVENTORY", "STAFF"], age: "any" },
  { financial: "VOIDED", fulfillment: "UNFULFILLED", weight: 3, cancel: ["FRAUD", "DECLINED", "CUSTOMER", "OTHER"], age: "any" },
  { financial: "EXPIRED", fulfillment: "UNFULFILLED", weight: 2, age: "older" },
];

const DAY = 86_400_000;
const ORDER_TAGS = ["gift", "priority", "wholesale", "fragile", "express", "repeat"];

/** Picks each order's scenario: every scenario at least twice, the rest by weight, placed by age. */
function planScenarios(count: number, random: Random): Scenario[] {
  const plan: Scenario[] = SCENARIOS.flatMap((scenario) => [scenario, scenario]);
  const totalWeight = SCENARIOS.reduce((sum, scenario) => sum + scenario.weight, 0);
  while (plan.length < count) {
    let roll = random.next() * totalWeight;
    plan.push(SCENARIOS.find((scenario) => (roll -= scenario.weight) < 0) ?? SCENARIOS[0]!);
  }
  // Orders are numbered oldest first: put "older" scenarios early and "recent" ones late, with some noise.
  const rank = { older: 0, any: 1, recent: 2 } as const;
  return plan
    .map((scenario) => ({ scenario, key: rank[scenario.age] + random.next() * 1.6 }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.scenario);
}

function iso(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export interface OrderContext {
  seed: ShopSeed;
  random: Random;
  nextId: IdAllocator;
  anchor: Date;
  domain: string;
  products: Product[];
}

function buildLineItems(context: OrderContext, order: Order): LineItem[] {
  const { random, nextId, products } = context;
  const picks = random.sample(products, random.chance(0.55) ? random.int(2, 4) : 1);
  return picks.map((product) => {
    const variant = random.pick(product.variants);
    const quantity = random.chance(0.75) ? 1 : random.int(2, 3);
    const unit = toMoneyBag(parseMinor(variant.price, context.seed.currency), context.seed.currency, order.pricing.presentment);
    return {
      __typename: "LineItem",
      id: toGid("LineItem", nextId("LineItem")),
      title: product.title,
      name: variant.title === "Default Title" ? product.title : `${product.title} - ${variant.title}`,
      variantTitle: variant.title === "Default Title" ? null : variant.title,
      sku: variant.sku,
      vendor: product.vendor,
      quantity,
      currentQuantity: quantity,
      unfulfilledQuantity: quantity,
      refundableQuantity: quantity,
      nonFulfillableQuantity: 0,
      requiresShipping: true,
      taxable: true,
      isGiftCard: false,
      merchantEditable: true,
      restockable: true,
      customAttributes: [],
      discountAllocations: [],
      duties: [],
      taxLines: [],
      originalUnitPriceSet: unit,
      variant,
      product,
    } as unknown as LineItem;
  });
}

function buildShippingLine(context: OrderContext, order: Order, subtotal: number): ShippingLine {
  const { shipping } = context.seed;
  const price = toMoneyBag(subtotal >= shipping.freeOver ? 0 : shipping.price, context.seed.currency, order.pricing.presentment);
  return toShippingLine({ id: toGid("ShippingLine", context.nextId("ShippingLine")), title: shipping.title, code: shipping.code, custom: false, price });
}

export function buildTransaction(
  context: OrderContext,
  order: Order,
  fields: Pick<OrderTransaction, "kind" | "status" | "gateway" | "formattedGateway"> & { amount: number; at: number; parent?: OrderTransaction; manual?: boolean },
): OrderTransaction {
  const transaction: OrderTransaction = {
    __typename: "OrderTransaction",
    id: toGid("OrderTransaction", context.nextId("OrderTransaction")),
    kind: fields.kind,
    status: fields.status,
    gateway: fields.gateway,
    formattedGateway: fields.formattedGateway,
    test: false,
    manualPaymentGateway: fields.manual ?? false,
    manuallyCapturable: fields.kind === "AUTHORIZATION",
    multiCapturable: false,
    amountSet: toMoneyBag(fields.amount, order.currencyCode, order.pricing.presentment),
    createdAt: iso(fields.at),
    processedAt: iso(fields.at),
    authorizationExpiresAt: fields.kind === "AUTHORIZATION" ? iso(fields.at + 7 * DAY) : null,
    errorCode: null,
    fees: [],
    parentTransaction: fields.parent ?? null,
    order,
  };
  order.transactions.push(transaction);
  return transaction;
}

export function fulfil(context: OrderContext, order: Order, items: Array<{ item: LineItem; quantity: number }>, at: number): Fulfillment {
  const { random, nextId, seed, anchor } = context;
  const carrier = random.pick(seed.carriers);
  const number = carrier.trackingNumber(random.digits);
  const id = nextId("Fulfillment");
  const delivered = anchor.getTime() - at > 5 * DAY;
  const fulfillment: Fulfillment = {
    __typename: "Fulfillment",
    id: toGid("Fulfillment", id),
    legacyResourceId: String(id),
    name: `${order.name}.${order.fulfillments.length + 1}`,
    status: "SUCCESS",
    displayStatus: delivered ? "DELIVERED" : "IN_TRANSIT",
    requiresShipping: true,
    totalQuantity: items.reduce((sum, entry) => sum + entry.quantity, 0),
    createdAt: iso(at),
    updatedAt: iso(delivered ? at + 3 * DAY : at + 6 * 3_600_000),
    inTransitAt: iso(at + 6 * 3_600_000),
    deliveredAt: delivered ? iso(at + 3 * DAY) : null,
    estimatedDeliveryAt: iso(at + 3 * DAY),
    trackingInfo: [{ __typename: "FulfillmentTrackingInfo", company: carrier.company, number, url: carrier.trackingUrl(number) }],
    fulfillmentLineItems: items.map(({ item, quantity }) => ({
      __typename: "FulfillmentLineItem" as const,
      id: toGid("FulfillmentLineItem", nextId("FulfillmentLineItem")),
      quantity,
      lineItem: item,
      originalTotalSet: toMoneyBag(shopMinor(item.originalUnitPriceSet) * quantity, order.currencyCode, order.pricing.presentment),
      discountedTotalSet: toMoneyBag(shopMinor(item.originalUnitPriceSet) * quantity, order.currencyCode, order.pricing.presentment),
    })),
    order,
  };
  for (const { item, quantity } of items) item.unfulfilledQuantity -= quantity;
  order.fulfillments.push(fulfillment);
  return fulfillment;
}

/** What a refund pays back, when not simply everything it covers to `parent` (as the seed does). */
export interface RefundPayment {
  amount: number;
  parent: OrderTransaction | undefined;
  gateway: string;
  formattedGateway: string;
}

/**
 * Records a refund of `lines` on `order`: quantities leave the order, shipping is refunded in full
 * (`includeShipping`) or by `shippingAmount` (shop minor units), and money goes back through
 * `payments`, or else as one REFUND of the whole amount to `parent`.
 */
export function refund(
  context: OrderContext,
  order: Order,
  lines: Array<{ item: LineItem; quantity: number; restockType?: "NO_RESTOCK" | "CANCEL" | "RETURN" }>,
  options: {
    at: number;
    restockType: "NO_RESTOCK" | "CANCEL" | "RETURN";
    includeShipping: boolean;
    shippingAmount?: number;
    parent: OrderTransaction | undefined;
    payments?: RefundPayment[];
    note?: string | null;
  },
): Refund {
  const { nextId, random, seed } = context;
  const bag = (minor: number) => toMoneyBag(minor, order.currencyCode, order.pricing.presentment);
  const rate = order.pricing.taxRate;
  const refundLineItems = lines.map(({ item, quantity, restockType = options.restockType }) => {
    const subtotal = shopMinor(item.discountedUnitPriceSet ?? item.originalUnitPriceSet) * quantity;
    const tax = order.taxesIncluded ? 0 : Math.round(subtotal * rate);
    item.currentQuantity -= quantity;
    item.unfulfilledQuantity = Math.min(item.unfulfilledQuantity, item.currentQuantity);
    return {
      __typename: "RefundLineItem" as const,
      id: toGid("RefundLineItem", nextId("RefundLineItem")),
      lineItem: item,
      quantity,
      restockType,
      restocked: restockType !== "NO_RESTOCK",
      priceSet: item.discountedUnitPriceSet ?? item.originalUnitPriceSet,
      subtotalSet: bag(subtotal),
      totalTaxSet: bag(tax),
    };
  });
  const fullShipping = order.shippingLines.reduce((sum, line) => sum + shopMinor(line.originalPriceSet), 0);
  const shipping = options.shippingAmount ?? (options.includeShipping ? fullShipping : 0);
  const covered = refundLineItems.reduce((sum, line) => sum + shopMinor(line.subtotalSet) + shopMinor(line.totalTaxSet), 0) + shipping;
  const payments = options.payments ?? (options.parent ? [{ amount: covered, parent: options.parent, gateway: options.parent.gateway, formattedGateway: options.parent.formattedGateway }] : []);
  const id = nextId("Refund");
  const record: Refund = {
    __typename: "Refund",
    id: toGid("Refund", id),
    legacyResourceId: String(id),
    note: options.note !== undefined ? options.note : random.pick(seed.refundNotes),
    createdAt: iso(options.at),
    updatedAt: iso(options.at),
    processedAt: iso(options.at),
    totalRefundedSet: bag(options.payments ? payments.reduce((sum, payment) => sum + payment.amount, 0) : covered),
    refundLineItems,
    transactions: [],
    refundShippingLines: shipping
      ? [{ __typename: "RefundShippingLine", shippingLine: order.shippingLines[0], subtotalAmountSet: bag(shipping), taxAmountSet: bag(0) }]
      : [],
    orderAdjustments: [],
    duties: [],
    order,
  };
  for (const payment of payments) {
    if (payment.amount <= 0) continue;
    record.transactions.push(
      buildTransaction(context, order, {
        kind: "REFUND",
        status: "SUCCESS",
        gateway: payment.gateway,
        formattedGateway: payment.formattedGateway,
        amount: payment.amount,
        at: options.at,
        parent: payment.parent,
      }),
    );
  }
  order.refunds.push(record);
  return record;
}

/** The shop's orders #1001…, oldest first, spread over the 90 days before `anchor`. */
export function buildOrders(context: OrderContext, customers: Customer[], count: number): Order[] {
  const { random, anchor } = context;
  const times = Array.from({ length: count }, () => anchor.getTime() - random.int(30 * 60, 90 * 86_400) * 1000).sort((a, b) => a - b);
  const scenarios = planScenarios(count, random);

  return times.map((createdAt, index) => buildOrder(context, customers, scenarios[index]!, createdAt, 1001 + index));
}

/** One order #`number` placed at `createdAt` (epoch ms), taken through `scenario`'s life. */
export function buildOrder(context: OrderContext, customers: Customer[], scenario: Scenario, createdAt: number, number: number): Order {
  const { seed, random, nextId, anchor, domain } = context;
  const customer = random.chance(0.94) ? random.pick(customers) : null;
  const id = nextId("Order");
  const foreign = random.chance(0.1);
  const guestName = { firstName: "Guest", lastName: "Shopper" };
  const shippingAddress = customer?.defaultAddress
    ? { ...customer.defaultAddress }
    : buildAddress(seed.homeAddresses, guestName, random, nextId);
  const order = {
    __typename: "Order",
    pricing: {
      presentment: foreign ? seed.foreignCurrency : { currency: seed.currency, rate: 1 },
      taxRate: seed.taxRate,
      taxTitle: seed.taxTitle,
    },
    id: toGid("Order", id),
    legacyResourceId: String(id),
    name: `#${number}`,
    number: number - 1000,
    confirmationNumber: random.hex(9).toUpperCase(),
    email: customer?.email ?? `guest${random.digits(4)}@example.com`,
    phone: customer?.phone ?? null,
    customer,
    customerLocale: customer?.locale ?? seed.locale,
    customerAcceptsMarketing: customer?.defaultEmailAddress?.marketingState === "SUBSCRIBED",
    createdAt: iso(createdAt),
    updatedAt: iso(createdAt),
    processedAt: iso(createdAt),
    closed: false,
    closedAt: null,
    cancelledAt: null,
    cancelReason: null,
    confirmed: true,
    test: false,
    edited: false,
    currencyCode: seed.currency,
    presentmentCurrencyCode: foreign ? seed.foreignCurrency.currency : seed.currency,
    displayFinancialStatus: scenario.financial,
    displayFulfillmentStatus: scenario.fulfillment,
    returnStatus: "NO_RETURN",
    tags: random.chance(0.3) ? random.sample(ORDER_TAGS, random.int(1, 2)) : [],
    note: random.chance(0.15) ? random.pick(seed.orderNotes) : null,
    sourceName: "web",
    paymentGatewayNames: [],
    discountCode: null,
    discountCodes: [],
    taxesIncluded: seed.taxesIncluded,
    taxExempt: false,
    dutiesIncluded: false,
    estimatedTaxes: false,
    requiresShipping: true,
    billingAddressMatchesShippingAddress: true,
    hasTimelineComment: false,
    productNetwork: false,
    totalWeight: String(random.int(200, 3000)),
    statusPageUrl: `https://${domain}/${id}/orders/${random.hex(32)}/authenticate?key=${random.hex(32)}`,
    shippingAddress,
    billingAddress: shippingAddress,
    displayAddress: shippingAddress,
    customAttributes: [],
    additionalFees: [],
    alerts: [],
    disputes: [],
    lineItems: [],
    fulfillments: [],
    refunds: [],
    transactions: [],
    returns: [],
    shippingLines: [],
  } as unknown as Order;
  order.currentTotalWeight = order.totalWeight;

  order.lineItems = buildLineItems(context, order);
  // Partial fulfilment needs a second line to leave unfulfilled.
  if (scenario.fulfillment === "PARTIALLY_FULFILLED" && order.lineItems.length === 1) order.lineItems[0]!.quantity = order.lineItems[0]!.currentQuantity = order.lineItems[0]!.unfulfilledQuantity = 2;
  const subtotal = order.lineItems.reduce((sum, item) => sum + shopMinor(item.originalUnitPriceSet) * item.quantity, 0);
  order.shippingLines = [buildShippingLine(context, order, subtotal)];
  order.shippingLine = order.shippingLines[0]!;
  refreshOrderTotals(order);
  const total = shopMinor(order.totalPriceSet);

  const card = random.chance(0.8) ? { gateway: "shopify_payments", formattedGateway: "Shopify Payments" } : { gateway: "paypal", formattedGateway: "PayPal" };
  const manual = random.chance(0.5) ? { gateway: "Bank Deposit", formattedGateway: "Bank Deposit" } : { gateway: "Cash on Delivery (COD)", formattedGateway: "Cash on Delivery (COD)" };
  let lastEvent = createdAt;
  let sale: OrderTransaction | undefined;
  switch (scenario.financial) {
    case "PENDING":
      buildTransaction(context, order, { kind: "SALE", status: "PENDING", ...manual, amount: total, at: createdAt, manual: true });
      break;
    case "PARTIALLY_PAID":
      sale = buildTransaction(context, order, { kind: "SALE", status: "SUCCESS", ...manual, amount: Math.round(total / 2), at: createdAt + DAY, manual: true });
      lastEvent = createdAt + DAY;
      break;
    case "AUTHORIZED":
      buildTransaction(context, order, { kind: "AUTHORIZATION", status: "SUCCESS", ...card, amount: total, at: createdAt });
      break;
    case "EXPIRED":
      buildTransaction(context, order, { kind: "AUTHORIZATION", status: "SUCCESS", ...card, amount: total, at: createdAt });
      lastEvent = createdAt + 7 * DAY;
      break;
    case "VOIDED": {
      const authorization = buildTransaction(context, order, { kind: "AUTHORIZATION", status: "SUCCESS", ...card, amount: total, at: createdAt });
      lastEvent = createdAt + random.int(1, 20) * 3_600_000;
      buildTransaction(context, order, { kind: "VOID", status: "SUCCESS", ...card, amount: total, at: lastEvent, parent: authorization });
      break;
    }
    default:
      sale = buildTransaction(context, order, { kind: "SALE", status: "SUCCESS", ...card, amount: total, at: createdAt });
  }
  order.paymentGatewayNames = [order.transactions[0]!.gateway];

  const shippedAt = createdAt + random.int(1, 4) * DAY + random.int(0, 8) * 3_600_000;
  if (scenario.fulfillment === "FULFILLED") {
    fulfil(context, order, order.lineItems.map((item) => ({ item, quantity: item.quantity })), shippedAt);
    lastEvent = Math.max(lastEvent, shippedAt);
  } else if (scenario.fulfillment === "PARTIALLY_FULFILLED") {
    const first = order.lineItems[0]!;
    const rest = order.lineItems.length > 1 ? [{ item: first, quantity: first.quantity }] : [{ item: first, quantity: 1 }];
    fulfil(context, order, rest, shippedAt);
    lastEvent = Math.max(lastEvent, shippedAt);
  }

  if (scenario.refund) {
    const refundAt = Math.min(anchor.getTime() - 3_600_000, Math.max(lastEvent, createdAt) + random.int(2, 9) * DAY);
    const lines =
      scenario.refund === "full"
        ? order.lineItems.map((item) => ({ item, quantity: item.currentQuantity }))
        : [{ item: order.lineItems[order.lineItems.length - 1]!, quantity: 1 }];
    const restockType = scenario.cancel ? "CANCEL" : scenario.fulfillment === "FULFILLED" || scenario.fulfillment === "PARTIALLY_FULFILLED" ? "RETURN" : "NO_RESTOCK";
    refund(context, order, lines, { at: refundAt, restockType, includeShipping: scenario.refund === "full", parent: sale });
    lastEvent = refundAt;
  }

  if (scenario.cancel) {
    const cancelledAt = scenario.refund ? lastEvent : lastEvent + random.int(1, 12) * 3_600_000;
    order.cancelledAt = iso(cancelledAt);
    order.cancelReason = random.pick(scenario.cancel);
    order.closed = true;
    order.closedAt = iso(cancelledAt);
    for (const item of order.lineItems) item.currentQuantity = item.unfulfilledQuantity = 0;
    lastEvent = cancelledAt;
  } else if (scenario.financial === "EXPIRED" && random.chance(0.5)) {
    order.cancelledAt = iso(lastEvent);
    order.cancelReason = "DECLINED";
    order.closed = true;
    order.closedAt = iso(lastEvent);
    for (const item of order.lineItems) item.currentQuantity = item.unfulfilledQuantity = 0;
  }
  if (scenario.fulfillment === "FULFILLED" && scenario.financial === "PAID" && anchor.getTime() - shippedAt > 30 * DAY) {
    order.closed = true;
    order.closedAt = iso(shippedAt + DAY);
    lastEvent = Math.max(lastEvent, shippedAt + DAY);
  }

  order.updatedAt = iso(Math.min(anchor.getTime(), lastEvent + random.int(1, 90) * 60_000));
  refreshOrderTotals(order);
  return order;
}
