import { z } from "zod";
import { RETURN_DECLINE_REASONS } from "~/return-vocabulary";
import { OrderChange } from "./order-actions";

/**
 * What an agent (or the returns policy's auto-approval) does to a requested return: approve it,
 * or decline it with one of Shopify's reasons and a note the shopper reads.
 */
export const ReturnChange = z.discriminatedUnion("type", [
  z.object({ type: z.literal("approve") }),
  z.object({ type: z.literal("decline"), reason: z.enum(RETURN_DECLINE_REASONS), note: z.string().trim().max(500).default("") }),
]);
export type ReturnChange = z.infer<typeof ReturnChange>;

/**
 * What can be done to a ticket's own fields (docs/decisions/014): status, snooze, priority,
 * assignee and tags. `planTicketChange` turns a list of them into the fields that change.
 */
export const TicketFieldAction = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("set_status"),
    status: z.enum(["OPEN", "PENDING", "CLOSED"]),
    /** Why, when it is not a person's choice: the customer wrote again. */
    reason: z.literal("customer_replied").optional(),
  }),
  /** Until a real time: `null` or `true` would coerce to 1970 and end the snooze at once. */
  z.object({ type: z.literal("snooze"), until: z.preprocess((value) => (value === null || typeof value === "boolean" ? undefined : value), z.coerce.date()) }),
  /** Opens a snoozed ticket whose time has come; nothing on a ticket that is no longer snoozed. */
  z.object({ type: z.literal("end_snooze") }),
  z.object({ type: z.literal("set_priority"), priority: z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]) }),
  /** A staff member's id, or null for nobody. */
  z.object({ type: z.literal("assign"), staffId: z.bigint().nullable() }),
  z.object({ type: z.literal("set_tags"), tags: z.array(z.string()).max(100) }),
  z.object({ type: z.literal("add_tags"), tags: z.array(z.string()).min(1).max(100) }),
  z.object({ type: z.literal("remove_tags"), tags: z.array(z.string()).min(1).max(100) }),
]);
export type TicketFieldAction = z.infer<typeof TicketFieldAction>;

/** The most characters a note or a reply holds. */
export const MAX_MESSAGE_TEXT = 50_000;
const messageText = z.string().trim().min(1, "The message is empty").max(MAX_MESSAGE_TEXT);
/** Made once per composer submission (or per rule run): the same key adds the message once. */
const idempotencyKey = z.string().min(1).max(200);

/**
 * Everything that can be done to a ticket, as data (docs/decisions/014, 017): its fields, a
 * private note, a reply to the customer (mailed by a job), linking one of the shop's orders, and
 * the order actions (edit, refund, cancel, change the address, send the invoice). The ticket
 * page, bulk actions, the snooze waker, reopen-on-reply and the intake build these, and one
 * executor (`services/tickets/run-ticket-actions.server.ts`) applies them; rules and macros will too.
 */
export const TicketAction = z.discriminatedUnion("type", [
  ...TicketFieldAction.options,
  z.object({ type: z.literal("add_note"), text: messageText, idempotencyKey }),
  z.object({
    type: z.literal("send_reply"),
    text: messageText,
    idempotencyKey,
    /**
     * The newest message the author had on screen: the reply is refused while the thread holds a
     * newer reply or customer message they have not seen. Absent: no check (a rule, a macro).
     */
    seenMessageId: z.string().uuid().nullable().optional(),
  }),
  /** One of the shop's orders (its id in the mirror), shown with the ticket. */
  z.object({ type: z.literal("link_order"), orderId: z.string().uuid() }),
  /** An order action on one of the ticket's orders (its id in the mirror), carried out in Shopify. */
  z.object({ type: z.literal("order_action"), orderId: z.string().uuid(), change: OrderChange }),
  /** One of the shop's returns (its id in the app), shown with the ticket; with the message that asked for it. */
  z.object({ type: z.literal("link_return"), returnId: z.string().uuid(), messageId: z.string().uuid().nullable().default(null) }),
  /** Approving or declining a requested return on the ticket, carried out in Shopify. */
  z.object({ type: z.literal("return_action"), returnId: z.string().uuid(), change: ReturnChange }),
]);
export type TicketAction = z.infer<typeof TicketAction>;

const FIELD_TYPES = new Set<string>(TicketFieldAction.options.map((option) => option.shape.type.value));

export function isFieldAction(action: TicketAction): action is TicketFieldAction {
  return FIELD_TYPES.has(action.type);
}

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
