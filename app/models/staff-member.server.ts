import prisma from "~/db.server";

/**
 * Remembers a staff member of the shop from their session token, with the admin locale they
 * last used, so data requests (which carry no locale) render in the same language.
 */
export async function recordStaffMember(shop: string, userId: bigint, locale: string | undefined) {
  return prisma.staffMember.upsert({
    where: { shopId_id: { shopId: shop, id: userId } },
    create: { shopId: shop, id: userId, locale },
    update: { lastSeenAt: new Date(), ...(locale ? { locale } : {}) },
  });
}

export async function getStaffMember(shop: string, userId: bigint) {
  return prisma.staffMember.findUnique({ where: { shopId_id: { shopId: shop, id: userId } } });
}

/** How a staff member is named to other agents: the name Shopify gave us, else null (the UI says "another agent"). */
export async function getStaffDisplayName(shop: string, userId: bigint): Promise<string | null> {
  const member = await getStaffMember(shop, userId);
  return [member?.firstName, member?.lastName].filter(Boolean).join(" ") || null;
}

/** The shop's staff members we have seen, for assignee pickers and filters. */
export async function listStaffMembers(shop: string) {
  return prisma.staffMember.findMany({ where: { shopId: shop }, orderBy: [{ firstName: "asc" }, { id: "asc" }], take: 200, select: { id: true, firstName: true, lastName: true } });
}

/** The name a staff member signs replies with and colleagues see; empty clears it. */
export async function setStaffDisplayName(shop: string, userId: bigint, name: string): Promise<void> {
  const trimmed = name.trim().slice(0, 100) || null;
  await prisma.staffMember.upsert({
    where: { shopId_id: { shopId: shop, id: userId } },
    create: { shopId: shop, id: userId, firstName: trimmed },
    update: { firstName: trimmed, lastName: null },
  });
}
