import type { InboundEmail } from "~/email/inbound.server";
import { findShopByInboundAddress } from "~/models/shop.server";
import { findOrderNames, type InboundMessage } from "~/schemas/inbound-message";
import { recordInboundMessage, type IntakeOutcome } from "~/services/intake/record-inbound-message.server";
import { keepFilteredEmail } from "./keep-filtered-email.server";

export type InboundOutcome =
  | IntakeOutcome
  | { outcome: "ignored"; reason: string; shop?: string; undeliveredReplies?: number }
  | { outcome: "rejected"; reason: string };

/** "[#1042]" in a subject: the ticket number our replies carry. */
const TICKET_TOKEN = /\[#(\d{1,9})\]/;

/**
 * A customer's mail as the one intake takes every channel's message: threaded by the Message-IDs
 * it answers (In-Reply-To, References) or the "[#1042]" token in its subject; the orders it names
 * outside that token. Null when the mail has no sender to answer.
 */
export function inboundMessageFromEmail(email: InboundEmail): InboundMessage | null {
  if (!email.from) return null;
  const token = TICKET_TOKEN.exec(email.subject);
  return {
    channel: "EMAIL",
    sender: { email: email.from.address, name: email.from.name },
    subject: email.subject,
    text: email.text,
    html: email.html,
    attachments: email.attachments,
    externalId: email.messageId,
    sentAt: email.date,
    thread: {
      answers: email.replyTo,
      ticketNumber: token ? Number(token[1]) : null,
      orderNames: findOrderNames(`${email.subject.replace(/\[#\d+\]/g, "")}\n${email.text}`),
    },
  };
}

/**
 * The email channel's front door: the shop from the recipient, then the customer's mail into the
 * one intake. Auto-replies, bulk mail, bounces and the inbox's own mail open nothing: they are
 * kept as filtered mail, and a bounce of one of our replies marks that reply undelivered.
 */
export async function receiveInboundEmail(email: InboundEmail): Promise<InboundOutcome> {
  let shop: string | null = null;
  for (const recipient of email.recipients) {
    shop = await findShopByInboundAddress(recipient);
    if (shop) break;
  }
  if (email.automated) {
    if (!shop) return { outcome: "ignored", reason: `Not answered: ${email.automated.detail}` };
    return keepFilteredEmail({ shop, email, reason: email.automated });
  }
  const message = inboundMessageFromEmail(email);
  if (!message) return { outcome: "rejected", reason: "The message has no sender address" };
  if (!shop) return { outcome: "rejected", reason: `No shop receives mail at ${email.recipients.join(", ") || "(no recipient)"}` };
  return recordInboundMessage(shop, message);
}
