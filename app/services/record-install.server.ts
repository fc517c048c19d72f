import { enqueueJob } from "~/jobs/queue.server";
import { getShop, upsertShop } from "~/models/shop.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { fetchShopDetails } from "~/shopify/shop.server";

/**
 * Runs after every token exchange (install, reinstall, token refresh): records the shop and
 * on a first install or a reinstall, queues the import of its customers and recent orders.
 * The job key keeps concurrent installs to one import.
 */
export async function recordInstall({ session, admin }: { session: { shop: string }; admin: AdminClient }) {
  const details = await fetchShopDetails(admin);
  const before = await getShop(session.shop);
  await upsertShop(session.shop, {
    name: details.name,
    email: details.email,
    currencyCode: details.currencyCode,
    timezone: details.ianaTimezone,
  });
  if (!before || before.uninstalledAt) {
    await enqueueJob("import-shop", { shop: session.shop }, { jobKey: `import-shop:${session.shop}` });
  }
}
