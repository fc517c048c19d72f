import { Prisma, type StaffMember } from "@prisma/client";
import prisma from "~/db.server";
import { columnsOf, queryRows } from "./pool-query.server";

/** A write for a shop whose install is still being recorded by a concurrent first request. */
function isShopNotYetRecorded(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}

/**
 * Remembers a staff member of the shop from their session token, with the admin locale they
 * last used, so data requests (which carry no locale) render in the same language.
 */
export async function recordStaffMember(shop: string, userId: bigint, locale: string | undefined) {
  try {
    return await prisma.staffMember.upsert({
      where: { shopId_id: { shopId: shop, id: userId } },
      create: { shopId: shop, id: userId, locale },
      update: { lastSeenAt: new Date(), ...(locale ? { locale } : {}) },
    });
  } catch (error) {
    // The app's first requests after install can arrive together (its document and App Bridge's
    // fetches, each exchanging tokens); one that gets here before the install is recorded leaves
    // the staff member to the next request rather than failing the page.
    if (isShopNotYetRecorded(error)) return null;
    throw error;
  }
}

const STAFF_MEMBER_COLUMNS = columnsOf(Prisma.StaffMemberScalarFieldEnum, "s");

/** A staff member of the shop, or null. Read on the pool: the inbox asks it on every load (the agent's remembered locale). */
export async function getStaffMember(shop: string, userId: bigint): Promise<StaffMember | null> {
  const [member] = await queryRows<StaffMember>({ name: "staff-member", text: `SELECT ${STAFF_MEMBER_COLUMNS} FROM "StaffMember" s WHERE s."shopId" = $1 AND s.id = $2`, values: [shop, userId] });
  return member ?? null;
}

/** How a staff member is named to other agents: the name Shopify gave us, else null (the UI says "another agent"). */
export async function getStaffDisplayName(shop: string, userId: bigint): Promise<string | null> {
  const member = await getStaffMember(shop, userId);
  return member?.displayName || [member?.firstName, member?.lastName].filter(Boolean).join(" ") || null;
}

/** The shop's staff members we have seen, each with the name colleagues see, for pickers, filters and the timeline. */
export async function listStaffMembers(shop: string) {
  // Read on the pool: the inbox and every ticket page ask it.
  const members = await queryRows<Pick<StaffMember, "id" | "firstName" | "lastName" | "displayName">>({
    name: "staff-members",
    text: `SELECT s.id, s."firstName", s."lastName", s."displayName" FROM "StaffMember" s WHERE s."shopId" = $1 ORDER BY s."firstName", s.id LIMIT 200`,
    values: [shop],
  });
  return members.map((member) => ({ id: member.id, name: member.displayName || [member.firstName, member.lastName].filter(Boolean).join(" ") || null }));
}

/** Who an agent is, as Shopify's online token tells it: kept so colleagues see their name. */
export async function recordStaffIdentity(shop: string, user: { id: bigint; firstName: string | null; lastName: string | null; email: string | null; locale: string | null }) {
  const identity = { firstName: user.firstName || null, lastName: user.lastName || null, email: user.email || null, ...(user.locale ? { locale: user.locale } : {}) };
  await prisma.staffMember.upsert({
    where: { shopId_id: { shopId: shop, id: user.id } },
    create: { shopId: shop, id: user.id, ...identity },
    update: identity,
  });
}

/** The name a staff member signs replies with and colleagues see; empty clears it. */
export async function setStaffDisplayName(shop: string, userId: bigint, name: string): Promise<void> {
  const trimmed = name.trim().slice(0, 100) || null;
  await prisma.staffMember.upsert({
    where: { shopId_id: { shopId: shop, id: userId } },
    create: { shopId: shop, id: userId, displayName: trimmed },
    update: { displayName: trimmed },
  });
}
