import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { PAYLOAD_SCHEMAS } from "~/schemas/webhook-payloads";
import { receiveWebhook } from "~/services/receive-webhook.server";
import { createShop, createTicket } from "./factories/records";
import { uniqueShopDomain } from "./factories/shop";
import { webhookRequest } from "./factories/webhook-request";
import { examplePayload, jsonSchemaErrors, orderPayload } from "./fixtures/webhook-payloads";
import { drainQueue } from "./queue";

async function deliver(shop: string, topic: string, payload: unknown, ids: { eventId?: string } = {}) {
  const response = await receiveWebhook(webhookRequest({ shop, topic, payload, eventId: ids.eventId }));
  expect(response.status).toBe(200);
}

const alice = { id: 7001, email: "alice@example.com", firstName: "Alice", lastName: "Ng" };

describe("payload schemas", () => {
  it.each(Object.keys(PAYLOAD_SCHEMAS))("accept Shopify's own example payload for %s", (topic) => {
    const example = examplePayload(topic);
    expect(jsonSchemaErrors(topic, example)).toEqual([]);
    const result = PAYLOAD_SCHEMAS[topic as keyof typeof PAYLOAD_SCHEMAS].safeParse(example);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe("applying order webhooks", () => {
  it("mirrors the order and its customer, and notes the event on the customer's open ticket once", async () => {
    const { id: shop } = await createShop();
    await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 5001, name: "#1042", updatedAt: "2026-11-20T10:00:00Z", customer: alice }));
    await drainQueue();
    const customer = await prisma.customer.findFirstOrThrow({ where: { shopId: shop, shopifyId: 7001n } });
    expect(customer).toMatchObject({ email: "alice@example.com", firstName: "Alice" });
    const ticket = await createTicket(shop, { customerId: customer.id });
    const closed = await createTicket(shop, { customerId: customer.id, status: "CLOSED" });

    const fulfilled = orderPayload({
      topic: "orders/fulfilled",
      id: 5001,
      name: "#1042",
      updatedAt: "2026-11-21T10:00:00Z",
      customer: alice,
      fulfillmentStatus: "fulfilled",
      fulfillments: [{ id: 9001, trackingCompany: "UPS", trackingNumber: "1Z999AA10123456784", trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA10123456784" }],
    });
    await deliver(shop, "orders/fulfilled", fulfilled, { eventId: "evt-fulfilled" });
    await deliver(shop, "orders/fulfilled", fulfilled, { eventId: "evt-fulfilled" });
    await drainQueue();

    const order = await prisma.order.findFirstOrThrow({ where: { shopId: shop, shopifyId: 5001n } });
    expect(order).toMatchObject({ name: "#1042", fulfillmentStatus: "FULFILLED", financialStatus: "PAID", customerId: customer.id });
    expect(order.fulfillments).toEqual([
      expect.objectContaining({ tracking: [{ company: "UPS", number: "1Z999AA10123456784", url: "https://www.ups.com/track?tracknum=1Z999AA10123456784" }] }),
    ]);
    const activities = await prisma.activity.findMany({ where: { shopId: shop } });
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ ticketId: ticket.id, kind: "order_fulfilled", data: expect.objectContaining({ orderName: "#1042", trackingNumbers: ["1Z999AA10123456784"] }) });
    expect(activities.some((activity) => activity.ticketId === closed.id)).toBe(false);
  });

  it("never lets an older payload overwrite a newer one", async () => {
    const { id: shop } = await createShop();
    await deliver(shop, "orders/updated", orderPayload({ id: 5002, updatedAt: "2026-11-22T12:00:00Z", financialStatus: "refunded", customer: alice }));
    await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 5002, updatedAt: "2026-11-22T09:00:00Z", financialStatus: "pending", customer: alice }));
    await drainQueue();
    const order = await prisma.order.findFirstOrThrow({ where: { shopId: shop, shopifyId: 5002n } });
    expect(order.financialStatus).toBe("REFUNDED");
    expect(order.shopifyUpdatedAt.toISOString()).toBe("2026-11-22T12:00:00.000Z");
  });

  it("applies a duplicate storm exactly as the deliveries applied once, in order", async () => {
    const { id: shop } = await createShop();
    const serial = await createShop();
    const events = Array.from({ length: 12 }, (_, index) => ({
      eventId: `storm-${index}`,
      topic: index % 3 === 2 ? "orders/fulfilled" : "orders/updated",
      payload: orderPayload({
        topic: index % 3 === 2 ? "orders/fulfilled" : "orders/updated",
        id: 6000 + (index % 4),
        updatedAt: new Date(Date.UTC(2026, 10, 1, 8, index)).toISOString(),
        financialStatus: ["pending", "paid", "partially_refunded"][index % 3],
        fulfillmentStatus: index % 3 === 2 ? "fulfilled" : null,
        customer: alice,
      }),
    }));
    // The reference: each delivery once, in order.
    for (const event of events) await deliver(serial.id, event.topic, event.payload, { eventId: event.eventId });
    await drainQueue();
    // The storm: every delivery three times, shuffled by a fixed permutation.
    const storm = events.flatMap((event) => [event, event, event]).sort((a, b) => ((a.eventId.length * 7919 + Number(a.eventId.split("-")[1]) * 104729) % 31) - ((b.eventId.length * 7919 + Number(b.eventId.split("-")[1]) * 104729) % 31)).reverse();
    await Promise.all(storm.map((event) => deliver(shop, event.topic, event.payload, { eventId: event.eventId })));
    await drainQueue();

    const mirror = async (shopId: string) =>
      (await prisma.order.findMany({ where: { shopId }, orderBy: { shopifyId: "asc" } })).map(({ shopifyId, financialStatus, fulfillmentStatus, shopifyUpdatedAt }) => ({
        shopifyId, financialStatus, fulfillmentStatus, shopifyUpdatedAt,
      }));
    expect(await mirror(shop)).toEqual(await mirror(serial.id));
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop } })).toBe(events.length);
  });
});

describe("payloads that cannot be applied", () => {
  it("fails a delivery for a shop that never installed the app at once, without retrying", async () => {
    const shop = uniqueShopDomain();
    await deliver(shop, "orders/updated", orderPayload({ topic: "orders/updated", id: 77001, updatedAt: "2026-11-20T10:00:00Z" }));
    await drainQueue();
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop } });
    expect(delivery).toMatchObject({ status: "FAILED", attempts: 1, error: expect.stringMatching(/has not installed Frontdesk/) });
    expect(await prisma.order.count({ where: { shopId: shop } })).toBe(0);
  });

  it("stores deliveries for a shop that uninstalled, ignores its order updates and applies what Shopify sends after an uninstall", async () => {
    const { id: shop } = await createShop();
    await prisma.shop.update({ where: { id: shop }, data: { uninstalledAt: new Date() } });
    await deliver(shop, "orders/updated", orderPayload({ topic: "orders/updated", id: 77003, updatedAt: "2026-11-20T10:00:00Z" }));
    await deliver(shop, "app/uninstalled", { ...examplePayload("app/uninstalled"), myshopify_domain: shop });
    await drainQueue();
    expect(await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop, topic: "orders/updated" } })).toMatchObject({
      status: "IGNORED",
      error: expect.stringMatching(/uninstalled Frontdesk before this arrived/),
    });
    expect(await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop, topic: "app/uninstalled" } })).toMatchObject({ status: "APPLIED" });
    expect(await prisma.order.count({ where: { shopId: shop } })).toBe(0);
  });

  it("fails an app/uninstalled whose payload names another shop than the delivery", async () => {
    const { id: shop } = await createShop();
    const { id: other } = await createShop();
    await deliver(shop, "app/uninstalled", { ...examplePayload("app/uninstalled"), myshopify_domain: other });
    await drainQueue();
    expect(await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop } })).toMatchObject({ status: "FAILED" });
    expect(await prisma.shop.findUniqueOrThrow({ where: { id: shop } })).toMatchObject({ uninstalledAt: null });
    expect(await prisma.shop.findUniqueOrThrow({ where: { id: other } })).toMatchObject({ uninstalledAt: null });
  });

  it.each([
    ["an order id that is not a number", { admin_graphql_api_id: "gid://shopify/Order/abc" }, /admin_graphql_api_id: must be gid:\/\/shopify\/Order/],
    ["an order id beyond 64 bits", { admin_graphql_api_id: "gid://shopify/Order/99999999999999999999" }, /admin_graphql_api_id/],
    ["money that is not a number", { total_price: "ten dollars" }, /total_price: must be an amount/],
    ["money that overflows the column", { total_price: "1e400" }, /total_price: must be an amount/],
    ["an email longer than any address", { email: `${"x".repeat(400)}@example.com` }, /email/],
  ])("fails at once, with the reason, a payload the mirror cannot hold: %s", async (_case, change, reason) => {
    const { id: shop } = await createShop();
    await deliver(shop, "orders/updated", { ...orderPayload({ topic: "orders/updated", id: 77010, updatedAt: "2026-11-20T10:00:00Z" }), ...change });
    await drainQueue();
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop } });
    expect(delivery).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(delivery.error).toMatch(reason);
  });

  it("stores what is legitimately long without breaking an index: an order named with a megabyte", async () => {
    const { id: shop } = await createShop();
    const name = `#${"1".repeat(1_000_000)}`;
    await deliver(shop, "orders/updated", { ...orderPayload({ topic: "orders/updated", id: 77011, updatedAt: "2026-11-20T10:00:00Z" }), name });
    await drainQueue();
    expect(await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop } })).toMatchObject({ status: "APPLIED" });
    expect((await prisma.order.findFirstOrThrow({ where: { shopId: shop } })).name).toHaveLength(name.length);
  });

  it("takes a delivery whose apply may succeed later out of the shop's stream, and applies the rest", async () => {
    // No offline session: reading the edited order from the Admin API fails until there is one.
    const { id: shop } = await createShop();
    await deliver(shop, "orders/edited", examplePayload("orders/edited"));
    await deliver(shop, "orders/updated", orderPayload({ topic: "orders/updated", id: 77002, updatedAt: "2026-11-20T10:00:00Z" }));
    await drainQueue();
    const edited = await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop, topic: "orders/edited" } });
    expect(edited).toMatchObject({ status: "RETRYING", attempts: 1, error: expect.any(String) });
    expect(await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop, topic: "orders/updated" } })).toMatchObject({ status: "APPLIED" });
    const retry = await prisma.$queryRaw<Array<{ run_at: Date }>>`SELECT run_at FROM graphile_worker.jobs WHERE key = ${`apply-webhook:${edited.id}`}`;
    expect(retry).toHaveLength(1);
    expect(retry[0]!.run_at.getTime()).toBeGreaterThan(Date.now());
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${`apply-webhook:${edited.id}`}`;
  });

  it("marks an invalid payload failed with the reason, without retrying or crashing", async () => {
    const { id: shop } = await createShop();
    await deliver(shop, "orders/updated", { id: 1, name: "#1", line_items: "not a list" });
    await drainQueue();
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop } });
    expect(delivery.status).toBe("FAILED");
    expect(delivery.error).toMatch(/Invalid orders\/updated payload: .*admin_graphql_api_id/);
    expect(delivery.attempts).toBe(1);
  });

  it("keeps a correctly signed body that is not JSON, marked failed, and answers 200", async () => {
    const { id: shop } = await createShop();
    const response = await receiveWebhook(webhookRequest({ shop, topic: "orders/updated", payload: null, rawBody: "{not json" }));
    expect(response.status).toBe(200);
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop } });
    expect(delivery).toMatchObject({ status: "FAILED", payload: { unparsed: "{not json" } });
    expect(delivery.error).toMatch(/invalid input syntax for type json/);
  });

  it("records topics with nothing to apply as ignored", async () => {
    const { id: shop } = await createShop();
    // A subscription the app no longer asks for (products are read from Shopify, not mirrored).
    await deliver(shop, "products/update", { id: 1, admin_graphql_api_id: "gid://shopify/Product/1", title: "Kettle" });
    await drainQueue();
    expect(await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop } })).toMatchObject({ status: "IGNORED" });
  });
});
