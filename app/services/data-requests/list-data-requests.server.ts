import { listDataRequests } from "~/models/data-request.server";
import { getShop } from "~/models/shop.server";
import { dataRequestDeadline } from "./data-request-deadline";
import { dataRequestExportFilename } from "./download-data-request.server";

/**
 * Settings → Data requests: the shop's customers/data_request records, newest first, each with
 * the customer it is about, when Shopify sent it, the 30-day deadline and whether the merchant
 * has downloaded the export yet. Null when the shop is not recorded.
 */
export async function listShopDataRequests({ shop, now = new Date() }: { shop: string; now?: Date }) {
  const [record, requests] = await Promise.all([getShop(shop), listDataRequests(shop)]);
  if (!record) return null;
  return {
    timezone: record.timezone,
    requests: requests.map((request) => {
      const deadline = dataRequestDeadline(request, now);
      return {
        id: request.id,
        shopifyRequestId: String(request.shopifyRequestId),
        customerShopifyId: String(request.customerShopifyId),
        customerEmail: request.customerEmail,
        requestedAt: request.requestedAt.toISOString(),
        dueAt: deadline.dueAt.toISOString(),
        daysLeft: deadline.daysLeft,
        state: deadline.state,
        downloadedAt: request.downloadedAt?.toISOString() ?? null,
        filename: dataRequestExportFilename(request.shopifyRequestId),
      };
    }),
  };
}
