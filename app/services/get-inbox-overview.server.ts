import { listCustomers } from "~/models/customer.server";
import { listRecentOrders } from "~/models/order.server";
import { getShop } from "~/models/shop.server";
import { isJobWaiting } from "~/jobs/queue.server";

/** What the inbox shows until tickets arrive: the shop's latest orders and customers from the mirror. */
export async function getInboxOverview(shop: string) {
  const [record, customers, orders, isImporting] = await Promise.all([
    getShop(shop),
    listCustomers(shop, { take: 25 }),
    listRecentOrders(shop, { take: 25 }),
    isJobWaiting(`import-shop:${shop}`),
  ]);
  return {
    timezone: record?.timezone ?? "UTC",
    isImporting,
    customers: customers.map((customer) => ({ ...customer, amountSpent: customer.amountSpent.toString() })),
    orders: orders.map(({ cancelledAt, total, ...order }) => ({ ...order, total: total.toString(), isCancelled: cancelledAt !== null })),
  };
}
