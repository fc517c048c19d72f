import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { ADMIN_API_VERSION } from "../app/shopify/api-version.ts";
import { loadAppConfig } from "./app-config.ts";
import { createTokenStore, mintSessionToken, type TokenStore } from "./auth.ts";
import { MAX_SINGLE_QUERY_COST } from "./admin-graphql.ts";
import { loadAdminSchema } from "./schema.ts";
import { APP_PATH, createDevstoreApp, getBucket, type DevstoreServices } from "./server.ts";
import { createState, type DevstoreState } from "./state.ts";
import type { CostBucket } from "./throttle.ts";
import { startTunnel } from "./tunnel.ts";
import { createOrderEvents, type OrderEvents } from "./order-events.ts";
import { createOrderActionStore, type OrderActionStore } from "./order-action-store.ts";
import { sendShopperMail, startMailCatcher, type MailCatcher, type ShopperMail } from "./mail-catcher.ts";
import { createWebhookDeliverer, type WebhookDelivery, type WebhookRequest } from "./webhooks.ts";

export interface DevstoreOptions {
  /** 0 = a random free port. */
  port?: number;
  /** The tunnel's port (the app's public URL); 0 = a random free port. */
  tunnelPort?: number;
  /**
   * Where the app really listens, e.g. http://127.0.0.1:3000. Shopify's traffic to the app (the
   * admin's iframe, webhooks, the app proxy) goes through the devstore's tunnel in front of it,
   * whose URL (`Devstore.appUrl`) the app should know as its SHOPIFY_APP_URL.
   */
  appUrl: string;
  apiKey: string;
  apiSecret: string;
  /** Refuse queries costing more than this, as Shopify does (1000). */
  maxQueryCost?: number;
  /**
   * Admin API cost points restored per second: 100 (Shopify's standard plans, the default) or
   * 1000 (Plus). The demo and the tests use Plus so that an import takes seconds, not a minute.
   */
  restoreRate?: number;
  /** The mail catcher's SMTP port (the app's SMTP_URL); 0 = a random free port. */
  mailPort?: number;
  /** The app's inbound SMTP server, where shoppers' mail goes, and the domain its shops receive at. */
  appSmtp?: { host: string; port: number; domain?: string };
  /** Waits before each retry of a failed webhook POST; Shopify retries 8 times over 4 hours. None by default. */
  webhookRetryDelaysMs?: number[];
  /** Another shopify.app.toml (tests). */
  appConfigFile?: string;
}

export interface Devstore {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The shops' myshopify domains: maple-and-moss.myshopify.com, kumo-tea.myshopify.com. */
  shops: string[];
  /** The app's public URL: the tunnel in front of `options.appUrl` (see tunnel.ts). */
  appUrl: string;
  /** The devstore's stand-in for App Bridge's CDN script; the app takes it as APP_BRIDGE_URL. */
  appBridgeUrl: string;
  /** The admin page framing the app for `shop`, e.g. adminUrl(shop, "/settings", "ja"). */
  adminUrl(shop: string, path?: string, locale?: string): string;
  storefrontUrl(shop: string): string;
  /** A session token as Shopify admin gives the framed app; the shop owner unless `userId` (numeric) is given. */
  mintSessionToken(shop: string, userId?: string): Promise<string>;
  /** Posts a webhook to every subscription for `topic` in shopify.app.toml, signed as Shopify signs it. */
  deliverWebhook(request: WebhookRequest): Promise<WebhookDelivery[]>;
  /** Every mail the app sent (its SMTP_URL is smtp://127.0.0.1:<mail.smtpPort>); listed at /mail. */
  mail: MailCatcher;
  /** Mails the app's inbound SMTP server as a shopper would; returns the Message-ID. */
  sendMailAsShopper(mail: ShopperMail): Promise<string>;
  /** Order events (create, pay, edit, fulfil, refund, cancel), each sending its webhooks. */
  events: OrderEvents;
  /** The Admin API's order actions: open edits, idempotency keys, cancel jobs; `settled()` awaits their webhooks. */
  orderActions: OrderActionStore;
  /** Queue webhooks from now on instead of sending them… */
  holdWebhooks(): void;
  /** …then send them, shuffled and duplicated on request. */
  releaseWebhooks(options?: { shuffle?: boolean; duplicates?: number }): Promise<WebhookDelivery[]>;
  /** The shop's cost bucket: `forceThrottle(n)` answers THROTTLED to the next n Admin API calls. */
  throttle(shop: string): CostBucket;
  state: DevstoreState;
  tokens: TokenStore;
  close(): Promise<void>;
}

function handleOf(shop: string): string {
  return shop.replace(/\.myshopify\.com$/, "");
}

/** Starts the devstore on 127.0.0.1. */
export async function startDevstore(options: DevstoreOptions): Promise<Devstore> {
  loadAdminSchema();
  const config = loadAppConfig(options.appConfigFile);
  const state = createState();
  const credentials = { apiKey: options.apiKey, apiSecret: options.apiSecret, scopes: config.scopes };
  const services: DevstoreServices = {
    state,
    tokens: createTokenStore(options.apiSecret),
    credentials,
    config,
    // Both are set once the tunnel is up, before the devstore answers anything.
    appUrl: "",
    webhooks: undefined as unknown as DevstoreServices["webhooks"],
    buckets: new Map(),
    maxQueryCost: options.maxQueryCost ?? MAX_SINGLE_QUERY_COST,
    restoreRate: options.restoreRate ?? 100,
  };
  const mail = await startMailCatcher({ port: options.mailPort });
  services.mail = mail;
  if (options.appSmtp) services.sendMailAsShopper = (message) => sendShopperMail(options.appSmtp!, message);
  services.inboundMailDomain = options.appSmtp?.domain;
  const app = createDevstoreApp(services);
  const server = await listen({ fetch: app.fetch, port: options.port ?? 0, hostname: "127.0.0.1" });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const tunnel = await startTunnel({ upstream: options.appUrl, adminOrigin: url, port: options.tunnelPort });
  services.appUrl = tunnel.url;
  services.webhooks = createWebhookDeliverer({
    appUrl: tunnel.url,
    apiSecret: options.apiSecret,
    config,
    apiVersion: config.webhookApiVersion || ADMIN_API_VERSION,
    retryDelaysMs: options.webhookRetryDelaysMs,
  });
  services.orderActions = createOrderActionStore(state, (request) => services.webhooks.deliverWebhook(request));

  return {
    url,
    shops: [...state.shops.keys()],
    adminUrl: (shop, path = "", locale) => {
      const suffix = path && !path.startsWith("/") ? `/${path}` : path;
      return `${url}/admin/store/${handleOf(shop)}/${APP_PATH}${suffix}${locale ? `?locale=${encodeURIComponent(locale)}` : ""}`;
    },
    appUrl: tunnel.url,
    appBridgeUrl: `${url}/cdn/app-bridge.js`,
    storefrontUrl: (shop) => `${url}/store/${handleOf(shop)}`,
    mintSessionToken: (shop, userId) => mintSessionToken({ state, credentials, shop, userId }),
    deliverWebhook: (request) => services.webhooks.deliverWebhook(request),
    mail,
    sendMailAsShopper: (message) => {
      if (!options.appSmtp) throw new Error("The devstore was started without the app's inbound SMTP address (appSmtp)");
      return sendShopperMail(options.appSmtp, message);
    },
    events: createOrderEvents(state, (request) => services.webhooks.deliverWebhook(request)),
    orderActions: services.orderActions,
    holdWebhooks: () => services.webhooks.hold(),
    releaseWebhooks: (options) => services.webhooks.release(options),
    throttle: (shop) => getBucket(services, shop),
    state,
    tokens: services.tokens,
    close: async () => {
      await Promise.all([closeServer(server), tunnel.close(), mail.close()]);
    },
  };
}

function listen(options: Parameters<typeof serve>[0]): Promise<ServerType> {
  return new Promise<ServerType>((resolve, reject) => {
    const instance = serve(options, () => resolve(instance));
    instance.once("error", reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if ("closeAllConnections" in server) server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

export { redirectShopifyTo } from "./redirect-shopify.mjs";
export type { WebhookDelivery, WebhookOptions, WebhookRequest } from "./webhooks.ts";
export type { DevstoreState } from "./state.ts";
