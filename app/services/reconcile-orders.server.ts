import prisma from "~/db.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { refreshOrderMirror } from "./refresh-order-mirror.server";

const ORDER_TOPICS = ["orders/create", "orders/updated", "orders/edited", "orders/cancelled", "orders/fulfilled", "refunds/create"];

/**
 * The orders whose mirror is older than the last webhook Shopify sent about them in the window:
 * a delivery that failed, was lost behind an older one, or never carried the order (edits,
 * refunds whose refetch failed). Shopify's `X-Shopify-Triggered-At` says when the change happened.
 */
export async function findStaleOrders(since: Date, limit = 500) {
  return prisma.$queryRaw<Array<{ shopId: string; orderGid: string }>>`
    WITH latest AS (
      SELECT d."shopId",
             'gid://shopify/Order/' || coalesce(
               substring(d.payload->>'admin_graphql_api_id' from 'gid://shopify/Order/(\\d+)'),
               d.payload->>'order_id',
               d.payload->'order_edit'->>'order_id') AS "orderGid",
             max(coalesce(d."triggeredAt", d."receivedAt")) AS "changedAt"
      FROM "WebhookDelivery" d
      WHERE d."receivedAt" >= ${since} AND d.topic = ANY(${ORDER_TOPICS})
      GROUP BY 1, 2
    )
    SELECT latest."shopId", latest."orderGid"
    FROM latest
    JOIN "Shop" s ON s.id = latest."shopId" AND s."uninstalledAt" IS NULL
    LEFT JOIN "Order" o ON o."shopId" = latest."shopId" AND 'gid://shopify/Order/' || o."shopifyId" = latest."orderGid"
    WHERE latest."orderGid" <> 'gid://shopify/Order/'
      AND (o.id IS NULL OR o."shopifyUpdatedAt" < latest."changedAt" - interval '5 seconds')
      -- An order Shopify deleted is missing on purpose (orders/delete).
      AND NOT EXISTS (
        SELECT 1 FROM "MirrorTombstone" t
        WHERE t."shopId" = latest."shopId" AND t.resource = 'ORDER' AND 'gid://shopify/Order/' || t."shopifyId" = latest."orderGid")
    LIMIT ${limit}`;
}

/** Re-reads stale orders from the Admin API into the mirror. Returns how many were refreshed. */
export async function reconcileOrders({ since, getAdmin }: { since: Date; getAdmin: (shop: string) => Promise<AdminClient> }) {
  const stale = await findStaleOrders(since);
  let refreshed = 0;
  for (const { shopId, orderGid } of stale) {
    if (await refreshOrderMirror({ shop: shopId, admin: await getAdmin(shopId), orderGid })) refreshed++;
  }
  return { stale: stale.length, refreshed };
}
