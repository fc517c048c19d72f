import prisma from "~/db.server";
import { getQueueHealth } from "~/jobs/worker.server";

/** Database reachability and queue state, for load balancers and `npm run demo`'s readiness check. */
export async function getHealth() {
  const started = performance.now();
  let database: { ok: boolean; latencyMs: number; error?: string };
  try {
    await prisma.$queryRaw`SELECT 1`;
    database = { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    database = { ok: false, latencyMs: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) };
  }
  const queue = database.ok ? await getQueueHealth() : { ok: false, workerRunning: false, waiting: 0, failed: 0, error: "database unreachable" };
  return { ok: database.ok && queue.ok, database, queue };
}
