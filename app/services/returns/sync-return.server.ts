import { resolveLocale } from "~/i18n";
import { findCustomerForReturn } from "~/models/customer.server";
import { findOrderName } from "~/models/order.server";
import { findCustomerOpenTicket } from "~/models/ticket.server";
import { createReturnFromShopify, findReturnByShopifyId, listPendingReturnClaims, type ReturnLine, type StoredReturn } from "~/models/return.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { parseGid } from "~/shopify/gid";
import { fetchReturn, type ShopifyReturn } from "~/shopify/returns.server";
import { refreshOrderMirror } from "../refresh-order-mirror.server";
import { changeTickets } from "../tickets/change-tickets.server";
import { applyReturnState, returnStateOf } from "./change-return.server";
import { finishReturnRequest } from "./request-return.server";

// The returns/* webhooks: Shopify's state of a return, read back from Shopify (a payload may be
// older than the return), written onto the app's return; a return made in Shopify that the app has
// not seen is kept too, and put on its customer's ticket that is not closed.

/** Raised while a shopper's own request for the return is still being recorded: the delivery is tried again. */
export class ReturnClaimPendingError extends Error {
  override name = "ReturnClaimPendingError";
}

/**
 * How long the request's own process has to record Shopify's answer (with the shopper's photos)
 * before a webhook finishes the request itself: a graphile-worker retry comes back by then.
 */
const CLAIM_WAIT_MS = 2 * 60_000;

/** The return's lines as "fulfilment line × quantity", to know a claimed request when Shopify made it. */
const lineKey = (lines: Array<{ fulfillmentLineItemId: string; quantity: number }>) =>
  lines
    .map((line) => `${line.fulfillmentLineItemId}×${line.quantity}`)
    .sort()
    .join(",");

function linesOf(shopifyReturn: ShopifyReturn): ReturnLine[] {
  return shopifyReturn.returnLineItems.nodes.map((line) => {
    const item = "fulfillmentLineItem" in line ? line.fulfillmentLineItem : null;
    return {
      fulfillmentLineItemId: item?.id ?? "",
      lineItemId: item?.lineItem.id ?? "",
      title: item?.lineItem.title ?? "",
      variantTitle: item?.lineItem.variantTitle ?? null,
      quantity: line.quantity,
      reasonId: line.returnReasonDefinition?.id ?? null,
      reasonHandle: line.returnReasonDefinition?.handle ?? null,
      reasonName: line.returnReasonDefinition?.name ?? null,
      unitPrice: null,
      currencyCode: null,
    };
  });
}

/**
 * Brings the app's return `returnGid` to Shopify's state: a change is written on its ticket's
 * timeline (the shopper is not written to: Shopify notifies them of what staff do in its admin
 * when staff ask it to). Answers what happened, for the delivery's record.
 */
export async function syncShopifyReturn(context: { shop: string; admin: AdminClient; returnGid: string; now?: Date }): Promise<"updated" | "created" | "gone"> {
  const now = context.now ?? new Date();
  const shopifyReturn = await fetchReturn(context.admin, context.returnGid);
  if (!shopifyReturn) return "gone";
  const known = await findReturnByShopifyId(context.shop, parseGid(shopifyReturn.id));
  if (known) {
    const kept = (await applyReturnState(context.shop, known.id, shopifyReturn, { actor: { type: "system" }, tellCustomer: false, updatedAt: now })) ?? known;
    // A shopper's request that stopped after Shopify accepted it: put it on their ticket now.
    if (kept.requestKey && !kept.ticketId && kept.createdAt.getTime() < now.getTime() - CLAIM_WAIT_MS) await finishClaimedRequest(context.shop, kept, now);
    return "updated";
  }
  const order = await refreshOrderMirror({ shop: context.shop, admin: context.admin, orderGid: shopifyReturn.order.id });
  if (!order) return "gone";
  const lines = linesOf(shopifyReturn);
  // A shopper's request whose answer from Shopify was lost: the same lines, claimed on this order.
  const claim = (await listPendingReturnClaims(context.shop, order.id)).find((pending) => lineKey(pending.lines) === lineKey(lines));
  if (claim) {
    if (claim.createdAt.getTime() > now.getTime() - CLAIM_WAIT_MS) throw new ReturnClaimPendingError(`A return request for ${order.name} is still being recorded`);
    const adopted = await applyReturnState(context.shop, claim.id, shopifyReturn, { actor: { type: "system" }, tellCustomer: false, updatedAt: now });
    if (adopted) await finishClaimedRequest(context.shop, adopted, now);
    return "updated";
  }
  const { created, request } = await createReturnFromShopify(context.shop, {
    orderId: order.id,
    customerId: order.customerId,
    lines,
    customerNote: shopifyReturn.returnLineItems.nodes.find((line) => line.customerNote)?.customerNote ?? null,
    requestedAt: new Date(String(shopifyReturn.createdAt)),
    state: returnStateOf(shopifyReturn, now),
  });
  if (!created || !order.customerId) return created ? "created" : "updated";
  const ticket = await findCustomerOpenTicket(context.shop, order.customerId);
  if (ticket) await changeTickets(context.shop, [ticket.id], [{ type: "link_return", returnId: request.id, messageId: null }], { type: "system" });
  return "created";
}

/** The intake, link and confirmation of a shopper's request, from what its claim kept (its photos went with the form). */
async function finishClaimedRequest(shop: string, request: StoredReturn, now: Date): Promise<void> {
  if (!request.customerId) return;
  const customer = await findCustomerForReturn(shop, request.customerId);
  const order = await findOrderName(shop, request.orderId);
  if (!customer?.email || customer.shopifyId === null || !order) return;
  await finishReturnRequest(shop, request, {
    orderName: order,
    requester: { email: customer.email, name: [customer.firstName, customer.lastName].filter(Boolean).join(" ") || null, shopifyCustomerId: String(customer.shopifyId) },
    locale: resolveLocale(customer.language),
    photos: [],
    at: now,
  });
}
