import prisma from "~/db.server";

export async function startShopImportRecord(shop: string, totals: { customers: number | null; orders: number | null }) {
  return prisma.shopImport.create({ data: { shopId: shop, customersTotal: totals.customers, ordersTotal: totals.orders } });
}

export async function recordShopImportProgress(shop: string, id: string, progress: { customers: number; orders: number }) {
  await prisma.shopImport.updateMany({ where: { id, shopId: shop }, data: progress });
}

export async function finishShopImportRecord(shop: string, id: string, outcome: { error?: string }) {
  await prisma.shopImport.updateMany({
    where: { id, shopId: shop },
    data: { status: outcome.error ? "FAILED" : "DONE", error: outcome.error ?? null, finishedAt: new Date() },
  });
}

export async function getLatestShopImport(shop: string) {
  return prisma.shopImport.findFirst({ where: { shopId: shop }, orderBy: { startedAt: "desc" } });
}
