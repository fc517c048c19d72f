import { whenReceiverIdle } from "~/jobs/request-priority.server";
import { isRetryableError } from "~/lib/retryable-error";
import { getShopInstallation } from "~/models/shop.server";
import {
  getWebhookDelivery,
  listReceivedDeliveries,
  markDeliveriesApplied,
  markDeliveryFailed,
  markDeliveryIgnored,
  markDeliveryRetrying,
  recordDeliveryAttempt,
  type StoredDelivery,
} from "~/models/webhook-delivery.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { applyDelivery, type ApplyResult, type ShopInstallation } from "./apply-webhook-delivery.server";

const BATCH = 100;
/** The longest a delivery waits for the receiver to be idle: under a burst, 20 a second still apply. */
const RECEIVER_WAIT_MS = 50;

type GetAdmin = (shop: string) => Promise<AdminClient>;

/** Records what became of a delivery, except "applied", which the caller records (in batches). */
async function recordOutcome(delivery: StoredDelivery, result: ApplyResult) {
  if (result.outcome === "ignored") await markDeliveryIgnored(delivery.shopId, delivery.id, result.reason);
  else if (result.outcome === "failed") await markDeliveryFailed(delivery.shopId, delivery.id, result.error);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Applies a shop's received deliveries in the order they arrived, for at most `budgetMs` (a job
 * that runs for minutes holds up the worker and looks dead to its heartbeat). A delivery whose
 * apply fails with an error that may pass leaves the stream for a job of its own that retries it
 * with back-off; one that can never be applied is marked failed at once. Returns whether
 * deliveries are left for the next run.
 */
export async function applyReceivedDeliveries({ shop, getAdmin, budgetMs = 10_000 }: { shop: string; getAdmin: GetAdmin; budgetMs?: number }): Promise<{ applied: number; more: boolean }> {
  const started = Date.now();
  let afterId = 0n;
  let applied = 0;
  for (;;) {
    const batch = await listReceivedDeliveries(shop, { afterId, take: BATCH });
    if (batch.length === 0) return { applied, more: false };
    // Read per batch: an app/uninstalled applied in this run changes what the next deliveries mean.
    let installation: ShopInstallation = await getShopInstallation(shop);
    const done: bigint[] = [];
    for (const delivery of batch) {
      // Acknowledging webhooks comes first (request-priority.server.ts).
      await whenReceiverIdle(RECEIVER_WAIT_MS);
      afterId = delivery.id;
      try {
        const result = await applyDelivery(delivery, installation, () => getAdmin(shop));
        if (result.outcome === "applied") done.push(delivery.id);
        else await recordOutcome(delivery, result);
        if (result.outcome === "deleted") return { applied, more: false };
        if (delivery.topic === "app/uninstalled") installation = await getShopInstallation(shop);
      } catch (error) {
        if (isRetryableError(error)) await markDeliveryRetrying(shop, delivery.id, describe(error));
        else await markDeliveryFailed(shop, delivery.id, describe(error));
      }
    }
    await markDeliveriesApplied(shop, done);
    applied += done.length;
    if (Date.now() - started > budgetMs) return { applied, more: true };
  }
}

/**
 * Retries one delivery that left its shop's stream (`markDeliveryRetrying`). Throws an error that
 * may pass, so the queue tries again with back-off; on the last attempt, or for an error that
 * will not pass, the delivery is marked failed with it, for Settings → Sync to show and replay.
 */
export async function retryWebhookDelivery({ shop, deliveryId, getAdmin, isLastAttempt }: { shop: string; deliveryId: bigint; getAdmin: GetAdmin; isLastAttempt: boolean }) {
  const delivery = await getWebhookDelivery(shop, deliveryId);
  if (!delivery || delivery.status !== "RETRYING") return;
  try {
    const result = await applyDelivery(delivery, await getShopInstallation(shop), () => getAdmin(shop));
    if (result.outcome === "applied") await markDeliveriesApplied(shop, [delivery.id]);
    else await recordOutcome(delivery, result);
  } catch (error) {
    if (isLastAttempt || !isRetryableError(error)) {
      await markDeliveryFailed(shop, delivery.id, describe(error));
      return;
    }
    await recordDeliveryAttempt(shop, delivery.id, describe(error));
    throw error;
  }
}
