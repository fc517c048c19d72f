import { Prisma } from "@prisma/client";
import { ZodError } from "zod";
import { findMessageByExternalId } from "~/models/message.server";
import type { TicketAction } from "~/schemas/ticket-actions";
import { changeTickets, messageExternalId, TicketActionError, TicketConflictError } from "./change-tickets.server";

export { TicketActionError as TicketMessageError, TicketConflictError };

export interface AddTicketMessageInput {
  shop: string;
  ticketId: string;
  /** The agent; `name` signs the message (by default the name Shopify told us, else the shop's). */
  staff: { id: bigint; name?: string };
  kind: "reply" | "note";
  text: string;
  /** Made once per composer submission: submitting it again (a double click, a retry) adds nothing. */
  idempotencyKey: string;
  /**
   * The newest message the agent had on screen when they wrote the reply. A reply is refused
   * while the thread holds a newer reply or customer message they have not seen.
   */
  seenMessageId?: string | null;
}

/**
 * An agent's reply (mailed to the customer by the send-email job) or private note, through the
 * ticket action vocabulary (`send_reply`, `add_note`) in a transaction of its own. The same key
 * gives back the message stored the first time, even when both submissions race.
 */
export async function addTicketMessage(input: AddTicketMessageInput) {
  const { shop, ticketId, staff, kind } = input;
  const action: TicketAction =
    kind === "reply"
      ? { type: "send_reply", text: input.text, idempotencyKey: input.idempotencyKey, seenMessageId: input.seenMessageId }
      : { type: "add_note", text: input.text, idempotencyKey: input.idempotencyKey };
  try {
    const { found, messages } = await changeTickets(shop, [ticketId], [action], { type: "staff", staffId: staff.id }, { authorName: staff.name });
    if (!found || !messages[0]) throw new TicketActionError("No such ticket");
    return messages[0];
  } catch (error) {
    if (error instanceof ZodError) throw new TicketActionError(error.issues[0]?.message ?? "Invalid message");
    // Submitted twice at once: the other submission stored it first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const stored = await findMessageByExternalId(shop, messageExternalId(action as Extract<TicketAction, { type: "add_note" | "send_reply" }>));
      if (stored) return stored;
    }
    throw error;
  }
}
