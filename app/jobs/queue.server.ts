import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";

export type JobName = "import-shop" | "reconcile-orders" | "purge-webhook-deliveries" | "send-email" | "send-bounce";

/**
 * Adds a job to the graphile-worker queue, in the caller's database. A `jobKey` makes the job
 * unique while it waits: adding it again replaces the waiting one instead of queueing twice.
 */
export async function enqueueJob(
  name: JobName,
  payload: Record<string, unknown>,
  options: { jobKey?: string; maxAttempts?: number } = {},
  /** A transaction, so the job commits with the rows it works on, or not at all. */
  db: Pick<Prisma.TransactionClient, "$executeRaw"> = prisma,
) {
  await db.$executeRaw`
    SELECT graphile_worker.add_job(
      ${name}::text,
      ${JSON.stringify(payload)}::json,
      job_key => ${options.jobKey ?? null}::text,
      max_attempts => ${options.maxAttempts ?? 10}::int
    )`;
}

/** Whether a job with this key is still waiting or running. */
export async function isJobWaiting(jobKey: string): Promise<boolean> {
  const rows = await prisma.$queryRaw<unknown[]>`SELECT 1 FROM graphile_worker.jobs WHERE key = ${jobKey} LIMIT 1`;
  return rows.length > 0;
}
