/**
 * Vitals benchmark (`npm run bench -- vitals`): what an agent on a slow device sees, measured by
 * the web-vitals library inside the embedded app (app/lib/web-vitals.client.ts), through the
 * devstore's admin page, in headless Chromium with the CPU 4× slower and a fast-3G-like network.
 *
 * In one run, in a devstore shop grown to BENCH_VITALS_TICKETS tickets (default 1,000,000, with
 * the inbox benchmark's 999 neighbours; bench/inbox.ts's seed):
 * 1. LCP, CLS and the gzipped client JavaScript of the inbox, of a ticket whose customer has five
 *    orders, and of a bare Polaris page in the same shell (the floor): BENCH_VITALS_LOADS (5) fresh
 *    loads of each, interleaved, medians.
 * 2. INP of opening that ticket from the inbox (a click on its row) and of sending a reply (type,
 *    press Send), as web-vitals reports it: BENCH_VITALS_LOADS runs each, medians.
 * 3. The server time of the layout, inbox and ticket loaders (single-fetch data requests for one
 *    route each, unthrottled, from this process), beside hand-written SQL reading the same rows.
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import type { Browser, Frame, FrameLocator, Locator, Page } from "playwright-core";
import { launchBrowser, newThrottledPage, saveScreenshot, SCREENSHOTS, SLOW_DEVICE } from "../e2e/browser.ts";
import { BROWSER_USER_AGENT } from "../scripts/app-process.ts";
import { findFreePort } from "../scripts/embedded-postgres.ts";
import { INBOUND_EMAIL_DOMAIN, startStack, type Stack } from "../scripts/stack.ts";
import type { FrontdeskVitals } from "../app/lib/web-vitals.client.ts";
import { COUNT_CAP } from "../app/inbox-views.ts";
import { buildEmbeddedQuery } from "../devstore/pages/admin-page.ts";
import { seed } from "./inbox.ts";
import { percentile, round } from "./stats.ts";

export interface VitalsBenchOptions {
  databaseUrl: string;
  log: (line: string) => void;
}

const API_KEY = "bench-vitals-api-key";
const API_SECRET = "bench-vitals-api-secret";
const TICKETS = Number(process.env.BENCH_VITALS_TICKETS ?? 1_000_000);
const LOADS = Math.max(1, Number(process.env.BENCH_VITALS_LOADS ?? 5));
const LOADER_SAMPLES = Number(process.env.BENCH_VITALS_LOADER_SAMPLES ?? 30);
/** A loader slower than this in total stops sampling early (at least 5 samples). */
const LOADER_BUDGET_MS = 30_000;
const TARGETS = { lcpToBare: 1.2, cls: 0.02, inpMs: 200, loaderToSql: 2 };
/** How long the pointer rests on a target before pressing it. */
const HOVER_MS = 500;
const SUBJECT = "Five parcels, none arrived yet";
const REPLY = "Sorry for the wait: all five are with the carrier and arrive tomorrow.";
/** web-vitals' own chunk loads only because the benchmark set the flag; no agent downloads it. */
const WEB_VITALS_CHUNK = /\/assets\/web-vitals-[\w-]+\.js$/;
const BUILD_CLIENT = path.resolve(import.meta.dirname, "..", "build", "client");

const median = (values: number[]) => (values.length ? percentile(values, 50) : Number.NaN);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(250);
  }
}

/**
 * A customer of the devstore's first shop with five orders in the app's mirror (orders added in
 * the devstore, and mirrored through their webhooks, when none has five), who then writes in.
 */
async function openTicketWithFiveOrders(stack: Stack, db: pg.Pool, shop: string) {
  const { rows } = await db.query<{ email: string; orders: number }>(
    `SELECT c.email, count(o.id)::int AS orders FROM "Customer" c LEFT JOIN "Order" o ON o."shopId" = c."shopId" AND o."customerId" = c.id
     WHERE c."shopId" = $1 AND c."shopifyId" IS NOT NULL AND c.email IS NOT NULL GROUP BY c.email HAVING count(o.id) <= 5 ORDER BY 2 DESC, 1 LIMIT 1`,
    [shop],
  );
  const chosen = rows[0];
  const customer = stack.devstore.state.shops.get(shop)!.customers.find((candidate) => candidate.email === chosen?.email);
  if (!chosen || !customer) throw new Error(`No customer of ${shop} with five orders or fewer`);
  for (let count = chosen.orders; count < 5; count++) await stack.devstore.events.create(shop, { customer: customer.id });
  const mirrored = async () =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Order" o JOIN "Customer" c ON c.id = o."customerId" WHERE o."shopId" = $1 AND c.email = $2`, [shop, chosen.email])).rows[0]!.n;
  await waitUntil(async () => (await mirrored()) === 5, 60_000, "five orders in the mirror");
  await stack.devstore.sendMailAsShopper({
    from: chosen.email,
    to: `${shop.replace(/\.myshopify\.com$/, "")}@${INBOUND_EMAIL_DOMAIN}`,
    subject: SUBJECT,
    text: "Hello, I ordered five times this month and nothing has arrived. Could you check all of them?",
  });
  let ticketId: string | undefined;
  await waitUntil(
    async () => {
      ticketId = (await db.query<{ id: string }>(`SELECT id::text FROM "Ticket" WHERE "shopId" = $1 AND subject = $2`, [shop, SUBJECT])).rows[0]?.id;
      return Boolean(ticketId);
    },
    60_000,
    "the customer's ticket",
  );
  return { ticketId: ticketId!, email: chosen.email };
}

/** The app's frame inside the devstore's admin page. */
function appFrame(page: Page): Frame {
  const frame = page.frame({ name: "app-iframe" });
  if (!frame) throw new Error("The admin page has no app frame");
  return frame;
}

const readVitals = (frame: Frame) => frame.evaluate(() => window.__frontdeskVitals ?? null);

/**
 * Waits until web-vitals has reported every metric named and none has changed for `quietMs`
 * (frame time), and returns them: with reportAllChanges, the last report is the metric's value.
 */
async function settledVitals(frame: Frame, names: Array<keyof FrontdeskVitals["metrics"]>, quietMs = 1500, timeoutMs = 30_000): Promise<FrontdeskVitals["metrics"]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [vitals, now] = await Promise.all([readVitals(frame), frame.evaluate(() => performance.now())]);
    const reports = vitals ? Object.values(vitals.metrics).map((metric) => metric!.reportedAt) : [];
    if (vitals?.ready && names.every((name) => vitals.metrics[name]) && now - Math.max(0, ...reports) >= quietMs) return vitals.metrics;
    if (Date.now() > deadline) throw new Error(`web-vitals did not report ${names.join(", ")} within ${timeoutMs / 1000} s: ${JSON.stringify(vitals)}`);
    await sleep(250);
  }
}

interface ScriptLoad {
  url: string;
  bytes: number;
}

/** The JavaScript a page downloaded: the app's own (gzipped, as sent), and App Bridge's apart. */
function summariseScripts(scripts: ScriptLoad[], appOrigin: string) {
  const own = scripts.filter((script) => new URL(script.url).origin === appOrigin && !WEB_VITALS_CHUNK.test(script.url));
  const appBridge = scripts.filter((script) => /app-bridge/.test(script.url));
  // The same files gzipped from build/client, to check the network's figure.
  const fromBuild = own.reduce((sum, script) => {
    try {
      return sum + gzipSync(readFileSync(path.join(BUILD_CLIENT, new URL(script.url).pathname))).length;
    } catch {
      return sum;
    }
  }, 0);
  return {
    jsKb: round(own.reduce((sum, script) => sum + script.bytes, 0) / 1024, 1),
    jsKbFromBuild: round(fromBuild / 1024, 1),
    scripts: own.length,
    appBridgeKb: round(appBridge.reduce((sum, script) => sum + script.bytes, 0) / 1024, 1),
  };
}

/** A fresh, throttled page with the vitals flag set in the app's frame, its scripts and errors recorded. */
async function openMeasuredPage(browser: Browser) {
  const { page } = await newThrottledPage(browser, {
    initScript: () => {
      try {
        window.sessionStorage.setItem("frontdesk-vitals", "1");
      } catch {
        // Storage blocked: the app's frame then records nothing, and the benchmark says so.
      }
    },
  });
  const scripts: Array<Promise<ScriptLoad>> = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })));
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !/ERR_BLOCKED_BY_CLIENT/.test(message.text())) errors.push(message.text());
  });
  return { page, scripts, errors };
}

type PageName = "bare" | "inbox" | "ticket";
type InteractionName = "bare" | "openTicket" | "openTicketInstantClick" | "sendReply";

/**
 * A click as a person makes it: the pointer arrives, rests a moment, then presses. Playwright's
 * click presses the instant the pointer lands, so the hover's own work (mouseenter handlers,
 * :hover styles) would count as the click's input delay.
 */
async function clickAsAPerson(target: Locator) {
  await target.hover();
  await sleep(HOVER_MS);
  await target.click();
}

interface PageSpec {
  path: string;
  /** Resolves when the page shows what it is for (not a login or error page). */
  ready: (app: FrameLocator) => Promise<void>;
}

interface LoadResult {
  lcpMs: number;
  cls: number;
  fcpMs: number | null;
  ttfbMs: number | null;
  lcpElement: string | null;
  /** The shifts counted and what the largest moved (web-vitals' CLS entries). */
  clsSource: string | null;
  /** The frame's document as Navigation Timing saw it, in ms from the frame's navigation start. */
  document: { redirects: number; requestStartMs: number; responseStartMs: number; responseEndMs: number; domInteractiveMs: number; transferKb: number };
  jsKb: number;
  jsKbFromBuild: number;
  scripts: number;
  appBridgeKb: number;
  errors: string[];
}

async function measureLoad(browser: Browser, stack: Stack, shop: string, spec: PageSpec, screenshot: string | null): Promise<LoadResult> {
  const { page, scripts, errors } = await openMeasuredPage(browser);
  try {
    await page.goto(stack.devstore.adminUrl(shop, spec.path, "en"));
    await spec.ready(page.frameLocator("iframe"));
    const frame = appFrame(page);
    // The app's frame must share the page's throttled renderer: a frame in its own process would escape the CPU slowdown.
    if (await page.context().newCDPSession(frame).then(() => true, () => false)) throw new Error("The app's frame runs in its own process; CPU throttling does not reach it");
    const metrics = await settledVitals(frame, ["LCP", "CLS"]);
    const document = await frame.evaluate(() => {
      const entry = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { redirects: entry.redirectCount, requestStartMs: entry.requestStart, responseStartMs: entry.responseStart, responseEndMs: entry.responseEnd, domInteractiveMs: entry.domInteractive, transferKb: entry.transferSize / 1024 };
    });
    if (screenshot) await saveScreenshot(page, screenshot);
    return {
      lcpMs: round(metrics.LCP!.value, 0),
      cls: round(metrics.CLS!.value, 4),
      fcpMs: metrics.FCP ? round(metrics.FCP.value, 0) : null,
      ttfbMs: metrics.TTFB ? round(metrics.TTFB.value, 0) : null,
      lcpElement: metrics.LCP!.source,
      clsSource: metrics.CLS!.source,
      document: { redirects: document.redirects, requestStartMs: round(document.requestStartMs, 0), responseStartMs: round(document.responseStartMs, 0), responseEndMs: round(document.responseEndMs, 0), domInteractiveMs: round(document.domInteractiveMs, 0), transferKb: round(document.transferKb, 1) },
      ...summariseScripts(await Promise.all(scripts), new URL(stack.appUrl).origin),
      errors,
    };
  } finally {
    await page.context().close();
  }
}

interface InteractionResult {
  inpMs: number;
  interaction: string | null;
  /** From the action to what it was for on screen, as this process saw it (Playwright's overhead included). */
  doneMs: number;
  errors: string[];
}

/** One interaction on a freshly loaded page; INP as web-vitals reports it once it has settled. */
async function measureInteraction(
  browser: Browser,
  url: string,
  ready: (app: FrameLocator) => Promise<void>,
  act: (app: FrameLocator) => Promise<() => Promise<void>>,
  screenshot: string | null,
): Promise<InteractionResult> {
  const { page, errors } = await openMeasuredPage(browser);
  try {
    await page.goto(url);
    const app = page.frameLocator("iframe");
    await ready(app);
    const frame = appFrame(page);
    await settledVitals(frame, ["LCP"]);
    const finish = await act(app);
    const started = performance.now();
    await finish();
    const doneMs = performance.now() - started;
    const metrics = await settledVitals(frame, ["INP"], 1000);
    if (screenshot) await saveScreenshot(page, screenshot);
    return { inpMs: round(metrics.INP!.value, 0), interaction: metrics.INP!.source, doneMs: round(doneMs, 0), errors };
  } finally {
    await page.context().close();
  }
}

interface Timing {
  p50: number;
  p95: number;
  samples: number;
}

/** Times the app's loader and the hand-written SQL in alternation, so background work slows both alike. */
async function timeAgainstSql(app: () => Promise<void>, sql: () => Promise<void>): Promise<{ app: Timing; sql: Timing }> {
  for (let index = 0; index < 3; index++) {
    await app();
    await sql();
  }
  const durations = { app: [] as number[], sql: [] as number[] };
  const measure = async (key: "app" | "sql", run: () => Promise<void>) => {
    const started = performance.now();
    await run();
    durations[key].push(performance.now() - started);
  };
  const began = performance.now();
  for (let index = 0; index < LOADER_SAMPLES; index++) {
    if (index % 2) await measure("app", app).then(() => measure("sql", sql));
    else await measure("sql", sql).then(() => measure("app", app));
    if (index >= 4 && performance.now() - began > LOADER_BUDGET_MS) break;
  }
  const summary = (values: number[]): Timing => ({ p50: round(percentile(values, 50), 2), p95: round(percentile(values, 95), 2), samples: values.length });
  return { app: summary(durations.app), sql: summary(durations.sql) };
}

/** The rows each loader reads, as one would write it by hand: the session, then the page's queries at once. */
function expertQueries(db: pg.Pool, shop: string, sessionId: string, staffId: string, ticketId: string) {
  const session = () => db.query(`SELECT * FROM "Session" WHERE id = $1`, [sessionId]);
  const locale = () => db.query(`SELECT locale FROM "StaffMember" WHERE "shopId" = $1 AND id = $2`, [shop, staffId]);
  const staff = () => db.query(`SELECT id, "firstName", "lastName", "displayName" FROM "StaffMember" WHERE "shopId" = $1 ORDER BY "firstName", id LIMIT 200`, [shop]);
  // Capped counts, as the app reads them (COUNT_CAP in app/inbox-views.ts): at most cap + 1 index entries each.
  const capped = (where: string) => `(SELECT count(*) FROM (SELECT 1 FROM "Ticket" WHERE "shopId" = $1 AND ${where} LIMIT ${COUNT_CAP + 1}) c)`;
  const awaitingReply = () => db.query(`SELECT ${capped(`status = 'OPEN' AND "awaitingReply"`)}`, [shop]);
  const viewCounts = () =>
    db.query(
      `SELECT ${[
        `status = 'OPEN'`,
        `status IN ('OPEN', 'PENDING') AND "assigneeId" IS NULL`,
        `status IN ('OPEN', 'PENDING', 'SNOOZED') AND "assigneeId" = $2::bigint`,
        `status = 'PENDING'`,
        `status = 'SNOOZED'`,
        `status <> 'CLOSED' AND priority = 'URGENT'`,
        `status = 'CLOSED'`,
        `true`,
      ]
        .map(capped)
        .join(", ")}`,
      [shop, staffId],
    );
  return {
    bare: async () => {
      await session();
    },
    layout: async () => {
      await session();
      await Promise.all([locale(), awaitingReply()]);
    },
    inbox: async () => {
      await session();
      await Promise.all([
        db.query(
          `SELECT t.*, c."firstName", c."lastName", c.email, last.text, last.direction,
                  (SELECT count(*) FROM "TicketOrder" o WHERE o."shopId" = t."shopId" AND o."ticketId" = t.id) AS orders
           FROM "Ticket" t
           LEFT JOIN "Customer" c ON c.id = t."customerId" AND c."shopId" = t."shopId"
           LEFT JOIN LATERAL (SELECT text, direction FROM "Message" m WHERE m."shopId" = t."shopId" AND m."ticketId" = t.id AND m.direction <> 'NOTE' ORDER BY m."createdAt" DESC LIMIT 1) last ON true
           WHERE t."shopId" = $1 AND t.status = 'OPEN' ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT 51`,
          [shop],
        ),
        viewCounts(),
        staff(),
        db.query(
          `WITH RECURSIVE found (language) AS (
             (SELECT language FROM "Ticket" WHERE "shopId" = $1 AND language IS NOT NULL ORDER BY language LIMIT 1)
             UNION ALL
             SELECT (SELECT language FROM "Ticket" WHERE "shopId" = $1 AND language > found.language ORDER BY language LIMIT 1) FROM found WHERE found.language IS NOT NULL
           ) SELECT language FROM found WHERE language IS NOT NULL`,
          [shop],
        ),
        locale(),
      ]);
    },
    ticket: async () => {
      await session();
      // One wave, as the app reads it: the customer's rows are found through the ticket's own.
      const customerOfTicket = `(SELECT "customerId" FROM "Ticket" WHERE "shopId" = $1 AND id = $2)`;
      await Promise.all([
        db.query(`SELECT t.*, c.* FROM "Ticket" t LEFT JOIN "Customer" c ON c."shopId" = t."shopId" AND c.id = t."customerId" WHERE t."shopId" = $1 AND t.id = $2`, [shop, ticketId]),
        db.query(
          `SELECT m.*, a.id AS "attachmentId", a.filename, a.size, a."contentType", a."contentId" FROM "Message" m
           LEFT JOIN "Attachment" a ON a."shopId" = m."shopId" AND a."messageId" = m.id
           WHERE m."shopId" = $1 AND m."ticketId" = $2 ORDER BY m."createdAt"`,
          [shop, ticketId],
        ),
        db.query(`SELECT * FROM "Activity" WHERE "shopId" = $1 AND "ticketId" = $2 ORDER BY "createdAt"`, [shop, ticketId]),
        db.query(`SELECT * FROM "Order" WHERE "shopId" = $1 AND "customerId" = ${customerOfTicket} ORDER BY "shopifyCreatedAt" DESC LIMIT 10`, [shop, ticketId]),
        db.query(
          `SELECT id, number, subject, status, channel, "lastMessageAt" FROM "Ticket" WHERE "shopId" = $1 AND "customerId" = ${customerOfTicket} AND id <> $2 ORDER BY "lastMessageAt" DESC LIMIT 10`,
          [shop, ticketId],
        ),
        db.query(`SELECT * FROM "Return" WHERE "shopId" = $1 AND "ticketId" = $2 ORDER BY "requestedAt" DESC LIMIT 20`, [shop, ticketId]),
        staff(),
      ]);
    },
  };
}

export async function benchVitals(options: VitalsBenchOptions) {
  const began = performance.now();
  const loadAtStart = round(os.loadavg()[0]!, 1);
  const elapsed = () => round((performance.now() - began) / 1000, 0);
  // The bare page answers 404 in production without it (app/routes/app.bare.tsx); the app inherits it.
  process.env.FRONTDESK_BARE_PAGE = "true";
  const appPort = await findFreePort();
  const appLines: string[] = [];
  const stack = await startStack({
    databaseUrl: options.databaseUrl,
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    appPort,
    log: (line) => {
      appLines.push(line);
      if (appLines.length > 200) appLines.shift();
    },
  });
  const db = new pg.Pool({ connectionString: options.databaseUrl, max: 8 });
  let browser: Browser | undefined;
  try {
    const shop = stack.devstore.shops[0]!;
    options.log(`stack up in ${elapsed()} s; seeding ${shop} to ${TICKETS} tickets`);
    // The bench's own server: a bulk load should not checkpoint every gigabyte of WAL.
    await db.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
    await db.query(`SELECT pg_reload_conf()`);
    // After the install, which imported the shop's customers and orders: the seed adds tickets only.
    const seeded = await seed(db, TICKETS, options.log, shop);
    options.log(`seeded in ${seeded.totalSeconds} s (at ${elapsed()} s)`);
    // The shop's next ticket number follows the seeded ones, as it would in a shop that had them all.
    await db.query(`UPDATE "Shop" SET "ticketSequence" = GREATEST("ticketSequence", (SELECT max(number) FROM "Ticket" WHERE "shopId" = $1)) WHERE id = $1`, [shop]);
    const { ticketId, email } = await openTicketWithFiveOrders(stack, db, shop);
    options.log(`ticket ${ticketId} from ${email}, five orders (at ${elapsed()} s)`);

    const ordersShown = async (app: FrameLocator) => {
      await app.getByRole("heading", { name: "Orders", exact: true }).waitFor({ timeout: 60_000 });
      await waitUntil(async () => (await app.getByRole("button", { name: /^Open order / }).count()) === 5, 30_000, "five orders in the sidebar");
    };
    const pages: Record<PageName, PageSpec> = {
      bare: { path: "/bare", ready: (app) => app.getByText("A Polaris page with a card and a line of text").waitFor({ timeout: 60_000 }) },
      inbox: {
        path: "",
        // The page's title is in the admin's title bar, outside the app's frame: the rows tell it is shown.
        ready: (app) => app.locator(".Polaris-IndexTable__TableRow", { hasText: SUBJECT }).waitFor({ timeout: 60_000 }),
      },
      ticket: { path: `/tickets/${ticketId}`, ready: ordersShown },
    };

    browser = await launchBrowser();
    // Warm-up, unmeasured: the app's first render of each route, PostgreSQL's caches.
    for (const spec of Object.values(pages)) await measureLoad(browser, stack, shop, spec, null);

    const loads: Record<PageName, LoadResult[]> = { bare: [], inbox: [], ticket: [] };
    for (let load = 0; load < LOADS; load++) {
      for (const name of Object.keys(pages) as PageName[]) {
        const result = await measureLoad(browser, stack, shop, pages[name], load === 0 ? `vitals-${name}` : null);
        loads[name].push(result);
        options.log(`load ${load + 1}/${LOADS} ${name}: LCP ${result.lcpMs} ms (${result.lcpElement}), CLS ${result.cls} (${result.clsSource}), document ${JSON.stringify(result.document)}, JS ${result.jsKb} KB in ${result.scripts} files${result.errors.length ? `, errors: ${result.errors.join(" | ")}` : ""}`);
      }
    }

    const rowOf = (app: FrameLocator) => app.locator(".Polaris-IndexTable__TableRow", { hasText: SUBJECT }).getByText(SUBJECT);
    const interactionSpecs: Record<InteractionName, { page: PageName; act: (app: FrameLocator, run: number) => Promise<() => Promise<void>> }> = {
      // The floor: a click on the bare page's line of text (no handler), in the same conditions.
      bare: {
        page: "bare",
        act: async (app) => {
          await clickAsAPerson(app.getByText("A Polaris page with a card and a line of text"));
          return async () => {};
        },
      },
      openTicket: {
        page: "inbox",
        act: async (app) => {
          await clickAsAPerson(rowOf(app));
          return () => pages.ticket.ready(app);
        },
      },
      // Playwright's own click: the pointer lands on the row and presses at once, so the row's hover work is still running.
      openTicketInstantClick: {
        page: "inbox",
        act: async (app) => {
          await rowOf(app).click();
          return () => pages.ticket.ready(app);
        },
      },
      sendReply: {
        page: "ticket",
        act: async (app, run) => {
          const text = `${REPLY} (${run + 1})`;
          const box = app.getByPlaceholder("Write a reply to the customer…");
          await clickAsAPerson(box);
          // About 10 characters a second: a quick typist, each key its own interaction.
          await box.pressSequentially(text, { delay: 100 });
          await clickAsAPerson(app.getByRole("button", { name: "Send reply" }));
          return () => app.locator("p", { hasText: text }).waitFor({ timeout: 60_000 });
        },
      },
    };
    const interactionRuns: Record<InteractionName, InteractionResult[]> = { bare: [], openTicket: [], openTicketInstantClick: [], sendReply: [] };
    for (let run = 0; run < LOADS; run++) {
      for (const [name, spec] of Object.entries(interactionSpecs) as Array<[InteractionName, (typeof interactionSpecs)[InteractionName]]>) {
        const result = await measureInteraction(browser, stack.devstore.adminUrl(shop, pages[spec.page].path, "en"), pages[spec.page].ready, (app) => spec.act(app, run), run === 0 ? `vitals-interaction-${name}` : null);
        interactionRuns[name].push(result);
        options.log(`interaction ${run + 1}/${LOADS} ${name}: INP ${result.inpMs} ms (${result.interaction}), done in ${result.doneMs} ms`);
      }
    }
    options.log(`browser measurements done (at ${elapsed()} s)`);

    // Loaders: a single-fetch data request for one route, straight to the app's port (no tunnel, no throttling).
    const { rows: sessions } = await db.query<{ id: string; userId: string }>(`SELECT id, "userId"::text FROM "Session" WHERE shop = $1 AND "isOnline" ORDER BY expires DESC NULLS LAST LIMIT 1`, [shop]);
    if (!sessions[0]) throw new Error(`No online session for ${shop}`);
    const expert = expertQueries(db, shop, sessions[0].id, sessions[0].userId, ticketId);
    const dataRequest = (pathname: string, routeId: string, expect: string) => async () => {
      const token = await stack.devstore.mintSessionToken(shop);
      const response = await fetch(`http://127.0.0.1:${appPort}${pathname}.data?_routes=${encodeURIComponent(routeId)}`, {
        headers: { Authorization: `Bearer ${token}`, "User-Agent": BROWSER_USER_AGENT },
      });
      const body = await response.text();
      if (response.status !== 200 || !body.includes(expect)) throw new Error(`${routeId} answered ${response.status}: ${body.slice(0, 300)}`);
    };
    const loaderSpecs = {
      bare: { app: dataRequest("/app/bare", "routes/app.bare", "routes/app.bare"), sql: expert.bare },
      layout: { app: dataRequest("/app", "routes/app", "awaitingReply"), sql: expert.layout },
      inbox: { app: dataRequest("/app", "routes/app._index", SUBJECT), sql: expert.inbox },
      ticket: { app: dataRequest(`/app/tickets/${ticketId}`, "routes/app.tickets.$id", SUBJECT), sql: expert.ticket },
    };
    const loaders: Record<string, { ms: number; sqlMs: number; ratio: number; p95Ms: number; sqlP95Ms: number; samples: number }> = {};
    for (const [name, spec] of Object.entries(loaderSpecs)) {
      const timing = await timeAgainstSql(spec.app, spec.sql);
      loaders[name] = { ms: timing.app.p50, sqlMs: timing.sql.p50, ratio: round(timing.app.p50 / Math.max(0.01, timing.sql.p50), 2), p95Ms: timing.app.p95, sqlP95Ms: timing.sql.p95, samples: timing.app.samples };
      options.log(`loader ${name}: p50 ${timing.app.p50} ms (SQL ${timing.sql.p50}), p95 ${timing.app.p95} ms (SQL ${timing.sql.p95}), ${timing.app.samples} samples`);
    }

    // Documents: the whole HTML response (every loader and the server render) as the admin's frame asks for it, unthrottled.
    const documentRequest = (pathname: string, expect: string) => async () => {
      const query = buildEmbeddedQuery({ shop, handle: shop.replace(/\.myshopify\.com$/, ""), locale: "en", idToken: await stack.devstore.mintSessionToken(shop), apiSecret: API_SECRET });
      const response = await fetch(`http://127.0.0.1:${appPort}${pathname}?${query}`, { headers: { "User-Agent": BROWSER_USER_AGENT } });
      const body = await response.text();
      if (response.status !== 200 || !body.includes(expect)) throw new Error(`${pathname} answered ${response.status}: ${body.slice(0, 300)}`);
      return body;
    };
    const documentSpecs = {
      bare: documentRequest("/app/bare", "A Polaris page with a card"),
      inbox: documentRequest("/app", SUBJECT),
      ticket: documentRequest(`/app/tickets/${ticketId}`, SUBJECT),
    };
    const documents: Record<string, { ms: number; p95Ms: number; kb: number; gzKb: number; samples: number }> = {};
    for (const [name, request] of Object.entries(documentSpecs)) {
      const body = await request();
      // Kept beside the screenshots, to see what a heavy document is made of.
      writeFileSync(path.join(SCREENSHOTS, `vitals-document-${name}.html`), body);
      const timing = await timeAgainstSql(() => request().then(() => undefined), async () => {});
      documents[name] = { ms: timing.app.p50, p95Ms: timing.app.p95, kb: round(Buffer.byteLength(body) / 1024, 1), gzKb: round(gzipSync(body).length / 1024, 1), samples: timing.app.samples };
      options.log(`document ${name}: p50 ${timing.app.p50} ms, p95 ${timing.app.p95} ms, ${documents[name]!.kb} KB (${documents[name]!.gzKb} KB gzipped)`);
    }

    const summarise = (results: LoadResult[]) => ({
      lcpMs: median(results.map((result) => result.lcpMs)),
      cls: median(results.map((result) => result.cls)),
      fcpMs: median(results.flatMap((result) => (result.fcpMs === null ? [] : [result.fcpMs]))),
      ttfbMs: median(results.flatMap((result) => (result.ttfbMs === null ? [] : [result.ttfbMs]))),
      jsKb: median(results.map((result) => result.jsKb)),
      jsKbFromBuild: median(results.map((result) => result.jsKbFromBuild)),
      appBridgeKb: median(results.map((result) => result.appBridgeKb)),
      lcpElement: results[0]?.lcpElement ?? null,
      clsSource: results[0]?.clsSource ?? null,
      loads: results.map(({ lcpMs, cls, fcpMs, ttfbMs, jsKb, document }) => ({ lcpMs, cls, fcpMs, ttfbMs, jsKb, document })),
    });
    const interactions = (results: InteractionResult[]) => ({
      inpMs: median(results.map((result) => result.inpMs)),
      doneMs: median(results.map((result) => result.doneMs)),
      runs: results.map(({ inpMs, interaction, doneMs }) => ({ inpMs, interaction, doneMs })),
    });
    const inp = (name: InteractionName) => median(interactionRuns[name].map((result) => result.inpMs));
    const bare = { ...summarise(loads.bare), inpMs: inp("bare") };
    const inbox = { ...summarise(loads.inbox), inpMs: inp("openTicket") };
    const ticket = { ...summarise(loads.ticket), inpMs: inp("sendReply") };
    const lcpRatio = (lcpMs: number) => round(lcpMs / bare.lcpMs, 2);
    const met = {
      lcp: { inbox: lcpRatio(inbox.lcpMs) <= TARGETS.lcpToBare, ticket: lcpRatio(ticket.lcpMs) <= TARGETS.lcpToBare },
      cls: { inbox: inbox.cls <= TARGETS.cls, ticket: ticket.cls <= TARGETS.cls },
      inp: { openTicket: inbox.inpMs <= TARGETS.inpMs, sendReply: ticket.inpMs <= TARGETS.inpMs },
      loaders: { inbox: loaders.inbox!.ratio <= TARGETS.loaderToSql, ticket: loaders.ticket!.ratio <= TARGETS.loaderToSql },
    };
    const errors = [...Object.values(loads), ...Object.values(interactionRuns)].flat().flatMap((result) => result.errors);
    return {
      measuredAt: new Date().toISOString(),
      // Other work on the machine slows the browser and the app alike: the 1-minute load average at the start and the end.
      machine: { cores: os.cpus().length, node: process.version, chromium: browser.version(), loadAverage: { start: loadAtStart, end: round(os.loadavg()[0]!, 1) } },
      settings: {
        tickets: TICKETS,
        neighbourShops: 999,
        neighbourTickets: Number(process.env.BENCH_INBOX_NEIGHBOUR_TICKETS ?? 1000),
        loads: LOADS,
        loaderSamples: LOADER_SAMPLES,
        device: SLOW_DEVICE,
        viewport: "1440x960",
        inpDurationThresholdMs: 16,
      },
      seed: seeded,
      targets: TARGETS,
      bare,
      pages: { inbox: { ...inbox, lcpRatioToBare: lcpRatio(inbox.lcpMs) }, ticket: { ...ticket, lcpRatioToBare: lcpRatio(ticket.lcpMs) } },
      interactions: Object.fromEntries(Object.entries(interactionRuns).map(([name, results]) => [name, interactions(results)])),
      loaders,
      documents,
      met: { ...met, all: Object.values(met).every((group) => Object.values(group).every(Boolean)) },
      pageErrors: [...new Set(errors)],
      screenshots: [...Object.keys(pages), ...Object.keys(interactionSpecs).map((name) => `interaction-${name}`)].map((name) => path.relative(process.cwd(), path.join(SCREENSHOTS, `vitals-${name}.png`))),
      totalSeconds: elapsed(),
    };
  } catch (error) {
    options.log(`the app's last lines:\n${appLines.slice(-40).join("\n")}`);
    throw error;
  } finally {
    await browser?.close();
    await db.end();
    await stack.stop();
  }
}
