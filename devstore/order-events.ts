import { legacyIdOf, parseMinor, toGid, toMoneyBag, type Customer, type LineItem, type Order } from "./objects.ts";
import { buildOrder, buildTransaction, fulfil, refund, type OrderContext } from "./seed/build-orders.ts";
import { createRandom } from "./seed/random.ts";
import { refreshOrderTotals, shopMinor } from "./order-totals.ts";
import { addOrder, cancelOrder, findCustomer, findOrder, findVariant, getShop, updateOrder, type DevstoreState } from "./state.ts";
import { orderEditPayload, orderPayload, refundPayload } from "./webhook-payloads.ts";
import type { WebhookDelivery, WebhookOptions, WebhookRequest } from "./webhooks.ts";

// The life of an order as a shop sees it: placed, paid, edited, fulfilled with tracking,
// refunded, cancelled. Each event changes the devstore's order as Shopify would and sends the
// webhooks Shopify sends for it, in Shopify's order (the specific topic, then orders/updated).
// `options` is the chaos for those deliveries (duplicates, delay, a forged signature).

export interface Tracking {
  company: string;
  number: string;
  url: string;
}

export interface EventResult {
  order: Order;
  deliveries: WebhookDelivery[];
}

export interface OrderEvents {
  /** A new paid, unfulfilled order of `variants` (variant GIDs) for `customer` (a GID; the first customer when omitted). */
  create(shop: string, input?: { customer?: string; variants?: Array<{ variant: string; quantity: number }> }, options?: WebhookOptions): Promise<EventResult>;
  /** Captures what is outstanding on a pending or authorized order. */
  pay(shop: string, order: string, options?: WebhookOptions): Promise<EventResult>;
  /** Sets a line's quantity, as a committed order edit does. */
  edit(shop: string, order: string, change: { lineItem: string; quantity: number }, options?: WebhookOptions): Promise<EventResult>;
  /** Fulfils every unfulfilled line with one tracked shipment. */
  fulfil(shop: string, order: string, tracking?: Partial<Tracking>, options?: WebhookOptions): Promise<EventResult>;
  /** Refunds `lines` (line item GIDs and quantities) to the original payment. */
  refund(shop: string, order: string, lines: Array<{ lineItem: string; quantity: number }>, note?: string, options?: WebhookOptions): Promise<EventResult>;
  cancel(shop: string, order: string, reason?: NonNullable<Order["cancelReason"]>, options?: WebhookOptions): Promise<EventResult>;
}

/** Ids after every seeded one, growing with creation as Shopify's do. */
function createIdAllocator(state: DevstoreState) {
  const last = new Map<string, number>();
  return (type: string): number => {
    if (!last.has(type)) {
      let max = 0;
      for (const gid of state.nodes.keys()) {
        if (gid.startsWith(`gid://shopify/${type}/`)) max = Math.max(max, Number(gid.slice(gid.lastIndexOf("/") + 1)));
      }
      last.set(type, max || Date.now());
    }
    const next = last.get(type)! + 1 + Math.floor(Math.random() * 30);
    last.set(type, next);
    return next;
  };
}

// One allocator per state, shared by order events and Admin API mutations, so their ids never collide.
const allocators = new WeakMap<DevstoreState, (type: string) => number>();

/** The seed's order-building context for changes made to `shop` now (new ids, the shop's catalogue). */
export function orderContextFor(state: DevstoreState, shop: string): OrderContext {
  const shopState = getShop(state, shop);
  return { seed: shopState.seed, random: createRandom(Date.now() >>> 0), nextId: idAllocatorFor(state), anchor: state.now(), domain: shop, products: shopState.products };
}

export function idAllocatorFor(state: DevstoreState): (type: string) => number {
  let nextId = allocators.get(state);
  if (!nextId) allocators.set(state, (nextId = createIdAllocator(state)));
  return nextId;
}

/** The shop owner, who stands for the staff member behind changes made through the devstore. */
export function shopOwnerId(state: DevstoreState, shop: string): number {
  return legacyIdOf(getShop(state, shop).staff.find((member) => member.isShopOwner)!.id);
}

export function createOrderEvents(state: DevstoreState, deliver: (request: WebhookRequest) => Promise<WebhookDelivery[]>): OrderEvents {
  const context = (shop: string): OrderContext => orderContextFor(state, shop);
  const nextId = idAllocatorFor(state);
  const mustFind = (shop: string, gid: string): Order => {
    const order = findOrder(state, shop, gid);
    if (!order) throw new Error(`No order ${gid} in ${shop}`);
    return order;
  };
  const lineOf = (order: Order, gid: string): LineItem => {
    const item = order.lineItems.find((line) => line.id === gid);
    if (!item) throw new Error(`Order ${order.name} has no line item ${gid}`);
    return item;
  };
  async function send(shop: string, order: Order, topics: Array<[string, unknown]>, options?: WebhookOptions): Promise<EventResult> {
    const deliveries: WebhookDelivery[] = [];
    for (const [topic, payload] of topics) deliveries.push(...(await deliver({ shop, topic, payload, options })));
    return { order, deliveries };
  }
  const ownerId = (shop: string) => shopOwnerId(state, shop);
  const payload = (shop: string, order: Order, topic: string) => orderPayload(order, topic, ownerId(shop));
  const updated = (shop: string, order: Order): [string, unknown] => ["orders/updated", payload(shop, order, "orders/updated")];

  return {
    async create(shop, input = {}, options) {
      const shopState = getShop(state, shop);
      const customer: Customer | null | undefined = input.customer ? findCustomer(state, shop, input.customer) : shopState.customers[0];
      if (!customer) throw new Error(`No customer ${input.customer} in ${shop}`);
      const number = Math.max(...shopState.orders.map((order) => order.number)) + 1001;
      const order = buildOrder(context(shop), [customer], { financial: "PAID", fulfillment: "UNFULFILLED", weight: 1, age: "recent" }, state.now().getTime(), number);
      order.customer = customer;
      order.email = customer.email;
      order.customerLocale = customer.locale;
      if (input.variants?.length) {
        const template = order.lineItems[0]!;
        order.lineItems = input.variants.map(({ variant, quantity }) => {
          const found = findVariant(state, shop, variant);
          if (!found) throw new Error(`No variant ${variant} in ${shop}`);
          return { ...template, id: toGid("LineItem", nextId("LineItem")), title: found.product.title, name: found.displayName, variantTitle: found.title, sku: found.sku, variant: found, product: found.product, quantity, currentQuantity: quantity, unfulfilledQuantity: quantity, refundableQuantity: quantity, originalUnitPriceSet: toMoneyBag(parseMinor(found.price, order.currencyCode), order.currencyCode, order.pricing.presentment) };
        });
      }
      refreshOrderTotals(order);
      // The payment covers the lines chosen here, not the ones the builder drew.
      const sale = order.transactions.find((transaction) => transaction.kind === "SALE" && transaction.status === "SUCCESS");
      if (sale) {
        sale.amountSet = toMoneyBag(shopMinor(order.totalPriceSet), order.currencyCode, order.pricing.presentment);
        refreshOrderTotals(order);
      }
      addOrder(state, shop, order);
      return send(shop, order, [["orders/create", payload(shop, order, "orders/create")], updated(shop, order)], options);
    },

    async pay(shop, gid, options) {
      const order = updateOrder(state, shop, gid, (order) => {
        const outstanding = parseMinor(order.totalOutstandingSet.shopMoney.amount, order.currencyCode);
        if (outstanding <= 0) throw new Error(`Order ${order.name} has nothing outstanding`);
        const authorization = order.transactions.find((transaction) => transaction.kind === "AUTHORIZATION" && transaction.status === "SUCCESS");
        const gateway = authorization ?? order.transactions[0];
        buildTransaction(context(shop), order, {
          kind: authorization ? "CAPTURE" : "SALE",
          status: "SUCCESS",
          gateway: gateway?.gateway ?? "shopify_payments",
          formattedGateway: gateway?.formattedGateway ?? "Shopify Payments",
          amount: outstanding,
          at: state.now().getTime(),
          parent: authorization,
        });
        for (const transaction of order.transactions) if (transaction.kind === "SALE" && transaction.status === "PENDING") transaction.status = "SUCCESS";
        order.displayFinancialStatus = "PAID";
      });
      return send(shop, order, [updated(shop, order)], options);
    },

    async edit(shop, gid, change, options) {
      const before = mustFind(shop, gid);
      const item = lineOf(before, change.lineItem);
      const fulfilled = item.currentQuantity - item.unfulfilledQuantity;
      if (change.quantity < fulfilled) throw new Error(`${fulfilled} of ${item.title} are fulfilled; the quantity cannot go below that`);
      const delta = change.quantity - item.currentQuantity;
      const order = updateOrder(state, shop, gid, () => {
        item.currentQuantity = change.quantity;
        item.unfulfilledQuantity = change.quantity - fulfilled;
        item.refundableQuantity = change.quantity;
        item.quantity = Math.max(item.quantity, change.quantity);
      });
      order.edited = true;
      const summary = delta >= 0 ? { added: [{ item, delta }], removed: [] } : { added: [], removed: [{ item, delta: -delta }] };
      return send(shop, order, [["orders/edited", orderEditPayload(order, summary)], updated(shop, order)], options);
    },

    async fulfil(shop, gid, tracking = {}, options) {
      const order = updateOrder(state, shop, gid, (order) => {
        const lines = order.lineItems.filter((item) => item.unfulfilledQuantity > 0).map((item) => ({ item, quantity: item.unfulfilledQuantity }));
        if (!lines.length) throw new Error(`Order ${order.name} has nothing left to fulfil`);
        const record = fulfil(context(shop), order, lines, state.now().getTime());
        const info = record.trackingInfo[0]!;
        record.trackingInfo = [{ ...info, company: tracking.company ?? info.company, number: tracking.number ?? info.number, url: tracking.url ?? info.url }];
        record.displayStatus = "IN_TRANSIT";
        order.displayFulfillmentStatus = order.lineItems.every((item) => item.unfulfilledQuantity === 0) ? "FULFILLED" : "PARTIALLY_FULFILLED";
      });
      const topics: Array<[string, unknown]> = order.displayFulfillmentStatus === "FULFILLED" ? [["orders/fulfilled", payload(shop, order, "orders/fulfilled")]] : [];
      return send(shop, order, [...topics, updated(shop, order)], options);
    },

    async refund(shop, gid, lines, note, options) {
      let created: ReturnType<typeof refund> | undefined;
      const order = updateOrder(state, shop, gid, (order) => {
        const chosen = lines.map(({ lineItem, quantity }) => {
          const item = lineOf(order, lineItem);
          if (quantity > item.currentQuantity) throw new Error(`Only ${item.currentQuantity} of ${item.title} can be refunded`);
          return { item, quantity };
        });
        const sale = order.transactions.find((transaction) => (transaction.kind === "SALE" || transaction.kind === "CAPTURE") && transaction.status === "SUCCESS");
        created = refund(context(shop), order, chosen, { at: state.now().getTime(), restockType: "RETURN", includeShipping: false, parent: sale });
        if (note !== undefined) created.note = note;
        const remaining = order.lineItems.reduce((sum, item) => sum + item.currentQuantity, 0);
        order.displayFinancialStatus = remaining === 0 ? "REFUNDED" : "PARTIALLY_REFUNDED";
      });
      return send(shop, order, [["refunds/create", refundPayload(created!, order, ownerId(shop))], updated(shop, order)], options);
    },

    async cancel(shop, gid, reason = "CUSTOMER", options) {
      const order = cancelOrder(state, shop, gid, reason);
      return send(shop, order, [["orders/cancelled", payload(shop, order, "orders/cancelled")], updated(shop, order)], options);
    },
  };
}
