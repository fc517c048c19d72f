import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";

export interface DeliveryInput {
  topic: string;
  webhookId: string;
  eventId: string | undefined;
  triggeredAt: string | undefined;
  apiVersion: string;
  payload: Prisma.InputJsonValue;
}

/**
 * Records a webhook delivery in one insert. Shopify delivers at least once: a delivery whose
 * event id (or, without one, webhook id) is already stored for the shop changes nothing.
 */
export async function recordWebhookDelivery(shop: string, input: DeliveryInput): Promise<{ duplicate: boolean }> {
  const triggeredAt = input.triggeredAt ? new Date(input.triggeredAt) : null;
  const { count } = await prisma.webhookDelivery.createMany({
    data: {
      shopId: shop,
      topic: input.topic,
      webhookId: input.webhookId,
      eventId: input.eventId ?? null,
      dedupeKey: input.eventId || input.webhookId,
      triggeredAt: triggeredAt && !Number.isNaN(triggeredAt.getTime()) ? triggeredAt : null,
      apiVersion: input.apiVersion,
      payload: input.payload,
    },
    skipDuplicates: true,
  });
  return { duplicate: count === 0 };
}

export async function listWebhookDeliveries(shop: string, options: { take: number }) {
  return prisma.webhookDelivery.findMany({
    where: { shopId: shop },
    orderBy: { receivedAt: "desc" },
    take: options.take,
  });
}
