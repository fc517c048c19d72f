import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { addActivityToTickets, type ActivityInput } from "./activity.server";
import { isMirrorRecordDeleted, lockMirrorRecord, recordMirrorTombstone } from "./mirror-tombstone.server";
import { listCustomerTicketIds } from "./ticket.server";

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
 * compared, so two deliveries for one customer apply one after the other. Null when Shopify
 * deleted the customer (customers/delete): a deleted customer is never written back.
 */
export async function upsertCustomerMirror(shop: string, input: CustomerMirrorUpdate): Promise<{ id: string; applied: boolean } | null> {
  const { shopifyId, ...data } = input;
  return prisma.$transaction(async (tx) => {
    for (;;) {
      const [existing] = await tx.$queryRaw<Array<{ id: string; shopifyUpdatedAt: Date | null }>>`
        SELECT id, "shopifyUpdatedAt" FROM "Customer" WHERE "shopId" = ${shop} AND "shopifyId" = ${shopifyId} FOR UPDATE`;
      if (existing) {
        if (existing.shopifyUpdatedAt && existing.shopifyUpdatedAt > data.shopifyUpdatedAt) return { id: existing.id, applied: false };
        await tx.customer.updateMany({ where: { id: existing.id, shopId: shop }, data });
        return { id: existing.id, applied: true };
      }
      // An existing row is never deleted (the delete takes its row lock); a missing one may be.
      await lockMirrorRecord(tx, shop, "CUSTOMER", shopifyId);
      if (await isMirrorRecordDeleted(tx, shop, "CUSTOMER", shopifyId)) return null;
      // Another transaction may insert the same customer first; then lock and compare its row.
      const { count } = await tx.customer.createMany({ data: [{ shopId: shop, shopifyId, ...data }], skipDuplicates: true });
      if (count === 1) {
        const created = await tx.customer.findUniqueOrThrow({ where: { shopId_shopifyId: { shopId: shop, shopifyId } }, select: { id: true } });
        return { id: created.id, applied: true };
      }
    }
  });
}

export async function findCustomerIdByShopifyId(shop: string, shopifyId: bigint, db: Prisma.TransactionClient = prisma): Promise<string | null> {
  const row = await db.customer.findUnique({
    where: { shopId_shopifyId: { shopId: shop, shopifyId } },
    select: { id: true },
  });
  return row?.id ?? null;
}

/**
 * The shop's customer a customers/data_request names: by their Shopify id or, failing that, their
 * email (case-insensitive). Null when the shop has no such customer.
 */
export async function findCustomerForDataRequest(shop: string, who: { shopifyId: bigint; email: string | null }, db: Prisma.TransactionClient = prisma) {
  return db.customer.findFirst({
    where: { shopId: shop, OR: [{ shopifyId: who.shopifyId }, ...(who.email ? [{ email: { equals: who.email, mode: "insensitive" as const } }] : [])] },
  });
}

/** Erases the personal fields of the shop's customer (customers/redact); the row and its totals stay. */
export async function redactCustomerProfile(shop: string, customerId: string, db: Prisma.TransactionClient = prisma, at = new Date()) {
  await db.customer.updateMany({
    where: { id: customerId, shopId: shop },
    data: { email: null, firstName: null, lastName: null, phone: null, tags: [], redactedAt: at },
  });
}

/**
 * Removes a customer Shopify deleted from the mirror, in one transaction: notes it on each of
 * their tickets, deletes the customer (their tickets and orders stay, detached from the profile,
 * by the foreign keys' SET NULL) and leaves a tombstone so no later write brings them back.
 * Null when the mirror never had them (the tombstone is still left). Safe to repeat.
 */
export async function deleteCustomerMirror(
  shop: string,
  shopifyId: bigint,
  options: { deletedAt: Date; activity: Omit<ActivityInput, "actorType" | "actorId"> },
): Promise<{ id: string; ticketIds: string[] } | null> {
  return prisma.$transaction(async (tx) => {
    await lockMirrorRecord(tx, shop, "CUSTOMER", shopifyId);
    await recordMirrorTombstone(tx, shop, "CUSTOMER", shopifyId, options.deletedAt);
    const [customer] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Customer" WHERE "shopId" = ${shop} AND "shopifyId" = ${shopifyId} FOR UPDATE`;
    if (!customer) return null;
    const ticketIds = await listCustomerTicketIds(shop, customer.id, tx);
    await addActivityToTickets(shop, ticketIds, options.activity, tx);
    await tx.customer.deleteMany({ where: { shopId: shop, id: customer.id } });
    return { id: customer.id, ticketIds };
  });
}

function splitName(name: string | null): { firstName: string | null; lastName: string | null } {
  if (!name) return { firstName: null, lastName: null };
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { firstName: parts[0]!, lastName: null };
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts.at(-1)! };
}

/** A mirrored (Shopify) customer of the shop, as the intake needs them; null when not mirrored or erased. */
export async function findMirroredCustomer(shop: string, shopifyId: bigint, db: Prisma.TransactionClient = prisma) {
  return db.customer.findFirst({ where: { shopId: shop, shopifyId, redactedAt: null }, select: { id: true, email: true, language: true, shopifyLocale: true } });
}

/**
 * The shop's customer who writes from `sender.email` (case-insensitive; the Shopify customer
 * first when a mirrored and a helpdesk-only profile share it), or a new helpdesk-only profile
 * named as the sender signs. Erased (redacted) profiles are never matched.
 */
export async function findOrCreateCustomerBySender(shop: string, sender: { email: string; name: string | null }, db: Prisma.TransactionClient = prisma) {
  const known = await db.customer.findFirst({
    where: { shopId: shop, email: { equals: sender.email, mode: "insensitive" }, redactedAt: null },
    orderBy: [{ shopifyId: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: { id: true, language: true, shopifyLocale: true },
  });
  if (known) return known;
  return db.customer.create({ data: { shopId: shop, email: sender.email, ...splitName(sender.name) }, select: { id: true, language: true, shopifyLocale: true } });
}

/** Remembers the language a customer writes in: replies to them default to it. */
export async function rememberCustomerLanguage(shop: string, customerId: string, language: string, db: Prisma.TransactionClient = prisma) {
  await db.customer.updateMany({ where: { id: customerId, shopId: shop }, data: { language } });
}

/** The shop's customer a return belongs to, with what a reply to them needs; null when erased or not there. */
export async function findCustomerForReturn(shop: string, customerId: string) {
  return prisma.customer.findFirst({
    where: { id: customerId, shopId: shop, redactedAt: null },
    select: { id: true, shopifyId: true, email: true, firstName: true, lastName: true, language: true },
  });
}
