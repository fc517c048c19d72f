import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { generate as generateCertificate } from "selfsigned";
import { ADMIN_API_VERSION } from "../app/shopify/api-version.ts";
import { loadAppConfig } from "./app-config.ts";
import { createTokenStore, mintSessionToken, type TokenStore } from "./auth.ts";
import { MAX_SINGLE_QUERY_COST } from "./admin-graphql.ts";
import { loadAdminSchema } from "./schema.ts";
import { ADMIN_HOST, APP_PATH, CDN_HOST, createAdminOriginApp, createDevstoreApp, getBucket, type DevstoreServices } from "./server.ts";
import { createState, type DevstoreState } from "./state.ts";
import type { CostBucket } from "./throttle.ts";
import { createWebhookDeliverer, type WebhookDelivery, type WebhookRequest } from "./webhooks.ts";

export interface DevstoreOptions {
  /** 0 = a random free port. */
  port?: number;
  /** The HTTPS port serving https://admin.shopify.com; 0 = a random free port. */
  adminPort?: number;
  /** Where the app listens, e.g. http://127.0.0.1:3000: webhooks, the admin iframe and the app proxy go there. */
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
  /** Another shopify.app.toml (tests). */
  appConfigFile?: string;
}

export interface Devstore {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The shops' myshopify domains: maple-and-moss.myshopify.com, kumo-tea.myshopify.com. */
  shops: string[];
  /**
   * The admin page framing the app for `shop`, at Shopify's own address, e.g.
   * adminUrl(shop, "/settings", "ja") → https://admin.shopify.com/store/kumo-tea/apps/frontdesk/settings?locale=ja.
   * A browser reaches it when started with `browserArgs`.
   */
  adminUrl(shop: string, path?: string, locale?: string): string;
  /** Chromium flags that send admin.shopify.com and cdn.shopify.com to the devstore and accept its self-signed certificate. */
  browserArgs: string[];
  storefrontUrl(shop: string): string;
  /** A session token as Shopify admin gives the framed app; the shop owner unless `userId` (numeric) is given. */
  mintSessionToken(shop: string, userId?: string): Promise<string>;
  /** Posts a webhook to every subscription for `topic` in shopify.app.toml, signed as Shopify signs it. */
  deliverWebhook(request: WebhookRequest): Promise<WebhookDelivery[]>;
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
    appUrl: options.appUrl.replace(/\/$/, ""),
    webhooks: createWebhookDeliverer({ appUrl: options.appUrl, apiSecret: options.apiSecret, config, apiVersion: config.webhookApiVersion || ADMIN_API_VERSION }),
    buckets: new Map(),
    maxQueryCost: options.maxQueryCost ?? MAX_SINGLE_QUERY_COST,
    restoreRate: options.restoreRate ?? 100,
  };
  const app = createDevstoreApp(services);
  const server = await listen({ fetch: app.fetch, port: options.port ?? 0, hostname: "127.0.0.1" });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const certificate = await generateCertificate([{ name: "commonName", value: ADMIN_HOST }], {
    keySize: 2048,
    extensions: [{ name: "subjectAltName", altNames: [ADMIN_HOST, CDN_HOST].map((value) => ({ type: 2 as const, value })) }],
  });
  const adminApp = createAdminOriginApp(services, () => url);
  const adminServer = await listen({
    fetch: adminApp.fetch,
    port: options.adminPort ?? 0,
    hostname: "127.0.0.1",
    createServer: createHttpsServer,
    serverOptions: { key: certificate.private, cert: certificate.cert },
  });
  const adminPort = (adminServer.address() as AddressInfo).port;

  return {
    url,
    shops: [...state.shops.keys()],
    adminUrl: (shop, path = "", locale) => {
      const suffix = path && !path.startsWith("/") ? `/${path}` : path;
      return `https://${ADMIN_HOST}/store/${handleOf(shop)}/${APP_PATH}${suffix}${locale ? `?locale=${encodeURIComponent(locale)}` : ""}`;
    },
    browserArgs: [`--host-resolver-rules=MAP ${ADMIN_HOST} 127.0.0.1:${adminPort}, MAP ${CDN_HOST} 127.0.0.1:${adminPort}`, "--ignore-certificate-errors"],
    storefrontUrl: (shop) => `${url}/store/${handleOf(shop)}`,
    mintSessionToken: (shop, userId) => mintSessionToken({ state, credentials, shop, userId }),
    deliverWebhook: (request) => services.webhooks.deliverWebhook(request),
    throttle: (shop) => getBucket(services, shop),
    state,
    tokens: services.tokens,
    close: async () => {
      await Promise.all([server, adminServer].map(closeServer));
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
