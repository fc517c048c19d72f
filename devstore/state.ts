import { EventEmitter } from "node:events";
import { parseGid, type Customer, type Order, type Product, type ProductVariant, type Return, type StaffMember } from "./objects.ts";
import { refreshOrderTotals } from "./order-totals.ts";
import { orderReturnStatus } from "./returns.ts";
import { refreshCustomerTotals, seedAnchor, seedShops, type SeededShop } from "./seed/index.ts";

export type ShopState = SeededShop;

/** What changed, for whoever turns state changes into webhooks. */
export type StateChange =
  | { shop: string; kind: "order"; action: "created" | "updated" | "cancelled"; order: Order }
  | { shop: string; kind: "customer"; action: "updated"; customer: Customer }
  | { shop: string; kind: "return"; action: ReturnAction; return: Return };

/** What happened to a return, one per returns/* topic. */
export type ReturnAction = "request" | "approve" | "decline" | "process" | "update" | "close" | "reopen" | "cancel";

export interface DevstoreState {
  shops: Map<string, ShopState>;
  /** Every object with an id, by GID, with the shop that owns it. */
  nodes: Map<string, { shop: string; node: { id: string; __typename: string } }>;
  /** The clock for timestamps the devstore writes: real time, always after the seed's anchor. */
  now(): Date;
  events: EventEmitter<{ change: [StateChange] }>;
}

function indexShopNodes(state: DevstoreState, shop: ShopState): void {
  const add = (node: { id: string; __typename: string }) => state.nodes.set(node.id, { shop: shop.domain, node });
  add(shop.shop);
  shop.staff.forEach(add);
  for (const product of shop.products) {
    add(product);
    for (const variant of product.variants) {
      add(variant);
      add(variant.inventoryItem);
    }
  }
  for (const customer of shop.customers) {
    add(customer);
    customer.addressesV2.forEach(add);
  }
  for (const order of shop.orders) indexOrder(state, shop.domain, order);
}

function indexOrder(state: DevstoreState, shop: string, order: Order): void {
  const add = (node: { id: string; __typename: string }) => state.nodes.set(node.id, { shop, node });
  add(order);
  order.lineItems.forEach(add);
  order.fulfillments.forEach(add);
  order.refunds.forEach(add);
  order.transactions.forEach(add);
  for (const ret of order.returns) {
    add(ret);
    ret.returnLineItems.forEach(add);
    ret.exchangeLineItems.forEach(add);
    for (const reverse of ret.reverseFulfillmentOrders) {
      add(reverse);
      for (const line of reverse.lineItems) {
        add(line);
        line.dispositions.forEach(add);
      }
    }
  }
}

/**
 * The devstore's in-memory Shopify: both seeded shops, freshly built. Timestamps written after
 * start are real time, so they sort after the seed, and after an earlier run's, as Shopify's do.
 */
export function createState(options: { anchor?: Date } = {}): DevstoreState {
  const anchor = options.anchor ?? seedAnchor();
  const state: DevstoreState = {
    shops: new Map(),
    nodes: new Map(),
    now: () => new Date(),
    events: new EventEmitter(),
  };
  for (const shop of seedShops(anchor)) {
    state.shops.set(shop.domain, shop);
    indexShopNodes(state, shop);
  }
  return state;
}

export function getShop(state: DevstoreState, domain: string): ShopState {
  const shop = state.shops.get(domain);
  if (!shop) throw new Error(`The devstore has no shop ${domain}`);
  return shop;
}

export function findShopByHandle(state: DevstoreState, handle: string): ShopState | undefined {
  return state.shops.get(`${handle}.myshopify.com`);
}

/** The object with this GID in this shop, or null: another shop's ids are invisible, as in Shopify. */
export function findNode(state: DevstoreState, shop: string, gid: string): { id: string; __typename: string } | null {
  const entry = state.nodes.get(gid);
  return entry && entry.shop === shop ? entry.node : null;
}

/** The shop's object with this GID when it is of `typename`, else null. */
function findTyped<T>(state: DevstoreState, shop: string, gid: string, typename: string): T | null {
  const node = findNode(state, shop, gid);
  return node?.__typename === typename ? (node as T) : null;
}

export const findOrder = (state: DevstoreState, shop: string, gid: string) => findTyped<Order>(state, shop, gid, "Order");
export const findCustomer = (state: DevstoreState, shop: string, gid: string) => findTyped<Customer>(state, shop, gid, "Customer");
export const findProduct = (state: DevstoreState, shop: string, gid: string) => findTyped<Product>(state, shop, gid, "Product");
export const findVariant = (state: DevstoreState, shop: string, gid: string) => findTyped<ProductVariant>(state, shop, gid, "ProductVariant");

export function findStaffMember(state: DevstoreState, shop: string, userId: string | number): StaffMember | undefined {
  return getShop(state, shop).staff.find((member) => parseGid(member.id)?.id === String(userId));
}

function timestamp(state: DevstoreState): string {
  return state.now().toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Applies `change` to an order, bumps `updatedAt`, recomputes its totals and its customer's, and
 * announces the change. Every order mutation goes through here so webhooks and mirrors stay true.
 */
export function updateOrder(state: DevstoreState, shop: string, gid: string, change: (order: Order) => void, action: "updated" | "cancelled" = "updated"): Order {
  const order = findOrder(state, shop, gid);
  if (!order) throw new Error(`No order ${gid} in ${shop}`);
  change(order);
  order.updatedAt = timestamp(state);
  refreshOrderTotals(order);
  indexOrder(state, shop, order);
  if (order.customer) {
    order.customer.updatedAt = order.updatedAt;
    refreshCustomerTotals(order.customer, order.currencyCode, state.now());
  }
  state.events.emit("change", { shop, kind: "order", action, order });
  return order;
}

/**
 * Applies `change` to one of an order's returns, indexes what it added, and announces the change.
 * Changes the return makes to the order itself (refunds, exchange lines) go through updateOrder.
 */
export function updateReturn(state: DevstoreState, shop: string, ret: Return, action: ReturnAction, change: (ret: Return) => void = () => {}): Return {
  change(ret);
  ret.order.returnStatus = orderReturnStatus(ret.order);
  indexOrder(state, shop, ret.order);
  state.events.emit("change", { shop, kind: "return", action, return: ret });
  return ret;
}

export const findReturn = (state: DevstoreState, shop: string, gid: string) => findTyped<Return>(state, shop, gid, "Return");

/** Adds a newly placed order to its shop and its customer, and announces it. */
export function addOrder(state: DevstoreState, shop: string, order: Order): Order {
  const shopState = getShop(state, shop);
  shopState.orders.push(order);
  indexOrder(state, shop, order);
  if (order.customer) {
    order.customer.orders.push(order);
    order.customer.updatedAt = order.updatedAt;
    refreshCustomerTotals(order.customer, order.currencyCode, state.now());
  }
  state.events.emit("change", { shop, kind: "order", action: "created", order });
  return order;
}

/** Replaces an order's tags (as `tagsAdd`/`tagsRemove` end up doing). */
/** Cancels an order as `orderCancel` does once its job has run: lines to zero, no balance left. */
export function cancelOrder(state: DevstoreState, shop: string, gid: string, reason: NonNullable<Order["cancelReason"]>): Order {
  return updateOrder(
    state,
    shop,
    gid,
    (order) => {
      if (order.cancelledAt) throw new Error(`Order ${order.name} is already cancelled`);
      order.cancelledAt = timestamp(state);
      order.cancelReason = reason;
      order.closed = true;
      order.closedAt = order.cancelledAt;
      for (const item of order.lineItems) item.currentQuantity = item.unfulfilledQuantity = 0;
    },
    "cancelled",
  );
}

/** Shopify's display name order for the shop's language: family name first in Japanese. */
export function formatPersonName(firstName: string | null, lastName: string | null, locale: string): string {
  return (locale === "ja" ? [lastName, firstName] : [firstName, lastName]).filter(Boolean).join(" ");
}
