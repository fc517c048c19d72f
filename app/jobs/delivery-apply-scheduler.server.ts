import { enqueueDeliveryApplies } from "~/models/webhook-delivery.server";

/** How long stored deliveries wait for others before their shops' apply jobs are queued together. */
const COALESCE_MS = 10;
const RETRY_MS = 1_000;

const waiting = new Set<string>();
let timer: NodeJS.Timeout | undefined;

/**
 * Asks for the shop's apply job, after its delivery is stored. Requests of the next few
 * milliseconds are queued together in one statement, so a burst costs one NOTIFY, not one per
 * delivery. Should the process die first, the worker's sweep queues the job
 * (`queueStrandedDeliveries`): a stored delivery is never left unapplied.
 */
export function scheduleDeliveryApply(shop: string) {
  waiting.add(shop);
  timer ??= setTimeout(() => void flushDeliveryApplies(), COALESCE_MS);
}

/** Queues the apply jobs asked for so far, now (on shutdown, and before a test drains the queue). */
export function flushDeliveryApplies(): Promise<void> {
  // One flush at a time: a caller also waits for the one the timer began, so when this resolves
  // every job asked for before the call is in the queue.
  flushing = flushing.then(queueWaiting);
  return flushing;
}

let flushing: Promise<void> = Promise.resolve();

async function queueWaiting() {
  clearTimeout(timer);
  timer = undefined;
  const shops = [...waiting];
  waiting.clear();
  try {
    await enqueueDeliveryApplies(shops);
  } catch (error) {
    // The database is away: try again shortly (the sweep would also find these shops).
    for (const shop of shops) waiting.add(shop);
    console.error(`Could not queue the apply jobs of ${shops.length} shops; retrying:`, error instanceof Error ? error.message : error);
    timer ??= setTimeout(() => void flushDeliveryApplies(), RETRY_MS);
  }
}
