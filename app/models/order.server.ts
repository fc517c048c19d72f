import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";

export interface OrderMirrorInput {
  shopifyId: bigint;
  customerId: string | null;
  name: string;
  email: string | null;
  financialStatus: string | null;
  fulfillmentStatus: string | null;
  currencyCode: string;
  subtotal: string;
  totalTax: string;
  totalShipping: string;
  total: string;
  totalRefunded: string;
  lineItems: Prisma.InputJsonValue;
  shippingAddress: Prisma.InputJsonValue | null;
  fulfillments: Prisma.InputJsonValue;
  refunds: Prisma.InputJsonValue;
  tags: string[];
  note: string | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  shopifyCreatedAt: Date;
  shopifyUpdatedAt: Date;
}

/** Writes an order into the mirror unless the stored copy is newer. Returns whether it applied. */
export async function upsertOrderMirror(shop: string, input: OrderMirrorInput): Promise<boolean> {
  const { shopifyId, shippingAddress, ...rest } = input;
  const data = { ...rest, shippingAddress: shippingAddress ?? undefined };
  return prisma.$transaction(async (tx) => {
    const existing = await tx.order.findUnique({
      where: { shopId_shopifyId: { shopId: shop, shopifyId } },
      select: { id: true, shopifyUpdatedAt: true },
    });
    if (!existing) {
      await tx.order.create({ data: { shopId: shop, shopifyId, ...data } });
      return true;
    }
    if (existing.shopifyUpdatedAt > input.shopifyUpdatedAt) return false;
    await tx.order.update({ where: { id: existing.id }, data });
    return true;
  });
}

/** The shop's most recent orders, with their customer's name. */
export async function listRecentOrders(shop: string, options: { take: number }) {
  return prisma.order.findMany({
    where: { shopId: shop },
    orderBy: [{ shopifyCreatedAt: "desc" }, { id: "asc" }],
    take: options.take,
    select: {
      id: true,
      name: true,
      email: true,
      financialStatus: true,
      fulfillmentStatus: true,
      currencyCode: true,
      total: true,
      shopifyCreatedAt: true,
      cancelledAt: true,
      customer: { select: { firstName: true, lastName: true } },
    },
  });
}
