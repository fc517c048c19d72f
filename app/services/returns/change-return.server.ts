import type { Prisma, ReturnStatus } from "@prisma/client";
import prisma from "~/db.server";
import { createI18n, resolveLocale } from "~/i18n";
import { writeActivities } from "~/models/activity.server";
import { findReturn, recordReturnState, type StoredReturn } from "~/models/return.server";
import { findTicketWithCustomerEmail } from "~/models/ticket.server";
import type { ReturnChange, TicketActor } from "~/schemas/ticket-actions";
import type { AdminClient } from "~/shopify/admin-client.server";
import { parseGid, toGid } from "~/shopify/gid";
import { approveReturnRequest, declineReturnRequest, fetchReturn, type ReturnMutationResult, type ShopifyReturn } from "~/shopify/returns.server";
import { failure, fromAdminError, fromUserErrors, unavailable, type OrderActionFailure } from "../order-actions/order-action-errors";
import { applyTicketActions } from "../tickets/change-tickets.server";

// Approving and declining a requested return from its ticket (the `return_action` of the ticket
// action vocabulary), and writing Shopify's state of a return wherever it comes from.

export type ReturnChangeResult = { ok: true; value: StoredReturn } | OrderActionFailure;

/** Shopify's state of a return as the app keeps it. */
export function returnStateOf(shopifyReturn: ShopifyReturn, updatedAt: Date) {
  return {
    shopifyId: parseGid(shopifyReturn.id),
    name: shopifyReturn.name,
    status: shopifyReturn.status as ReturnStatus,
    approvedAt: shopifyReturn.requestApprovedAt ? new Date(String(shopifyReturn.requestApprovedAt)) : null,
    closedAt: shopifyReturn.closedAt ? new Date(String(shopifyReturn.closedAt)) : null,
    declineReason: shopifyReturn.decline?.reason ?? null,
    declineNote: shopifyReturn.decline?.note ?? null,
    updatedAt,
  };
}

/**
 * The reply that tells the shopper what became of their return, in their language, or null when
 * the status is not news to them. Sent from the ticket, so the conversation holds it.
 */
function replyFor(returned: StoredReturn, locale: string): string | null {
  const { t } = createI18n(resolveLocale(locale));
  const name = returned.name ?? "";
  switch (returned.status) {
    case "REQUESTED":
      return t("returnMail.requested", { name, items: returned.lines.map((line) => `- ${line.title}${line.variantTitle ? ` (${line.variantTitle})` : ""} × ${line.quantity}`).join("\n") });
    case "OPEN":
      return t("returnMail.approved", { name });
    case "DECLINED": {
      const reason = t(`returnMail.declineReasons.${returned.declineReason ?? "OTHER"}`);
      return [t("returnMail.declined", { name, reason }), returned.declineNote].filter(Boolean).join("\n\n");
    }
    default:
      return null;
  }
}

/**
 * Tells the shopper, from the return's ticket, what became of their return: a reply in their
 * language, keyed by the return and its status so it is written once. Nothing when the status is
 * not news to them or there is no address to write to.
 */
export async function replyAboutReturn(tx: Prisma.TransactionClient, shop: string, returned: StoredReturn, actor: TicketActor): Promise<void> {
  if (!returned.ticketId) return;
  const ticket = await findTicketWithCustomerEmail(shop, returned.ticketId, tx);
  const text = ticket?.customer?.email ? replyFor(returned, ticket.customer.language ?? ticket.language ?? "en") : null;
  if (!text) return;
  await applyTicketActions(tx, shop, [returned.ticketId], [{ type: "send_reply", text, idempotencyKey: `return-${returned.id}-${returned.status}` }], actor.type === "staff" ? actor : { type: "system" });
}

/**
 * Writes Shopify's state of a return the app holds and, when its status changed, the line on
 * its ticket's timeline. With `tellCustomer`, the reply that tells the shopper whatever wrote the
 * status first (a webhook may have): the reply is keyed by return and status, so it is written
 * once. One transaction. Answers the return as kept now (the newer one when this state was older).
 */
export async function applyReturnState(
  shop: string,
  returnId: string,
  shopifyReturn: ShopifyReturn,
  options: { actor: TicketActor; updatedAt?: Date; tellCustomer: boolean },
): Promise<StoredReturn | null> {
  return prisma.$transaction(async (tx) => {
    const written = await recordReturnState(shop, returnId, returnStateOf(shopifyReturn, options.updatedAt ?? new Date()), tx);
    if (written === undefined) return null;
    const current = written?.current ?? (await findReturn(shop, returnId, tx))!;
    // The first state is the request itself: its ticket hears of it when the return is linked.
    if (!written || written.previous === null || !current.ticketId) return current;
    if (written.previous !== current.status) {
      await writeActivities(tx, shop, current.ticketId, options.actor, [
        { kind: "return_status_changed", data: { returnId: current.id, returnName: current.name, from: written.previous, status: current.status, declineReason: current.declineReason } },
      ]);
    }
    if (options.tellCustomer) await replyAboutReturn(tx, shop, current, options.actor);
    return current;
  });
}

/**
 * Approves or declines a requested return on the ticket in Shopify, then records it
 * (`applyReturnState`, telling the shopper). Asking again for what is done already answers it done.
 */
export async function performReturnChange(
  context: { admin: AdminClient; shop: string; ticketId: string; returnId: string; actor: TicketActor },
  change: ReturnChange,
): Promise<ReturnChangeResult> {
  const found = await findReturn(context.shop, context.returnId);
  if (!found || found.ticketId !== context.ticketId || found.shopifyId === null) return failure("NOT_FOUND", ["This return was not found on this ticket."]);
  const target: ReturnStatus = change.type === "approve" ? "OPEN" : "DECLINED";
  if (found.status === target) {
    // Decided already (a webhook wrote it first, or an earlier press stopped after Shopify): the shopper is still told, once.
    await prisma.$transaction((tx) => replyAboutReturn(tx, context.shop, found, context.actor));
    return { ok: true, value: found };
  }
  if (found.status !== "REQUESTED") return failure("INVALID", [`This return is no longer waiting for a decision (it is ${found.status.toLowerCase()}).`]);
  const gid = toGid("Return", found.shopifyId);
  let answer: ReturnMutationResult;
  try {
    answer = change.type === "approve" ? await approveReturnRequest(context.admin, gid) : await declineReturnRequest(context.admin, gid, change.reason, change.note || null);
  } catch (error) {
    return fromAdminError(error) ?? unavailable();
  }
  let shopifyReturn = answer.ok ? answer.return : null;
  if (!answer.ok) {
    // Pressed twice at once: the other press got there first, and Shopify has it as asked.
    const now = await fetchReturn(context.admin, gid).catch(() => null);
    if (now?.status !== target) return fromUserErrors(answer.userErrors);
    shopifyReturn = now;
  }
  const kept = await applyReturnState(context.shop, found.id, shopifyReturn!, { actor: context.actor, tellCustomer: true });
  return { ok: true, value: kept ?? found };
}
