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
    // 401, 400, 405: the library's answers to a bad signature or missing headers.
    if (error instanceof Response) throw error;
    // Anything else but a SyntaxError is the session lookup failing: the database is down.
    if (!(error instanceof SyntaxError)) return unavailable(headers, error);
    // The library parses the body after checking the signature: a SyntaxError here means a
    // correctly signed body that is not JSON. Keep it, marked failed, rather than have Shopify retry.
    const raw = await copy.text();
    return storeOrRetry(headers, () => recordWebhookDelivery(headers.get("X-Shopify-Shop-Domain")!, {
      topic: headers.get("X-Shopify-Topic")!,
      webhookId: headers.get("X-Shopify-Webhook-Id")!,
      eventId: headers.get("X-Shopify-Event-Id") ?? undefined,
      triggeredAt: headers.get("X-Shopify-Triggered-At") ?? undefined,
      apiVersion: headers.get("X-Shopify-API-Version")!,
      payload: { unparsed: raw.slice(0, 100_000) },
      failure: `The body is not JSON: ${error.message}`,
    }));
  }
  return storeOrRetry(headers, () =>
    recordWebhookDelivery(webhook.shop, {
      // The library upper-cases topics (ORDERS_CREATE); keep Shopify's wire form, as in shopify.app.toml.
      topic: headers.get("X-Shopify-Topic") ?? String(webhook.topic),
      webhookId: webhook.webhookId,
      eventId: "eventId" in webhook ? webhook.eventId : undefined,
      triggeredAt: webhook.triggeredAt,
      apiVersion: webhook.apiVersion,
      payload: webhook.payload as Prisma.InputJsonValue,
    }),
  );
}

/** 200 once the delivery is stored; 503 when it cannot be, so that Shopify sends it again later. */
async function storeOrRetry(headers: Headers, store: () => Promise<unknown>): Promise<Response> {
  try {
    await store();
  } catch (error) {
    return unavailable(headers, error);
  }
  return new Response(null, { status: 200 });
}

function unavailable(headers: Headers, error: unknown): Response {
  console.error(
    `Webhook ${headers.get("X-Shopify-Webhook-Id")} (${headers.get("X-Shopify-Shop-Domain")}) not stored; answering 503 so that Shopify retries:`,
    error instanceof Error ? error.message : error,
  );
  return new Response("The delivery could not be stored; Shopify will retry it.", { status: 503, headers: { "Retry-After": "10" } });
}
