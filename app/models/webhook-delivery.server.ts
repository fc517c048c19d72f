import type { Prisma } from "@prisma/client";
import prisma, { pool } from "~/db.server";
import { toStorableText } from "~/lib/storable-text";

export interface DeliveryInput {
  topic: string;
  webhookId: string;
  eventId: string | undefined;
  triggeredAt: string | undefined;
  apiVersion: string;
  /** The body as Shopify sent it: PostgreSQL parses it into `jsonb`, Node does not. */
  rawPayload: string;
}

/**
 * Records a webhook delivery, once per event: a delivery whose event id (or, without one, webhook
 * id) is already stored for the shop changes nothing but the hourly count of duplicates. No job is
 * added here: a job per row would cost a NOTIFY per row, which PostgreSQL commits one at a time
 * (docs/decisions/010); the shop's apply job is scheduled after the insert commits.
 */
const RECORD_DELIVERY_SQL = `
  WITH delivery AS (
    INSERT INTO "WebhookDelivery" ("shopId", topic, "webhookId", "eventId", "dedupeKey", "triggeredAt", "apiVersion", payload, status, error)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::"DeliveryStatus", $10)
    ON CONFLICT ("shopId", "dedupeKey") DO NOTHING
    RETURNING id
  ),
  duplicate AS (
    INSERT INTO "WebhookDuplicateCount" ("shopId", hour, count)
    SELECT $1, date_trunc('hour', now()), 1 WHERE NOT EXISTS (SELECT 1 FROM delivery)
    ON CONFLICT ("shopId", hour) DO UPDATE SET count = "WebhookDuplicateCount".count + 1
  )
  SELECT id FROM delivery`;

function deliveryValues(shop: string, input: DeliveryInput, payload: string, failure: string | null) {
  const triggeredAt = input.triggeredAt ? new Date(input.triggeredAt) : null;
  const validTriggeredAt = triggeredAt && !Number.isNaN(triggeredAt.getTime()) ? triggeredAt : null;
  return [
    shop,
    input.topic,
    input.webhookId,
    input.eventId ?? null,
    input.eventId || input.webhookId,
    validTriggeredAt,
    input.apiVersion,
    payload,
    failure ? "FAILED" : "RECEIVED",
    failure,
  ];
}

/** Stores a delivery to apply. Throws what PostgreSQL says when it cannot (an outage, or a payload it cannot hold). */
export async function recordWebhookDelivery(shop: string, input: DeliveryInput): Promise<{ duplicate: boolean }> {
  // The hot path of every webhook: a named, prepared statement on the pool Prisma runs on, not Prisma.
  const { rows } = await pool.query<{ id: string }>({
    name: "record-webhook-delivery",
    text: RECORD_DELIVERY_SQL,
    values: deliveryValues(shop, input, input.rawPayload, null),
  });
  return { duplicate: rows.length === 0 };
}

/**
 * Stores a delivery that cannot be applied, marked failed with the reason: the body is kept as
 * text inside the JSON (with what PostgreSQL cannot hold in text made visible), so the merchant
 * sees it in Settings → Sync and Shopify is not asked to retry what can never succeed.
 */
export async function recordFailedWebhookDelivery(shop: string, input: DeliveryInput, failure: string): Promise<{ duplicate: boolean }> {
  const { rows } = await pool.query<{ id: string }>({
    name: "record-webhook-delivery",
    text: RECORD_DELIVERY_SQL,
    values: deliveryValues(shop, input, JSON.stringify({ unparsed: toStorableText(input.rawPayload.slice(0, 100_000)) }), toStorableText(failure)),
  });
  return { duplicate: rows.length === 0 };
}

/** The job that applies a shop's received deliveries: one per shop at a time (its own named queue), in order. */
export const APPLY_DELIVERIES_TASK = "apply-webhooks";

/**
 * Queues the apply job of each shop, in one statement (one NOTIFY however many shops). A job
 * already waiting for a shop is kept; one already running is followed by a new one, so a
 * delivery stored while it runs is applied too.
 */
export async function enqueueDeliveryApplies(shops: string[], runAt: Date | null = null) {
  if (shops.length === 0) return;
  await pool.query({
    name: "enqueue-delivery-applies",
    text: `SELECT count(*) FROM graphile_worker.add_jobs(
             (SELECT array_agg(ROW($1::text, json_build_object('shop', shop), 'webhooks:' || shop, $3::timestamptz, 25, 'apply-webhooks:' || shop, NULL, NULL)::graphile_worker.job_spec)
              FROM unnest($2::text[]) AS shop))`,
    values: [APPLY_DELIVERIES_TASK, shops, runAt],
  });
}

/**
 * Shops with deliveries waiting longer than `olderThanMs` and no apply job: the process that
 * stored them stopped before it queued the job (a crash, a deploy).
 */
export async function listShopsWithStrandedDeliveries(olderThanMs: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ shopId: string }>>`
    SELECT DISTINCT d."shopId" FROM "WebhookDelivery" d
    WHERE d.status = 'RECEIVED' AND d."receivedAt" < now() - make_interval(secs => ${olderThanMs / 1000})
      AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'apply-webhooks:' || d."shopId")`;
  return rows.map((row) => row.shopId);
}

/** The shop's deliveries waiting to be applied, oldest first, after `afterId`. */
export async function listReceivedDeliveries(shop: string, options: { afterId: bigint; take: number }) {
  return prisma.webhookDelivery.findMany({
    where: { shopId: shop, status: "RECEIVED", id: { gt: options.afterId } },
    orderBy: { id: "asc" },
    take: options.take,
  });
}

export type StoredDelivery = NonNullable<Awaited<ReturnType<typeof getWebhookDelivery>>>;

export async function getWebhookDelivery(shop: string, id: bigint) {
  return prisma.webhookDelivery.findFirst({ where: { id, shopId: shop } });
}

export async function markDeliveriesApplied(shop: string, ids: bigint[], at = new Date()) {
  if (ids.length === 0) return;
  await prisma.webhookDelivery.updateMany({
    where: { shopId: shop, id: { in: ids } },
    data: { status: "APPLIED", appliedAt: at, error: null, attempts: { increment: 1 } },
  });
}

export async function markDeliveryFailed(shop: string, id: bigint, error: string) {
  await prisma.webhookDelivery.updateMany({ where: { id, shopId: shop }, data: { status: "FAILED", error: toStorableText(error), attempts: { increment: 1 } } });
}

export async function markDeliveryIgnored(shop: string, id: bigint, reason: string | null = null) {
  await prisma.webhookDelivery.updateMany({ where: { id, shopId: shop }, data: { status: "IGNORED", error: reason, appliedAt: new Date(), attempts: { increment: 1 } } });
}

/** Records an attempt that failed with an error that may pass. */
export async function recordDeliveryAttempt(shop: string, id: bigint, error: string) {
  await prisma.webhookDelivery.updateMany({ where: { id, shopId: shop }, data: { error: toStorableText(error), attempts: { increment: 1 } } });
}

/**
 * Takes a delivery out of the shop's in-order stream and gives it a job of its own, which retries
 * it with back-off (up to 25 attempts, about three days) while the shop's other deliveries go on.
 */
export async function markDeliveryRetrying(shop: string, id: bigint, error: string) {
  await prisma.$executeRaw`
    WITH delivery AS (
      UPDATE "WebhookDelivery" SET status = 'RETRYING', error = ${toStorableText(error)}, attempts = attempts + 1
      WHERE id = ${id} AND "shopId" = ${shop}
      RETURNING id
    )
    SELECT graphile_worker.add_job('apply-webhook', json_build_object('shop', ${shop}::text, 'deliveryId', id::text),
             run_at => now() + interval '5 seconds', max_attempts => 25, job_key => 'apply-webhook:' || id::text)
    FROM delivery`;
}

/** Deliveries of the last 24 hours by outcome, and the most recent failures, for Settings → Sync. */
export async function getDeliveryHealth(shop: string, now = new Date()) {
  const since = new Date(now.getTime() - 86_400_000);
  const [byStatus, duplicates, failures] = await Promise.all([
    prisma.webhookDelivery.groupBy({ by: ["status"], where: { shopId: shop, receivedAt: { gte: since } }, _count: { _all: true } }),
    prisma.webhookDuplicateCount.aggregate({ where: { shopId: shop, hour: { gte: new Date(since.getTime() - 3_600_000) } }, _sum: { count: true } }),
    prisma.webhookDelivery.findMany({
      where: { shopId: shop, status: "FAILED" },
      orderBy: { receivedAt: "desc" },
      take: 50,
      select: { id: true, topic: true, error: true, receivedAt: true, attempts: true },
    }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return {
    received: byStatus.reduce((total, row) => total + row._count._all, 0),
    applied: count("APPLIED") + count("IGNORED"),
    waiting: count("RECEIVED") + count("RETRYING"),
    failed: count("FAILED"),
    duplicates: duplicates._sum.count ?? 0,
    failures,
  };
}

/** Puts a delivery of the shop back in its queue (Settings → Sync → Replay). Returns false when it is not the shop's. */
export async function requeueWebhookDelivery(shop: string, id: bigint): Promise<boolean> {
  const { count } = await prisma.webhookDelivery.updateMany({ where: { id, shopId: shop }, data: { status: "RECEIVED", error: null } });
  if (count === 1) await enqueueDeliveryApplies([shop]);
  return count === 1;
}

/** Forgets applied deliveries older than the retention (at least the 7 days Shopify's audit needs). */
export async function purgeWebhookDeliveries(olderThan: Date) {
  const [deliveries, duplicates] = await prisma.$transaction([
    prisma.webhookDelivery.deleteMany({ where: { receivedAt: { lt: olderThan }, status: { in: ["APPLIED", "IGNORED"] } } }),
    prisma.webhookDuplicateCount.deleteMany({ where: { hour: { lt: olderThan } } }),
  ]);
  return { deliveries: deliveries.count, duplicates: duplicates.count };
}

/**
 * Blanks the payloads of the shop's deliveries about a customer (customers/redact): those naming
 * one of `gids` (the customer's and their orders' GraphQL ids), the customer by id or email, or one
 * of the orders by id. They hold the same personal data, the compliance requests themselves included.
 */
export async function redactWebhookPayloads(
  shop: string,
  about: { gids: string[]; customerShopifyId: bigint; email: string | null; orderShopifyIds: bigint[] },
  db: Pick<Prisma.TransactionClient, "$executeRaw"> = prisma,
) {
  const { gids, customerShopifyId, email, orderShopifyIds } = about;
  await db.$executeRaw`
    UPDATE "WebhookDelivery" SET payload = '{"redacted": true}'::jsonb
    WHERE "shopId" = ${shop}
      AND (payload->>'admin_graphql_api_id' = ANY(${gids})
           OR payload->'customer'->>'admin_graphql_api_id' = ANY(${gids})
           OR payload->'customer'->>'id' = ${String(customerShopifyId)}
           OR lower(payload->'customer'->>'email') = lower(${email}::text)
           OR payload->>'order_id' = ANY(${orderShopifyIds.map(String)})
           OR (${email}::text IS NOT NULL AND lower(payload->>'email') = lower(${email}::text)))`;
}
