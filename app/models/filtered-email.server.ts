import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { isUuid } from "~/uuid";

export interface FilteredEmailInput {
  reason: string;
  detail: string | null;
  fromAddress: string | null;
  fromName: string | null;
  subject: string;
  messageId: string | null;
  raw: Buffer;
}

/** Keeps a mail that opened no ticket; the same Message-ID again (a retried delivery) is kept once. */
export async function saveFilteredEmail(shop: string, input: FilteredEmailInput, db: Prisma.TransactionClient = prisma): Promise<boolean> {
  const { count } = await db.filteredEmail.createMany({
    data: [{ shopId: shop, ...input, raw: new Uint8Array(input.raw) }],
    skipDuplicates: true,
  });
  return count === 1;
}

/** The shop's filtered mail received since `since`, newest first, a page at a time (after `cursor`, an id). */
export async function listFilteredEmails(shop: string, options: { since: Date; cursor?: string | null; take: number }) {
  const rows = await prisma.filteredEmail.findMany({
    where: { shopId: shop, receivedAt: { gte: options.since } },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    ...(isUuid(options.cursor) ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    take: options.take,
    select: { id: true, reason: true, detail: true, fromAddress: true, fromName: true, subject: true, receivedAt: true, ticketId: true },
  });
  const ticketIds = rows.map((row) => row.ticketId).filter((id): id is string => id !== null);
  const tickets = ticketIds.length ? await prisma.ticket.findMany({ where: { shopId: shop, id: { in: ticketIds } }, select: { id: true, number: true } }) : [];
  const numbers = new Map(tickets.map((ticket) => [ticket.id, ticket.number]));
  return rows.map((row) => ({ ...row, ticket: row.ticketId && numbers.has(row.ticketId) ? { id: row.ticketId, number: numbers.get(row.ticketId)! } : null }));
}

/** How many mails the shop's inbox filtered since `since`. */
export async function countFilteredEmails(shop: string, since: Date) {
  return prisma.filteredEmail.count({ where: { shopId: shop, receivedAt: { gte: since } } });
}

/** One filtered mail of the shop, with the message as received; null when the shop has no such mail. */
export async function getFilteredEmail(shop: string, id: string) {
  if (!isUuid(id)) return null;
  return prisma.filteredEmail.findFirst({ where: { shopId: shop, id } });
}

/** Records the ticket an agent turned the filtered mail into. */
export async function markFilteredEmailTicket(shop: string, id: string, ticketId: string) {
  await prisma.filteredEmail.updateMany({ where: { shopId: shop, id }, data: { ticketId } });
}

/** Filtered mail received before `before` is deleted (the daily maintenance job, across shops). */
export async function purgeFilteredEmails(before: Date) {
  const { count } = await prisma.filteredEmail.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
}
