import type { Message, Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { newMessageId } from "~/email/outbound.server";
import { enqueueJob } from "~/jobs/queue.server";
import { writeActivities } from "~/models/activity.server";
import { createMessage, findMessageByExternalId } from "~/models/message.server";
import { attachReturnToTicket } from "~/models/return.server";
import { getShop } from "~/models/shop.server";
import { getStaffDisplayName } from "~/models/staff-member.server";
import {
  findTicketWithCustomerEmail,
  findUnseenMessage,
  linkTicketOrder,
  listDueSnoozedTickets,
  lockTicketsForChange,
  refreshTicketSla,
  updateTicketFields,
  type LockedTicket,
} from "~/models/ticket.server";
import { isFieldAction, TicketAction, TicketActor, type TicketFieldAction } from "~/schemas/ticket-actions";
import type { AdminClient } from "~/shopify/admin-client.server";
import { isUuid } from "~/uuid";
import { performOrderChange } from "../order-actions/perform-order-action.server";
import { performReturnChange, type ReturnChangeResult } from "../returns/change-return.server";
import type { OrderActionResult } from "../order-actions/types";
import { planTicketChange } from "./plan-ticket-change";

export interface TicketChangeResult {
  /** The shop's tickets among those asked for. */
  found: number;
  /** How many of them really changed. */
  changed: number;
  /** The notes and replies the actions wrote (or had written before, for a repeated key), in order. */
  messages: Message[];
}

/** An action that cannot be carried out as asked: nothing of the list was written. */
export class TicketActionError extends Error {}

/** Someone answered, or the customer wrote again, since the author last looked at the thread. */
export class TicketConflictError extends TicketActionError {
  constructor(readonly newer: { authorName: string | null; direction: string; createdAt: Date }) {
    super(newer.direction === "OUTBOUND" ? `${newer.authorName ?? "Someone"} replied after you opened this ticket. Read it before you send.` : "The customer wrote again after you opened this ticket. Read it before you send.");
  }
}

type MessageAction = Extract<TicketAction, { type: "add_note" | "send_reply" }>;
type ShopifyAction = Extract<TicketAction, { type: "order_action" | "return_action" }>;

/** Order and return actions are carried out in Shopify, outside the ticket's transaction. */
const callsShopify = (action: TicketAction): action is ShopifyAction => action.type === "order_action" || action.type === "return_action";

/** The Message-ID of a note or reply: fixed by its key, so a repeated submission finds it, and a reply's answer threads back before the mail has left. */
export function messageExternalId(action: MessageAction): string {
  return newMessageId(`${action.type === "send_reply" ? "reply" : "note"}-${action.idempotencyKey}`);
}

/**
 * Who signs a note or reply: the agent's name, or the shop's when Shopify has not told the app
 * the agent's name (only online tokens or read_users, a Plus scope, carry it) and for a rule or
 * the app itself.
 */
async function authorNameFor(shop: string, actor: TicketActor): Promise<string> {
  const member = actor.type === "staff" ? await getStaffDisplayName(shop, actor.staffId) : null;
  return member ?? (await getShop(shop))?.name ?? shop;
}

/**
 * The one executor of the ticket action vocabulary inside a transaction (docs/decisions/014, 017):
 * applies `actions` in order to each of the shop's tickets among `ticketIds` for `actor`,
 * writing the fields that really change, the notes and replies, the linked orders, and one
 * activity per change (each queues its ticket event). A refused action (an empty or conflicting
 * reply, an order of another shop) throws `TicketActionError`, and the caller's transaction
 * writes nothing. Order actions call Shopify, so they go through `runTicketActions` instead.
 */
export async function applyTicketActions(
  tx: Prisma.TransactionClient,
  shop: string,
  ticketIds: string[],
  actions: TicketAction[],
  actor: TicketActor,
  options: { now?: Date; authorName?: string } = {},
): Promise<TicketChangeResult> {
  const now = options.now ?? new Date();
  const parsed = TicketAction.array().parse(actions);
  const who = TicketActor.parse(actor);
  if (parsed.some(callsShopify)) throw new TicketActionError("Order and return actions call Shopify: run them with runTicketActions");
  const writesMessages = parsed.some((action) => action.type === "add_note" || action.type === "send_reply");
  if (writesMessages && ticketIds.length > 1) throw new TicketActionError("A note or a reply is written to one ticket at a time");
  if (writesMessages && who.type === "customer") throw new TicketActionError("A customer's message comes through the intake");
  const authorName = writesMessages ? (options.authorName ?? (await authorNameFor(shop, who))) : "";
  const tickets = await lockTicketsForChange(tx, shop, ticketIds.filter((id) => isUuid(id)));
  const result: TicketChangeResult = { found: tickets.length, changed: 0, messages: [] };
  for (const locked of tickets) {
    let ticket: LockedTicket = locked;
    let changed = false;
    let fieldActions: TicketFieldAction[] = [];
    // Runs of field actions are planned together; the others apply where they stand in the list.
    const applyFields = async () => {
      const plan = planTicketChange(ticket, fieldActions, now);
      fieldActions = [];
      if (!plan.activities.length && !Object.keys(plan.fields).length) return;
      await updateTicketFields(tx, shop, ticket.id, plan.fields);
      // What is due, and when, follows the status and the priority.
      if (plan.fields.status !== undefined || plan.fields.priority !== undefined) await refreshTicketSla(tx, shop, ticket.id);
      await writeActivities(tx, shop, ticket.id, who, plan.activities);
      ticket = { ...ticket, ...plan.fields };
      changed = true;
    };
    for (const action of parsed) {
      if (isFieldAction(action)) {
        fieldActions.push(action);
        continue;
      }
      await applyFields();
      if (action.type === "link_order") {
        const orderName = await linkTicketOrder(shop, ticket.id, action.orderId, tx);
        if (orderName === undefined) throw new TicketActionError("No such order in this shop");
        if (orderName !== null) {
          await writeActivities(tx, shop, ticket.id, who, [{ kind: "order_linked", data: { orderId: action.orderId, orderName } }]);
          changed = true;
        }
      } else if (action.type === "link_return") {
        const linked = await attachReturnToTicket(tx, shop, action.returnId, ticket.id, action.messageId);
        if (linked === undefined) throw new TicketActionError("No such return in this shop");
        if (linked) {
          await writeActivities(tx, shop, ticket.id, who, [{ kind: "return_requested", data: { returnId: linked.id, returnName: linked.name, status: linked.status } }]);
          changed = true;
        }
      } else if (action.type === "add_note" || action.type === "send_reply") {
        const { message, written } = await writeMessage(tx, shop, ticket.id, action, who, authorName, now);
        result.messages.push(message);
        changed ||= written;
      }
    }
    await applyFields();
    if (changed) result.changed += 1;
  }
  return result;
}

/** A note or a reply with its activity; a reply also moves the thread's clock and queues its mail. */
async function writeMessage(
  tx: Prisma.TransactionClient,
  shop: string,
  ticketId: string,
  action: MessageAction,
  actor: TicketActor,
  authorName: string,
  now: Date,
): Promise<{ message: Message; written: boolean }> {
  const externalId = messageExternalId(action);
  const stored = await findMessageByExternalId(shop, externalId, tx);
  if (stored) return { message: stored, written: false };
  const ticket = await findTicketWithCustomerEmail(shop, ticketId, tx);
  if (!ticket) throw new TicketActionError("No such ticket");
  const reply = action.type === "send_reply";
  if (reply && !ticket.customer?.email) throw new TicketActionError("This customer has no email address to reply to");
  if (reply && action.seenMessageId !== undefined) {
    // The ticket row is locked: two agents replying at once serialise here, and the second sees the first.
    const newer = await findUnseenMessage(tx, { shop, ticketId, seenMessageId: action.seenMessageId }, { externalId });
    if (newer) throw new TicketConflictError(newer);
  }
  const message = await createMessage(
    shop,
    {
      ticketId,
      direction: reply ? "OUTBOUND" : "NOTE",
      channel: ticket.channel,
      authorStaffId: actor.type === "staff" ? actor.staffId : null,
      authorName,
      text: action.text,
      externalId,
      createdAt: now,
    },
    [],
    tx,
  );
  if (reply) {
    // The app's own acknowledgement (a return received) answers no one: the customer still waits for a person.
    const isAnswer = actor.type !== "system";
    await updateTicketFields(tx, shop, ticketId, isAnswer ? { lastMessageAt: now, awaitingReply: false, firstResponseAt: ticket.firstResponseAt ?? now } : { lastMessageAt: now });
    await refreshTicketSla(tx, shop, ticketId);
    await enqueueJob("send-email", { shop, messageId: message.id }, { jobKey: `send-email:${message.id}`, maxAttempts: 12 }, tx);
  }
  await writeActivities(tx, shop, ticketId, actor, [{ kind: reply ? "reply_added" : "note_added", data: { messageId: message.id } }]);
  return { message, written: true };
}

/** `applyTicketActions` in a transaction of its own: for the ticket page and the inbox's bulk actions. */
export async function changeTickets(
  shop: string,
  ticketIds: string[],
  actions: TicketAction[],
  actor: TicketActor,
  options: { authorName?: string } = {},
): Promise<TicketChangeResult> {
  return prisma.$transaction((tx) => applyTicketActions(tx, shop, ticketIds, actions, actor, options));
}

export interface TicketActionRun extends TicketChangeResult {
  /** The answer of each order action, in order. */
  orders: OrderActionResult<unknown>[];
  /** The answer of each return action, in order. */
  returns: ReturnChangeResult[];
}

/**
 * The whole vocabulary on one ticket, for an agent, the returns policy (and the macros and rules
 * to come): the ticket's own actions in one transaction (`applyTicketActions`), then each order
 * and return action through its service against Shopify with `admin`. Shopify is not part of the
 * transaction, so each keeps its own idempotency and writes its own activity; a refused one stops
 * the ones after it. Order actions are taken by staff (Shopify checks the agent's permissions);
 * a return may also be approved by the app itself under the shop's policy.
 */
export async function runTicketActions(
  context: { shop: string; admin: AdminClient },
  ticketId: string,
  actions: TicketAction[],
  actor: TicketActor,
): Promise<TicketActionRun> {
  const parsed = TicketAction.array().parse(actions);
  const inShopify = parsed.filter(callsShopify);
  const own = parsed.filter((action) => !callsShopify(action));
  const who = TicketActor.parse(actor);
  // The order services record the agent who acted; rules will act as the shop (issue 15).
  if (inShopify.some((action) => action.type === "order_action") && who.type !== "staff") throw new TicketActionError("Order actions are taken by a staff member");
  if (inShopify.length && who.type !== "staff" && who.type !== "system") throw new TicketActionError("Return actions are taken by a staff member or the returns policy");
  const result: TicketActionRun = own.length ? { ...(await changeTickets(context.shop, [ticketId], own, who)), orders: [], returns: [] } : { found: 0, changed: 0, messages: [], orders: [], returns: [] };
  const staff = who.type === "staff" && inShopify.some((action) => action.type === "order_action") ? { id: who.staffId, name: await getStaffDisplayName(context.shop, who.staffId) } : null;
  for (const action of inShopify) {
    if (action.type === "order_action") {
      const answer = await performOrderChange({ admin: context.admin, shop: context.shop, ticketId, orderId: action.orderId, staff: staff! }, action.change);
      result.orders.push(answer);
      if (!answer.ok) break;
    } else {
      const answer = await performReturnChange({ admin: context.admin, shop: context.shop, ticketId, returnId: action.returnId, actor: who }, action.change);
      result.returns.push(answer);
      if (!answer.ok) break;
    }
  }
  return result;
}

/** Opens every snoozed ticket whose time has come (a job, every minute), as the system, each shop in one transaction. */
export async function wakeSnoozedTickets(now = new Date()): Promise<number> {
  const due = await listDueSnoozedTickets(now, 1000);
  const byShop = new Map<string, string[]>();
  for (const ticket of due) byShop.set(ticket.shopId, [...(byShop.get(ticket.shopId) ?? []), ticket.id]);
  let woken = 0;
  for (const [shop, ids] of byShop) {
    const result = await prisma.$transaction((tx) => applyTicketActions(tx, shop, ids, [{ type: "end_snooze" }], { type: "system" }, { now }));
    woken += result.changed;
  }
  return woken;
}
