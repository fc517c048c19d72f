import prisma from "~/db.server";

/** Forgets every Shopify session of the shop (uninstall, shop redact). Safe to repeat. */
export async function deleteShopSessions(shop: string) {
  const { count } = await prisma.session.deleteMany({ where: { shop } });
  return count;
}

/**
 * Stores the scopes Shopify now grants the app (app/scopes_update) on every session of the
 * shop, unless a later change is already stored (Shopify's `updated_at`, kept on the shop).
 * Offline and online sessions alike: both tokens' `scope` is the installation's grant (a staff
 * member's narrower `associated_user_scope` is not stored). A shop not recorded yet has its
 * sessions updated without the check. Returns whether it applied, and how many sessions changed.
 */
export async function setShopSessionsScope(shop: string, scope: string, updatedAt: Date): Promise<{ applied: boolean; sessions: number }> {
  return prisma.$transaction(async (tx) => {
    // One statement, so the shop's row lock orders concurrent updates: the later `updated_at` is written last.
    const claimed = await tx.$executeRaw`
      UPDATE "Shop" SET "scopesUpdatedAt" = ${updatedAt}
      WHERE id = ${shop} AND ("scopesUpdatedAt" IS NULL OR "scopesUpdatedAt" <= ${updatedAt})`;
    if (claimed === 0 && (await tx.shop.count({ where: { id: shop } })) > 0) return { applied: false, sessions: 0 };
    const { count } = await tx.session.updateMany({ where: { shop }, data: { scope } });
    return { applied: true, sessions: count };
  });
}
