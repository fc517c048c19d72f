import type { Prisma } from "@prisma/client";
import { recordWebhookDelivery } from "~/models/webhook-delivery.server";
import { authenticate } from "~/shopify.server";

/**
 * The one path every webhook route takes: verify the HMAC (401 when it is wrong, 400 when
 * headers are missing, and nothing is stored), record the delivery durably, answer 200.
 * Applying it is the job queue's work, so the answer stays well inside Shopify's 5 s.
 */
export async function receiveWebhook(request: Request): Promise<Response> {
  const webhook = await authenticate.webhook(request);
  await recordWebhookDelivery(webhook.shop, {
    // The library upper-cases topics (ORDERS_CREATE); keep Shopify's wire form, as in shopify.app.toml.
    topic: request.headers.get("X-Shopify-Topic") ?? String(webhook.topic),
    webhookId: webhook.webhookId,
    eventId: "eventId" in webhook ? webhook.eventId : undefined,
    triggeredAt: webhook.triggeredAt,
    apiVersion: webhook.apiVersion,
    payload: webhook.payload as Prisma.InputJsonValue,
  });
  return new Response(null, { status: 200 });
}
