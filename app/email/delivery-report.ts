/** What a bounce says about the mail it returns. */
export interface DeliveryFailure {
  /** Message-IDs the bounce names (of the returned mail, and what the bounce answers), without brackets. */
  messageIds: string[];
  /** The enhanced status code (RFC 3463), e.g. "5.1.1". */
  status: string | null;
  /** What the receiving server said, e.g. "550 5.1.1 User unknown". */
  diagnostic: string | null;
  recipient: string | null;
}

export interface BounceInput {
  subject: string;
  /** The bounce's text, with mailparser's rendering of a `message/delivery-status` part in it. */
  text: string;
  /** Message-IDs the bounce itself answers (In-Reply-To, References). */
  replyTo: string[];
  /** The Exim-style `X-Failed-Recipients` header. */
  failedRecipients: string | null;
  /** Parts that carry the returned message or its headers (message/rfc822, text/rfc822-headers). */
  returnedParts: string[];
}

/** Parts in which a bounce returns the message, or its headers. */
export const RETURNED_MESSAGE_TYPES = new Set(["message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers", "message/delivery-status"]);

const MESSAGE_ID_FIELD = /^(?:x-original-)?message-id:\s*<?([^\s<>"]+@[^\s<>"]+?)>?\s*$/gim;
const ENHANCED_STATUS = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;
const SMTP_REPLY = /(?<![\d.])[45]\d\d(?:[ -]|$)/;
/** Where the copy of the returned message starts in a bounce's text: its first header line. */
const RETURNED_HEADERS = /^(?:return-path|received|message-id|from|date|subject|dkim-signature):/im;

function fields(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (match && !map.has(match[1]!.toLowerCase())) map.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  return map;
}

/** `rfc822; harper@example.net` → `harper@example.net`; `smtp; 550 …` → `550 …`. */
const typed = (value: string | undefined) => (value ? value.replace(/^[a-z0-9-]+\s*;\s*/i, "").trim() || null : null);

/**
 * Reads a bounce: an RFC 3464 delivery status notification (per-recipient `Action`, `Status`,
 * `Diagnostic-Code`), or the plain-text forms of qmail, Exim and others (the server's reply in the
 * text, the returned message after it). Null when the report is not of a failure (Action: delayed,
 * a "delayed" warning). The Message-IDs are every one named, for the caller to match to its own.
 */
export function readDeliveryFailure(input: BounceInput): DeliveryFailure | null {
  const messageIds = new Set(input.replyTo);
  for (const source of [input.text, ...input.returnedParts]) {
    for (const match of source.matchAll(MESSAGE_ID_FIELD)) messageIds.add(match[1]!);
  }
  const sources = [input.text, ...input.returnedParts].join("\n\n");
  const recipients = sources
    .split(/\r?\n\s*\r?\n/)
    .map(fields)
    .filter((block) => block.has("action") && (block.has("final-recipient") || block.has("original-recipient") || block.has("status")));
  if (recipients.length) {
    const failed = recipients.find((block) => block.get("action")!.toLowerCase() === "failed");
    if (!failed) return null;
    return {
      messageIds: [...messageIds],
      status: ENHANCED_STATUS.exec(failed.get("status") ?? "")?.[1] ?? null,
      diagnostic: typed(failed.get("diagnostic-code"))?.slice(0, 500) ?? null,
      recipient: typed(failed.get("final-recipient") ?? failed.get("original-recipient")) ?? input.failedRecipients,
    };
  }
  if (/\bdelay(ed)?\b|\bwarning\b/i.test(input.subject)) return null;
  const cut = input.text.search(RETURNED_HEADERS);
  const report = cut >= 0 ? input.text.slice(0, cut) : input.text;
  const lines = report.split(/\r?\n/).map((line) => line.trim());
  const diagnostic = lines.find((line) => SMTP_REPLY.test(line)) ?? null;
  const recipient = input.failedRecipients?.split(",")[0]?.trim() || (lines.map((line) => /^<?([^\s<>@]+@[^\s<>:]+?)>?:?$/.exec(line)?.[1]).find(Boolean) ?? null);
  return {
    messageIds: [...messageIds],
    status: ENHANCED_STATUS.exec(diagnostic ?? report)?.[1] ?? null,
    diagnostic: diagnostic?.slice(0, 500) ?? null,
    recipient,
  };
}
