import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { action as ordersCreate } from "~/routes/webhooks.orders.create";
import { action as customersRedact } from "~/routes/webhooks.customers.redact";
import { uniqueShopDomain } from "./factories/shop";
import { webhookRequest } from "./factories/webhook-request";

const args = (request: Request) => ({ request, params: {}, context: {} });

async function respond(handler: typeof ordersCreate, request: Request): Promise<Response> {
  try {
    return await handler(args(request));
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const payload = { id: 820982911946154500, name: "#1001", updated_at: "2026-11-20T10:00:00Z" };

describe("webhook routes", () => {
  it("records a signed delivery once and answers 200", async () => {
    const shop = uniqueShopDomain();
    const response = await respond(ordersCreate, webhookRequest({ shop, topic: "orders/create", payload, eventId: "evt-1" }));
    expect(response.status).toBe(200);
    const rows = await prisma.webhookDelivery.findMany({ where: { shopId: shop } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic: "orders/create", eventId: "evt-1", dedupeKey: "evt-1", status: "RECEIVED", payload });
  });

  it("answers 200 to a duplicate delivery and stores nothing more", async () => {
    const shop = uniqueShopDomain();
    const first = webhookRequest({ shop, topic: "orders/create", payload, eventId: "evt-2", webhookId: "wh-a" });
    const again = webhookRequest({ shop, topic: "orders/create", payload, eventId: "evt-2", webhookId: "wh-b" });
    expect((await respond(ordersCreate, first)).status).toBe(200);
    expect((await respond(ordersCreate, again)).status).toBe(200);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(1);
  });

  it("falls back to the webhook id when Shopify sends no event id", async () => {
    const shop = uniqueShopDomain();
    const request = () => webhookRequest({ shop, topic: "orders/create", payload, eventId: null, webhookId: "wh-only" });
    await respond(ordersCreate, request());
    await respond(ordersCreate, request());
    const rows = await prisma.webhookDelivery.findMany({ where: { shopId: shop } });
    expect(rows.map((row) => row.dedupeKey)).toEqual(["wh-only"]);
  });

  it("refuses a forged signature with 401 and stores nothing", async () => {
    const shop = uniqueShopDomain();
    const forged = webhookRequest({ shop, topic: "orders/create", payload, secret: "not-the-app-secret" });
    expect((await respond(ordersCreate, forged)).status).toBe(401);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(0);
  });

  it("refuses a tampered body with 401", async () => {
    const shop = uniqueShopDomain();
    const signed = webhookRequest({ shop, topic: "orders/create", payload });
    const tampered = new Request(signed.url, { method: "POST", headers: signed.headers, body: JSON.stringify({ ...payload, name: "#9999" }) });
    expect((await respond(ordersCreate, tampered)).status).toBe(401);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(0);
  });

  it("answers 400 when Shopify's headers are missing, and stores nothing", async () => {
    const shop = uniqueShopDomain();
    const request = webhookRequest({ shop, topic: "orders/create", payload, omitHeaders: ["X-Shopify-Topic"] });
    expect((await respond(ordersCreate, request)).status).toBe(400);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(0);
  });

  it("refuses a compliance webhook with a bad signature with 401", async () => {
    const shop = uniqueShopDomain();
    const forged = webhookRequest({ shop, topic: "customers/redact", payload: { shop_domain: shop }, hmac: "AAAA" });
    expect((await respond(customersRedact, forged)).status).toBe(401);
  });
});
