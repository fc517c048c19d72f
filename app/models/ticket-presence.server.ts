import prisma from "~/db.server";
import { findUnseenMessage } from "~/models/ticket.server";
import { isUuid } from "~/uuid";

/** A heartbeat older than this means the agent has left the ticket. */
export const PRESENCE_WINDOW_MS = 15_000;

export interface TicketPresenceInput {
  staff: { id: bigint; name: string | null };
  isTyping: boolean;
  /** The newest message the agent has on screen, to tell them when the thread has moved on. */
  seenMessageId: string | null;
}

export interface TicketPresenceState {
  /** Other agents on this ticket now. */
  others: Array<{ staffId: string; name: string | null; isTyping: boolean }>;
  /** The newest reply or customer message the agent has not seen yet, if any. */
  unseen: { authorName: string | null; direction: "INBOUND" | "OUTBOUND"; createdAt: Date } | null;
}

/**
 * Records that a staff member has the ticket open (and whether they are typing), and answers who
 * else has it open and whether the thread has a reply or customer message they have not seen.
 * Null when the shop has no such ticket.
 */
export async function recordTicketPresence(shop: string, ticketId: string, input: TicketPresenceInput, now = new Date()): Promise<TicketPresenceState | null> {
  if (!isUuid(ticketId)) return null;
  const ticket = await prisma.ticket.findFirst({ where: { id: ticketId, shopId: shop }, select: { id: true } });
  if (!ticket) return null;
  const key = { shopId: shop, ticketId, staffId: input.staff.id };
  const [, others, unseen] = await Promise.all([
    prisma.ticketPresence.upsert({
      where: { shopId_ticketId_staffId: key },
      create: { ...key, staffName: input.staff.name, isTyping: input.isTyping, seenAt: now },
      update: { staffName: input.staff.name, isTyping: input.isTyping, seenAt: now },
    }),
    prisma.ticketPresence.findMany({
      where: { shopId: shop, ticketId, staffId: { not: input.staff.id }, seenAt: { gt: new Date(now.getTime() - PRESENCE_WINDOW_MS) } },
      orderBy: { seenAt: "asc" },
      select: { staffId: true, staffName: true, isTyping: true },
    }),
    findUnseenMessage(prisma, { shop, ticketId, seenMessageId: input.seenMessageId }, { authorStaffId: input.staff.id }),
  ]);
  return {
    others: others.map((other) => ({ staffId: other.staffId.toString(), name: other.staffName, isTyping: other.isTyping })),
    unseen: unseen ?? null,
  };
}

/** Forgets that an agent has the ticket open (they navigated away). */
export async function leaveTicket(shop: string, ticketId: string, staffId: bigint): Promise<void> {
  if (!isUuid(ticketId)) return;
  await prisma.ticketPresence.deleteMany({ where: { shopId: shop, ticketId, staffId } });
}

/** Drops heartbeats nobody will read again (the purge job). */
export async function purgeTicketPresence(now = new Date()): Promise<number> {
  const { count } = await prisma.ticketPresence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - 10 * PRESENCE_WINDOW_MS) } } });
  return count;
}
