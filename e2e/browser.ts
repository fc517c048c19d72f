import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type CDPSession, type Page } from "playwright-core";
import { BROWSER_USER_AGENT } from "../scripts/app-process";

export const SCREENSHOTS = path.resolve(import.meta.dirname, "..", "test-results", "e2e");

/** Debian's Chromium, headless, with the flags this offline machine needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ userAgent: BROWSER_USER_AGENT, viewport: { width: 1440, height: 960 } });
  // Shopify's CDN is out of reach from these machines. The library still preloads App Bridge from
  // it (a Link header); the app runs on the devstore's stand-in (APP_BRIDGE_URL). Answering the
  // CDN with nothing keeps the console free of DNS errors, so real errors stand out.
  await context.route("https://cdn.shopify.com/**", (route) => route.fulfill({ status: 204 }));
  return context.newPage();
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/**
 * A request the page itself cancelled (Remix aborting a fetch it no longer needs: a newer
 * submission of the same fetcher, a revalidation overtaken by another) can surface as this error
 * from single fetch's stream (remix-run/react-router#14203). It is not a failure of the page.
 */
const CANCELLED_REQUEST = /AbortError: signal is aborted without reason/;

/** Collects the page's uncaught errors and console errors, for a test to expect none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  const add = (text: string) => {
    if (!CANCELLED_REQUEST.test(text)) errors.push(text);
  };
  page.on("pageerror", (error) => add(`${error.name}: ${error.message}\n${error.stack ?? ""}`.replace(/^Error: (?=\w+Error: )/, "")));
  page.on("console", (message) => {
    if (message.type() === "error") add(`${message.text()} @ ${JSON.stringify(message.location())}`);
  });
  return errors;
}

/** A mid-range phone on a slow connection, as Lighthouse's mobile preset has it: CPU 4× slower, fast-3G-like network. */
export const SLOW_DEVICE = { cpuSlowdown: 4, latencyMs: 150, downloadKbps: 1600, uploadKbps: 750 };

/**
 * A page in a fresh context slowed through CDP (renderer CPU and network; an in-process iframe
 * shares both), for measuring what an agent on a slow device sees. Unlike `newPage`, nothing is
 * routed through Playwright (interception would add its own delay to every request): Shopify's
 * CDN is blocked by the browser instead. `initScript` runs in every frame before its scripts.
 */
export async function newThrottledPage(browser: Browser, options: { device?: typeof SLOW_DEVICE; initScript?: () => void } = {}): Promise<{ page: Page; cdp: CDPSession }> {
  const device = options.device ?? SLOW_DEVICE;
  const context = await browser.newContext({ userAgent: BROWSER_USER_AGENT, viewport: { width: 1440, height: 960 } });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: device.cpuSlowdown });
  await cdp.send("Network.enable");
  await cdp.send("Network.setBlockedURLs", { urls: ["https://cdn.shopify.com/*"] });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: device.latencyMs,
    downloadThroughput: (device.downloadKbps * 1000) / 8,
    uploadThroughput: (device.uploadKbps * 1000) / 8,
  });
  return { page, cdp };
}
