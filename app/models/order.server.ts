import { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { addActivityToTickets, type ActivityInput } from "./activity.server";
import { isMirrorRecordDeleted, lockMirrorRecord, recordMirrorTombstone } from "./mirror-tombstone.server";
import { listTicketIdsForOrderEvent } from "./ticket.server";

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
 * Null when Shopify deleted the order (orders/delete): a deleted order is never written back.
 */
export async function upsertOrderMirror(shop: string, input: OrderMirrorInput): Promise<OrderMirrorWrite | null> {
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
      // An existing row is never deleted (the delete takes its row lock); a missing one may be.
      await lockMirrorRecord(tx, shop, "ORDER", shopifyId);
      if (await isMirrorRecordDeleted(tx, shop, "ORDER", shopifyId)) return null;
      const { count } = await tx.order.createMany({ data: [{ shopId: shop, shopifyId, ...data }], skipDuplicates: true });
      if (count === 1) {
        const created = await tx.order.findUniqueOrThrow({ where: { shopId_shopifyId: { shopId: shop, shopifyId } }, select: { id: true } });
        return { id: created.id, applied: true, previous: null };
      }
    }
  });
}

export interface DeletedOrderMirror {
  id: string;
  name: string;
  customerId: string | null;
  /** The tickets the activity was written on. */
  ticketIds: string[];
}

/**
 * Removes an order Shopify deleted from the mirror, in one transaction: notes it on the tickets
 * it belongs on (its customer's open tickets and those it is linked to), deletes the order, its
 * ticket links and the order actions taken on it, and leaves a tombstone so no later write brings
 * it back. Line items, fulfilments and refunds live in the order row. Null when the mirror never
 * had it (the tombstone is still left). Safe to repeat.
 */
export async function deleteOrderMirror(
  shop: string,
  shopifyId: bigint,
  options: { deletedAt: Date; activity: (order: { name: string }) => Omit<ActivityInput, "actorType" | "actorId"> },
): Promise<DeletedOrderMirror | null> {
  return prisma.$transaction(async (tx) => {
    await lockMirrorRecord(tx, shop, "ORDER", shopifyId);
    await recordMirrorTombstone(tx, shop, "ORDER", shopifyId, options.deletedAt);
    const [order] = await tx.$queryRaw<Array<{ id: string; name: string; customerId: string | null }>>`
      SELECT id, name, "customerId" FROM "Order" WHERE "shopId" = ${shop} AND "shopifyId" = ${shopifyId} FOR UPDATE`;
    if (!order) return null;
    const ticketIds = await listTicketIdsForOrderEvent(shop, { customerId: order.customerId, orderId: order.id }, tx);
    await addActivityToTickets(shop, ticketIds, options.activity(order), tx);
    // No foreign key holds an action to its order; the ticket's timeline keeps what was done.
    await tx.orderAction.deleteMany({ where: { shopId: shop, orderId: order.id } });
    await tx.ticketOrder.deleteMany({ where: { shopId: shop, orderId: order.id } });
    await tx.order.deleteMany({ where: { shopId: shop, id: order.id } });
    return { ...order, ticketIds };
  });
}
