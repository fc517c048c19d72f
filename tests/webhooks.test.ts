import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { flushDeliveryApplies } from "~/jobs/delivery-apply-scheduler.server";
import { receiveWebhook } from "~/services/receive-webhook.server";
import { uniqueShopDomain } from "./factories/shop";
import { webhookRequest } from "./factories/webhook-request";

const payload = { id: 820982911946154500, name: "#1001", updated_at: "2026-11-20T10:00:00Z" };

describe("webhook routes", () => {
  it("records a signed delivery once and answers 200", async () => {
    const shop = uniqueShopDomain();
    const response = await receiveWebhook(webhookRequest({ shop, topic: "orders/create", payload, eventId: "evt-1" }));
    expect(response.status).toBe(200);
    const rows = await prisma.webhookDelivery.findMany({ where: { shopId: shop } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic: "orders/create", eventId: "evt-1", dedupeKey: "evt-1", status: "RECEIVED", payload });
  });

  it("answers 200 to a duplicate delivery and stores nothing more", async () => {
    const shop = uniqueShopDomain();
    const first = webhookRequest({ shop, topic: "orders/create", payload, eventId: "evt-2", webhookId: "wh-a" });
    const again = webhookRequest({ shop, topic: "orders/create", payload, eventId: "evt-2", webhookId: "wh-b" });
    expect((await receiveWebhook(first)).status).toBe(200);
    expect((await receiveWebhook(again)).status).toBe(200);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(1);
  });

  it("falls back to the webhook id when Shopify sends no event id", async () => {
    const shop = uniqueShopDomain();
    const request = () => webhookRequest({ shop, topic: "orders/create", payload, eventId: null, webhookId: "wh-only" });
    await receiveWebhook(request());
    await receiveWebhook(request());
    const rows = await prisma.webhookDelivery.findMany({ where: { shopId: shop } });
    expect(rows.map((row) => row.dedupeKey)).toEqual(["wh-only"]);
  });

  it("refuses a forged signature with 401 and stores nothing", async () => {
    const shop = uniqueShopDomain();
    const forged = webhookRequest({ shop, topic: "orders/create", payload, secret: "not-the-app-secret" });
    expect((await receiveWebhook(forged)).status).toBe(401);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(0);
  });

  it("refuses a tampered body with 401", async () => {
    const shop = uniqueShopDomain();
    const signed = webhookRequest({ shop, topic: "orders/create", payload });
    const tampered = { ...signed, rawBody: JSON.stringify({ ...payload, name: "#9999" }) };
    expect((await receiveWebhook(tampered)).status).toBe(401);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(0);
  });

  it("answers 400 when Shopify's headers are missing, and stores nothing", async () => {
    const shop = uniqueShopDomain();
    const request = webhookRequest({ shop, topic: "orders/create", payload, omitHeaders: ["X-Shopify-Topic"] });
    expect((await receiveWebhook(request)).status).toBe(400);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(0);
  });

  it("refuses a compliance webhook with a bad signature with 401", async () => {
    const shop = uniqueShopDomain();
    const forged = webhookRequest({ shop, topic: "customers/redact", payload: { shop_domain: shop }, hmac: "AAAA" });
    expect((await receiveWebhook(forged)).status).toBe(401);
  });

  it("answers a request that is not a POST with 405, quietly", async () => {
    const shop = uniqueShopDomain();
    const answer = await receiveWebhook({ ...webhookRequest({ shop, topic: "orders/create", payload }), method: "GET", rawBody: "" });
    expect(answer).toMatchObject({ status: 405, headers: { Allow: "POST" } });
  });

  it("refuses a request without a signature with 401, and a domain that is not a shop's with 400", async () => {
    const shop = uniqueShopDomain();
    expect((await receiveWebhook(webhookRequest({ shop, topic: "orders/create", payload, omitHeaders: ["X-Shopify-Hmac-Sha256"] }))).status).toBe(401);
    expect((await receiveWebhook(webhookRequest({ shop: "attacker.example.com", topic: "orders/create", payload }))).status).toBe(400);
    expect(await prisma.webhookDelivery.count({ where: { shopId: { in: [shop, "attacker.example.com"] } } })).toBe(0);
  });

  it("accepts a topic only at its own URI: a signed shop/redact posted to orders/create is refused", async () => {
    const shop = uniqueShopDomain();
    const misrouted = webhookRequest({ shop, topic: "shop/redact", payload: { shop_domain: shop }, path: "/webhooks/orders/create" });
    const answer = await receiveWebhook(misrouted);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/receives orders\/create only/);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(0);
  });

  it.each([
    ["an escaped NUL", '{"id":1,"note":"a\\u0000b"}'],
    ["a raw NUL byte", '{"id":1,"note":"a\u0000b"}'],
    ["a lone surrogate", '{"id":1,"note":"\\ud800"}'],
    ["JSON nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000)],
    ["a body that is not JSON", "{not json"],
  ])("stores a signed payload PostgreSQL cannot hold (%s) as failed, with its text, and answers 200", async (_case, rawBody) => {
    const shop = uniqueShopDomain();
    const answer = await receiveWebhook(webhookRequest({ shop, topic: "orders/create", payload: null, rawBody, eventId: "evt-bad" }));
    expect(answer.status).toBe(200);
    const [delivery] = await prisma.webhookDelivery.findMany({ where: { shopId: shop } });
    expect(delivery).toMatchObject({ status: "FAILED", error: expect.stringMatching(/PostgreSQL cannot store this payload/) });
    expect(String((delivery!.payload as { unparsed: string }).unparsed).length).toBeGreaterThan(0);
    // Shopify's retry of it is a duplicate, not a second failure.
    expect((await receiveWebhook(webhookRequest({ shop, topic: "orders/create", payload: null, rawBody, eventId: "evt-bad" }))).status).toBe(200);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(1);
  });

  it("refuses ids longer than any Shopify id with 400, so the dedupe index is never what fails", async () => {
    const shop = uniqueShopDomain();
    const answer = await receiveWebhook(webhookRequest({ shop, topic: "orders/create", payload, eventId: "e".repeat(5000) }));
    expect(answer.status).toBe(400);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(0);
  });

  it("queues one apply job for a burst of a shop's deliveries, not one per delivery", async () => {
    const shop = uniqueShopDomain();
    await Promise.all(Array.from({ length: 30 }, (_, index) => receiveWebhook(webhookRequest({ shop, topic: "orders/updated", payload: { ...payload, id: index } }))));
    await flushDeliveryApplies();
    const jobs = await prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ${`apply-webhooks:${shop}`}`;
    expect(Number(jobs[0]!.n)).toBe(1);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop, status: "RECEIVED" } })).toBe(30);
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${`apply-webhooks:${shop}`}`;
  });
});
