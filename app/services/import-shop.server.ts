import { findCustomerIdByShopifyId, upsertCustomerMirror } from "~/models/customer.server";
import { upsertOrderMirror } from "~/models/order.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { fetchCustomersPage } from "~/shopify/customers.server";
import { parseGid } from "~/shopify/gid";
import { fetchOrdersPage } from "~/shopify/orders.server";
import { customerMirrorFromGraphql, orderMirrorFromGraphql } from "./mirror/from-graphql";

/** Orders older than this need the read_all_orders scope, which Frontdesk does not ask for. */
export const IMPORT_ORDERS_DAYS = 60;

/**
 * Imports the shop's customers and its last 60 days of orders into the mirror, page by page.
 * Safe to run again: each row is applied only when it is not older than what is stored.
 */
export async function importShop({ shop, admin, now = new Date() }: { shop: string; admin: AdminClient; now?: Date }) {
  let customers = 0;
  for (let after: string | null = null, more = true; more; ) {
    const page = await fetchCustomersPage(admin, after);
    for (const customer of page.nodes) await upsertCustomerMirror(shop, customerMirrorFromGraphql(customer));
    customers += page.nodes.length;
    ({ hasNextPage: more, endCursor: after } = page.pageInfo);
  }

  const since = new Date(now.getTime() - IMPORT_ORDERS_DAYS * 86_400_000).toISOString();
  let orders = 0;
  for (let after: string | null = null, more = true; more; ) {
    const page = await fetchOrdersPage(admin, { after, query: `created_at:>=${since}` });
    for (const order of page.nodes) {
      const customerId = order.customer ? await findCustomerIdByShopifyId(shop, parseGid(order.customer.id)) : null;
      await upsertOrderMirror(shop, orderMirrorFromGraphql(order, customerId));
    }
    orders += page.nodes.length;
    ({ hasNextPage: more, endCursor: after } = page.pageInfo);
  }
  return { customers, orders };
}
