import { findCustomerOpenTicket } from "~/models/ticket.server";
import { createReturnFromShopify, findReturnByShopifyId, hasPendingReturnClaim, type ReturnLine } from "~/models/return.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { parseGid } from "~/shopify/gid";
import { fetchReturn, type ShopifyReturn } from "~/shopify/returns.server";
import { refreshOrderMirror } from "../refresh-order-mirror.server";
import { changeTickets } from "../tickets/change-tickets.server";
import { applyReturnState, returnStateOf } from "./change-return.server";

// The returns/* webhooks: Shopify's state of a return, read back from Shopify (a payload may be
// older than the return), written onto the app's return; a return made in Shopify that the app has
// not seen is kept too, and put on its customer's ticket that is not closed.

/** Raised while the shopper's own request for the order is still being recorded: the delivery is tried again. */
export class ReturnClaimPendingError extends Error {
  override name = "ReturnClaimPendingError";
}

/** How long a claimed request may wait for Shopify's answer before a webhook stops waiting for it. */
const CLAIM_WAIT_MS = 5 * 60_000;

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
    await applyReturnState(context.shop, known.id, shopifyReturn, { actor: { type: "system" }, tellCustomer: false, updatedAt: now });
    return "updated";
  }
  const order = await refreshOrderMirror({ shop: context.shop, admin: context.admin, orderGid: shopifyReturn.order.id });
  if (!order) return "gone";
  // Our own shopper's request, answered by Shopify but not yet written down: wait for it.
  if (await hasPendingReturnClaim(context.shop, order.id, new Date(now.getTime() - CLAIM_WAIT_MS))) throw new ReturnClaimPendingError(`A return request for ${order.name} is still being recorded`);
  const lines = linesOf(shopifyReturn);
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
