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
