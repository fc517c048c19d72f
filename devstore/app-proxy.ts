import { createHmac } from "node:crypto";
import type { AppConfig } from "./app-config.ts";

/**
 * Shopify's app proxy signature: drop `signature`, join each key's values with commas, sort the
 * `key=value` strings, concatenate them with no separator, hex HMAC-SHA256 with the app secret.
 */
export function signProxyParams(params: URLSearchParams, secret: string): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (key === "signature") continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  const message = [...grouped].map(([key, values]) => `${key}=${values.join(",")}`).sort().join("");
  return createHmac("sha256", secret).update(message).digest("hex");
}

/** Where the app proxy sends `/apps/frontdesk/<rest>`: the `[app_proxy] url` path on the app's real origin. */
export function proxyTargetUrl(config: AppConfig, appUrl: string, rest: string, query: URLSearchParams): URL {
  if (!config.appProxy) throw new Error("shopify.app.toml has no [app_proxy]");
  const configured = new URL(config.appProxy.url);
  const target = new URL(`${configured.pathname.replace(/\/$/, "")}${rest ? `/${rest.replace(/^\//, "")}` : ""}`, new URL(appUrl).origin);
  for (const [key, value] of query) target.searchParams.append(key, value);
  return target;
}

export interface ProxyRequest {
  method: string;
  /** The path after `/apps/frontdesk`, without a leading slash. */
  rest: string;
  query: URLSearchParams;
  headers: Headers;
  body: ArrayBuffer | null;
  shop: string;
  loggedInCustomerId: string | null;
  /** The shopper's address, passed on as X-Forwarded-For as Shopify's proxy does. */
  clientIp?: string | null;
}

/**
 * Forwards a storefront request to the app as Shopify's app proxy does: the shopper's query plus
 * `shop`, `logged_in_customer_id`, `path_prefix`, `timestamp` and `signature`; no cookies either way.
 */
export async function forwardProxyRequest(request: ProxyRequest, settings: { config: AppConfig; appUrl: string; apiSecret: string }): Promise<Response> {
  const proxy = settings.config.appProxy;
  if (!proxy) return new Response("This app has no app proxy", { status: 404 });
  const query = new URLSearchParams(request.query);
  for (const key of ["shop", "logged_in_customer_id", "path_prefix", "timestamp", "signature"]) query.delete(key);
  query.set("shop", request.shop);
  query.set("logged_in_customer_id", request.loggedInCustomerId ?? "");
  query.set("path_prefix", `/${proxy.prefix}/${proxy.subpath}`);
  query.set("timestamp", String(Math.floor(Date.now() / 1000)));
  query.set("signature", signProxyParams(query, settings.apiSecret));
  const target = proxyTargetUrl(settings.config, settings.appUrl, request.rest, query);

  const headers = new Headers();
  for (const name of ["accept", "accept-language", "content-type", "user-agent"]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set("x-forwarded-host", request.shop);
  if (request.clientIp) headers.set("x-forwarded-for", request.clientIp);
  const response = await fetch(target, {
    method: request.method,
    headers,
    body: request.method === "GET" || request.method === "HEAD" ? undefined : request.body,
    redirect: "manual",
  });
  const answer = new Headers(response.headers);
  answer.delete("set-cookie");
  answer.delete("content-encoding");
  answer.delete("content-length");
  answer.delete("transfer-encoding");
  return new Response(await response.arrayBuffer(), { status: response.status, headers: answer });
}
