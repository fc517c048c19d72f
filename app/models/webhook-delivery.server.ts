import type { Prisma } from "@prisma/client";
import prisma, { pool } from "~/db.server";

export interface DeliveryInput {
  topic: string;
  webhookId: string;
  eventId: string | undefined;
  triggeredAt: string | undefined;
  apiVersion: string;
  payload: Prisma.InputJsonValue;
  /** Set when the payload cannot be applied at all (e.g. not JSON): stored as failed, no job. */
  failure?: string;
}

/**
 * Records a webhook delivery and queues its application, in one statement: the delivery and its
 * job commit together or not at all. Shopify delivers at least once; a delivery whose event id
 * (or, without one, webhook id) is already stored for the shop changes nothing but the hourly
 * count of duplicates.
 */
const RECORD_DELIVERY_SQL = `
  WITH delivery AS (
    INSERT INTO "WebhookDelivery" ("shopId", topic, "webhookId", "eventId", "dedupeKey", "triggeredAt", "apiVersion", payload, status, error)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::"DeliveryStatus", $10)
    ON CONFLICT ("shopId", "dedupeKey") DO NOTHING
    RETURNING id, status
  ),
  duplicate AS (
    INSERT INTO "WebhookDuplicateCount" ("shopId", hour, count)
    SELECT $1, date_trunc('hour', now()), 1 WHERE NOT EXISTS (SELECT 1 FROM delivery)
    ON CONFLICT ("shopId", hour) DO UPDATE SET count = "WebhookDuplicateCount".count + 1
  )
  SELECT id,
         CASE WHEN status = 'RECEIVED'
              THEN (graphile_worker.add_job('apply-webhook', json_build_object('deliveryId', id::text), max_attempts => 25)).id
         END AS "jobId"
  FROM delivery`;

export async function recordWebhookDelivery(shop: string, input: DeliveryInput): Promise<{ duplicate: boolean }> {
  const triggeredAt = input.triggeredAt ? new Date(input.triggeredAt) : null;
  const validTriggeredAt = triggeredAt && !Number.isNaN(triggeredAt.getTime()) ? triggeredAt : null;
  // The hot path of every webhook: plain SQL on the pool (a named, prepared statement), not Prisma.
  const { rows } = await pool.query<{ id: string; jobId: string | null }>({
    name: "record-webhook-delivery",
    text: RECORD_DELIVERY_SQL,
    values: [
      shop,
      input.topic,
      input.webhookId,
      input.eventId ?? null,
      input.eventId || input.webhookId,
      validTriggeredAt,
      input.apiVersion,
      JSON.stringify(input.payload),
      input.failure ? "FAILED" : "RECEIVED",
      input.failure ?? null,
    ],
  });
  return { duplicate: rows.length === 0 };
}

export async function getWebhookDelivery(id: bigint) {
  return prisma.webhookDelivery.findUnique({ where: { id } });
}

export async function markDeliveryApplied(id: bigint) {
  await prisma.webhookDelivery.update({
    where: { id },
    data: { status: "APPLIED", appliedAt: new Date(), error: null, attempts: { increment: 1 } },
  });
}

export async function markDeliveryFailed(id: bigint, error: string) {
  await prisma.webhookDelivery.update({ where: { id }, data: { status: "FAILED", error, attempts: { increment: 1 } } });
}

export async function listWebhookDeliveries(shop: string, options: { take: number }) {
  return prisma.webhookDelivery.findMany({
    where: { shopId: shop },
    orderBy: { receivedAt: "desc" },
    take: options.take,
  });
}

export async function markDeliveryIgnored(id: bigint) {
  await prisma.webhookDelivery.update({ where: { id }, data: { status: "IGNORED", appliedAt: new Date(), attempts: { increment: 1 } } });
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
    waiting: count("RECEIVED"),
    failed: count("FAILED"),
    duplicates: duplicates._sum.count ?? 0,
    failures,
  };
}

/** Puts a delivery of the shop back on the queue (Settings → Sync → Replay). Returns false when it is not the shop's. */
export async function requeueWebhookDelivery(shop: string, id: bigint): Promise<boolean> {
  const rows = await prisma.$queryRaw<Array<{ id: bigint }>>`
    WITH delivery AS (
      UPDATE "WebhookDelivery" SET status = 'RECEIVED', error = NULL
      WHERE id = ${id} AND "shopId" = ${shop}
      RETURNING id
    )
    SELECT id, (graphile_worker.add_job('apply-webhook', json_build_object('deliveryId', id::text), max_attempts => 25)).id AS "jobId"
    FROM delivery`;
  return rows.length === 1;
}

/** Forgets applied deliveries older than the retention (at least the 7 days Shopify's audit needs). */
export async function purgeWebhookDeliveries(olderThan: Date) {
  const [deliveries, duplicates] = await prisma.$transaction([
    prisma.webhookDelivery.deleteMany({ where: { receivedAt: { lt: olderThan }, status: { in: ["APPLIED", "IGNORED"] } } }),
    prisma.webhookDuplicateCount.deleteMany({ where: { hour: { lt: olderThan } } }),
  ]);
  return { deliveries: deliveries.count, duplicates: duplicates.count };
}
