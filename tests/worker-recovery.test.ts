import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { recordWorkerHeartbeats, unlockJobsOfDeadWorkers } from "~/jobs/heartbeat.server";

async function lockedJob(workerId: string, lockedSecondsAgo: number): Promise<bigint> {
  const [job] = await prisma.$queryRaw<Array<{ id: bigint }>>`
    SELECT (graphile_worker.add_job('purge-webhook-deliveries', '{}'::json)).id AS id`;
  await prisma.$executeRaw`
    UPDATE graphile_worker._private_jobs
    SET locked_by = ${workerId}, locked_at = now() - make_interval(secs => ${lockedSecondsAgo})
    WHERE id = ${job!.id}`;
  return job!.id;
}

async function lockOf(id: bigint) {
  const [row] = await prisma.$queryRaw<Array<{ locked_by: string | null }>>`SELECT locked_by FROM graphile_worker.jobs WHERE id = ${id}`;
  return row?.locked_by ?? null;
}

describe("jobs of a killed worker", () => {
  it("are unlocked once its heartbeat stops, and a live worker's are not", async () => {
    const dead = `dead-${Date.now()}`;
    const alive = `alive-${Date.now()}`;
    const deadJob = await lockedJob(dead, 60);
    const liveJob = await lockedJob(alive, 60);
    await recordWorkerHeartbeats([alive]);

    expect(await unlockJobsOfDeadWorkers()).toContain(dead);
    expect(await lockOf(deadJob)).toBeNull();
    expect(await lockOf(liveJob)).toBe(alive);
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE id IN (${deadJob}, ${liveJob})`;
  });

  it("leaves a job that was locked moments ago alone, before the worker's first heartbeat", async () => {
    const starting = `starting-${Date.now()}`;
    const job = await lockedJob(starting, 1);
    expect(await unlockJobsOfDeadWorkers()).not.toContain(starting);
    expect(await lockOf(job)).toBe(starting);
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE id = ${job}`;
  });
});
