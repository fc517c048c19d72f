import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Order } from "../devstore/objects";
import { startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "./config";
import { createFreshDatabase } from "./fresh-database";

// The pipeline as Shopify exercises it: the devstore's order events send signed webhooks through
// its tunnel to the built app in a process of its own, with its own job worker and database.

let stack: Stack;
let db: pg.Client;

beforeAll(async () => {
  stack = await startStack({ databaseUrl: await createFreshDatabase("frontdesk_pipeline"), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET });
  db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
}, 120_000);

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

async function deliveryCounts() {
  const { rows } = await db.query<{ status: string; count: string }>(`SELECT status, count(*) FROM "WebhookDelivery" GROUP BY status`);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)])) as Record<string, number>;
}

/** Waits until every stored delivery is applied (or ignored) and no apply job is left. */
async function waitUntilApplied(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ pending: string; jobs: string }>(`
      SELECT (SELECT count(*) FROM "WebhookDelivery" WHERE status IN ('RECEIVED', 'FAILED')) AS pending,
             (SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = 'apply-webhook') AS jobs`);
    if (rows[0]!.pending === "0" && rows[0]!.jobs === "0") return;
    if (Date.now() > deadline) throw new Error(`Not applied within ${timeoutMs} ms: ${JSON.stringify(rows[0])}, ${JSON.stringify(await deliveryCounts())}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function mirrorOf(order: Order) {
  const { rows } = await db.query(`SELECT "financialStatus", "fulfillmentStatus", "cancelledAt", fulfillments, refunds, "shopifyUpdatedAt" FROM "Order" WHERE "shopifyId" = $1`, [
    order.legacyResourceId,
  ]);
  return rows[0] as { financialStatus: string; fulfillmentStatus: string | null; cancelledAt: Date | null; fulfillments: Array<{ tracking: Array<{ number: string }> }>; refunds: unknown[]; shopifyUpdatedAt: Date };
}

function openOrders(shop: string, count: number): Order[] {
  const orders = stack.devstore.state.shops.get(shop)!.orders.filter(
    (order) => !order.cancelledAt && order.displayFinancialStatus === "PAID" && order.displayFulfillmentStatus === "UNFULFILLED" && order.lineItems.length > 0,
  );
  expect(orders.length).toBeGreaterThanOrEqual(count);
  return orders.slice(-count);
}

describe("order webhooks from the devstore, through the app process", () => {
  it("duplicated three times and shuffled, leave the mirror as the store is, with each delivery applied once", async () => {
    const shop = stack.devstore.shops[0]!;
    const [toFulfil, toRefund, toCancel] = openOrders(shop, 3) as [Order, Order, Order];
    stack.devstore.holdWebhooks();
    const created = await stack.devstore.events.create(shop);
    await stack.devstore.events.fulfil(shop, toFulfil.id, { company: "UPS", number: "1Z999AA10123456784", url: "https://www.ups.com/track?tracknum=1Z999AA10123456784" });
    await stack.devstore.events.refund(shop, toRefund.id, [{ lineItem: toRefund.lineItems[0]!.id, quantity: 1 }], "Damaged in transit");
    await stack.devstore.events.cancel(shop, toCancel.id, "CUSTOMER");
    const sent = await stack.devstore.releaseWebhooks({ shuffle: true, duplicates: 3 });
    expect(sent.length).toBe(3 * 8);
    expect(sent.every((delivery) => delivery.attempts.every((attempt) => attempt.status === 200))).toBe(true);

    await waitUntilApplied(30_000);
    const counts = await deliveryCounts();
    // Eight deliveries (each event's own topic and orders/updated), stored once each.
    expect((counts.APPLIED ?? 0) + (counts.IGNORED ?? 0)).toBe(8);

    const fulfilled = await mirrorOf(toFulfil);
    expect(fulfilled.fulfillmentStatus).toBe("FULFILLED");
    expect(fulfilled.fulfillments.flatMap((fulfillment) => fulfillment.tracking.map((tracking) => tracking.number))).toContain("1Z999AA10123456784");
    const refunded = await mirrorOf(toRefund);
    expect(refunded.financialStatus).toBe(toRefund.displayFinancialStatus);
    expect(refunded.refunds).toHaveLength(toRefund.refunds.length);
    expect((await mirrorOf(toCancel)).cancelledAt).not.toBeNull();
    expect((await mirrorOf(created.order)).financialStatus).toBe("PAID");
  }, 60_000);

  it("applies every stored delivery after the app is killed (SIGKILL) between store and apply", async () => {
    const shop = stack.devstore.shops[1]!;
    const orders = openOrders(shop, 20);
    stack.devstore.holdWebhooks();
    for (const order of orders) await stack.devstore.events.fulfil(shop, order.id);
    const before = await deliveryCounts();
    const sent = await stack.devstore.releaseWebhooks();
    // Every delivery is acknowledged (stored); the worker beside the web server is still applying
    // them when the process dies, holding some jobs locked.
    expect(sent.every((delivery) => delivery.attempts[0]!.status === 200)).toBe(true);
    await stack.restartApp("SIGKILL");
    const { rows } = await db.query<{ left: string }>(`SELECT count(*) AS left FROM graphile_worker.jobs WHERE task_identifier = 'apply-webhook'`);
    console.log(`apply jobs left when the app was killed: ${rows[0]!.left} of ${sent.length}`);

    // A killed worker's locked jobs are freed once its heartbeat is 20 s stale.
    await waitUntilApplied(60_000);
    const after = await deliveryCounts();
    expect((after.APPLIED ?? 0) - (before.APPLIED ?? 0) + (after.IGNORED ?? 0) - (before.IGNORED ?? 0)).toBe(sent.length);
    for (const order of orders) expect((await mirrorOf(order)).fulfillmentStatus).toBe("FULFILLED");
  }, 120_000);
});
