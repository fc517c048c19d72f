import type { Task } from "graphile-worker";
import { TicketEvent } from "~/schemas/ticket-event";
import { dispatchTicketEvent, type TicketEventListener } from "~/services/tickets/ticket-event-listeners.server";

/**
 * The listeners of ticket events, in the order they run. Empty today: the classifier, rules and
 * notifications (issues "Automation and intelligence") are the first to come. The events are
 * queued and run all the same, so a listener added later hears every change from then on.
 */
export const TICKET_EVENT_LISTENERS: TicketEventListener[] = [];

/** One ticket event (docs/decisions/016), handed to its listeners. */
export const ticketEventTask: Task = async (payload) => {
  await dispatchTicketEvent(TicketEvent.parse(payload), TICKET_EVENT_LISTENERS);
};
