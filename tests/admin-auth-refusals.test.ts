import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { BROWSER_USER_AGENT } from "../scripts/app-process";
import { TEST_API_KEY, TEST_API_SECRET, TEST_APP_URL } from "./config";
import prisma from "~/db.server";
import { deleteShopData } from "~/models/shop.server";
import { useDevstore } from "./devstore";
import { uniqueShopDomain } from "./factories/shop";

// Every admin route, the ones added later too: what a route module exports is what Remix calls.
type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<unknown>;
const ROUTES = Object.entries(import.meta.glob<{ loader?: Handler; action?: Handler }>(["../app/routes/app.tsx", "../app/routes/app.*.tsx", "../app/routes/auth.*.tsx"], { eager: true }));

const devstore = useDevstore();

/** A session token as Shopify admin signs it (with the app's secret), for any `dest`. */
async function sessionToken(claims: { dest?: string; secret?: string; expiresIn?: number }) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: `${claims.dest ?? "https://nowhere"}/admin`, ...(claims.dest === undefined ? {} : { dest: claims.dest }), aud: TEST_API_KEY, sub: "1", sid: randomUUID() })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(now - 120)
    .setNotBefore(now - 120)
    .setExpirationTime(now + (claims.expiresIn ?? 60))
    .sign(new TextEncoder().encode(claims.secret ?? TEST_API_SECRET));
}

/** The status a route answers (what it returned or threw), as Remix would send it. */
async function statusOf(handler: Handler, request: Request): Promise<number> {
  const params = { id: randomUUID(), orderId: "1", "*": "session-token" };
  try {
    const result = await handler({ request, params, context: {} });
    return isResponse(result) ? result.status : 200;
  } catch (thrown) {
    return isResponse(thrown) ? thrown.status : 500;
  }
}

// Response.json() may come from another realm's Response class than this file's.
function isResponse(value: unknown): value is Response {
  return typeof (value as Response | undefined)?.status === "number" && typeof (value as Response).headers?.get === "function";
}

// Forms most actions refuse (422); Settings saves them.
const FORMS = ["intent=replies&signature=Thanks&URGENT=1&HIGH=4&NORMAL=24&LOW=72", "intent=profile&displayName=Aiko"];

function fetchRequest(path: string, token: string, method: "GET" | "POST", body = FORMS[0]): Request {
  return new Request(`${TEST_APP_URL}${path}`, {
    method,
    headers: { "User-Agent": BROWSER_USER_AGENT, Authorization: `Bearer ${token}`, "Content-Type": "application/x-www-form-urlencoded" },
    ...(method === "POST" ? { body } : {}),
  });
}

/** A document load as Shopify admin frames it; `shop` and `host` name a real-looking shop whatever the token says. */
function documentRequest(path: string, token: string): Request {
  const params = new URLSearchParams({ embedded: "1", shop: "maple-and-moss.myshopify.com", host: Buffer.from("admin.shopify.com/store/maple-and-moss").toString("base64url"), id_token: token });
  return new Request(`${TEST_APP_URL}${path}?${params}`, { headers: { "User-Agent": BROWSER_USER_AGENT } });
}

/** Every loader and action of every admin route, as fetches and (loaders) as documents. */
async function answersOfEveryRoute(token: string) {
  const answers: Record<string, number> = {};
  for (const [file, module] of ROUTES) {
    const path = "/app/x";
    if (module.loader) {
      answers[`${file} loader`] = await statusOf(module.loader, fetchRequest(path, token, "GET"));
      answers[`${file} document`] = await statusOf(module.loader, documentRequest(path, token));
    }
    if (module.action) {
      for (const [index, form] of FORMS.entries()) answers[`${file} action ${index}`] = await statusOf(module.action, fetchRequest(path, token, "POST", form));
    }
  }
  return answers;
}

function everyAnswer(answers: Record<string, number>, status: number) {
  return Object.fromEntries(Object.keys(answers).map((key) => [key, status]));
}

describe("admin routes given a session token for a shop that cannot have the app", () => {
  it("finds the admin routes", () => {
    expect(ROUTES.map(([file]) => file)).toEqual(expect.arrayContaining(["../app/routes/app.tsx", "../app/routes/app._index.tsx", "../app/routes/app.tickets.$id.tsx", "../app/routes/app.settings._index.tsx", "../app/routes/auth.$.tsx"]));
  });

  it("answers 401, never 5xx, to a valid token for a shop Shopify does not know (never installed)", async () => {
    const answers = await answersOfEveryRoute(await sessionToken({ dest: `https://${uniqueShopDomain("never-installed")}` }));
    expect(answers).toEqual(everyAnswer(answers, 401));
  });

  it("answers 401, never 5xx, to a valid token whose dest is not a myshopify domain", async () => {
    for (const dest of [undefined, "https://evil.example.com", "https://evil.shop.dev", "https://maple-and-moss.myshopify.com.evil.example", "https://maple-and-moss.myshopify.com:8443", "not a url"]) {
      const answers = await answersOfEveryRoute(await sessionToken({ dest }));
      expect(answers, String(dest)).toEqual(everyAnswer(answers, 401));
    }
  });

  it("still answers 401 to a forged or expired token for a real shop, as the library does", async () => {
    const shop = devstore.current.shops[0]!;
    for (const token of [await sessionToken({ dest: `https://${shop}`, secret: "someone-elses-secret" }), await sessionToken({ dest: `https://${shop}`, expiresIn: -60 })]) {
      const answers = await answersOfEveryRoute(token);
      // A document with a bad token goes to the library's bounce page for a fresh one (302).
      const expected = Object.fromEntries(Object.keys(answers).map((key) => [key, key.endsWith(" document") ? 302 : 401]));
      expect(answers).toEqual(expected);
    }
  });

  it("lets a real shop's valid token through", async () => {
    const shop = devstore.current.shops[0]!;
    const { loader } = ROUTES.find(([file]) => file === "../app/routes/app.analytics.tsx")![1];
    expect(await statusOf(loader!, fetchRequest("/app/analytics", await devstore.current.mintSessionToken(shop), "GET"))).toBe(200);
  });
});


describe("admin routes for a shop whose install is not recorded yet", () => {
  // The library stores the sessions before our afterAuth hook records the shop, so a concurrent
  // request can arrive with a session and no Shop row.
  it("answer without 5xx while the shop has sessions but no Shop row", async () => {
    const shop = devstore.current.shops[1]!;
    try {
      const { loader } = ROUTES.find(([file]) => file === "../app/routes/app.analytics.tsx")![1];
      expect(await statusOf(loader!, fetchRequest("/app/analytics", await devstore.current.mintSessionToken(shop), "GET"))).toBe(200);
      await prisma.shop.deleteMany({ where: { id: shop } });
      const answers = await answersOfEveryRoute(await devstore.current.mintSessionToken(shop));
      expect(Object.entries(answers).filter(([, status]) => status >= 500)).toEqual([]);
    } finally {
      // Sessions go too, so the next test of this worker installs the shop afresh.
      await deleteShopData(shop);
    }
  });
});
