import { findCustomerIdByShopifyId } from "~/models/customer.server";
import { upsertOrderMirror } from "~/models/order.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { parseGid } from "~/shopify/gid";
import { fetchOrderForMirror } from "~/shopify/orders.server";
import { orderMirrorFromGraphql } from "./mirror/from-graphql";

/**
 * Reads one order from the Admin API and writes it into the mirror (after an edit or a refund,
 * whose webhooks do not carry the order, and when reconciling). Returns null when Shopify has no such order
 * or deleted it (orders/delete).
 */
export async function refreshOrderMirror({ shop, admin, orderGid }: { shop: string; admin: AdminClient; orderGid: string }) {
  const order = await fetchOrderForMirror(admin, orderGid);
  if (!order) return null;
  const customerId = order.customer ? await findCustomerIdByShopifyId(shop, parseGid(order.customer.id)) : null;
  const write = await upsertOrderMirror(shop, orderMirrorFromGraphql(order, customerId));
  if (!write) return null;
  return { id: write.id, customerId, name: order.name, currencyCode: order.currencyCode };
}
