import type { Channel, Prisma, TicketPriority, TicketStatus } from "@prisma/client";
import prisma from "~/db.server";
import { parseShopSettings } from "~/schemas/shop-settings";
import { isUuid } from "~/uuid";

/**
 * The tickets an order event belongs on: the customer's tickets that are not closed, and any
 * ticket the order is linked to.
 */
export async function listTicketIdsForOrderEvent(
  shop: string,
  options: { customerId: string | null; orderId: string },
  db: Pick<typeof prisma, "ticket"> = prisma,
): Promise<string[]> {
  const tickets = await db.ticket.findMany({
    where: {
      shopId: shop,
      OR: [
        ...(options.customerId ? [{ customerId: options.customerId, status: { not: "CLOSED" as const } }] : []),
        { orders: { some: { shopId: shop, orderId: options.orderId } } },
      ],
    },
    select: { id: true },
  });
  return tickets.map((ticket) => ticket.id);
}

/** Every ticket of the customer, whatever its status. */
export async function listCustomerTicketIds(shop: string, customerId: string, db: Pick<typeof prisma, "ticket"> = prisma): Promise<string[]> {
  const tickets = await db.ticket.findMany({ where: { shopId: shop, customerId }, select: { id: true } });
  return tickets.map((ticket) => ticket.id);
}

type Db = Pick<typeof prisma, "message">;

/**
 * The newest reply or customer message of a ticket written after `seenMessageId` (the newest one
 * an agent has on screen; null or "" when the thread was empty), leaving out `exclude`: what the
 * agent has not read yet. A `seenMessageId` that names no message of the ticket counts as having
 * seen nothing.
 */
export async function findUnseenMessage(
  db: Db,
  where: { shop: string; ticketId: string; seenMessageId: string | null },
  exclude: { authorStaffId?: bigint; externalId?: string } = {},
): Promise<{ authorName: string | null; direction: "INBOUND" | "OUTBOUND"; createdAt: Date } | null> {
  const { shop, ticketId, seenMessageId } = where;
  const seen =
    isUuid(seenMessageId)
      ? await db.message.findFirst({ where: { id: seenMessageId, shopId: shop, ticketId }, select: { createdAt: true } })
      : null;
  const since = seen?.createdAt ?? null;
  const unseen = await db.message.findFirst({
    where: {
      shopId: shop,
      ticketId,
      direction: { in: ["OUTBOUND", "INBOUND"] },
      ...(since ? { createdAt: { gt: since } } : {}),
      ...(exclude.externalId ? { NOT: { externalId: exclude.externalId } } : {}),
      ...(exclude.authorStaffId !== undefined ? { OR: [{ authorStaffId: null }, { authorStaffId: { not: exclude.authorStaffId } }] } : {}),
    },
    orderBy: { createdAt: "desc" },
    select: { authorName: true, direction: true, createdAt: true },
  });
  return unseen as { authorName: string | null; direction: "INBOUND" | "OUTBOUND"; createdAt: Date } | null;
}

/**
 * Sets when the ticket's answer is due: the first customer message not yet answered by a reply,
 * plus the shop's target hours for the ticket's priority. Nothing is due on a closed ticket or
 * one whose customer has had the last word answered. Call it in the transaction that changes the
 * thread, the status or the priority.
 */
export async function refreshTicketSla(db: Pick<typeof prisma, "$executeRaw" | "shop">, shop: string, ticketId: string): Promise<void> {
  const stored = await db.shop.findUnique({ where: { id: shop }, select: { settings: true } });
  const hours = JSON.stringify(parseShopSettings(stored?.settings).slaHours);
  await db.$executeRaw`
    UPDATE "Ticket" t SET "slaDueAt" = CASE WHEN t.status = 'CLOSED' THEN NULL ELSE (
      SELECT min(m."createdAt") FROM "Message" m
      WHERE m."shopId" = t."shopId" AND m."ticketId" = t.id AND m.direction = 'INBOUND'
        AND m."createdAt" > coalesce((
          SELECT max(r."createdAt") FROM "Message" r WHERE r."shopId" = t."shopId" AND r."ticketId" = t.id AND r.direction = 'OUTBOUND'
        ), '-infinity')
    ) + make_interval(secs => 3600 * (${hours}::jsonb ->> t.priority::text)::float8) END
    WHERE t.id = ${ticketId}::uuid AND t."shopId" = ${shop}`;
}

/** A ticket's changeable fields, as the action vocabulary reads them. */
export interface LockedTicket {
  id: string;
  status: TicketStatus;
  snoozedUntil: Date | null;
  priority: TicketPriority;
  assigneeId: bigint | null;
  tags: string[];
}

/**
 * The shop's tickets among `ticketIds`, locked for the rest of the transaction (in id order, so
 * two transactions changing the same tickets wait for each other instead of deadlocking). Ids of
 * other shops' tickets find nothing.
 */
export async function lockTicketsForChange(db: Prisma.TransactionClient, shop: string, ticketIds: string[]): Promise<LockedTicket[]> {
  if (!ticketIds.length) return [];
  const rows = await db.$queryRaw<Array<Omit<LockedTicket, "tags"> & { tags: string[] | null }>>`
    SELECT id::text AS id, status, "snoozedUntil", priority, "assigneeId", tags FROM "Ticket"
    WHERE "shopId" = ${shop} AND id = ANY (${ticketIds}::uuid[])
    ORDER BY id FOR UPDATE`;
  // The pg adapter returns an empty text[] from a raw query as null.
  return rows.map((row) => ({ ...row, tags: row.tags ?? [] }));
}

/** Writes a ticket's fields, within the shop. */
export async function updateTicketFields(db: Prisma.TransactionClient, shop: string, ticketId: string, data: Prisma.TicketUpdateManyMutationInput): Promise<void> {
  await db.ticket.updateMany({ where: { id: ticketId, shopId: shop }, data });
}

/** Snoozed tickets whose time has come, across shops, oldest due first. */
export async function listDueSnoozedTickets(now: Date, limit: number): Promise<Array<{ id: string; shopId: string }>> {
  return prisma.ticket.findMany({ where: { status: "SNOOZED", snoozedUntil: { lte: now } }, orderBy: { snoozedUntil: "asc" }, select: { id: true, shopId: true }, take: limit });
}

/** What an erased customer's words are replaced with. */
export const REDACTED = "[redacted]";

/**
 * A customer's tickets in the shop: by the profile, or, once Shopify deleted the profile
 * (customers/delete), by the `customer_deleted` activity that detached them.
 */
export function customerTicketsWhere(shop: string, customer: { id: string | null; shopifyId: bigint }): Prisma.TicketWhereInput {
  return {
    shopId: shop,
    OR: [
      ...(customer.id ? [{ customerId: customer.id }] : []),
      { activities: { some: { shopId: shop, kind: "customer_deleted", data: { path: ["customerShopifyId"], equals: String(customer.shopifyId) } } } },
    ],
  };
}

/** Replaces the subjects of the shop's tickets matching `where` (a customer's, on customers/redact). */
export async function redactTicketSubjects(shop: string, where: Prisma.TicketWhereInput, db: Prisma.TransactionClient = prisma) {
  await db.ticket.updateMany({ where: { ...where, shopId: shop }, data: { subject: REDACTED } });
}

/**
 * A customer's tickets in the shop, oldest first, each with its messages (and their files, bytes
 * included) and its timeline, oldest first: what a customers/data_request export holds.
 */
export async function listCustomerThreadsForExport(shop: string, customerId: string, db: Prisma.TransactionClient = prisma) {
  return db.ticket.findMany({
    where: { shopId: shop, customerId },
    include: {
      messages: { orderBy: { createdAt: "asc" }, include: { attachments: { select: { id: true, filename: true, contentType: true, size: true, content: true }, orderBy: { createdAt: "asc" } } } },
      activities: { orderBy: { createdAt: "asc" } },
    },
    orderBy: { createdAt: "asc" },
  });
}

/** The shop's ticket number `number` when `customerId` is its customer: a number alone must not open someone else's ticket. */
export async function findCustomerTicketByNumber(shop: string, customerId: string, number: number, db: Prisma.TransactionClient = prisma) {
  if (!Number.isSafeInteger(number) || number < 1 || number > 2_147_483_647) return null;
  return db.ticket.findFirst({ where: { shopId: shop, number, customerId } });
}

/** The customer's ticket they last wrote on that is not closed (open, pending or snoozed), or null. */
export async function findCustomerOpenTicket(shop: string, customerId: string, db: Prisma.TransactionClient = prisma) {
  return db.ticket.findFirst({ where: { shopId: shop, customerId, status: { not: "CLOSED" } }, orderBy: { lastMessageAt: "desc" } });
}

/** The shop's ticket by id, or null. */
export async function findTicket(shop: string, ticketId: string, db: Prisma.TransactionClient = prisma) {
  if (!isUuid(ticketId)) return null;
  return db.ticket.findFirst({ where: { id: ticketId, shopId: shop } });
}

/** Opens a ticket with the shop's next number. */
export async function createTicket(
  shop: string,
  data: { customerId: string; subject: string; channel: Channel; language: string | null; lastMessageAt: Date; awaitingReply: boolean },
  db: Prisma.TransactionClient,
) {
  const { ticketSequence: number } = await db.shop.update({ where: { id: shop }, data: { ticketSequence: { increment: 1 } }, select: { ticketSequence: true } });
  return db.ticket.create({ data: { shopId: shop, number, ...data } });
}

/** Links the shop's orders to a ticket (an order linked already stays linked once). */
export async function linkTicketOrders(shop: string, ticketId: string, orderIds: string[], db: Prisma.TransactionClient = prisma): Promise<number> {
  if (!orderIds.length) return 0;
  const { count } = await db.ticketOrder.createMany({ data: orderIds.map((orderId) => ({ shopId: shop, ticketId, orderId })), skipDuplicates: true });
  return count;
}

/**
 * Links one of the shop's orders to the ticket. Answers the order's name when the link is new,
 * null when it was already there, and undefined when the shop has no such order.
 */
export async function linkTicketOrder(shop: string, ticketId: string, orderId: string, db: Prisma.TransactionClient = prisma): Promise<string | null | undefined> {
  const order = await db.order.findFirst({ where: { id: orderId, shopId: shop }, select: { id: true, name: true } });
  if (!order) return undefined;
  return (await linkTicketOrders(shop, ticketId, [order.id], db)) ? order.name : null;
}

/** The shop's ticket with its customer's email address (where a reply goes), or null. */
export async function findTicketWithCustomerEmail(shop: string, ticketId: string, db: Prisma.TransactionClient = prisma) {
  if (!isUuid(ticketId)) return null;
  return db.ticket.findFirst({ where: { id: ticketId, shopId: shop }, include: { customer: { select: { email: true, language: true } } } });
}
