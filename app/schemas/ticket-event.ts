import { z } from "zod";
import { ACTOR_TYPES, type ActivityKind, type ActorType } from "./activity";

/**
 * What listeners hear about a ticket (docs/decisions/016): one event per committed change,
 * queued in the transaction that made it, so an event exists exactly when its change does.
 * The classifier, rules, notifications and analytics listen to these; an event a rule caused
 * names the rule (`causedByRule`), which is how rules will not set each other off in a loop.
 */
export const TICKET_EVENT_TYPES = ["ticket_created", "message_received", "ticket_changed", "order_event"] as const;

export const TicketEvent = z.object({
  type: z.enum(TICKET_EVENT_TYPES),
  shop: z.string().min(1),
  ticketId: z.string().uuid(),
  /** Who caused it: as activities store actors (a staff member's Shopify id as a string). */
  actor: z.object({ type: z.enum(ACTOR_TYPES), id: z.string().nullable() }),
  /** The rule whose action caused it, or null. */
  causedByRule: z.string().nullable(),
  /** The activity kinds written (for changes and order events), or the message received. */
  data: z.object({ kinds: z.array(z.string()).optional(), messageId: z.string().uuid().optional(), channel: z.string().optional() }),
  at: z.coerce.date(),
});
export type TicketEvent = z.infer<typeof TicketEvent>;

const ORDER_KINDS: ReadonlySet<ActivityKind> = new Set([
  "order_created",
  "order_fulfilled",
  "order_cancelled",
  "order_status_changed",
  "order_edited",
  "refund_created",
  "order_refunded",
  "order_address_changed",
  "order_invoice_sent",
  "order_deleted",
]);

/** The event an activity kind is heard as: a ticket opened, something happened to one of its orders, or any other change. */
export function ticketEventTypeFor(kind: ActivityKind): Exclude<TicketEvent["type"], "message_received"> {
  if (kind === "ticket_created") return "ticket_created";
  return ORDER_KINDS.has(kind) ? "order_event" : "ticket_changed";
}

/** The events of activities just written: one per ticket, naming every kind written on it at once. */
export function eventsOfActivities(
  shop: string,
  rows: ReadonlyArray<{ ticketId: string; kind: ActivityKind; actorType: ActorType; actorId: string | null }>,
  at = new Date(),
): TicketEvent[] {
  const byTicketAndType = new Map<string, TicketEvent>();
  for (const row of rows) {
    const type = ticketEventTypeFor(row.kind);
    const key = `${row.ticketId}:${type}`;
    const known = byTicketAndType.get(key);
    if (known) {
      known.data.kinds!.push(row.kind);
      continue;
    }
    byTicketAndType.set(key, {
      type,
      shop,
      ticketId: row.ticketId,
      actor: { type: row.actorType, id: row.actorId },
      causedByRule: row.actorType === "rule" ? row.actorId : null,
      data: { kinds: [row.kind] },
      at,
    });
  }
  return [...byTicketAndType.values()];
}
