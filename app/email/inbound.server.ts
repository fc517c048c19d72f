import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import addressparser from "nodemailer/lib/addressparser";
import { env } from "~/env.server";
import { toStorableText } from "~/lib/storable-text";
import type { FilterReason } from "~/schemas/filtered-email";
import { decodeHeaderParam, decodeHeaderText, MailBodyDecoder } from "./charset";
import { readDeliveryFailure, RETURNED_MESSAGE_TYPES, type DeliveryFailure } from "./delivery-report";
import { prepareMessage, type RawHeaderLine } from "./mime-structure";
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
  /** Why this mail must not open or answer a ticket (an auto-reply, a bulk mailing, a bounce), or null. */
  automated: FilterReason | null;
  /** For a bounce of a failed delivery: what it says and which Message-IDs it names. */
  deliveryFailure?: DeliveryFailure | null;
  date: Date | null;
  /** The message as received, for mail (kept with filtered mail, to be parsed again if an agent recovers it). */
  raw?: Buffer;
}

/** A Message-ID without brackets, at most 600 characters: a btree index entry (the dedupe key) cannot exceed about 2,700 bytes. */
const normalizeId = (value: string) => value.trim().replace(/^<|>$/g, "").slice(0, 600);

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((entry) => entry.value.map((address) => address.address?.toLowerCase() ?? "")).filter(Boolean);
}

function header(mail: ParsedMail, name: string): string | null {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : typeof value === "object" && "value" in value ? String(value.value) : String(value);
}

function reportType(mail: ParsedMail): string | null {
  const value = mail.headers.get("content-type");
  if (!value || typeof value !== "object" || !("value" in value) || value.value !== "multipart/report") return null;
  return String((value as { params?: Record<string, string> }).params?.["report-type"] ?? "").toLowerCase();
}

/** The inbox's own mail: everything the app sends is from, and identified on, INBOUND_EMAIL_DOMAIN. */
function ownMail(mail: ParsedMail, from: string): string | null {
  const domain = `@${env.INBOUND_EMAIL_DOMAIN.toLowerCase()}`;
  if (from.endsWith(domain)) return `sent from ${from}`;
  if (mail.messageId && normalizeId(mail.messageId).toLowerCase().endsWith(domain)) return `Message-ID ${mail.messageId}`;
  if (mail.headers.has("x-frontdesk-ticket")) return `X-Frontdesk-Ticket: ${header(mail, "x-frontdesk-ticket")}`;
  return null;
}

/**
 * Mail that a person did not write, which a helpdesk must neither answer nor turn into a ticket,
 * or two autoresponders mail each other forever (RFC 3834, and the headers bulk senders use);
 * and the inbox's own mail coming back to it (a loop).
 */
export function automatedReason(mail: ParsedMail): FilterReason | null {
  const from = addresses(mail.from)[0] ?? "";
  const own = ownMail(mail, from);
  if (own) return { kind: "loop", detail: own };
  const report = reportType(mail);
  if (report === "delivery-status") return { kind: "bounce", detail: "multipart/report; report-type=delivery-status" };
  if (mail.headers.has("x-failed-recipients")) return { kind: "bounce", detail: `X-Failed-Recipients: ${header(mail, "x-failed-recipients")}` };
  if (/^(mailer-daemon|postmaster)@/i.test(from)) return { kind: "bounce", detail: `sent from ${from}` };
  const autoSubmitted = header(mail, "auto-submitted")?.toLowerCase();
  if (autoSubmitted && autoSubmitted !== "no") return { kind: "auto_submitted", detail: `Auto-Submitted: ${autoSubmitted}` };
  if (report) return { kind: "auto_submitted", detail: `multipart/report; report-type=${report}` };
  const precedence = header(mail, "precedence")?.toLowerCase();
  if (precedence && ["bulk", "junk", "list", "auto_reply"].includes(precedence)) return { kind: "bulk", detail: `Precedence: ${precedence}` };
  if (header(mail, "x-autoreply") || header(mail, "x-autorespond")) return { kind: "auto_submitted", detail: "X-Autoreply" };
  // mailparser folds List-* headers into one "list" entry: read which came from the raw lines.
  const listId = mail.headerLines.find((line) => line.key === "list-id");
  if (listId) return { kind: "mailing_list", detail: listId.line.replace(/\r?\n[ \t]+/g, " ").trim() };
  if (mail.headerLines.some((line) => line.key === "list-unsubscribe")) return { kind: "mailing_list", detail: "List-Unsubscribe" };
  if (/^no-?reply@/i.test(from)) return { kind: "no_reply_sender", detail: `sent from ${from}` };
  return null;
}

/** A header's raw value (after "Name:"), as received. */
function rawValue(lines: readonly RawHeaderLine[] | undefined, key: string): string | null {
  const line = lines?.find((entry) => entry.key === key)?.line;
  return line === undefined ? null : line.slice(line.indexOf(":") + 1);
}

/** The sender's display name, decoded from the raw From header (see charset.ts), else as mailparser read it. */
function senderName(raw: string | null, address: string, parsed: string | undefined): string | null {
  const entries = raw ? addressparser(raw).flatMap((entry) => ("group" in entry && entry.group ? entry.group : [entry])) : [];
  const name = entries.find((entry) => entry.address?.toLowerCase() === address)?.name;
  const decoded = name ? decodeHeaderText(name).trim() : parsed;
  return decoded || null;
}

/**
 * The email as PostgreSQL can store it: NUL and lone surrogates replaced in every text it
 * carries (a NUL in a body or an encoded-word subject made every delivery fail, forever).
 */
export function toStorableEmail(email: InboundEmail): InboundEmail {
  const text = toStorableText;
  const orNull = (value: string | null) => (value === null ? null : toStorableText(value));
  const failure = email.deliveryFailure;
  return {
    ...email,
    messageId: orNull(email.messageId),
    replyTo: email.replyTo.map((id) => text(id)),
    from: email.from ? { address: text(email.from.address), name: orNull(email.from.name) } : null,
    recipients: email.recipients.map((address) => text(address)),
    subject: text(email.subject),
    text: text(email.text),
    html: orNull(email.html),
    attachments: email.attachments.map((attachment) => ({ ...attachment, filename: text(attachment.filename), contentType: text(attachment.contentType), contentId: orNull(attachment.contentId) })),
    automated: email.automated ? { ...email.automated, detail: text(email.automated.detail) } : null,
    deliveryFailure: failure
      ? { messageIds: failure.messageIds.map((id) => text(id)), status: orNull(failure.status), diagnostic: orNull(failure.diagnostic), recipient: orNull(failure.recipient) }
      : null,
  };
}

/**
 * Parses a raw RFC 5322 message. `envelopeRecipients` (SMTP RCPT TO) win over the To/Cc headers.
 * A multipart part that cannot be split is kept as text; headers and bodies declared in a
 * Japanese charset they are not written in are decoded as Japanese mail clients do; every text
 * is storable.
 */
export async function parseInboundEmail(raw: Buffer | string, envelopeRecipients: string[] = []): Promise<InboundEmail> {
  const received = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
  const prepared = await prepareMessage(received);
  const mail = await simpleParser(prepared.raw, { skipImageLinks: true, skipTextLinks: true, Iconv: MailBodyDecoder });
  const rootHeaders = prepared.partHeaders.get("") ?? mail.headerLines;
  const inReplyTo = mail.inReplyTo ? [normalizeId(mail.inReplyTo)] : [];
  const references = (Array.isArray(mail.references) ? mail.references : mail.references ? mail.references.split(/\s+/) : []).map(normalizeId).reverse();
  const sender = Array.isArray(mail.from) ? mail.from[0] : mail.from;
  const first = sender?.value[0];
  const html = typeof mail.html === "string" ? sanitizeMessageHtml(mail.html) : null;
  const rawSubject = rawValue(rootHeaders, "subject");
  const replyTo = [...new Set([...inReplyTo, ...references])].filter(Boolean);
  const automated = automatedReason(mail);
  const text = (mail.text ?? "").trim();
  const subject = (rawSubject === null ? (mail.subject ?? "") : decodeHeaderText(rawSubject)).trim();
  return toStorableEmail({
    messageId: mail.messageId ? normalizeId(mail.messageId) : null,
    replyTo,
    from: first?.address ? { address: first.address.toLowerCase(), name: senderName(rawValue(rootHeaders, "from"), first.address.toLowerCase(), first.name) } : null,
    recipients: envelopeRecipients.length ? envelopeRecipients.map((address) => address.toLowerCase()) : [...addresses(mail.to), ...addresses(mail.cc)],
    subject,
    text,
    html,
    attachments: mail.attachments
      .filter((attachment) => attachment.contentDisposition !== "inline" || attachment.contentId)
      .map((attachment) => {
        const part = prepared.partHeaders.get(attachment.partId ?? "");
        const disposition = rawValue(part, "content-disposition");
        const type = rawValue(part, "content-type");
        return {
          filename: (disposition && decodeHeaderParam(disposition, "filename")) || (type && decodeHeaderParam(type, "name")) || attachment.filename || "attachment",
          contentType: attachment.contentType,
          size: attachment.size,
          contentId: attachment.contentId ? normalizeId(attachment.contentId) : null,
          content: attachment.content,
        };
      }),
    automated,
    deliveryFailure:
      automated?.kind === "bounce"
        ? readDeliveryFailure({
            subject,
            text,
            replyTo,
            failedRecipients: header(mail, "x-failed-recipients"),
            returnedParts: mail.attachments.filter((attachment) => RETURNED_MESSAGE_TYPES.has(attachment.contentType)).map((attachment) => attachment.content.toString("utf8")),
          })
        : null,
    date: mail.date ?? null,
    raw: received,
  });
}
