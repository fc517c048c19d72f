import { z } from "zod";

/**
 * Everything that can be done to a ticket's own fields, as data (docs/decisions/014): the ticket
 * page, the inbox's bulk actions, the snooze waker and reopen-on-reply build these, and one
 * executor (`services/tickets/change-tickets.server.ts`) applies them; rules and macros will too.
 */
export const TicketAction = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("set_status"),
    status: z.enum(["OPEN", "PENDING", "CLOSED"]),
    /** Why, when it is not a person's choice: the customer wrote again. */
    reason: z.literal("customer_replied").optional(),
  }),
  z.object({ type: z.literal("snooze"), until: z.coerce.date() }),
  /** Opens a snoozed ticket whose time has come; nothing on a ticket that is no longer snoozed. */
  z.object({ type: z.literal("end_snooze") }),
  z.object({ type: z.literal("set_priority"), priority: z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]) }),
  /** A staff member's id, or null for nobody. */
  z.object({ type: z.literal("assign"), staffId: z.bigint().nullable() }),
  z.object({ type: z.literal("set_tags"), tags: z.array(z.string()).max(100) }),
  z.object({ type: z.literal("add_tags"), tags: z.array(z.string()).min(1).max(100) }),
  z.object({ type: z.literal("remove_tags"), tags: z.array(z.string()).min(1).max(100) }),
]);
export type TicketAction = z.infer<typeof TicketAction>;

/** Who acts: an agent, the customer (writing again), a rule, or the app itself (a timer). */
export const TicketActor = z.discriminatedUnion("type", [
  z.object({ type: z.literal("staff"), staffId: z.bigint() }),
  z.object({ type: z.literal("customer"), customerId: z.string().uuid() }),
  z.object({ type: z.literal("rule"), ruleId: z.string() }),
  z.object({ type: z.literal("system") }),
]);
export type TicketActor = z.infer<typeof TicketActor>;

/** The most tags a ticket keeps. */
export const MAX_TICKET_TAGS = 20;
