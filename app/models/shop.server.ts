import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";

export interface ShopInput {
  name: string;
  email: string | null;
  currencyCode: string;
  timezone: string;
}

/** Creates the shop on install, or refreshes its details and clears `uninstalledAt` on reinstall. */
export async function upsertShop(shop: string, input: ShopInput) {
  const data = { name: input.name, email: input.email, currencyCode: input.currencyCode, timezone: input.timezone };
  return prisma.shop.upsert({
    where: { id: shop },
    create: { id: shop, ...data },
    update: { ...data, uninstalledAt: null },
  });
}

export async function getShop(shop: string) {
  return prisma.shop.findUnique({ where: { id: shop } });
}

/** Counts of what the app holds for the shop, for Settings and Analytics. */
export async function getShopCounts(shop: string) {
  const [customers, orders, tickets, openTickets] = await prisma.$transaction([
    prisma.customer.count({ where: { shopId: shop } }),
    prisma.order.count({ where: { shopId: shop } }),
    prisma.ticket.count({ where: { shopId: shop } }),
    prisma.ticket.count({ where: { shopId: shop, status: { not: "CLOSED" } } }),
  ]);
  return { customers, orders, tickets, openTickets };
}

export type ShopRecord = Prisma.ShopGetPayload<object>;
