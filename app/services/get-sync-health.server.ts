import { isJobWaiting } from "~/jobs/queue.server";
import { getLatestShopImport } from "~/models/shop-import.server";
import { getDeliveryHealth } from "~/models/webhook-delivery.server";

/** Settings → Sync: the latest import's progress and the last day of webhook deliveries. */
export async function getSyncHealth(shop: string) {
  const [latestImport, deliveries, isImportQueued] = await Promise.all([
    getLatestShopImport(shop),
    getDeliveryHealth(shop),
    isJobWaiting(`import-shop:${shop}`),
  ]);
  return {
    isImportQueued,
    latestImport: latestImport && {
      status: latestImport.status,
      customers: latestImport.customers,
      customersTotal: latestImport.customersTotal,
      orders: latestImport.orders,
      ordersTotal: latestImport.ordersTotal,
      error: latestImport.error,
      finishedAt: latestImport.finishedAt?.toISOString() ?? null,
    },
    deliveries: {
      ...deliveries,
      failures: deliveries.failures.map((failure) => ({ ...failure, id: String(failure.id), receivedAt: failure.receivedAt.toISOString() })),
    },
  };
}
