import type { ActionFunctionArgs } from "@remix-run/node";
import { timingSafeEqual } from "node:crypto";
import { MAX_MESSAGE_BYTES, parseInboundEmail } from "~/email/inbound.server";
import { env } from "~/env.server";
import { bounceOversizeEmail } from "~/channels/email/bounce-oversize-email.server";
import { receiveInboundEmail } from "~/channels/email/receive-inbound-email.server";

function authorized(request: Request): boolean {
  const expected = Buffer.from(`Bearer ${env.INBOUND_EMAIL_TOKEN}`);
  const given = Buffer.from(request.headers.get("Authorization") ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * POST /email/inbound: the HTTP inbound parse. An email provider posts each received message
 * either as raw MIME (`Content-Type: message/rfc822`) or as a form with the raw MIME in `email`
 * and, optionally, the SMTP envelope as JSON in `envelope` (`{"to": [...]}`), as SendGrid's raw
 * mode does. Answers 200 with what happened to it, 422 when no shop receives it. A message over
 * 25 MB is not stored: its sender gets a bounce reply and the answer is 200 ("bounced"), since the
 * provider has accepted it already; past what we read at all (35 MB), 413.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (!env.INBOUND_EMAIL_TOKEN) return new Response("Inbound email over HTTP is not configured", { status: 404 });
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  if (!authorized(request)) return new Response("Unauthorized", { status: 401 });
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_MESSAGE_BYTES * 1.4) return new Response("The message is larger than 25 MB", { status: 413 });

  let raw: Buffer;
  let envelope: string[] = [];
  const type = request.headers.get("Content-Type") ?? "";
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
    const form = await request.formData();
    const email = form.get("email");
    if (email === null) return new Response("The form has no `email` field", { status: 400 });
    raw = typeof email === "string" ? Buffer.from(email) : Buffer.from(await email.arrayBuffer());
    const rawEnvelope = form.get("envelope");
    if (typeof rawEnvelope === "string") {
      try {
        const to = (JSON.parse(rawEnvelope) as { to?: unknown }).to;
        envelope = (Array.isArray(to) ? to : [to]).filter((value): value is string => typeof value === "string");
      } catch {
        return new Response("`envelope` is not JSON", { status: 400 });
      }
    }
  } else {
    raw = Buffer.from(await request.arrayBuffer());
  }
  if (raw.length > MAX_MESSAGE_BYTES) {
    const bounce = await bounceOversizeEmail(raw, envelope);
    return Response.json({ outcome: "bounced", reason: "The message is larger than 25 MB", notified: bounce?.to ?? null });
  }

  const result = await receiveInboundEmail(await parseInboundEmail(raw, envelope));
  return Response.json(result, { status: result.outcome === "rejected" ? 422 : 200 });
}
