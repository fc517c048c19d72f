import type { Prisma } from "@prisma/client";
import { recordWebhookDelivery } from "~/models/webhook-delivery.server";
import { authenticate } from "~/shopify.server";

/**
 * The one path every webhook route takes: verify the HMAC (401 when it is wrong, 400 when
 * headers are missing; nothing is stored), record the delivery and queue its application in one
 * statement, answer 200. Applying it is the job queue's work, so the answer stays well inside
 * Shopify's 5 s. Only a database outage answers 5xx, so that Shopify retries.
 */
export async function receiveWebhook(request: Request): Promise<Response> {
  const copy = request.clone();
  const headers = request.headers;
  let webhook: Awaited<ReturnType<typeof authenticate.webhook>>;
  try {
    webhook = await authenticate.webhook(request);
  } catch (error) {
    // The library parses the body after checking the signature: a SyntaxError here means a
    // correctly signed body that is not JSON. Keep it, marked failed, rather than have Shopify retry.
    if (!(error instanceof SyntaxError)) throw error;
    const raw = await copy.text();
    await recordWebhookDelivery(headers.get("X-Shopify-Shop-Domain")!, {
      topic: headers.get("X-Shopify-Topic")!,
      webhookId: headers.get("X-Shopify-Webhook-Id")!,
      eventId: headers.get("X-Shopify-Event-Id") ?? undefined,
      triggeredAt: headers.get("X-Shopify-Triggered-At") ?? undefined,
      apiVersion: headers.get("X-Shopify-API-Version")!,
      payload: { unparsed: raw.slice(0, 100_000) },
      failure: `The body is not JSON: ${error.message}`,
    });
    return new Response(null, { status: 200 });
  }
  await recordWebhookDelivery(webhook.shop, {
    // The library upper-cases topics (ORDERS_CREATE); keep Shopify's wire form, as in shopify.app.toml.
    topic: headers.get("X-Shopify-Topic") ?? String(webhook.topic),
    webhookId: webhook.webhookId,
    eventId: "eventId" in webhook ? webhook.eventId : undefined,
    triggeredAt: webhook.triggeredAt,
    apiVersion: webhook.apiVersion,
    payload: webhook.payload as Prisma.InputJsonValue,
  });
  return new Response(null, { status: 200 });
}
