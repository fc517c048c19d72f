import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { receiveWebhook } from "~/services/receive-webhook.server";
import { createShop } from "./factories/records";
import { webhookRequest } from "./factories/webhook-request";
import { scopesUpdatePayload } from "./fixtures/webhook-payloads";
import { drainQueue } from "./queue";

async function deliver(shop: string, topic: string, payload: unknown, ids: { eventId?: string } = {}) {
  expect((await receiveWebhook(webhookRequest({ shop, topic, payload, eventId: ids.eventId }))).status).toBe(200);
}

const GRANTED = "write_orders,write_order_edits,write_returns,read_customers,read_products,read_locations,write_app_proxy";

/** The shop's offline session and two agents' online sessions, as token exchange stores them. */
async function shopWithSessions() {
  const { id: shop } = await createShop();
  await prisma.session.createMany({
    data: [
      { id: `offline_${shop}`, shop, state: "", isOnline: false, scope: GRANTED, accessToken: "shpat_offline" },
      { id: `${shop}_101`, shop, state: "", isOnline: true, scope: GRANTED, accessToken: "shpua_101", userId: 101n, expires: new Date(Date.now() + 86_400_000) },
      { id: `${shop}_102`, shop, state: "", isOnline: true, scope: GRANTED, accessToken: "shpua_102", userId: 102n, expires: new Date(Date.now() + 86_400_000) },
    ],
  });
  return shop;
}

async function scopesOf(shop: string) {
  return (await prisma.session.findMany({ where: { shop }, orderBy: { id: "asc" } })).map((session) => session.scope);
}

describe("app/scopes_update", () => {
  it("stores the scopes Shopify now grants on every session of the shop, offline and online, and on no other shop's", async () => {
    const shop = await shopWithSessions();
    const other = await shopWithSessions();
    const current = [...GRANTED.split(","), "read_all_orders"];
    const payload = scopesUpdatePayload({ previous: GRANTED.split(","), current, updatedAt: "2026-12-01T10:00:00Z" });
    await deliver(shop, "app/scopes_update", payload, { eventId: "evt-scopes-1" });
    await deliver(shop, "app/scopes_update", payload, { eventId: "evt-scopes-1" });
    await drainQueue();

    expect(await scopesOf(shop)).toEqual(Array(3).fill(current.join(",")));
    expect(await scopesOf(other)).toEqual(Array(3).fill(GRANTED));
    expect(await prisma.webhookDelivery.findMany({ where: { shopId: shop }, select: { status: true } })).toEqual([{ status: "APPLIED" }]);
    expect((await prisma.shop.findUniqueOrThrow({ where: { id: shop } })).scopesUpdatedAt?.toISOString()).toBe("2026-12-01T10:00:00.000Z");
  });

  it("keeps the newer grant when an older change arrives after it", async () => {
    const shop = await shopWithSessions();
    const narrowed = GRANTED.split(",").filter((scope) => scope !== "read_locations");
    await deliver(shop, "app/scopes_update", scopesUpdatePayload({ previous: GRANTED.split(","), current: narrowed, updatedAt: "2026-12-02T10:00:00Z" }));
    await drainQueue();
    // Sent earlier, delivered later (Shopify's retries keep no order).
    await deliver(shop, "app/scopes_update", scopesUpdatePayload({ previous: [], current: [...GRANTED.split(","), "read_all_orders"], updatedAt: "2026-12-01T10:00:00Z" }));
    await drainQueue();
    expect(await scopesOf(shop)).toEqual(Array(3).fill(narrowed.join(",")));

    const widened = [...GRANTED.split(","), "read_all_orders"];
    await deliver(shop, "app/scopes_update", scopesUpdatePayload({ previous: narrowed, current: widened, updatedAt: "2026-12-03T10:00:00Z" }));
    await drainQueue();
    expect(await scopesOf(shop)).toEqual(Array(3).fill(widened.join(",")));
    expect((await prisma.webhookDelivery.findMany({ where: { shopId: shop } })).map((delivery) => delivery.status)).toEqual(["APPLIED", "APPLIED", "APPLIED"]);
  });
});
