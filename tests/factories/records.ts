import prisma from "~/db.server";
import { uniqueShopDomain } from "./shop";

/** A shop row, as the install records it. */
export async function createShop(domain = uniqueShopDomain()) {
  return prisma.shop.create({ data: { id: domain, name: `Shop ${domain}`, currencyCode: "USD", timezone: "UTC" } });
}

let nextNumber = 1;

/** A ticket for a customer, with an inbound message from them. */
export async function createTicket(shop: string, options: { customerId: string | null; status?: "OPEN" | "PENDING" | "SNOOZED" | "CLOSED"; subject?: string; body?: string; fromEmail?: string }) {
  return prisma.ticket.create({
    data: {
      shopId: shop,
      number: nextNumber++,
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
