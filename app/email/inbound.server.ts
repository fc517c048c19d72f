import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { sanitizeMessageHtml } from "./sanitize-html";

/** Shopify-style cap on what one message may carry, attachments included. */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

export interface InboundAttachment {
  filename: string;
  contentType: string;
  size: number;
  contentId: string | null;
  content: Buffer;
}

/** An email as the inbox keeps it, whichever way it arrived (SMTP or the HTTP inbound parse). */
export interface InboundEmail {
  messageId: string | null;
  /** Message-IDs this mail answers, nearest first: In-Reply-To, then References from the end. */
  replyTo: string[];
  from: { address: string; name: string | null } | null;
  recipients: string[];
  subject: string;
  text: string;
  html: string | null;
  attachments: InboundAttachment[];
  /** Why this mail must not open or answer a ticket (an auto-reply, a bulk mailing), or null. */
  automated: string | null;
  date: Date | null;
}

const normalizeId = (value: string) => value.trim().replace(/^<|>$/g, "");

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((entry) => entry.value.map((address) => address.address?.toLowerCase() ?? "")).filter(Boolean);
}

function header(mail: ParsedMail, name: string): string | null {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : typeof value === "object" && "value" in value ? String(value.value) : String(value);
}

/**
 * Mail that a person did not write, which a helpdesk must neither answer nor turn into a ticket,
 * or two autoresponders mail each other forever (RFC 3834, and the headers bulk senders use).
 */
export function automatedReason(mail: ParsedMail): string | null {
  const autoSubmitted = header(mail, "auto-submitted")?.toLowerCase();
  if (autoSubmitted && autoSubmitted !== "no") return `Auto-Submitted: ${autoSubmitted}`;
  const precedence = header(mail, "precedence")?.toLowerCase();
  if (precedence && ["bulk", "junk", "list", "auto_reply"].includes(precedence)) return `Precedence: ${precedence}`;
  if (header(mail, "x-autoreply") || header(mail, "x-autorespond")) return "X-Autoreply";
  if (mail.headers.has("list-id") || mail.headers.has("list-unsubscribe")) return "a mailing list message";
  const from = addresses(mail.from)[0] ?? "";
  if (/^(mailer-daemon|postmaster|no-?reply)@/i.test(from)) return `sent from ${from}`;
  return null;
}

/** Parses a raw RFC 5322 message. `envelopeRecipients` (SMTP RCPT TO) win over the To/Cc headers. */
export async function parseInboundEmail(raw: Buffer | string, envelopeRecipients: string[] = []): Promise<InboundEmail> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true });
  const inReplyTo = mail.inReplyTo ? [normalizeId(mail.inReplyTo)] : [];
  const references = (Array.isArray(mail.references) ? mail.references : mail.references ? mail.references.split(/\s+/) : []).map(normalizeId).reverse();
  const sender = Array.isArray(mail.from) ? mail.from[0] : mail.from;
  const first = sender?.value[0];
  const html = typeof mail.html === "string" ? sanitizeMessageHtml(mail.html) : null;
  return {
    messageId: mail.messageId ? normalizeId(mail.messageId) : null,
    replyTo: [...new Set([...inReplyTo, ...references])].filter(Boolean),
    from: first?.address ? { address: first.address.toLowerCase(), name: first.name || null } : null,
    recipients: envelopeRecipients.length ? envelopeRecipients.map((address) => address.toLowerCase()) : [...addresses(mail.to), ...addresses(mail.cc)],
    subject: (mail.subject ?? "").trim(),
    text: (mail.text ?? "").trim(),
    html,
    attachments: mail.attachments
      .filter((attachment) => attachment.contentDisposition !== "inline" || attachment.contentId)
      .map((attachment) => ({
        filename: attachment.filename ?? "attachment",
        contentType: attachment.contentType,
        size: attachment.size,
        contentId: attachment.contentId ? normalizeId(attachment.contentId) : null,
        content: attachment.content,
      })),
    automated: automatedReason(mail),
    date: mail.date ?? null,
  };
}
