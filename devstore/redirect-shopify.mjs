// Sends this process's HTTPS traffic for `*.myshopify.com` to the devstore, keeping the Host
// header so the devstore knows the shop. Node's global fetch reads undici's global dispatcher on
// every request, so the Shopify libraries reach the devstore without any patching.
//
//   node --import ./devstore/redirect-shopify.mjs server.js    (with DEVSTORE_URL set)
//   redirectShopifyTo("http://127.0.0.1:4321")                  (in-process, e.g. tests)
import { Agent, Dispatcher, getGlobalDispatcher, setGlobalDispatcher } from "undici";

const SHOPIFY_HOST = /\.myshopify\.com$/i;

/** Header lists arrive as an object, a flat [name, value, …] array or [name, value] pairs. */
function withHostHeader(headers, host) {
  const flat = [];
  if (Array.isArray(headers)) {
    if (headers.length > 0 && Array.isArray(headers[0])) for (const [name, value] of headers) flat.push(name, value);
    else flat.push(...headers);
  } else if (headers && typeof headers[Symbol.iterator] === "function") {
    for (const [name, value] of headers) flat.push(name, value);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat.push(name, value);
  }
  const result = [];
  for (let index = 0; index < flat.length; index += 2) {
    if (String(flat[index]).toLowerCase() !== "host") result.push(flat[index], flat[index + 1]);
  }
  result.push("host", host);
  return result;
}

class ShopifyRedirectDispatcher extends Dispatcher {
  /** @param {URL} target @param {Dispatcher} fallback */
  constructor(target, fallback) {
    super();
    this.target = target;
    this.fallback = fallback;
    this.agent = new Agent();
  }

  dispatch(options, handler) {
    const origin = new URL(String(options.origin));
    if (!SHOPIFY_HOST.test(origin.hostname)) return this.fallback.dispatch(options, handler);
    return this.agent.dispatch({ ...options, origin: this.target.origin, headers: withHostHeader(options.headers, origin.host) }, handler);
  }

  async close() {
    await this.agent.close();
  }

  async destroy(error) {
    await this.agent.destroy(error);
  }
}

let original;

/**
 * Reroutes `https://<shop>.myshopify.com/…` requests made with the global fetch (and undici) to
 * `url`, e.g. `http://127.0.0.1:4321`; everything else goes where it went before. Calling it again
 * points at a new devstore; `redirectShopifyTo(null)` restores the previous dispatcher.
 * @param {string | URL | null} url
 */
export function redirectShopifyTo(url) {
  original ??= getGlobalDispatcher();
  if (url === null || url === undefined) {
    setGlobalDispatcher(original);
    return;
  }
  setGlobalDispatcher(new ShopifyRedirectDispatcher(new URL(String(url)), original));
}

if (process.env.DEVSTORE_URL) redirectShopifyTo(process.env.DEVSTORE_URL);
