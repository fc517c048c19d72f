import { deleteOrderMirror } from "~/models/order.server";

/**
 * Applies an orders/delete: the order leaves the mirror with everything hanging from it (ticket
 * links, order actions; line items and fulfilments are part of its row), an `order_deleted`
 * activity lands on the tickets it belonged on, and a tombstone keeps a late orders/updated from
 * bringing it back (see models/mirror-tombstone.server.ts). Applying it again changes nothing.
 */
export async function removeDeletedOrder({
  shop,
  orderShopifyId,
  deletedAt,
  activity,
}: {
  shop: string;
  orderShopifyId: bigint;
  /** When Shopify deleted it: the delivery's X-Shopify-Triggered-At, or when it was received. */
  deletedAt: Date;
  /** The delivery that caused it: the activity's dedupe key and the data that names it. */
  activity: { dedupeKey: string; data: Record<string, string> };
}): Promise<{ removed: boolean; ticketIds: string[] }> {
  const deleted = await deleteOrderMirror(shop, orderShopifyId, {
    deletedAt,
    activity: (order) => ({
      kind: "order_deleted",
      data: { ...activity.data, orderName: order.name, orderShopifyId: String(orderShopifyId) },
      dedupeKey: activity.dedupeKey,
    }),
  });
  return deleted ? { removed: true, ticketIds: deleted.ticketIds } : { removed: false, ticketIds: [] };
}
