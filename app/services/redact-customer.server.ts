import prisma from "~/db.server";
import { findCustomerIdByShopifyId, redactCustomerProfile } from "~/models/customer.server";
import { deleteCustomerDataRequests } from "~/models/data-request.server";
import { redactCustomerMessages } from "~/models/message.server";
import { redactRequestedOrders } from "~/models/order.server";
import { redactCustomerReturns } from "~/models/return.server";
import { redactWebhookPayloads } from "~/models/webhook-delivery.server";

/**
 * Erases a customer's personal data (customers/redact): name, email, phone, addresses, the
 * messages they wrote (their returns' notes too), and the webhook payloads that carried them. Tickets, orders and their
 * amounts stay, so counts and analytics still add up.
 */
export async function redactCustomer({ shop, customerShopifyId, email, orderShopifyIds }: { shop: string; customerShopifyId: bigint; email: string | null; orderShopifyIds: bigint[] }) {
  await prisma.$transaction(async (tx) => {
    const customerId = await findCustomerIdByShopifyId(shop, customerShopifyId, tx);
    const orders = await redactRequestedOrders(shop, { shopifyIds: orderShopifyIds, customerId }, tx);
    if (customerId) await redactCustomerProfile(shop, customerId, tx);
    if (customerId) await redactCustomerReturns(shop, customerId, tx);
    await redactCustomerMessages(shop, { id: customerId, shopifyId: customerShopifyId, email }, tx);

    // Webhook payloads about this customer or their orders hold the same personal data, the
    // compliance requests themselves included.
    const gids = [`gid://shopify/Customer/${customerShopifyId}`, ...orders.map((order) => `gid://shopify/Order/${order.shopifyId}`), ...orderShopifyIds.map((id) => `gid://shopify/Order/${id}`)];
    await redactWebhookPayloads(shop, { gids, customerShopifyId, email, orderShopifyIds }, tx);
    await deleteCustomerDataRequests(shop, customerShopifyId, tx);
  });
}
