import { paginate, type ConnectionArgs } from "./connection.ts";
import { toGid, type Fulfillment, type FulfillmentLineItem, type LineItem, type Order, type OrderReturnStatus, type Return, type ReturnLineItem } from "./objects.ts";
import { accessDenied } from "./order-action-store.ts";
import { filterBySearch } from "./search-query.ts";
import { RETURN_REASONS, type ReasonLanguage, type ReturnReasonSeed } from "./seed/return-reasons.ts";

// What the Admin API reads about returns: the reason library in the request's language, what each
// fulfillment still has to return, the order's return status, and the Return fields the devstore
// computes on read. Quantities follow Shopify's live answers recorded in airhorns/shopify-draft-proxy
// (fixtures/conformance/…/2026-04/orders/return-*.json, order-return-status-lifecycle.json).

interface ReadContext {
  scopes: string[];
  /** The request's `Accept-Language`, which picks the reason names' language. */
  acceptLanguage?: string;
}

const LANGUAGES: readonly ReasonLanguage[] = ["en", "ja", "th"];

/**
 * The language for ReturnReasonDefinition.name. Shopify's docs say the name comes "in the requested
 * locale, automatically falling back to English if no translation is available"
 * (https://shopify.dev/docs/api/admin-graphql/latest/objects/ReturnReasonDefinition). Guess: the Admin
 * API takes the requested locale from `Accept-Language` (its schema has no @inContext directive).
 */
export function pickReasonLanguage(acceptLanguage: string | undefined): ReasonLanguage {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find(Boolean);
      return { language: (tag ?? "").toLowerCase().split("-")[0]!, q: q ? Number(q) : 1, index };
    })
    .filter((entry) => entry.language && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.map((entry) => entry.language).find((language) => (LANGUAGES as readonly string[]).includes(language)) as ReasonLanguage | undefined) ?? "en";
}

export function toReasonDefinition(seed: ReturnReasonSeed, language: ReasonLanguage) {
  return { __typename: "ReturnReasonDefinition" as const, id: toGid("ReturnReasonDefinition", seed.id), handle: seed.handle, name: seed.names[language], deleted: seed.deleted };
}

export function findReasonSeed(gid: string): ReturnReasonSeed | undefined {
  return RETURN_REASONS.find((seed) => toGid("ReturnReasonDefinition", seed.id) === gid);
}

function requireReturnsScope(context: ReadContext, field: string): void {
  if (!context.scopes.includes("read_returns")) throw accessDenied(field, "read_returns");
}

type ReasonListArgs = ConnectionArgs & { ids?: string[] | null; handles?: string[] | null; query?: string | null; sortKey?: "HANDLE" | "ID" | "NAME" | null };

/** `returnReasonDefinitions`: the whole library, filtered by ids, handles or a search on name, handle and deleted. */
export function listReasonDefinitions(args: ReasonListArgs, context: ReadContext) {
  requireReturnsScope(context, "returnReasonDefinitions");
  const language = pickReasonLanguage(context.acceptLanguage);
  let items = RETURN_REASONS.map((seed) => toReasonDefinition(seed, language));
  if (args.ids?.length) items = items.filter((item) => args.ids!.includes(item.id));
  if (args.handles?.length) items = items.filter((item) => args.handles!.includes(item.handle));
  // Guess: the searchable fields (Shopify does not list them for this query).
  items = filterBySearch(items, args.query, { default: (item) => [item.name, item.handle], handle: (item) => item.handle, name: (item) => item.name, deleted: (item) => String(item.deleted), id: (item) => Number(item.id.split("/").pop()) });
  const key = args.sortKey ?? "ID";
  const value = (item: (typeof items)[number]) => (key === "ID" ? Number(item.id.split("/").pop()) : key === "HANDLE" ? item.handle : item.name);
  items.sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0));
  return paginate(items, args);
}

/** Returns that still hold their items: a declined or canceled return gives them back (shopify.dev, returnDeclineRequest). */
export function isActiveReturn(ret: Return): boolean {
  return ret.status !== "DECLINED" && ret.status !== "CANCELED";
}

function fulfillmentLinesOf(order: Order, item: LineItem): FulfillmentLineItem[] {
  return order.fulfillments.filter((fulfillment) => fulfillment.status === "SUCCESS").flatMap((fulfillment) => fulfillment.fulfillmentLineItems.filter((entry) => entry.lineItem === item));
}

/** Units of a line refunded by a return's processing (already counted against the return). */
function refundedThroughReturns(order: Order, item: LineItem): number {
  return order.refunds.filter((refund) => refund.return).flatMap((refund) => refund.refundLineItems).filter((line) => line.lineItem === item).reduce((sum, line) => sum + line.quantity, 0);
}

/**
 * How much of each fulfillment line item can still go into a new return: what was shipped and not
 * refunded, less what active returns already hold. Live Shopify, after a return of 1 of 3 and 1 of 4
 * was processed, accepted a second return of 2 and 3 (return-reverse-logistics-recorded.json).
 */
export function returnableQuantities(order: Order): Map<string, number> {
  const result = new Map<string, number>();
  const reserved = new Map<string, number>();
  for (const ret of order.returns.filter(isActiveReturn)) {
    for (const line of ret.returnLineItems) reserved.set(line.fulfillmentLineItem.id, (reserved.get(line.fulfillmentLineItem.id) ?? 0) + line.quantity);
  }
  for (const item of order.lineItems) {
    const entries = fulfillmentLinesOf(order, item);
    const shipped = entries.reduce((sum, entry) => sum + entry.quantity, 0);
    // Units refunded outside returns leave the order (refundCreate, orderCancel) and cannot be returned.
    let capacity = Math.min(shipped, item.currentQuantity + refundedThroughReturns(order, item));
    for (const entry of entries) {
      const held = Math.min(entry.quantity, Math.max(0, capacity));
      capacity -= held;
      result.set(entry.id, Math.max(0, held - (reserved.get(entry.id) ?? 0)));
    }
  }
  return result;
}

export function findFulfillmentLineItem(order: Order, gid: string): FulfillmentLineItem | undefined {
  return order.fulfillments.flatMap((fulfillment) => fulfillment.fulfillmentLineItems).find((entry) => entry.id === gid);
}

/** The ReturnableFulfillment for one shipment, or null when nothing in it can be returned. */
export function toReturnableFulfillment(order: Order, fulfillment: Fulfillment, quantities = returnableQuantities(order)) {
  if (fulfillment.status !== "SUCCESS") return null;
  const lines = fulfillment.fulfillmentLineItems
    .map((entry) => ({ __typename: "ReturnableFulfillmentLineItem" as const, id: entry.id, fulfillmentLineItem: entry, quantity: quantities.get(entry.id) ?? 0 }))
    .filter((line) => line.quantity > 0);
  if (lines.length === 0) return null;
  // Guess: the id shares the fulfillment's number (Shopify's ReturnableFulfillment ids are opaque).
  return { __typename: "ReturnableFulfillment" as const, id: toGid("ReturnableFulfillment", fulfillment.legacyResourceId), fulfillment, returnableFulfillmentLineItems: lines };
}

/** `returnableFulfillments(orderId)`: each shipment with something left to return. */
export function listReturnableFulfillments(order: Order | null, args: ConnectionArgs, context: ReadContext) {
  requireReturnsScope(context, "returnableFulfillments");
  if (!order) return paginate([], args);
  const quantities = returnableQuantities(order);
  const items = order.fulfillments.map((fulfillment) => toReturnableFulfillment(order, fulfillment, quantities)).filter((item) => item !== null);
  return paginate(items, args);
}

/**
 * Order.returnStatus as live Shopify aggregates it (order-return-status-lifecycle.json): a requested
 * return wins over an open one, open returns are IN_PROGRESS, only closed ones left is RETURNED, and
 * declined or canceled returns count as none.
 */
export function orderReturnStatus(order: Order): OrderReturnStatus {
  const active = order.returns.filter(isActiveReturn);
  if (active.length === 0) return "NO_RETURN";
  if (active.some((ret) => ret.status === "REQUESTED")) return "RETURN_REQUESTED";
  if (active.some((ret) => ret.status === "OPEN")) return "IN_PROGRESS";
  return "RETURNED";
}

type ProcessingFilter = { processingStatus?: "PROCESSABLE" | "PROCESSED" | null };

const processableOf = (ret: Return, line: { quantity: number; processedQuantity: number }) => (ret.status === "OPEN" ? line.quantity - line.processedQuantity : 0);

// Guess: the reasons Shopify suggests per line (it picks them by product category, which the seed has not).
const GENERAL_HANDLES = ["changed-my-mind", "item-not-as-described", "received-the-wrong-item", "damaged-or-defective", "arrived-late", "quality", "other-reason"];
const SIZED_HANDLES = ["too-small", "too-big", "style", "color"];
const TEA_TAGS = ["緑茶", "紅茶", "抹茶", "ほうじ茶"];

function suggestedHandles(item: LineItem): string[] {
  const isSized = item.variant?.selectedOptions.some((option) => option.name === "Size") || item.product?.tags.includes("apparel");
  const isTea = item.product?.tags.some((tag) => TEA_TAGS.includes(tag));
  return [...GENERAL_HANDLES, ...(isSized ? SIZED_HANDLES : []), ...(isTea ? ["too-bitter"] : [])];
}

/** Return-related fields of Admin types computed on read, by `Type.field` (see admin-graphql.ts). */
export const RETURN_FIELDS: Record<string, (source: never, args: Record<string, unknown>, context: ReadContext) => unknown> = {
  "Order.returnStatus": (order: Order) => orderReturnStatus(order),
  "Order.returns": (order: Order, args, context) => {
    requireReturnsScope(context, "returns");
    return paginate(order.returns, args as ConnectionArgs, { requireSize: false });
  },
  "Return.totalQuantity": (ret: Return) => ret.returnLineItems.reduce((sum, line) => sum + line.quantity, 0),
  "Return.returnLineItems": (ret: Return, args) => {
    const filter = (args as ProcessingFilter).processingStatus;
    const lines = ret.returnLineItems.filter((line) => !filter || (filter === "PROCESSED" ? line.processedQuantity > 0 : processableOf(ret, line) > 0));
    return paginate(lines, args as ConnectionArgs, { requireSize: false });
  },
  "Return.exchangeLineItems": (ret: Return, args) => {
    const filter = (args as ProcessingFilter).processingStatus;
    const lines = ret.exchangeLineItems.filter((line) => !filter || (filter === "PROCESSED" ? line.processedQuantity > 0 : processableOf(ret, line) > 0));
    return paginate(lines, args as ConnectionArgs, { requireSize: false });
  },
  // Guess: only an open return's lines can be processed (a requested one must be approved first).
  "ReturnLineItem.processableQuantity": (line: ReturnLineItem) => processableOf(line.owner, line),
  "ReturnLineItem.unprocessedQuantity": (line: ReturnLineItem) => line.quantity - line.processedQuantity,
  "ReturnLineItem.refundableQuantity": (line: ReturnLineItem) => line.quantity - line.refundedQuantity,
  "ReturnLineItem.returnReasonDefinition": (line: ReturnLineItem, _args, context) => {
    const seed = RETURN_REASONS.find((entry) => entry.id === line.returnReasonDefinitionId);
    return seed ? toReasonDefinition(seed, pickReasonLanguage(context.acceptLanguage)) : null;
  },
  "ExchangeLineItem.processableQuantity": (line: Return["exchangeLineItems"][number]) => processableOf(line.owner, line),
  "ExchangeLineItem.unprocessedQuantity": (line: Return["exchangeLineItems"][number]) => line.quantity - line.processedQuantity,
  "ExchangeLineItem.lineItem": (line: Return["exchangeLineItems"][number]) => line.lineItems[0] ?? null,
  "LineItem.suggestedReturnReasonDefinitions": (item: LineItem, args, context) => {
    const language = pickReasonLanguage(context.acceptLanguage);
    const handles = suggestedHandles(item);
    const items = RETURN_REASONS.filter((seed) => handles.includes(seed.handle) && !seed.deleted).map((seed) => toReasonDefinition(seed, language));
    return paginate(items, args as ConnectionArgs, { requireSize: false });
  },
  // Carrier scans behind the seed's shipments: in transit, then delivered when it was.
  "Fulfillment.events": (fulfillment: Fulfillment, args) => {
    const event = (suffix: number, status: "IN_TRANSIT" | "DELIVERED", at: string) => ({
      __typename: "FulfillmentEvent",
      id: toGid("FulfillmentEvent", `${fulfillment.legacyResourceId}${suffix}`),
      status,
      happenedAt: at,
      createdAt: at,
      estimatedDeliveryAt: fulfillment.estimatedDeliveryAt,
      message: null,
      address1: null,
      city: null,
      province: null,
      zip: null,
      country: null,
      latitude: null,
      longitude: null,
    });
    const events = [
      ...(fulfillment.inTransitAt ? [event(1, "IN_TRANSIT", fulfillment.inTransitAt)] : []),
      ...(fulfillment.deliveredAt ? [event(2, "DELIVERED", fulfillment.deliveredAt)] : []),
    ];
    return paginate(events, args as ConnectionArgs, { requireSize: false });
  },
};
