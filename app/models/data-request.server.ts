import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { isUuid } from "~/uuid";

export interface DataRequestExportInput {
  shopifyRequestId: bigint;
  customerShopifyId: bigint;
  customerEmail: string | null;
  requestedAt: Date;
  export: Prisma.InputJsonValue;
}

/**
 * Records a customers/data_request with its export. The same request id again (a retried or
 * replayed delivery) refreshes the export and keeps when it was asked for and downloaded.
 */
export async function saveDataRequestExport(shop: string, input: DataRequestExportInput) {
  const { shopifyRequestId, ...rest } = input;
  await prisma.dataRequest.upsert({
    where: { shopId_shopifyRequestId: { shopId: shop, shopifyRequestId } },
    create: { shopId: shop, shopifyRequestId, ...rest },
    update: { export: rest.export, customerEmail: rest.customerEmail },
  });
}

/** Forgets the shop's data requests about a customer, exports included (customers/redact). */
export async function deleteCustomerDataRequests(shop: string, customerShopifyId: bigint, db: Prisma.TransactionClient = prisma) {
  await db.dataRequest.deleteMany({ where: { shopId: shop, customerShopifyId } });
}

/** The shop's data requests, newest first, without their exports. */
export async function listDataRequests(shop: string, limit = 200) {
  return prisma.dataRequest.findMany({
    where: { shopId: shop },
    orderBy: { requestedAt: "desc" },
    take: limit,
    select: { id: true, shopifyRequestId: true, customerShopifyId: true, customerEmail: true, requestedAt: true, downloadedAt: true },
  });
}

/** How many of the shop's data requests nobody has downloaded yet. */
export async function countDataRequestsNotDownloaded(shop: string) {
  return prisma.dataRequest.count({ where: { shopId: shop, downloadedAt: null } });
}

/** One data request of the shop with its export; null when the shop has no such request. */
export async function getDataRequestExport(shop: string, id: string) {
  if (!isUuid(id)) return null;
  return prisma.dataRequest.findFirst({ where: { shopId: shop, id }, select: { id: true, shopifyRequestId: true, export: true, downloadedAt: true } });
}

/** Records the first download of the request's export; later downloads keep that time. */
export async function markDataRequestDownloaded(shop: string, id: string, at = new Date()) {
  await prisma.dataRequest.updateMany({ where: { shopId: shop, id, downloadedAt: null }, data: { downloadedAt: at } });
}
