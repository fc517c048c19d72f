import nodemailer, { type Transporter } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { env } from "~/env.server";

/** A Message-ID of ours, on the inbound domain, so a customer's answer finds its ticket. */
export function newMessageId(id: string): string {
  return `${id}@${env.INBOUND_EMAIL_DOMAIN}`;
}

export interface TicketEmail {
  shopName: string;
  /** The shop's inbound address: replies to our mail come back to the inbox. */
  from: string;
  to: string;
  ticketNumber: number;
  subject: string;
  text: string;
  signature: string;
  messageId: string;
  /** Message-IDs of the thread so far, oldest first; the last is what this answers. */
  thread: string[];
  /** The customer's language (remembered from their messages), announced as Content-Language. */
  language?: string | null;
}

const wrap = (id: string) => `<${id}>`;

/** The mail for a reply: the ticket token in the subject, threading headers, the shop's signature. */
export function buildTicketEmail(email: TicketEmail): Mail.Options {
  const base = email.subject.replace(/^\s*((re|fwd?|aw)\s*:\s*)+/i, "").replace(/\s*\[#\d+\]\s*/g, " ").trim();
  const last = email.thread.at(-1);
  return {
    from: { name: email.shopName, address: email.from },
    to: email.to,
    subject: `Re: ${base} [#${email.ticketNumber}]`,
    text: `${email.text.trim()}\n\n-- \n${email.signature}`,
    messageId: wrap(email.messageId),
    ...(last ? { inReplyTo: wrap(last), references: email.thread.slice(-20).map(wrap) } : {}),
    headers: { "Auto-Submitted": "no", "X-Frontdesk-Ticket": String(email.ticketNumber), ...(email.language ? { "Content-Language": email.language } : {}) },
  };
}

declare global {
  var frontdeskMailTransport: Transporter | undefined;
}

/** Sends over SMTP_URL. Throws when it is not set, so the job waits and retries. */
export async function sendMail(mail: Mail.Options): Promise<{ messageId: string; response: string }> {
  if (!env.SMTP_URL) throw new Error("SMTP_URL is not set: outbound mail cannot be sent");
  globalThis.frontdeskMailTransport ??= nodemailer.createTransport(env.SMTP_URL);
  const info = await globalThis.frontdeskMailTransport.sendMail(mail);
  return { messageId: info.messageId, response: info.response ?? "" };
}
