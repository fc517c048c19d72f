import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebhookDelivery } from "../devstore/webhooks";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../scripts/embedded-postgres";
import { startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "./config";

// PostgreSQL stops for 10 s in the middle of a burst of order webhooks. The app must answer 5xx
// while it cannot store a delivery (so that Shopify retries), stay up, and once the database is
// back, Shopify's retries must leave every delivery stored and applied, once.

const OUTAGE_MS = 10_000;
// Shopify's retry schedule (8 retries over 4 hours), compressed to fit in a test.
const RETRIES_MS = [1000, 2000, 3000, 4000, 5000, 5000, 5000, 5000];

let dir: string;
let database: EmbeddedDatabase;
let stack: Stack;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "frontdesk-outage-"));
  database = await startEmbeddedPostgres({ dir, quiet: true });
  await database.createDatabase("frontdesk");
  stack = await startStack({ databaseUrl: database.urlFor("frontdesk"), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, webhookRetryDelaysMs: RETRIES_MS });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await database?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.urlFor("frontdesk") });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("a database outage during a burst of webhooks", () => {
  it("answers 5xx while PostgreSQL is down, and loses nothing once Shopify retries", async () => {
    const shop = stack.devstore.shops[0]!;
    const orders = stack.devstore.state.shops
      .get(shop)!
      .orders.filter((order) => !order.cancelledAt && order.displayFinancialStatus === "PAID" && order.displayFulfillmentStatus === "UNFULFILLED")
      .slice(-24);
    expect(orders.length).toBe(24);

    // The burst: one order fulfilled every 250 ms, each sending two webhooks, with retries.
    const burst = (async () => {
      const sent: WebhookDelivery[] = [];
      for (const order of orders) {
        sent.push(...(await Promise.all([stack.devstore.events.fulfil(shop, order.id), new Promise((resolve) => setTimeout(resolve, 250))]))[0].deliveries);
      }
      return sent;
    })();
    const outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await database.stop();
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      await database.start();
    })();
    const [sent] = await Promise.all([burst, outage]);

    const statuses = sent.flatMap((delivery) => delivery.attempts.map((attempt) => attempt.status));
    expect(statuses, JSON.stringify(statuses)).toContain(503);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    for (const delivery of sent) expect(delivery.attempts.at(-1)!.status).toBe(200);

    // Deliveries refused during the outage wait out graphile-worker's exponential retry back-off
    // (e^attempts seconds: about 55 s after a fourth failure); on a loaded machine more attempts
    // fail while PostgreSQL is down, so allow for the fifth (about 150 s).
    const deadline = Date.now() + 150_000;
    for (;;) {
      const [row] = await query<{ stored: string; applied: string; jobs: string }>(`
        SELECT (SELECT count(*) FROM "WebhookDelivery") AS stored,
               (SELECT count(*) FROM "WebhookDelivery" WHERE status IN ('APPLIED', 'IGNORED')) AS applied,
               (SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = 'apply-webhook') AS jobs`);
      if ((row!.applied === String(sent.length) && row!.jobs === "0") || Date.now() > deadline) {
        expect(Number(row!.stored)).toBe(sent.length);
        expect(Number(row!.applied)).toBe(sent.length);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const fulfilled = await query<{ count: string }>(
      `SELECT count(*) FROM "Order" WHERE "fulfillmentStatus" = 'FULFILLED' AND "shopifyId" IN (${orders.map((order) => order.legacyResourceId).join(",")})`,
    );
    expect(fulfilled[0]!.count).toBe(String(orders.length));
    // The app stayed up through it all.
    expect((await fetch(`${stack.appUrl}/healthz`)).status).toBe(200);
  }, 300_000);
});
