import { WebhookValidationErrorReason } from "@shopify/shopify-api";
import { scheduleDeliveryApply } from "~/jobs/delivery-apply-scheduler.server";
import { beginReceiving } from "~/jobs/request-priority.server";
import { isTransientDatabaseError } from "~/lib/database-errors";
import { recordFailedWebhookDelivery, recordWebhookDelivery, type DeliveryInput } from "~/models/webhook-delivery.server";
import { shopifyLibrary } from "~/shopify.server";

/** A webhook request as it reached the app's server: the body exactly as sent, unparsed. */
export interface WebhookRequest {
  method: string;
  /** The request's full URL (its path names the topic the URI receives). */
  url: string;
  headers: Headers;
  rawBody: string;
}

export interface WebhookAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

const OK: WebhookAnswer = { status: 200 };

/**
 * The one path every webhook takes, in front of Remix (server.mjs; docs/decisions/010): verify the
 * signature with the Shopify library's own check (401 when it is wrong or missing, 400 when
 * headers are missing; nothing is stored), store the delivery once per event, ask for the shop's
 * apply job, answer 200. No session lookup: whether the shop is installed is the worker's
 * question. Only a database outage answers 5xx, so that Shopify retries; a signed payload
 * PostgreSQL cannot hold is stored as failed, with the reason, and answered 200.
 */
export async function receiveWebhook(request: WebhookRequest): Promise<WebhookAnswer> {
  if (request.method !== "POST") return { status: 405, headers: { Allow: "POST" } };
  const received = beginReceiving();
  try {
    return await verifyAndStore(request);
  } finally {
    received();
  }
}

async function verifyAndStore(request: WebhookRequest): Promise<WebhookAnswer> {
  // The library's web-api adapter reads the method, URL and headers of the request it is given.
  const check = await shopifyLibrary.webhooks.validate({
    rawBody: request.rawBody,
    rawRequest: { method: request.method, url: request.url, headers: request.headers },
  });
  if (!check.valid) {
    if (check.reason === WebhookValidationErrorReason.InvalidHmac || check.reason === WebhookValidationErrorReason.MissingHmac) {
      return { status: 401, body: "The signature (X-Shopify-Hmac-Sha256) does not match the body." };
    }
    const missing = "missingHeaders" in check ? check.missingHeaders.join(", ") : "the body";
    return { status: 400, body: `Not a Shopify webhook: ${missing} missing.` };
  }
  // Shopify's signature covers the body only: what the headers say is checked against the URI.
  const shop = shopifyLibrary.utils.sanitizeShop(check.domain);
  if (!shop) return { status: 400, body: "X-Shopify-Shop-Domain is not a shop's myshopify.com domain." };
  const topic = request.headers.get("X-Shopify-Topic")!;
  const path = new URL(request.url).pathname;
  if (path !== `/webhooks/${topic}`) return { status: 400, body: `${path} receives ${path.replace(/^\/webhooks\//, "")} only, not ${topic}.` };

  // Shopify's ids are UUIDs; a header long enough to break the dedupe index is not Shopify's.
  const eventId = "eventId" in check ? check.eventId : undefined;
  if (check.webhookId.length > 255 || (eventId?.length ?? 0) > 255) return { status: 400, body: "X-Shopify-Webhook-Id or X-Shopify-Event-Id is longer than any Shopify id." };

  const delivery: DeliveryInput = {
    topic,
    webhookId: check.webhookId,
    eventId,
    triggeredAt: check.triggeredAt,
    apiVersion: check.apiVersion,
    rawPayload: request.rawBody,
  };
  try {
    const { duplicate } = await recordWebhookDelivery(shop, delivery);
    if (!duplicate) scheduleDeliveryApply(shop);
    return OK;
  } catch (error) {
    if (isTransientDatabaseError(error)) return unavailable(request, error);
    // Not JSON, a NUL, a lone surrogate, nesting deeper than PostgreSQL parses: Shopify would
    // retry it for hours and then drop it. Keep it as text, failed, for Settings → Sync.
    const reason = `PostgreSQL cannot store this payload as JSON: ${error instanceof Error ? error.message : String(error)}`;
    try {
      await recordFailedWebhookDelivery(shop, delivery, reason);
      return OK;
    } catch (second) {
      return unavailable(request, second);
    }
  }
}

/** 503 when the delivery cannot be stored now, so that Shopify sends it again later. */
function unavailable(request: WebhookRequest, error: unknown): WebhookAnswer {
  console.error(
    `Webhook ${request.headers.get("X-Shopify-Webhook-Id")} (${request.headers.get("X-Shopify-Shop-Domain")}) not stored; answering 503 so that Shopify retries:`,
    error instanceof Error ? error.message : error,
  );
  return { status: 503, body: "The delivery could not be stored; Shopify will retry it.", headers: { "Retry-After": "10" } };
}
