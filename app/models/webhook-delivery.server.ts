import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";

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
 * (or, without one, webhook id) is already stored for the shop changes nothing.
 */
export async function recordWebhookDelivery(shop: string, input: DeliveryInput): Promise<{ duplicate: boolean }> {
  const triggeredAt = input.triggeredAt ? new Date(input.triggeredAt) : null;
  const validTriggeredAt = triggeredAt && !Number.isNaN(triggeredAt.getTime()) ? triggeredAt : null;
  const rows = await prisma.$queryRaw<Array<{ id: bigint; jobId: bigint | null }>>`
    WITH delivery AS (
      INSERT INTO "WebhookDelivery" ("shopId", topic, "webhookId", "eventId", "dedupeKey", "triggeredAt", "apiVersion", payload, status, error)
      VALUES (${shop}, ${input.topic}, ${input.webhookId}, ${input.eventId ?? null}, ${input.eventId || input.webhookId},
              ${validTriggeredAt}, ${input.apiVersion}, ${JSON.stringify(input.payload)}::jsonb,
              ${input.failure ? "FAILED" : "RECEIVED"}::"DeliveryStatus", ${input.failure ?? null})
      ON CONFLICT ("shopId", "dedupeKey") DO NOTHING
      RETURNING id, status
    )
    SELECT id,
           CASE WHEN status = 'RECEIVED'
                THEN (graphile_worker.add_job('apply-webhook', json_build_object('deliveryId', id::text), max_attempts => 25)).id
           END AS "jobId"
    FROM delivery`;
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
