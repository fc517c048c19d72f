import prisma from "~/db.server";

export const HEARTBEAT_INTERVAL_MS = 5_000;
const STALE_AFTER = "20 seconds";

/** Marks this process's workers alive and forgets heartbeats nobody has renewed for a day. */
export async function recordWorkerHeartbeats(workerIds: string[]) {
  if (workerIds.length === 0) return;
  await prisma.$executeRaw`
    INSERT INTO "WorkerHeartbeat" ("workerId", "heartbeatAt")
    SELECT unnest(${workerIds}::text[]), now()
    ON CONFLICT ("workerId") DO UPDATE SET "heartbeatAt" = now()`;
}

/**
 * Unlocks jobs held by workers that stopped beating (a killed process), so another worker takes
 * them now. graphile-worker would otherwise wait 4 hours. Returns the dead worker ids.
 */
export async function unlockJobsOfDeadWorkers(): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ workerId: string }>>`
    SELECT DISTINCT jobs.locked_by AS "workerId"
    FROM graphile_worker.jobs
    WHERE jobs.locked_by IS NOT NULL
      AND jobs.locked_at < now() - ${STALE_AFTER}::interval
      AND NOT EXISTS (
        SELECT 1 FROM "WorkerHeartbeat" h
        WHERE h."workerId" = jobs.locked_by AND h."heartbeatAt" > now() - ${STALE_AFTER}::interval
      )`;
  const dead = rows.map((row) => row.workerId);
  if (dead.length > 0) await prisma.$executeRaw`SELECT graphile_worker.force_unlock_workers(${dead}::text[])`;
  await prisma.$executeRaw`DELETE FROM "WorkerHeartbeat" WHERE "heartbeatAt" < now() - interval '1 day'`;
  return dead;
}
