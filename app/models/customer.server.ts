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

/**
 * Writes a customer into the mirror unless what is stored is newer: Shopify delivers out of
 * order, and an older payload must never overwrite a newer one. Returns the row id.
 */
export async function upsertCustomerMirror(shop: string, input: CustomerMirrorInput): Promise<string> {
  const { shopifyId, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const existing = await tx.customer.findUnique({
      where: { shopId_shopifyId: { shopId: shop, shopifyId } },
      select: { id: true, shopifyUpdatedAt: true },
    });
    if (!existing) return (await tx.customer.create({ data: { shopId: shop, shopifyId, ...data }, select: { id: true } })).id;
    if (existing.shopifyUpdatedAt && existing.shopifyUpdatedAt > data.shopifyUpdatedAt) return existing.id;
    await tx.customer.update({ where: { id: existing.id }, data });
    return existing.id;
  });
}

export async function findCustomerIdByShopifyId(shop: string, shopifyId: bigint): Promise<string | null> {
  const row = await prisma.customer.findUnique({
    where: { shopId_shopifyId: { shopId: shop, shopifyId } },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** The shop's customers, most recently updated first, with keyset pagination on `(updatedAt, id)`. */
export async function listCustomers(shop: string, options: { take: number }) {
  return prisma.customer.findMany({
    where: { shopId: shop },
    orderBy: [{ shopifyUpdatedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: options.take,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      language: true,
      shopifyLocale: true,
      ordersCount: true,
      amountSpent: true,
      currencyCode: true,
      tags: true,
    },
  });
}
