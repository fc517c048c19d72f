import { findStaleOrders } from "~/models/order.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { refreshOrderMirror } from "./refresh-order-mirror.server";

/** Re-reads stale orders from the Admin API into the mirror. Returns how many were refreshed. */
export async function reconcileOrders({ since, getAdmin }: { since: Date; getAdmin: (shop: string) => Promise<AdminClient> }) {
  const stale = await findStaleOrders(since);
  let refreshed = 0;
  for (const { shopId, orderGid } of stale) {
    if (await refreshOrderMirror({ shop: shopId, admin: await getAdmin(shopId), orderGid })) refreshed++;
  }
  return { stale: stale.length, refreshed };
}
