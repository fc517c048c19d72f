import type { Task } from "graphile-worker";
import { z } from "zod";
import { markDeliveryFailed } from "~/models/webhook-delivery.server";
import { applyWebhookDelivery } from "~/services/apply-webhook-delivery.server";
import { unauthenticated } from "~/shopify.server";

const Payload = z.object({ deliveryId: z.string().regex(/^\d+$/) });

/**
 * Applies one webhook delivery. Errors are retried by the queue with exponential back-off; on
 * the last attempt the delivery is marked failed with the error, for Settings → Sync to replay.
 */
export const applyWebhookTask: Task = async (payload, helpers) => {
  const deliveryId = BigInt(Payload.parse(payload).deliveryId);
  try {
    await applyWebhookDelivery({ deliveryId, getAdmin: async (shop) => (await unauthenticated.admin(shop)).admin });
  } catch (error) {
    if (helpers.job.attempts < helpers.job.max_attempts) throw error;
    await markDeliveryFailed(deliveryId, error instanceof Error ? error.message : String(error));
  }
};
