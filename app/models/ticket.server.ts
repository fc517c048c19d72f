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
