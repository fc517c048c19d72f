import { parseShopSettings } from "~/schemas/shop-settings";
import { buildTicketEmail, sendMail } from "~/email/outbound.server";
import { claimMessageSend, findMessageForSending, listThreadExternalIdsBefore, markMessageSent, releaseMessageSend } from "~/models/message.server";
import { inboundAddressFor } from "~/models/shop.server";

/** Another worker is sending the message right now: the job tries again later and then finds it sent. */
export class SendInProgressError extends Error {
  override name = "SendInProgressError";
}

/**
 * Sends an outbound message as email, once: a message already marked sent is skipped, and one
 * another worker is sending (its claim is recent) is left to it. Should the process die between
 * the SMTP server's 250 and the mark, the retry sends the same Message-ID again once the claim
 * has expired, which mail clients show as one message.
 */
export async function sendTicketMessage(shop: string, messageId: string): Promise<"sent" | "already-sent"> {
  const message = await findMessageForSending(shop, messageId);
  if (!message || message.direction !== "OUTBOUND") throw new Error(`No outbound message ${messageId}`);
  if (message.sentAt) return "already-sent";
  const { ticket } = message;
  if (!ticket.customer?.email) throw new Error(`Ticket #${ticket.number} has no customer email`);
  const thread = await listThreadExternalIdsBefore(message.shopId, ticket.id, message.createdAt);
  const settings = parseShopSettings(ticket.shop.settings);
  if (!(await claimMessageSend(message.shopId, message.id))) {
    throw new SendInProgressError(`Message ${message.id} is being sent by another worker`);
  }
  try {
    await sendMail(
      buildTicketEmail({
        shopName: ticket.shop.name,
        from: inboundAddressFor(ticket.shopId),
        to: ticket.customer.email,
        ticketNumber: ticket.number,
        subject: ticket.subject,
        text: message.text,
        signature: settings.signature?.trim() || `${message.authorName ?? ticket.shop.name}\n${ticket.shop.name}`,
        messageId: message.externalId!,
        thread,
        language: ticket.customer.language ?? ticket.language,
      }),
    );
  } catch (error) {
    await releaseMessageSend(message.shopId, message.id);
    throw error;
  }
  await markMessageSent(message.shopId, message.id);
  return "sent";
}
