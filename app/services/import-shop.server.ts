import { findCustomerIdByShopifyId, upsertCustomerMirror } from "~/models/customer.server";
import { upsertOrderMirror } from "~/models/order.server";
import { finishShopImportRecord, recordShopImportProgress, startShopImportRecord } from "~/models/shop-import.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { fetchCustomersPage } from "~/shopify/customers.server";
import { parseGid } from "~/shopify/gid";
import { fetchOrdersPage } from "~/shopify/orders.server";
import { fetchImportTotals } from "~/shopify/shop.server";
import { customerMirrorFromGraphql, orderMirrorFromGraphql } from "./mirror/from-graphql";

/** Orders older than this need the read_all_orders scope, which Frontdesk does not ask for. */
export const IMPORT_ORDERS_DAYS = 60;

/**
 * Imports the shop's customers and its last 60 days of orders into the mirror, page by page,
 * recording progress for Settings → Sync. Safe to run again: each row is applied only when it is
 * not older than what is stored. Throttled calls wait for Shopify's bucket (admin-client.server).
 */
export async function importShop({ shop, admin, now = new Date() }: { shop: string; admin: AdminClient; now?: Date }) {
  const ordersQuery = `created_at:>=${new Date(now.getTime() - IMPORT_ORDERS_DAYS * 86_400_000).toISOString()}`;
  const record = await startShopImportRecord(shop, await fetchImportTotals(admin, ordersQuery));
  const progress = { customers: 0, orders: 0 };
  try {
    for (let after: string | null = null, more = true; more; ) {
      const page = await fetchCustomersPage(admin, after);
      for (const customer of page.nodes) await upsertCustomerMirror(shop, customerMirrorFromGraphql(customer));
      progress.customers += page.nodes.length;
      await recordShopImportProgress(shop, record.id, progress);
      ({ hasNextPage: more, endCursor: after } = page.pageInfo);
    }
    for (let after: string | null = null, more = true; more; ) {
      const page = await fetchOrdersPage(admin, { after, query: ordersQuery });
      for (const order of page.nodes) {
        const customerId = order.customer ? await findCustomerIdByShopifyId(shop, parseGid(order.customer.id)) : null;
        await upsertOrderMirror(shop, orderMirrorFromGraphql(order, customerId));
      }
      progress.orders += page.nodes.length;
      await recordShopImportProgress(shop, record.id, progress);
      ({ hasNextPage: more, endCursor: after } = page.pageInfo);
    }
  } catch (error) {
    await finishShopImportRecord(shop, record.id, { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  await finishShopImportRecord(shop, record.id, {});
  return progress;
}
