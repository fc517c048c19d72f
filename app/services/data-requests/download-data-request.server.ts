import { getDataRequestExport, markDataRequestDownloaded } from "~/models/data-request.server";

/** The name the export downloads under. */
export function dataRequestExportFilename(shopifyRequestId: bigint | string): string {
  return `customer-data-request-${shopifyRequestId}.json`;
}

export type DataRequestDownload = { ok: true; filename: string; body: string } | { ok: false; reason: "not_found" };

/**
 * The export of one of the shop's data requests, as the JSON file the merchant hands to the
 * customer; the first download is recorded, so the list shows the request as handed over.
 * Another shop's request, or an id that names none, is not found.
 */
export async function downloadDataRequest({ shop, id, now = new Date() }: { shop: string; id: string; now?: Date }): Promise<DataRequestDownload> {
  const request = await getDataRequestExport(shop, id);
  if (!request) return { ok: false, reason: "not_found" };
  if (!request.downloadedAt) await markDataRequestDownloaded(shop, request.id, now);
  return { ok: true, filename: dataRequestExportFilename(request.shopifyRequestId), body: `${JSON.stringify(request.export, null, 2)}\n` };
}
