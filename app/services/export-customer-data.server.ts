import prisma from "~/db.server";
import { saveDataRequestExport } from "~/models/data-request.server";

/** How many bytes of attachments an export carries inline. */
export const EXPORT_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * Answers a customers/data_request: gathers everything Frontdesk holds about the customer —
 * the customer record, their orders, tickets with messages and timeline — as one JSON document,
 * and records it for the merchant (Settings → Data requests lists and downloads them). Repeating a
 * request id keeps one record. `requestedAt` is when Shopify sent the request: the 30 days start there.
 */
export async function exportCustomerData({
  shop,
  requestId,
  customerShopifyId,
  email,
  orderShopifyIds,
  requestedAt = new Date(),
}: {
  shop: string;
  requestId: bigint;
  customerShopifyId: bigint;
  email: string | null;
  orderShopifyIds: bigint[];
  requestedAt?: Date;
}) {
  const customer = await prisma.customer.findFirst({
    where: { shopId: shop, OR: [{ shopifyId: customerShopifyId }, ...(email ? [{ email: { equals: email, mode: "insensitive" as const } }] : [])] },
  });
  const orders = await prisma.order.findMany({
    where: { shopId: shop, OR: [{ shopifyId: { in: orderShopifyIds } }, ...(customer ? [{ customerId: customer.id }] : [])] },
    orderBy: { shopifyCreatedAt: "asc" },
  });
  const tickets = customer
    ? await prisma.ticket.findMany({
        where: { shopId: shop, customerId: customer.id },
        include: {
          messages: { orderBy: { createdAt: "asc" }, include: { attachments: { select: { id: true, filename: true, contentType: true, size: true, content: true }, orderBy: { createdAt: "asc" } } } },
          activities: { orderBy: { createdAt: "asc" } },
        },
        orderBy: { createdAt: "asc" },
      })
    : [];
  // Files the customer sent travel in the export (base64) up to a budget; past it, the export
  // names them and the merchant downloads them from the ticket.
  let budget = EXPORT_ATTACHMENT_BYTES;
  const withFiles = tickets.map((ticket) => ({
    ...ticket,
    messages: ticket.messages.map((message) => ({
      ...message,
      attachments: message.attachments.map(({ content, ...attachment }) => {
        const included = content.byteLength <= budget;
        if (included) budget -= content.byteLength;
        return { ...attachment, contentBase64: included ? Buffer.from(content).toString("base64") : null };
      }),
    })),
  }));
  const exported = JSON.parse(
    JSON.stringify({ generatedAt: new Date().toISOString(), shop, customer, orders, tickets: withFiles }, (_key, value) => (typeof value === "bigint" ? value.toString() : value)),
  );
  await saveDataRequestExport(shop, { shopifyRequestId: requestId, customerShopifyId, customerEmail: email, requestedAt, export: exported });
  return exported as { customer: unknown; orders: unknown[]; tickets: unknown[] };
}
