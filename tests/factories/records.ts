import prisma from "~/db.server";
import { uniqueShopDomain } from "./shop";

/** A shop row, as the install records it. */
export async function createShop(domain = uniqueShopDomain()) {
  return prisma.shop.create({ data: { id: domain, name: `Shop ${domain}`, currencyCode: "USD", timezone: "UTC" } });
}

/**
 * A ticket for a customer, with an inbound message from them, numbered from the shop's sequence
 * as the app numbers them: test files running at once on one of the devstore's shops never collide.
 */
export async function createTicket(shop: string, options: { customerId: string | null; status?: "OPEN" | "PENDING" | "SNOOZED" | "CLOSED"; subject?: string; body?: string; fromEmail?: string }) {
  const { ticketSequence: number } = await prisma.shop.update({ where: { id: shop }, data: { ticketSequence: { increment: 1 } }, select: { ticketSequence: true } });
  return prisma.ticket.create({
    data: {
      shopId: shop,
      number,
      customerId: options.customerId,
      subject: options.subject ?? "Where is my order?",
      status: options.status ?? "OPEN",
      messages: {
        create: {
          shopId: shop,
          direction: "INBOUND",
          authorEmail: options.fromEmail ?? null,
          text: options.body ?? "Hello, my parcel has not arrived yet.",
        },
      },
    },
  });
}
