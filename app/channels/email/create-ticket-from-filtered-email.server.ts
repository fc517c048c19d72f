import { parseInboundEmail } from "~/email/inbound.server";
import { getFilteredEmail, markFilteredEmailTicket } from "~/models/filtered-email.server";
import { recordInboundMessage } from "~/services/intake/record-inbound-message.server";
import { inboundMessageFromEmail } from "./receive-inbound-email.server";

export type FilteredEmailTicketResult = { ok: true; ticketId: string } | { ok: false; error: "notFound" | "noSender" };

/**
 * Turns a mail the inbox filtered (by mistake: a marketplace relay, a forwarded order
 * confirmation) into a customer message, through the intake every inbound mail goes through:
 * threaded onto the sender's ticket or opening one. Asking twice gives the same ticket (the
 * message is kept once per Message-ID). `notFound` when the shop has no such filtered mail.
 */
export async function createTicketFromFilteredEmail({ shop, id }: { shop: string; id: string }): Promise<FilteredEmailTicketResult> {
  const filtered = await getFilteredEmail(shop, id);
  if (!filtered) return { ok: false, error: "notFound" };
  const email = await parseInboundEmail(Buffer.from(filtered.raw));
  const message = inboundMessageFromEmail({ ...email, messageId: email.messageId ?? `filtered-${filtered.id}@frontdesk.invalid` });
  if (!message) return { ok: false, error: "noSender" };
  const result = await recordInboundMessage(shop, message);
  await markFilteredEmailTicket(shop, filtered.id, result.ticketId);
  return { ok: true, ticketId: result.ticketId };
}
