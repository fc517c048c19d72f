import { run, type Runner, type TaskList } from "graphile-worker";
import prisma from "~/db.server";
import { env } from "~/env.server";
import { HEARTBEAT_INTERVAL_MS, recordWorkerHeartbeats, unlockJobsOfDeadWorkers } from "./heartbeat.server";
import { applyWebhookTask } from "./tasks/apply-webhook.server";
import { importShopTask } from "./tasks/import-shop.server";
import { sendBounceTask } from "./tasks/send-bounce.server";
import { sendEmailTask } from "./tasks/send-email.server";
import { purgeWebhookDeliveriesTask, reconcileOrdersTask, wakeSnoozedTicketsTask } from "./tasks/maintenance.server";

export const taskList: TaskList = {
  "apply-webhook": applyWebhookTask,
  "import-shop": importShopTask,
  "reconcile-orders": reconcileOrdersTask,
  "purge-webhook-deliveries": purgeWebhookDeliveriesTask,
  "send-email": sendEmailTask,
  "send-bounce": sendBounceTask,
  "wake-snoozed-tickets": wakeSnoozedTicketsTask,
};

// graphile-worker's crontab: one run per slot across all processes, backfilled after downtime.
const crontab = ["*/15 * * * * reconcile-orders ?fill=1h", "30 3 * * * purge-webhook-deliveries", "* * * * * wake-snoozed-tickets"].join("\n");

declare global {
  // One runner per process, also across Vite's module reloads in development.
  var frontdeskWorker: Promise<Runner> | undefined;
}

async function startRunner(): Promise<Runner> {
  const runner = await run({
    connectionString: env.DATABASE_URL,
    concurrency: env.WORKER_CONCURRENCY,
    taskList,
    crontab,
    // The web server owns the process's signals; the runner stops with the process.
    noHandleSignals: true,
    pollInterval: 2000,
  });
  const workerIds = new Set<string>();
  runner.events.on("worker:create", ({ worker }) => workerIds.add(worker.workerId));
  runner.events.on("worker:stop", ({ worker }) => workerIds.delete(worker.workerId));
  const beat = async () => {
    try {
      await recordWorkerHeartbeats([...workerIds]);
      await unlockJobsOfDeadWorkers();
    } catch (error) {
      console.error("Worker heartbeat failed", error);
    }
  };
  await beat();
  const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  timer.unref();
  runner.promise.finally(() => clearInterval(timer));
  return runner;
}

/** Starts the in-process graphile-worker runner once, unless RUN_WORKER=false. */
export function startWorker() {
  if (env.RUN_WORKER === "false" || globalThis.frontdeskWorker) return;
  globalThis.frontdeskWorker = startRunner();
  globalThis.frontdeskWorker.catch((error) => {
    console.error("The job worker failed to start", error);
    globalThis.frontdeskWorker = undefined;
  });
}

export interface QueueHealth {
  ok: boolean;
  workerRunning: boolean;
  waiting: number;
  failed: number;
  error?: string;
}

/** Jobs waiting and permanently failed, and whether this process runs a worker. */
export async function getQueueHealth(): Promise<QueueHealth> {
  const workerRunning = globalThis.frontdeskWorker !== undefined;
  try {
    const [row] = await prisma.$queryRaw<Array<{ waiting: bigint; failed: bigint }>>`
      SELECT count(*) FILTER (WHERE attempts < max_attempts) AS waiting,
             count(*) FILTER (WHERE attempts >= max_attempts) AS failed
      FROM graphile_worker.jobs`;
    return {
      ok: workerRunning || env.RUN_WORKER === "false",
      workerRunning,
      waiting: Number(row?.waiting ?? 0),
      failed: Number(row?.failed ?? 0),
    };
  } catch (error) {
    return { ok: false, workerRunning, waiting: 0, failed: 0, error: error instanceof Error ? error.message : String(error) };
  }
}
