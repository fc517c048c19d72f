import type { TicketEvent } from "~/schemas/ticket-event";

/** Something that acts on ticket events: the classifier, rules, notifications, analytics. */
export interface TicketEventListener {
  name: string;
  /** The event types it hears. */
  hears: ReadonlyArray<TicketEvent["type"]>;
  /** Handles one event; may run again for the same event (a retried job), so it acts once per event itself. */
  handle(event: TicketEvent): Promise<void>;
}

/**
 * Runs each listener that hears the event, in order. One failing listener fails the job, which
 * graphile-worker retries with back-off; the others have run and must not act twice.
 */
export async function dispatchTicketEvent(event: TicketEvent, listeners: ReadonlyArray<TicketEventListener>): Promise<string[]> {
  const ran: string[] = [];
  for (const listener of listeners) {
    if (!listener.hears.includes(event.type)) continue;
    await listener.handle(event);
    ran.push(listener.name);
  }
  return ran;
}
