import prisma from "~/db.server";

export interface CustomerMirrorInput {
  shopifyId: bigint;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  shopifyLocale: string | null;
  ordersCount: number;
  amountSpent: string;
  currencyCode: string | null;
  tags: string[];
  shopifyUpdatedAt: Date;
}

/** A customer as a webhook describes it: Shopify's customer payloads carry no order totals. */
export type CustomerMirrorUpdate = Omit<CustomerMirrorInput, "ordersCount" | "amountSpent"> & Partial<Pick<CustomerMirrorInput, "ordersCount" | "amountSpent">>;

/**
 * Writes a customer into the mirror unless what is stored is newer: Shopify delivers out of
 * order, and an older payload must never overwrite a newer one. The row is locked while it is
 * compared, so two deliveries for one customer apply one after the other.
 */
export async function upsertCustomerMirror(shop: string, input: CustomerMirrorUpdate): Promise<{ id: string; applied: boolean }> {
  const { shopifyId, ...data } = input;
  return prisma.$transaction(async (tx) => {
    for (;;) {
      const [existing] = await tx.$queryRaw<Array<{ id: string; shopifyUpdatedAt: Date | null }>>`
        SELECT id, "shopifyUpdatedAt" FROM "Customer" WHERE "shopId" = ${shop} AND "shopifyId" = ${shopifyId} FOR UPDATE`;
      if (existing) {
        if (existing.shopifyUpdatedAt && existing.shopifyUpdatedAt > data.shopifyUpdatedAt) return { id: existing.id, applied: false };
        await tx.customer.update({ where: { id: existing.id }, data });
        return { id: existing.id, applied: true };
      }
      // Another transaction may insert the same customer first; then lock and compare its row.
      const { count } = await tx.customer.createMany({ data: [{ shopId: shop, shopifyId, ...data }], skipDuplicates: true });
      if (count === 1) {
        const created = await tx.customer.findUniqueOrThrow({ where: { shopId_shopifyId: { shopId: shop, shopifyId } }, select: { id: true } });
        return { id: created.id, applied: true };
      }
    }
  });
}

export async function findCustomerIdByShopifyId(shop: string, shopifyId: bigint): Promise<string | null> {
  const row = await prisma.customer.findUnique({
    where: { shopId_shopifyId: { shopId: shop, shopifyId } },
    select: { id: true },
  });
  return row?.id ?? null;
}
