import { simpleParser } from "mailparser";
import { automatedReason, MAX_MESSAGE_BYTES } from "~/email/inbound.server";
import { newMessageId, sendMail } from "~/email/outbound.server";
import { createI18n, resolveLocale } from "~/i18n";
import { toStorableText } from "~/lib/storable-text";
import { enqueueJob } from "~/jobs/queue.server";
import { findShopByInboundAddress, getShop, inboundAddressFor } from "~/models/shop.server";

export interface OversizeBounce {
  shop: string;
  to: string;
  subject: string;
  inReplyTo: string | null;
}

/** The header block of a raw message: everything before the first empty line. */
function headerBlock(raw: Buffer): Buffer {
  const head = raw.subarray(0, 256 * 1024);
  const end = head.indexOf("\r\n\r\n") >= 0 ? head.indexOf("\r\n\r\n") : head.indexOf("\n\n");
  return end >= 0 ? head.subarray(0, end) : head;
}

/**
 * A message too large to take (over 25 MB) that reached us over HTTP, where the provider has
 * already accepted it: its sender gets a bounce reply (a job, so a failing SMTP relay retries),
 * unless the message was itself automated (no loops) or no shop receives it. Reads the headers
 * only. Returns what will be sent, or null.
 */
export async function bounceOversizeEmail(raw: Buffer, envelopeRecipients: string[] = []): Promise<OversizeBounce | null> {
  const mail = await simpleParser(Buffer.concat([headerBlock(raw), Buffer.from("\r\n\r\n")]));
  if (automatedReason(mail)) return null;
  const sender = (Array.isArray(mail.from) ? mail.from[0] : mail.from)?.value[0]?.address?.toLowerCase();
  // What goes into a query or the job's payload must be storable (a NUL failed every retry).
  const from = sender ? toStorableText(sender) : null;
  if (!from) return null;
  const recipients = envelopeRecipients.length
    ? envelopeRecipients
    : [mail.to, mail.cc].flatMap((field) => (Array.isArray(field) ? field : field ? [field] : [])).flatMap((entry) => entry.value.map((address) => address.address ?? ""));
  let shop: string | null = null;
  for (const recipient of recipients) {
    shop = await findShopByInboundAddress(toStorableText(recipient.toLowerCase()));
    if (shop) break;
  }
  if (!shop) return null;
  const messageId = mail.messageId?.replace(/^<|>$/g, "");
  const bounce: OversizeBounce = { shop, to: from, subject: toStorableText((mail.subject ?? "").trim()), inReplyTo: messageId ? toStorableText(messageId) : null };
  // One bounce per message, however often the provider posts it.
  await enqueueJob("send-bounce", { ...bounce }, { jobKey: `bounce:${shop}:${bounce.inReplyTo ?? `${from}:${bounce.subject}`}`, maxAttempts: 8 });
  return bounce;
}

/** Sends the bounce reply, in the shop's language, marked as automatic (RFC 3834) so no autoresponder answers it. */
export async function sendOversizeBounce(bounce: OversizeBounce): Promise<void> {
  const shop = await getShop(bounce.shop);
  if (!shop) return;
  const { t } = createI18n(resolveLocale(shop.locale));
  const limit = MAX_MESSAGE_BYTES / 1024 / 1024;
  await sendMail({
    from: { name: shop.name, address: inboundAddressFor(shop.id) },
    to: bounce.to,
    subject: t("mail.oversize.subject", { subject: bounce.subject || "—" }),
    text: t("mail.oversize.body", { shop: shop.name, limit }),
    messageId: `<${newMessageId(`bounce-${Date.now()}-${Math.random().toString(36).slice(2)}`)}>`,
    ...(bounce.inReplyTo ? { inReplyTo: `<${bounce.inReplyTo}>`, references: [`<${bounce.inReplyTo}>`] } : {}),
    headers: { "Auto-Submitted": "auto-replied" },
  });
}
