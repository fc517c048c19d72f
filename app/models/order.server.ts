import { Prisma } from "@prisma/client";
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

export interface OrderMirrorWrite {
  id: string;
  applied: boolean;
  /** The statuses stored before this write; null for a new order. */
  previous: { financialStatus: string | null; fulfillmentStatus: string | null } | null;
}

/**
 * Writes an order into the mirror unless the stored copy is newer (by Shopify's `updated_at`).
 * The row is locked while it is compared, so concurrent deliveries for one order serialise.
 */
export async function upsertOrderMirror(shop: string, input: OrderMirrorInput): Promise<OrderMirrorWrite> {
  const { shopifyId, shippingAddress, ...rest } = input;
  const data = { ...rest, shippingAddress: shippingAddress ?? Prisma.DbNull };
  return prisma.$transaction(async (tx) => {
    for (;;) {
      const [existing] = await tx.$queryRaw<Array<{ id: string; shopifyUpdatedAt: Date; financialStatus: string | null; fulfillmentStatus: string | null }>>`
        SELECT id, "shopifyUpdatedAt", "financialStatus", "fulfillmentStatus"
        FROM "Order" WHERE "shopId" = ${shop} AND "shopifyId" = ${shopifyId} FOR UPDATE`;
      if (existing) {
        const previous = { financialStatus: existing.financialStatus, fulfillmentStatus: existing.fulfillmentStatus };
        if (existing.shopifyUpdatedAt > input.shopifyUpdatedAt) return { id: existing.id, applied: false, previous };
        await tx.order.update({ where: { id: existing.id }, data });
        return { id: existing.id, applied: true, previous };
      }
      const { count } = await tx.order.createMany({ data: [{ shopId: shop, shopifyId, ...data }], skipDuplicates: true });
      if (count === 1) {
        const created = await tx.order.findUniqueOrThrow({ where: { shopId_shopifyId: { shopId: shop, shopifyId } }, select: { id: true } });
        return { id: created.id, applied: true, previous: null };
      }
    }
  });
}
