import type { Task } from "graphile-worker";
import { z } from "zod";
import { enqueueDeliveryApplies, listShopsWithStrandedDeliveries } from "~/models/webhook-delivery.server";
import { applyReceivedDeliveries, retryWebhookDelivery } from "~/services/apply-received-deliveries.server";
import { unauthenticated } from "~/shopify.server";

const getAdmin = async (shop: string) => (await unauthenticated.admin(shop)).admin;

const ShopPayload = z.object({ shop: z.string().min(1) });

/**
 * Applies a shop's received deliveries in order. One runs per shop at a time (its named queue);
 * a run that stops at its time budget queues the next, so other shops' jobs get their turn.
 */
export const applyWebhooksTask: Task = async (payload) => {
  const { shop } = ShopPayload.parse(payload);
  const { more } = await applyReceivedDeliveries({ shop, getAdmin });
  if (more) await enqueueDeliveryApplies([shop]);
};

const DeliveryPayload = z.object({ shop: z.string().min(1), deliveryId: z.string().regex(/^\d+$/) });

/** Retries one delivery whose apply failed with an error that may pass, with the queue's back-off. */
export const retryWebhookTask: Task = async (payload, helpers) => {
  const { shop, deliveryId } = DeliveryPayload.parse(payload);
  await retryWebhookDelivery({ shop, deliveryId: BigInt(deliveryId), getAdmin, isLastAttempt: helpers.job.attempts >= helpers.job.max_attempts });
};

/** Deliveries stored by a process that stopped before it queued their shop's job wait at most this long. */
export const STRANDED_AFTER_MS = 15_000;

/** Queues the apply job of every shop whose deliveries wait with no job (run beside the heartbeat). */
export async function queueStrandedDeliveries(): Promise<string[]> {
  const shops = await listShopsWithStrandedDeliveries(STRANDED_AFTER_MS);
  await enqueueDeliveryApplies(shops);
  return shops;
}
