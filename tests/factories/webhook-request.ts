import { createHmac, randomUUID } from "node:crypto";
import type { WebhookRequest } from "~/services/receive-webhook.server";
import { ADMIN_API_VERSION } from "~/shopify/api-version";
import { TEST_API_SECRET, TEST_APP_URL } from "../config";

export interface WebhookRequestOptions {
  shop: string;
  topic: string;
  payload: unknown;
  webhookId?: string;
  eventId?: string | null;
  secret?: string;
  /** Replaces the computed signature. */
  hmac?: string;
  omitHeaders?: string[];
  /** The URI it is posted to; by default the topic's own, as shopify.app.toml declares it. */
  path?: string;
  /** The body as sent, when it is not `JSON.stringify(payload)`. */
  rawBody?: string;
}

/** A webhook request exactly as Shopify sends it, signed with the app's secret unless told otherwise. */
export function webhookRequest(options: WebhookRequestOptions): WebhookRequest {
  const body = options.rawBody ?? JSON.stringify(options.payload);
  const hmac = options.hmac ?? createHmac("sha256", options.secret ?? TEST_API_SECRET).update(body, "utf8").digest("base64");
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "X-Shopify-Topic": options.topic,
    "X-Shopify-Hmac-Sha256": hmac,
    "X-Shopify-Shop-Domain": options.shop,
    "X-Shopify-API-Version": ADMIN_API_VERSION,
    "X-Shopify-Webhook-Id": options.webhookId ?? randomUUID(),
    "X-Shopify-Triggered-At": new Date().toISOString(),
  };
  if (options.eventId !== null) headers["X-Shopify-Event-Id"] = options.eventId ?? randomUUID();
  for (const name of options.omitHeaders ?? []) delete headers[name];
  return { method: "POST", url: `${TEST_APP_URL}${options.path ?? `/webhooks/${options.topic}`}`, headers: new Headers(headers), rawBody: body };
}
