import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { writeActivities } from "~/models/activity.server";
import { listDueSnoozedTickets, lockTicketsForChange, refreshTicketSla, updateTicketFields } from "~/models/ticket.server";
import { TicketAction, TicketActor } from "~/schemas/ticket-actions";
import { isUuid } from "~/uuid";
import { planTicketChange } from "./plan-ticket-change";

export interface TicketChangeResult {
  /** The shop's tickets among those asked for. */
  found: number;
  /** How many of them really changed. */
  changed: number;
}

/**
 * The one place a ticket's status, snooze, priority, assignee and tags change (docs/decisions/014):
 * applies `actions` in order to each of the shop's tickets among `ticketIds` for `actor`, writing
 * the fields that really change and one activity per change, within the caller's transaction.
 */
export async function applyTicketActions(
  tx: Prisma.TransactionClient,
  shop: string,
  ticketIds: string[],
  actions: TicketAction[],
  actor: TicketActor,
  now = new Date(),
): Promise<TicketChangeResult> {
  const parsed = TicketAction.array().parse(actions);
  const who = TicketActor.parse(actor);
  const tickets = await lockTicketsForChange(tx, shop, ticketIds.filter((id) => isUuid(id)));
  let changed = 0;
  for (const ticket of tickets) {
    const plan = planTicketChange(ticket, parsed, now);
    if (!plan.activities.length && !Object.keys(plan.fields).length) continue;
    await updateTicketFields(tx, shop, ticket.id, plan.fields);
    // What is due, and when, follows the status and the priority.
    if (plan.fields.status !== undefined || plan.fields.priority !== undefined) await refreshTicketSla(tx, shop, ticket.id);
    await writeActivities(tx, shop, ticket.id, who, plan.activities);
    changed += 1;
  }
  return { found: tickets.length, changed };
}

/** `applyTicketActions` in a transaction of its own: for the ticket page and the inbox's bulk actions. */
export async function changeTickets(shop: string, ticketIds: string[], actions: TicketAction[], actor: TicketActor): Promise<TicketChangeResult> {
  return prisma.$transaction((tx) => applyTicketActions(tx, shop, ticketIds, actions, actor));
}

/** Opens every snoozed ticket whose time has come (a job, every minute), as the system, each shop in one transaction. */
export async function wakeSnoozedTickets(now = new Date()): Promise<number> {
  const due = await listDueSnoozedTickets(now, 1000);
  const byShop = new Map<string, string[]>();
  for (const ticket of due) byShop.set(ticket.shopId, [...(byShop.get(ticket.shopId) ?? []), ticket.id]);
  let woken = 0;
  for (const [shop, ids] of byShop) {
    const result = await prisma.$transaction((tx) => applyTicketActions(tx, shop, ids, [{ type: "end_snooze" }], { type: "system" }, now));
    woken += result.changed;
  }
  return woken;
}
