import prisma from "~/db.server";

const REDACTED = "[redacted]";

/**
 * Erases a customer's personal data (customers/redact): name, email, phone, addresses, the
 * messages they wrote, and the webhook payloads that carried them. Tickets, orders and their
 * amounts stay, so counts and analytics still add up.
 */
export async function redactCustomer({ shop, customerShopifyId, email, orderShopifyIds }: { shop: string; customerShopifyId: bigint; email: string | null; orderShopifyIds: bigint[] }) {
  await prisma.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({ where: { shopId_shopifyId: { shopId: shop, shopifyId: customerShopifyId } }, select: { id: true } });
    const orderFilter = {
      shopId: shop,
      OR: [{ shopifyId: { in: orderShopifyIds } }, ...(customer ? [{ customerId: customer.id }] : [])],
    };
    const orders = await tx.order.findMany({ where: orderFilter, select: { id: true, shopifyId: true } });
    await tx.order.updateMany({ where: orderFilter, data: { email: null, shippingAddress: { redacted: true }, note: null } });

    if (customer) {
      await tx.customer.update({
        where: { id: customer.id },
        data: { email: null, firstName: null, lastName: null, phone: null, tags: [], redactedAt: new Date() },
      });
    }
    // Their tickets: by the profile, or, once Shopify deleted the profile (customers/delete), by the
    // activity that detached them.
    const ticketFilter = {
      shopId: shop,
      OR: [
        ...(customer ? [{ customerId: customer.id }] : []),
        { activities: { some: { shopId: shop, kind: "customer_deleted" as const, data: { path: ["customerShopifyId"], equals: String(customerShopifyId) } } } },
      ],
    };
    // The files they sent go with the words.
    await tx.attachment.deleteMany({ where: { shopId: shop, message: { direction: "INBOUND", ticket: ticketFilter } } });
    await tx.message.updateMany({
      where: { shopId: shop, direction: "INBOUND", ticket: ticketFilter },
      data: { text: REDACTED, html: null, authorName: null, authorEmail: null },
    });
    await tx.ticket.updateMany({ where: ticketFilter, data: { subject: REDACTED } });
    if (email) {
      await tx.attachment.deleteMany({ where: { shopId: shop, message: { authorEmail: { equals: email, mode: "insensitive" } } } });
      await tx.message.updateMany({ where: { shopId: shop, authorEmail: { equals: email, mode: "insensitive" } }, data: { text: REDACTED, html: null, authorName: null, authorEmail: null } });
    }

    // Webhook payloads about this customer or their orders hold the same personal data, the
    // compliance requests themselves included.
    const gids = [`gid://shopify/Customer/${customerShopifyId}`, ...orders.map((order) => `gid://shopify/Order/${order.shopifyId}`), ...orderShopifyIds.map((id) => `gid://shopify/Order/${id}`)];
    await tx.$executeRaw`
      UPDATE "WebhookDelivery" SET payload = '{"redacted": true}'::jsonb
      WHERE "shopId" = ${shop}
        AND (payload->>'admin_graphql_api_id' = ANY(${gids})
             OR payload->'customer'->>'admin_graphql_api_id' = ANY(${gids})
             OR payload->'customer'->>'id' = ${String(customerShopifyId)}
             OR lower(payload->'customer'->>'email') = lower(${email}::text)
             OR payload->>'order_id' = ANY(${orderShopifyIds.map(String)})
             OR (${email}::text IS NOT NULL AND lower(payload->>'email') = lower(${email}::text)))`;
    await tx.dataRequest.deleteMany({ where: { shopId: shop, customerShopifyId } });
  });
}
