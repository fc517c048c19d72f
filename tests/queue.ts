import { Logger, runOnce } from "graphile-worker";
import { taskList } from "~/jobs/worker.server";

const silent = new Logger(() => () => {});

/** Runs every job queued in this worker's database until none is left, as the worker would. */
export async function drainQueue() {
  await runOnce({ connectionString: process.env.DATABASE_URL!, taskList, logger: silent });
}
