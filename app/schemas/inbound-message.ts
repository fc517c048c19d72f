import { z } from "zod";
import { toStorableText } from "~/lib/storable-text";

/** The channels a customer's message arrives through (the `Channel` enum in prisma/schema.prisma). */
export const CHANNELS = ["EMAIL", "CONTACT_FORM", "RETURNS_PORTAL"] as const;

const storable = z.string().transform((value) => toStorableText(value));

/**
 * A customer's message as every channel hands it to the one intake
 * (`services/intake/record-inbound-message.server.ts`, docs/decisions/016): who wrote, what, and
 * the hints that place it on a ticket. Each channel under `app/channels/` builds one; none writes
 * a table. Text is made storable (no NUL, no lone surrogate) as it is parsed, whatever the channel.
 */
export const InboundMessage = z.object({
  channel: z.enum(CHANNELS),
  sender: z.object({
    email: storable.pipe(z.string().min(1)),
    name: storable.nullable(),
    /**
     * What Shopify vouches for about the sender. `signed_in`: they were signed in to the shop's
     * customer accounts as this Shopify customer (the app proxy's signed `logged_in_customer_id`);
     * `unverified`: anyone could have typed the address (a storefront form, signed out), so the
     * message joins no existing ticket. Null: the channel's own checks stand (mail).
     */
    identity: z
      .discriminatedUnion("kind", [z.object({ kind: z.literal("signed_in"), shopifyCustomerId: z.string().regex(/^\d{1,19}$/) }), z.object({ kind: z.literal("unverified") })])
      .nullable()
      .default(null),
  }),
  subject: storable,
  text: storable,
  html: storable.nullable(),
  attachments: z.array(
    z.object({
      filename: storable,
      contentType: storable,
      size: z.number().int().nonnegative(),
      contentId: storable.nullable(),
      content: z.custom<Uint8Array>((value) => value instanceof Uint8Array, "content must be bytes"),
    }),
  ),
  /** The channel's own id for the message (a Message-ID): a message arriving twice is kept once. Null: the channel has none. */
  externalId: storable.nullable(),
  /** When the sender says they sent it (a mail's Date), or null. */
  sentAt: z.date().nullable(),
  /** What places the message on a ticket, strongest first. */
  thread: z.object({
    /** External ids of messages this one answers, nearest first (a mail's In-Reply-To and References). */
    answers: z.array(storable),
    /** A ticket number the sender names ("[#1042]" in a subject): trusted only for that ticket's own customer. */
    ticketNumber: z.number().int().positive().nullable(),
    /** Order names the sender names ("#1042"): linked to the ticket when they are the sender's orders. */
    orderNames: z.array(z.string()).max(10),
    /** Join the sender's ticket that is not closed, when Shopify signed them in (a return request). */
    joinsOpenTicket: z.boolean().default(false),
    /** The shop's return (its id in the app) the message asks for: put on the ticket with the message. */
    returnId: z.string().uuid().nullable().default(null),
  }),
});
export type InboundMessage = z.input<typeof InboundMessage>;
export type ParsedInboundMessage = z.output<typeof InboundMessage>;

/** An order number as shoppers write it: "#1042". */
const ORDER_NAME = /#\d{3,9}\b/g;

/** The distinct order names ("#1042") in what a shopper wrote, the first ten. */
export function findOrderNames(text: string): string[] {
  return [...new Set(text.match(ORDER_NAME) ?? [])].slice(0, 10);
}

/** A ticket's subject from its first message's: without reply and forward prefixes, at most 500 characters. */
export function ticketSubject(subject: string): string {
  return subject.replace(/^\s*((re|fwd?|aw|tr|回复|返信)\s*:\s*)+/i, "").slice(0, 500) || "(no subject)";
}
