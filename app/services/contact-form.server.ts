import { randomUUID } from "node:crypto";
import { z } from "zod";
import prisma from "~/db.server";
import { recordCustomerMessage, type InboundOutcome } from "./email/receive-inbound-email.server";

/** Submissions allowed per hour: from one IP address, and from one email address. */
export const CONTACT_LIMITS = { ip: 10, email: 5 } as const;

export const ContactForm = z.object({
  name: z.string().trim().max(200).default(""),
  email: z.string().trim().toLowerCase().email().max(320),
  order: z
    .string()
    .trim()
    .max(20)
    .regex(/^#?\d{0,9}$/)
    .default(""),
  message: z.string().trim().min(1).max(10_000),
});
export type ContactForm = z.infer<typeof ContactForm>;

export type ContactResult = InboundOutcome | { outcome: "rate-limited" };

/**
 * A storefront contact form submission (through the app proxy): rate-limited per IP and per email
 * over the last hour, then a message on the customer's ticket in the CONTACT_FORM channel.
 */
export async function submitContactForm(shop: string, form: ContactForm, client: { ip: string | null }): Promise<ContactResult> {
  const keys = [`email:${form.email}`, ...(client.ip ? [`ip:${client.ip}`] : [])];
  const allowed = await prisma.$transaction(async (tx) => {
    // One submission at a time per shop: the count and the new hit cannot interleave.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`contact:${shop}`}))`;
    const since = new Date(Date.now() - 3_600_000);
    for (const key of keys) {
      const count = await tx.rateLimitHit.count({ where: { shopId: shop, key, createdAt: { gte: since } } });
      if (count >= (key.startsWith("ip:") ? CONTACT_LIMITS.ip : CONTACT_LIMITS.email)) return false;
    }
    await tx.rateLimitHit.createMany({ data: keys.map((key) => ({ shopId: shop, key })) });
    return true;
  });
  if (!allowed) return { outcome: "rate-limited" };
  const order = form.order ? `#${form.order.replace(/^#/, "")}` : "";
  const firstLine = form.message.split("\n")[0]!.slice(0, 80);
  return recordCustomerMessage(
    shop,
    {
      messageId: `contact-${randomUUID()}@frontdesk.invalid`,
      replyTo: [],
      from: { address: form.email, name: form.name || null },
      recipients: [],
      subject: order ? `${order} ${firstLine}` : firstLine,
      text: order ? `${form.message}\n\n${order}` : form.message,
      html: null,
      attachments: [],
      automated: null,
      date: new Date(),
    },
    "CONTACT_FORM",
  );
}

/** Rate-limit rows older than a day serve nothing. */
export async function purgeRateLimitHits(before = new Date(Date.now() - 86_400_000)) {
  await prisma.rateLimitHit.deleteMany({ where: { createdAt: { lt: before } } });
}
