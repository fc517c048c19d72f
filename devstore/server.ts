import { findStaffMember } from "./state.ts";
import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono, type Context } from "hono";
import { cors } from "hono/cors";
import { ADMIN_API_VERSION } from "../app/shopify/api-version.ts";
import { runAdminGraphql, type GraphqlRequestBody } from "./admin-graphql.ts";
import type { AppConfig } from "./app-config.ts";
import { forwardProxyRequest } from "./app-proxy.ts";
import { exchangeAccessToken, mintSessionToken, type AppCredentials, type TokenStore } from "./auth.ts";
import { renderAdminPage } from "./pages/admin-page.ts";
import { renderAdminResourcePage } from "./pages/admin-resource-page.ts";
import { APP_BRIDGE_SCRIPT } from "./pages/app-bridge-script.ts";
import { renderHomePage } from "./pages/home-page.ts";
import { renderMailPage } from "./pages/mail-page.ts";
import type { MailCatcher, ShopperMail } from "./mail-catcher.ts";
import { renderProductPage, renderSignInPage, renderStorefrontPage } from "./pages/storefront-page.ts";
import type { OrderActionStore } from "./order-action-store.ts";
import { findShopByHandle, type DevstoreState } from "./state.ts";
import { createCostBucket, type CostBucket } from "./throttle.ts";
import type { WebhookDeliverer, WebhookOptions } from "./webhooks.ts";

export interface DevstoreServices {
  state: DevstoreState;
  tokens: TokenStore;
  credentials: AppCredentials;
  config: AppConfig;
  appUrl: string;
  webhooks: WebhookDeliverer;
  buckets: Map<string, CostBucket>;
  /** Requests with a cost above this are refused (Shopify: 1000). */
  maxQueryCost: number;
  /** Cost points restored per second: 100 on Shopify's standard plans, 1000 on Plus. */
  restoreRate: number;
  /** Set once the mail catcher listens. */
  mail?: MailCatcher;
  /** Sends a shopper's mail to the app's inbound SMTP server, when the devstore knows it. */
  sendMailAsShopper?: (mail: ShopperMail) => Promise<string>;
  /** The app's inbound mail domain: each shop receives at <handle>@<domain>. */
  inboundMailDomain?: string;
  /** What order-action mutations keep between requests (edits, idempotency keys, jobs). */
  orderActions?: OrderActionStore;
}

export const INVALID_TOKEN_MESSAGE = "[API] Invalid API key or access token (unrecognized login or wrong password)";
export const APP_PATH = "apps/frontdesk";

export function getBucket(services: DevstoreServices, shop: string): CostBucket {
  let bucket = services.buckets.get(shop);
  if (!bucket) {
    bucket = createCostBucket({ restoreRate: services.restoreRate });
    services.buckets.set(shop, bucket);
  }
  return bucket;
}

/** The shop a Shopify API request is for: the Host header the redirecting dispatcher preserved. */
function shopFromHost(c: Context): string {
  return (c.req.header("host") ?? "").replace(/:\d+$/, "").toLowerCase();
}

async function readParams(c: Context): Promise<Record<string, string | undefined>> {
  const type = c.req.header("content-type") ?? "";
  if (type.includes("application/json")) return (await c.req.json()) as Record<string, string>;
  const form = new URLSearchParams(await c.req.text());
  return Object.fromEntries(form);
}

async function readGraphqlBody(c: Context): Promise<GraphqlRequestBody> {
  const type = c.req.header("content-type") ?? "";
  if (type.includes("application/graphql")) return { query: await c.req.text() };
  try {
    return (await c.req.json()) as GraphqlRequestBody;
  } catch {
    return {};
  }
}

export function createDevstoreApp(services: DevstoreServices): Hono {
  const { state, tokens, credentials, config } = services;
  const app = new Hono();

  app.post("/admin/api/:version/graphql.json", async (c) => {
    const shop = shopFromHost(c);
    if (!state.shops.has(shop)) return c.json({ errors: "Not Found" }, 404);
    if (c.req.param("version") !== ADMIN_API_VERSION) return c.json({ errors: "Not Found" }, 404);
    const token = tokens.verify(c.req.header("x-shopify-access-token"), shop);
    if (!token) return c.json({ errors: INVALID_TOKEN_MESSAGE }, 401);
    const body = await readGraphqlBody(c);
    const context = {
      state,
      shop,
      scopes: token.scopes,
      appInstallation: { apiKey: credentials.apiKey, title: config.name || "App", handle: config.handle || "app", appUrl: services.appUrl },
      orderActions: services.orderActions,
      acceptLanguage: c.req.header("accept-language"),
      // An online token acts as its staff member, whose admin permissions then count too.
      ...(token.kind === "online" && token.userId ? { staffPermissions: findStaffMember(state, shop, token.userId)?.orderPermissions ?? [] } : {}),
    };
    const result = await runAdminGraphql(context, getBucket(services, shop), body, { maxQueryCost: services.maxQueryCost });
    c.header("X-Shopify-API-Version", ADMIN_API_VERSION);
    c.header("X-Request-Id", crypto.randomUUID());
    return c.json(result, 200);
  });

  app.post("/admin/oauth/access_token", async (c) => {
    const shop = shopFromHost(c);
    const result = await exchangeAccessToken({ state, tokens, credentials, shop, params: await readParams(c) });
    return c.json(result.body, result.status as 200);
  });

  app.get("/", (c) => c.html(renderHomePage(services)));
  const shopAddresses = () => [...state.shops.values()].map((shop) => `${shop.handle}@${services.inboundMailDomain ?? "inbox.frontdesk.localhost"}`);
  app.get("/mail", (c) => c.html(renderMailPage(services.mail?.messages() ?? [], c.req.query("id"), { canSend: Boolean(services.sendMailAsShopper), addresses: shopAddresses(), sent: c.req.query("sent") })));
  // "Write as a shopper": the form on /mail sends a real mail to the app's inbound SMTP server.
  app.post("/mail/send", async (c) => {
    if (!services.sendMailAsShopper) return c.text("The devstore does not know the app's inbound SMTP server", 503);
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === "string" ? (form[name] as string).trim() : "");
    try {
      const id = await services.sendMailAsShopper({ from: field("from"), to: field("to"), subject: field("subject"), text: field("text"), ...(field("inReplyTo") ? { inReplyTo: field("inReplyTo") } : {}) });
      return c.redirect(`/mail?sent=${encodeURIComponent(id)}`, 303);
    } catch (error) {
      return c.text(`The app refused the mail: ${(error as Error).message}`, 422);
    }
  });
  app.get("/devstore/api/mail", (c) => c.json({ messages: services.mail?.messages() ?? [] }));


  app.get("/cdn/app-bridge.js", (c) => {
    c.header("Access-Control-Allow-Origin", "*");
    c.header("Cache-Control", "no-store");
    return c.body(APP_BRIDGE_SCRIPT, 200, { "Content-Type": "text/javascript; charset=utf-8" });
  });

  const adminPage = async (c: Context) => {
    const shop = findShopByHandle(state, c.req.param("handle") ?? "");
    if (!shop) return c.text("No such store", 404);
    const deeper = c.req.path.replace(new RegExp(`^/admin/store/[^/]+/${APP_PATH}`), "");
    const html = await renderAdminPage(services, shop, { deeperPath: deeper, locale: c.req.query("locale"), userId: c.req.query("user") });
    return c.html(html);
  };
  app.get(`/admin/store/:handle/${APP_PATH}`, adminPage);
  app.get(`/admin/store/:handle/${APP_PATH}/*`, adminPage);
  // Shopify admin's own order and customer pages, where an app's shopify://admin/… links lead.
  for (const resource of ["orders", "customers"] as const) {
    app.get(`/admin/store/:handle/${resource}/:id`, (c) => {
      const shop = findShopByHandle(state, c.req.param("handle"));
      if (!shop) return c.text("No such store", 404);
      const html = renderAdminResourcePage(services, shop, { resource, id: c.req.param("id"), locale: c.req.query("locale"), userId: c.req.query("user") });
      return html ? c.html(html) : c.text(`No such ${resource === "orders" ? "order" : "customer"} in ${shop.domain}`, 404);
    });
  }

  app.use("/devstore/api/*", cors());
  app.get("/devstore/api/session-token", sessionTokenHandler(services));
  app.post("/devstore/api/webhooks", async (c) => {
    const { shop, topic, payload, options } = (await c.req.json()) as { shop?: string; topic?: string; payload?: unknown; options?: WebhookOptions };
    if (!shop || !state.shops.has(shop)) return c.json({ error: `No shop ${shop}` }, 404);
    if (!topic) return c.json({ error: "topic is required" }, 400);
    try {
      return c.json({ deliveries: await services.webhooks.deliverWebhook({ shop, topic, payload: payload ?? {}, options }) });
    } catch (error) {
      return c.json({ error: (error as Error).message }, 422);
    }
  });
  app.get("/devstore/api/webhooks", (c) => c.json({ deliveries: services.webhooks.history() }));
  app.post("/devstore/api/throttle", async (c) => {
    const { shop, calls, available } = (await c.req.json()) as { shop?: string; calls?: number; available?: number };
    if (!shop || !state.shops.has(shop)) return c.json({ error: `No shop ${shop}` }, 404);
    const bucket = getBucket(services, shop);
    if (typeof calls === "number") bucket.forceThrottle(calls);
    if (typeof available === "number") bucket.setAvailable(available);
    return c.json({ throttleStatus: bucket.status() });
  });

  app.all("/store/:handle/apps/frontdesk/*", async (c) => proxyToApp(c, services));
  app.all("/store/:handle/apps/frontdesk", async (c) => proxyToApp(c, services));
  // The storefront's own sign-in, reduced to choosing who you are: the proxy then reports that
  // customer as `logged_in_customer_id`, as Shopify does for a signed-in shopper.
  app.get("/store/:handle/account/login-as/:customerId", (c) => {
    const shop = findShopByHandle(state, c.req.param("handle"));
    if (!shop) return c.text("No such store", 404);
    const customerId = c.req.param("customerId").replace(/\D/g, "");
    const path = `/store/${shop.handle}`;
    c.header("Set-Cookie", customerId ? `devstore_customer=${customerId}; Path=${path}; HttpOnly; SameSite=Lax` : `devstore_customer=; Path=${path}; Max-Age=0`);
    // Back to the storefront path the sign-in was asked from (Shopify's `return_url`), on this store.
    const back = c.req.query("return_url");
    return c.redirect(back && /^\/[^/\\]/.test(back) ? `${path}${back}` : path, 303);
  });
  app.get("/store/:handle/account/login", (c) => {
    const shop = findShopByHandle(state, c.req.param("handle"));
    return shop ? c.html(renderSignInPage(services, shop, c.req.query("return_url"))) : c.text("No such store", 404);
  });
  app.get("/store/:handle", (c) => {
    const shop = findShopByHandle(state, c.req.param("handle"));
    return shop ? c.html(renderStorefrontPage(services, shop)) : c.text("No such store", 404);
  });
  app.get("/store/:handle/products/:product", (c) => {
    const shop = findShopByHandle(state, c.req.param("handle"));
    const product = shop?.products.find((candidate) => candidate.handle === c.req.param("product"));
    return shop && product ? c.html(renderProductPage(services, shop, product)) : c.text("No such product", 404);
  });

  return app;
}

function sessionTokenHandler(services: DevstoreServices) {
  return async (c: Context) => {
    const shop = c.req.query("shop") ?? "";
    if (!services.state.shops.has(shop)) return c.json({ error: `No shop ${shop}` }, 404);
    const token = await mintSessionToken({ state: services.state, credentials: services.credentials, shop, userId: c.req.query("user") || undefined });
    return c.json({ token });
  };
}

async function proxyToApp(c: Context, services: DevstoreServices): Promise<Response> {
  const shop = findShopByHandle(services.state, c.req.param("handle") ?? "");
  if (!shop) return c.text("No such store", 404);
  const url = new URL(c.req.url);
  const rest = url.pathname.replace(/^\/store\/[^/]+\/apps\/frontdesk\/?/, "");
  const method = c.req.method;
  try {
    return await forwardProxyRequest(
      {
        method,
        rest,
        query: url.searchParams,
        headers: c.req.raw.headers,
        body: method === "GET" || method === "HEAD" ? null : await c.req.arrayBuffer(),
        shop: shop.domain,
        loggedInCustomerId: readCustomerCookie(c),
        clientIp: c.req.header("x-forwarded-for")?.split(",")[0]?.trim() || getConnInfo(c).remote.address || null,
      },
      { config: services.config, appUrl: services.appUrl, apiSecret: services.credentials.apiSecret },
    );
  } catch (error) {
    return c.text(`The app did not answer the proxy request: ${(error as Error).message}`, 502);
  }
}

/** The storefront's signed-in shopper, kept in a devstore cookie (the storefront's own login). */
function readCustomerCookie(c: Context): string | null {
  const match = /(?:^|;\s*)devstore_customer=(\d+)/.exec(c.req.header("cookie") ?? "");
  return match ? match[1]! : null;
}
