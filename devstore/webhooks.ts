import { createHmac, randomUUID } from "node:crypto";
import type { AppConfig, WebhookSubscription } from "./app-config.ts";

// Webhook delivery as Shopify does it for app-specific subscriptions in shopify.app.toml: one POST
// per matching subscription, JSON body, HMAC of the raw body, the full set of X-Shopify-* headers.
// Chaos (duplicates, delay, a bad signature) is a list of options on one delivery, so new kinds
// (reordering, Shopify's retry schedule) can be added beside them.

export const DELIVERY_TIMEOUT_MS = 5000;

export interface WebhookOptions {
  /** Send the same delivery this many times in all (same webhook and event ids). Default 1. */
  duplicates?: number;
  /** Wait this long before the first send. */
  delayMs?: number;
  /** Sign with the wrong secret, as a forged request would be. */
  tamper?: boolean;
  /** Override the ids or time, e.g. to replay an earlier delivery. */
  webhookId?: string;
  eventId?: string;
  triggeredAt?: string;
}

export interface WebhookRequest {
  shop: string;
  topic: string;
  payload: unknown;
  options?: WebhookOptions;
}

export interface WebhookAttempt {
  url: string;
  status: number | null;
  error?: string;
  durationMs: number;
}

export interface WebhookDelivery {
  shop: string;
  topic: string;
  webhookId: string;
  eventId: string;
  triggeredAt: string;
  apiVersion: string;
  body: string;
  headers: Record<string, string>;
  /** One entry per POST, in the order they were sent. */
  attempts: WebhookAttempt[];
}

export function signWebhookBody(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("base64");
}

export function findSubscriptions(config: AppConfig, topic: string): WebhookSubscription[] {
  return config.subscriptions.filter((subscription) => subscription.topics.includes(topic) || subscription.complianceTopics.includes(topic));
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<WebhookAttempt> {
  const started = Date.now();
  try {
    const response = await fetch(url, { method: "POST", body, headers, redirect: "manual", signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) });
    await response.arrayBuffer();
    return { url, status: response.status, durationMs: Date.now() - started };
  } catch (error) {
    return { url, status: null, error: (error as Error).message, durationMs: Date.now() - started };
  }
}

export interface WebhookDeliverer {
  /** Sends now, or queues the request while deliveries are held. */
  deliverWebhook(request: WebhookRequest): Promise<WebhookDelivery[]>;
  /** Queues every delivery from now on, until `release`. */
  hold(): void;
  /**
   * Sends what was queued and stops holding: in order, or shuffled (Shopify promises no order),
   * each request sent `duplicates` times in all, copies shuffled in among the rest.
   */
  release(options?: { shuffle?: boolean; duplicates?: number }): Promise<WebhookDelivery[]>;
  /** Every delivery made so far, oldest first. */
  history(): WebhookDelivery[];
}

export function createWebhookDeliverer(settings: {
  appUrl: string;
  apiSecret: string;
  config: AppConfig;
  apiVersion: string;
  /** Waits before each retry of a failed POST (not 2xx, or no answer in 5 s); none by default. */
  retryDelaysMs?: number[];
}): WebhookDeliverer {
  const log: WebhookDelivery[] = [];
  let held: WebhookRequest[] | null = null;

  async function deliverWebhook(request: WebhookRequest): Promise<WebhookDelivery[]> {
    if (held) {
      // Ids are fixed now, so each copy released later is the same delivery, as Shopify's retries are.
      held.push({ ...request, options: { webhookId: randomUUID(), eventId: randomUUID(), triggeredAt: new Date().toISOString(), ...request.options } });
      return [];
    }
    return send(request);
  }

  async function send({ shop, topic, payload, options = {} }: WebhookRequest): Promise<WebhookDelivery[]> {
    const subscriptions = findSubscriptions(settings.config, topic);
    if (subscriptions.length === 0) throw new Error(`shopify.app.toml has no subscription for ${topic}`);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    const body = typeof payload === "string" ? payload : JSON.stringify(payload);
    const deliveries: WebhookDelivery[] = [];
    for (const subscription of subscriptions) {
      const webhookId = options.webhookId ?? randomUUID();
      const eventId = options.eventId ?? randomUUID();
      const triggeredAt = options.triggeredAt ?? new Date().toISOString();
      const secret = options.tamper ? `${settings.apiSecret}-forged` : settings.apiSecret;
      const headers: Record<string, string> = {
        "Content-Type": "application/json",
        "User-Agent": "Shopify-Captain-Hook",
        "X-Shopify-Topic": topic,
        "X-Shopify-Hmac-Sha256": signWebhookBody(body, secret),
        "X-Shopify-Shop-Domain": shop,
        "X-Shopify-API-Version": settings.apiVersion,
        "X-Shopify-Webhook-Id": webhookId,
        "X-Shopify-Triggered-At": triggeredAt,
        "X-Shopify-Event-Id": eventId,
      };
      const url = `${settings.appUrl.replace(/\/$/, "")}${subscription.uri}`;
      const delivery: WebhookDelivery = { shop, topic, webhookId, eventId, triggeredAt, apiVersion: settings.apiVersion, body, headers, attempts: [] };
      for (let copy = 0; copy < Math.max(1, options.duplicates ?? 1); copy++) {
        // Shopify retries a failed delivery with the same body and ids (8 times over 4 hours).
        let attempt = await post(url, body, headers);
        delivery.attempts.push(attempt);
        for (const delay of settings.retryDelaysMs ?? []) {
          if (attempt.status !== null && attempt.status >= 200 && attempt.status < 300) break;
          await new Promise((resolve) => setTimeout(resolve, delay));
          attempt = await post(url, body, headers);
          delivery.attempts.push(attempt);
        }
      }
      log.push(delivery);
      deliveries.push(delivery);
    }
    return deliveries;
  }

  return {
    deliverWebhook,
    hold() {
      held ??= [];
    },
    async release({ shuffle = false, duplicates = 1 } = {}) {
      const queue = (held ?? []).flatMap((request) => Array.from({ length: Math.max(1, duplicates) }, () => request));
      held = null;
      if (shuffle) {
        for (let index = queue.length - 1; index > 0; index--) {
          const other = Math.floor(Math.random() * (index + 1));
          [queue[index], queue[other]] = [queue[other]!, queue[index]!];
        }
      }
      const sent: WebhookDelivery[] = [];
      for (const request of queue) sent.push(...(await send(request)));
      return sent;
    },
    history: () => [...log],
  };
}
