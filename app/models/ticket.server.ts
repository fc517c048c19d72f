import prisma from "~/db.server";

/**
 * The tickets an order event belongs on: the customer's tickets that are not closed, and any
 * ticket the order is linked to.
 */
export async function listTicketIdsForOrderEvent(shop: string, options: { customerId: string | null; orderId: string }): Promise<string[]> {
  const tickets = await prisma.ticket.findMany({
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
    seenMessageId && /^[0-9a-f-]{36}$/.test(seenMessageId)
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
