import prisma from "~/db.server";

/** Forgets every Shopify session of the shop (uninstall, shop redact). Safe to repeat. */
export async function deleteShopSessions(shop: string) {
  const { count } = await prisma.session.deleteMany({ where: { shop } });
  return count;
}
