import { Logger, runOnce } from "graphile-worker";
import { flushDeliveryApplies } from "~/jobs/delivery-apply-scheduler.server";
import { taskList } from "~/jobs/worker.server";

const silent = new Logger(() => () => {});

/** Runs every job queued in this worker's database until none is left, as the worker would. */
export async function drainQueue() {
  // Deliveries just stored ask for their shop's apply job a few milliseconds later: ask now.
  await flushDeliveryApplies();
  await runOnce({ connectionString: process.env.DATABASE_URL!, taskList, logger: silent });
}
