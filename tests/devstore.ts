import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll } from "vitest";
import { startDevstore, type Devstore } from "../devstore/index";
import { redirectShopifyTo } from "../devstore/redirect-shopify.mjs";
import { BROWSER_USER_AGENT } from "../scripts/app-process";
import { TEST_API_KEY, TEST_API_SECRET, TEST_APP_URL } from "./config";

/**
 * Starts a devstore for the test file and sends this process's Shopify traffic to it, as the
 * app's own preload does in `npm run demo`. Read `.current` inside tests.
 */
export function useDevstore(): { current: Devstore } {
  const holder = {} as { current: Devstore };
  beforeAll(async () => {
    holder.current = await startDevstore({ port: 0, appUrl: TEST_APP_URL, apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, restoreRate: 1000 });
    redirectShopifyTo(holder.current.url);
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}

/** A document request for the embedded app, as Shopify admin makes it when it frames the app. */
export function embeddedRequest(path: string, shop: string, idToken: string, locale = "en"): Request {
  const handle = shop.replace(/\.myshopify\.com$/, "");
  const params = new URLSearchParams({
    embedded: "1",
    shop,
    host: Buffer.from(`admin.shopify.com/store/${handle}`).toString("base64url"),
    locale,
    id_token: idToken,
  });
  return new Request(`${TEST_APP_URL}${path}?${params}`, { headers: { "User-Agent": BROWSER_USER_AGENT } });
}

/** A data request from the embedded app, authenticated the way App Bridge's fetch does it. */
export function bearerRequest(path: string, idToken: string): Request {
  return new Request(`${TEST_APP_URL}${path}`, {
    headers: { "User-Agent": BROWSER_USER_AGENT, Authorization: `Bearer ${idToken}` },
  });
}

/** Calls a loader or action as Remix would, returning its data or the Response it threw. */
export async function callRoute<T>(handler: (args: LoaderFunctionArgs) => Promise<T>, request: Request) {
  try {
    return { data: await handler({ request, params: {}, context: {} }), response: undefined };
  } catch (thrown) {
    if (thrown instanceof Response) return { data: undefined, response: thrown };
    throw thrown;
  }
}

/** A form POST from the embedded app, authenticated as App Bridge's fetch does it. */
export async function postForm(handler: (args: ActionFunctionArgs) => Promise<unknown>, path: string, token: string, form: Record<string, string>, params: Record<string, string> = {}) {
  const request = new Request(`${TEST_APP_URL}${path}`, {
    method: "POST",
    headers: { "User-Agent": BROWSER_USER_AGENT, Authorization: `Bearer ${token}` },
    body: new URLSearchParams(form),
  });
  try {
    const result = await handler({ request, params, context: {} });
    // Response.json() may come from another realm's Response class than this file's.
    const isResponse = typeof (result as Response | undefined)?.status === "number" && typeof (result as Response).json === "function";
    return isResponse ? (result as Response) : new Response(JSON.stringify(result), { status: 200 });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
