import { isIP } from "node:net";
import { z } from "zod";
import { takeRateLimits } from "~/models/rate-limit-hit.server";
import { findOrderNames, type InboundMessage } from "~/schemas/inbound-message";
import { recordInboundMessage, type IntakeOutcome } from "~/services/intake/record-inbound-message.server";

export { purgeRateLimitHits } from "~/models/rate-limit-hit.server";

/**
 * Submissions allowed per hour: from one client address (an IPv6 address counts by its /64), from
 * one email address, and into one shop's inbox from the form as a whole, whatever the addresses
 * say (docs/decisions/012: the shop ceiling is a guess at a busy shop's rush hour, not a measurement).
 */
export const CONTACT_LIMITS = { ip: 10, email: 5, shop: 100 } as const;
const WINDOW_MS = 3_600_000;

/**
 * TRUSTED_PROXY_HOPS: how many proxies of the operator's own (a load balancer, a CDN) stand between
 * Shopify's app proxy and the app, each appending the address it received the request from to
 * X-Forwarded-For. Unset or empty: none.
 */
export function parseTrustedProxyHops(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 0;
  if (!/^\d{1,2}$/.test(value.trim()) || Number(value) > 10) {
    throw new Error(`Frontdesk cannot start: TRUSTED_PROXY_HOPS is invalid: the number of proxies between Shopify and the app (0 to 10), not "${value}". See README.md, "Deployment and scale".`);
  }
  return Number(value);
}

// Read once, at start: a bad value stops the server before it serves anything.
const TRUSTED_PROXY_HOPS = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);

/** An address as a proxy writes it ("203.0.113.7", "203.0.113.7:51234", "[2001:db8::1]:443"), or null. */
function normaliseAddress(entry: string): string | null {
  let address = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.replace(/:\d+$/, "");
  address = address.replace(/%.*$/, "");
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

/**
 * The shopper's address from the X-Forwarded-For the app received: the last entry Shopify's app
 * proxy passes on is the address it received the storefront request from (after whatever the
 * shopper sent, docs/decisions/012), and each of the operator's `trustedHops` proxies appends one
 * more. So the entry to trust is counted from the right; everything to its left may be forged.
 * Null when the header has fewer entries than the declared proxies add (it was not written as
 * declared) or that entry is not an address.
 */
export function clientAddress(forwardedFor: string | null, trustedHops = TRUSTED_PROXY_HOPS): string | null {
  const entries = (forwardedFor ?? "").split(",").filter((entry) => entry.trim() !== "");
  const entry = entries[entries.length - 1 - trustedHops];
  return entry === undefined ? null : normaliseAddress(entry);
}

/** The rate-limit key of an address: IPv4 as is; IPv6 by its /64, since one host can use any address in its link's /64. */
function addressKey(address: string): string {
  if (isIP(address) === 4) return `ip:${address}`;
  const [head = "", tail] = address.split("::");
  const groupsOf = (part: string) => (part ? part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group])) : []);
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `ip:${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

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

export type ContactResult = IntakeOutcome | { outcome: "rate-limited"; limit: keyof typeof CONTACT_LIMITS; retryAfterSeconds: number };

/** When each shop last told the operator it reached its ceiling (per process, to say it once an hour). */
const ceilingReported = new Map<string, number>();

function reportCeiling(shop: string, retryAfterMs: number) {
  const now = Date.now();
  for (const [known, at] of ceilingReported) if (now - at >= WINDOW_MS) ceilingReported.delete(known);
  if (ceilingReported.has(shop)) return;
  ceilingReported.set(shop, now);
  console.warn(
    `Contact form: ${shop} took ${CONTACT_LIMITS.shop} submissions within an hour; new ones are refused (429) for about ${Math.ceil(retryAfterMs / 60_000)} min. ` +
      "Shoppers are told to try again later; mail still arrives (docs/decisions/012).",
  );
}

/**
 * A storefront contact form submission (through the app proxy): rate-limited over the last hour
 * per client address, per email and per shop (CONTACT_LIMITS), then a message on the customer's
 * ticket in the CONTACT_FORM channel. A refused submission is stored nowhere and answered so.
 */
export async function submitContactForm(shop: string, form: ContactForm, client: { ip: string | null; signedInCustomerId: string | null }): Promise<ContactResult> {
  const limits = [
    { key: `email:${form.email}`, limit: CONTACT_LIMITS.email },
    ...(client.ip ? [{ key: addressKey(client.ip), limit: CONTACT_LIMITS.ip }] : []),
    { key: "shop", limit: CONTACT_LIMITS.shop },
  ];
  const decision = await takeRateLimits(shop, "contact", limits, { windowMs: WINDOW_MS });
  if (!decision.allowed) {
    const limit = decision.key === "shop" ? "shop" : decision.key.startsWith("ip:") ? "ip" : "email";
    if (limit === "shop") reportCeiling(shop, decision.retryAfterMs);
    return { outcome: "rate-limited", limit, retryAfterSeconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) };
  }
  return recordInboundMessage(shop, inboundMessageFromContactForm(form, client.signedInCustomerId));
}

/**
 * A contact form submission as the one intake takes every channel's message: the order the
 * shopper picked leads the subject and is linked with any they name in the message; nothing to
 * thread by (a form answers no earlier message), so it joins no ticket but a new one. The sender
 * is the customer Shopify signed in (`signedInCustomerId`, the app proxy's signed
 * `logged_in_customer_id`), else unverified: anyone can type an address into a form.
 */
export function inboundMessageFromContactForm(form: ContactForm, signedInCustomerId: string | null = null): InboundMessage {
  const order = form.order ? `#${form.order.replace(/^#/, "")}` : "";
  const firstLine = form.message.split("\n")[0]!.slice(0, 80);
  return {
    channel: "CONTACT_FORM",
    sender: { email: form.email, name: form.name || null, identity: signedInCustomerId ? { kind: "signed_in", shopifyCustomerId: signedInCustomerId } : { kind: "unverified" } },
    subject: order ? `${order} ${firstLine}` : firstLine,
    text: form.message,
    html: null,
    attachments: [],
    externalId: null,
    sentAt: null,
    thread: { answers: [], ticketNumber: null, orderNames: [...new Set([...(order ? [order] : []), ...findOrderNames(form.message)])].slice(0, 10) },
  };
}
