import { findCustomerForDataRequest } from "~/models/customer.server";
import { saveDataRequestExport } from "~/models/data-request.server";
import { listCustomerThreadsForExport } from "~/models/ticket.server";
import { listOrdersForDataRequest } from "~/models/order.server";

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
  const customer = await findCustomerForDataRequest(shop, { shopifyId: customerShopifyId, email });
  const orders = await listOrdersForDataRequest(shop, { shopifyIds: orderShopifyIds, customerId: customer?.id ?? null });
  const tickets = customer ? await listCustomerThreadsForExport(shop, customer.id) : [];
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
