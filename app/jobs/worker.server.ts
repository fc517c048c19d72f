import { EventEmitter } from "node:events";
import { run, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import prisma from "~/db.server";
import { env } from "~/env.server";
import { HEARTBEAT_INTERVAL_MS, recordWorkerHeartbeats, unlockJobsOfDeadWorkers } from "./heartbeat.server";
import { applyWebhooksTask, queueStrandedDeliveries, retryWebhookTask } from "./tasks/apply-webhook.server";
import { importShopTask } from "./tasks/import-shop.server";
import { sendBounceTask } from "./tasks/send-bounce.server";
import { sendEmailTask } from "./tasks/send-email.server";
import { ticketEventTask } from "./tasks/ticket-event.server";
import { purgeWebhookDeliveriesTask, reconcileOrdersTask, wakeSnoozedTicketsTask } from "./tasks/maintenance.server";

export const taskList: TaskList = {
  "apply-webhooks": applyWebhooksTask,
  "apply-webhook": retryWebhookTask,
  "import-shop": importShopTask,
  "reconcile-orders": reconcileOrdersTask,
  "purge-webhook-deliveries": purgeWebhookDeliveriesTask,
  "send-email": sendEmailTask,
  "send-bounce": sendBounceTask,
  "wake-snoozed-tickets": wakeSnoozedTicketsTask,
  "ticket-event": ticketEventTask,
};

// graphile-worker's crontab: one run per slot across all processes, backfilled after downtime.
const crontab = ["*/15 * * * * reconcile-orders ?fill=1h", "30 3 * * * purge-webhook-deliveries", "* * * * * wake-snoozed-tickets"].join("\n");

declare global {
  // One runner per process, also across Vite's module reloads in development.
  var frontdeskWorker: Promise<Runner> | undefined;
}

async function startRunner(): Promise<Runner> {
  // graphile-worker locks jobs under its pool's id. The listener is attached before the pool
  // starts, so the pool is beating before it takes its first job: jobs of a live pool are never
  // freed as a dead one's, however long they run.
  const events: WorkerEvents = new EventEmitter();
  const poolIds = new Set<string>();
  events.on("pool:create", ({ workerPool }) => poolIds.add(workerPool.id));
  events.on("pool:release", ({ workerPool }) => poolIds.delete(workerPool.id));
  const beat = async () => {
    try {
      await recordWorkerHeartbeats([...poolIds]);
      await unlockJobsOfDeadWorkers();
      await queueStrandedDeliveries();
    } catch (error) {
      console.error("Worker heartbeat failed:", error instanceof Error ? error.message : error);
    }
  };
  const runner = await run({
    connectionString: env.DATABASE_URL,
    concurrency: env.WORKER_CONCURRENCY,
    taskList,
    crontab,
    events,
    // server.mjs owns the process's signals and stops the runner (stopWorker) before it exits.
    noHandleSignals: true,
    pollInterval: 2000,
    // Completions go through graphile-worker's batcher (delay 0: at once), which a graceful stop
    // flushes; unbatched, a job that finished during shutdown stayed locked and ran again.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
  });
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

/**
 * Stops taking jobs and lets the running ones finish, for at most `timeoutMs`; jobs still running
 * then are released to be run again (they are written to be safe to run twice).
 */
export async function stopWorker(timeoutMs: number) {
  const starting = globalThis.frontdeskWorker;
  if (!starting) return;
  globalThis.frontdeskWorker = undefined;
  const runner = await starting.catch(() => undefined);
  if (!runner) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), timeoutMs)));
  const outcome = await Promise.race([runner.stop().then(() => "stopped" as const), late]);
  clearTimeout(timer);
  if (outcome === "late") await runner.kill("shutdown timeout");
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
