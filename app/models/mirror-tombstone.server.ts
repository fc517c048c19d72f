import type { MirrorResource, Prisma } from "@prisma/client";

// Deletes from Shopify (customers/delete, orders/delete) carry only the id: no `updated_at` to
// compare with the "newest wins" guard. Shopify never restores a deleted customer or order and
// never reuses its id, so a deletion is final whatever the timestamps: the mirror row goes and a
// tombstone blocks every later write of that id (an orders/updated retried after the delete, an
// import page read just before it). Tombstones are a few bytes each and go with the shop.

type Db = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

/**
 * Serialises, until the transaction ends, every writer that may create or delete this mirror
 * record: a delete and an upsert that finds no row cannot interleave (the upsert would insert
 * the row the delete could not see yet).
 */
export async function lockMirrorRecord(db: Db, shop: string, resource: MirrorResource, shopifyId: bigint) {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${shop}/${resource}/${shopifyId}`}, 0))`;
}

/** Whether Shopify deleted this record. Call it under `lockMirrorRecord`. */
export async function isMirrorRecordDeleted(db: Db, shop: string, resource: MirrorResource, shopifyId: bigint): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT 1 FROM "MirrorTombstone" WHERE "shopId" = ${shop} AND resource = ${resource}::"MirrorResource" AND "shopifyId" = ${shopifyId}`;
  return rows.length > 0;
}

/** Records that Shopify deleted this record. Safe to repeat; a shop not recorded keeps none (it has no mirror either). */
export async function recordMirrorTombstone(db: Db, shop: string, resource: MirrorResource, shopifyId: bigint, deletedAt: Date) {
  await db.$executeRaw`
    INSERT INTO "MirrorTombstone" ("shopId", resource, "shopifyId", "deletedAt")
    SELECT id, ${resource}::"MirrorResource", ${shopifyId}, ${deletedAt} FROM "Shop" WHERE id = ${shop}
    ON CONFLICT DO NOTHING`;
}
