import { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { newMessageId } from "~/email/outbound.server";
import { enqueueJob } from "~/jobs/queue.server";
import { writeActivities } from "~/models/activity.server";
import { createMessage, findMessageByExternalId } from "~/models/message.server";
import { findTicketWithCustomerEmail, findUnseenMessage, lockTicketsForChange, refreshTicketSla, updateTicketFields } from "~/models/ticket.server";

export interface AddTicketMessageInput {
  shop: string;
  ticketId: string;
  staff: { id: bigint; name: string };
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

export class TicketMessageError extends Error {}

/** Someone answered, or the customer wrote again, since the agent last looked at the thread. */
export class TicketConflictError extends TicketMessageError {
  constructor(readonly newer: { authorName: string | null; direction: string; createdAt: Date }) {
    super(newer.direction === "OUTBOUND" ? `${newer.authorName ?? "Someone"} replied after you opened this ticket. Read it before you send.` : "The customer wrote again after you opened this ticket. Read it before you send.");
  }
}

/**
 * An agent's reply (mailed to the customer by the send-email job) or private note, with its
 * activity, in one transaction. The reply's Message-ID is fixed here, so the customer's answer
 * threads back even before the mail has left, and the job can never send it twice as two mails.
 */
export async function addTicketMessage(input: AddTicketMessageInput) {
  const { shop, ticketId, staff, kind } = input;
  const text = input.text.trim();
  if (!text) throw new TicketMessageError("The message is empty");
  const externalId = newMessageId(`${kind}-${input.idempotencyKey}`);
  try {
    return await prisma.$transaction(async (tx) => {
      const ticket = await findTicketWithCustomerEmail(shop, ticketId, tx);
      if (!ticket) throw new TicketMessageError("No such ticket");
      if (kind === "reply" && !ticket.customer?.email) throw new TicketMessageError("This customer has no email address to reply to");
      if (kind === "reply" && input.seenMessageId !== undefined) {
        // Lock the ticket row: two agents replying at once serialise here, and the second sees the first.
        await lockTicketsForChange(tx, shop, [ticketId]);
        const newer = await findUnseenMessage(tx, { shop, ticketId, seenMessageId: input.seenMessageId }, { externalId });
        if (newer) throw new TicketConflictError(newer);
      }
      const now = new Date();
      const message = await createMessage(
        shop,
        { ticketId, direction: kind === "reply" ? "OUTBOUND" : "NOTE", channel: ticket.channel, authorStaffId: staff.id, authorName: staff.name, text, externalId, createdAt: now },
        [],
        tx,
      );
      if (kind === "reply") {
        await updateTicketFields(tx, shop, ticketId, { lastMessageAt: now, firstResponseAt: ticket.firstResponseAt ?? now });
        await refreshTicketSla(tx, shop, ticketId);
        await enqueueJob("send-email", { shop, messageId: message.id }, { jobKey: `send-email:${message.id}`, maxAttempts: 12 }, tx);
      }
      await writeActivities(tx, shop, ticketId, { type: "staff", staffId: staff.id }, [{ kind: kind === "reply" ? "reply_added" : "note_added", data: { messageId: message.id } }]);
      return message;
    });
  } catch (error) {
    // Submitted twice at once: the other submission stored it first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const stored = await findMessageByExternalId(shop, externalId);
      if (stored) return stored;
    }
    throw error;
  }
}
