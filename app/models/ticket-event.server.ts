import type { Prisma } from "@prisma/client";
import type { TicketEvent } from "~/schemas/ticket-event";

/** The job each ticket event runs as (app/jobs/tasks/ticket-event.server.ts). */
export const TICKET_EVENT_TASK = "ticket-event";

/**
 * Queues ticket events as jobs in the caller's transaction, in one statement: they commit with
 * the change they tell of, or not at all. Each shop's events run in their own queue, one after
 * the other, in the order they were queued.
 */
export async function enqueueTicketEvents(db: Pick<Prisma.TransactionClient, "$executeRaw">, events: TicketEvent[]): Promise<void> {
  if (!events.length) return;
  await db.$executeRaw`
    SELECT count(*) FROM graphile_worker.add_jobs(
      (SELECT array_agg(ROW(${TICKET_EVENT_TASK}::text, event, 'ticket-events:' || (event->>'shop'), NULL, 10, NULL, NULL, NULL)::graphile_worker.job_spec)
       FROM json_array_elements(${JSON.stringify(events)}::json) AS event))`;
}
