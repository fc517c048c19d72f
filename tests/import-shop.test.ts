import { beforeEach, describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { importShop, IMPORT_ORDERS_DAYS } from "~/services/import-shop.server";
import { unauthenticated } from "~/shopify.server";
import { callRoute, embeddedRequest, useDevstore } from "./devstore";
import { loader as appLoader } from "~/routes/app";

const devstore = useDevstore();

// The devstore's shops are shared by the test files of this worker's database: start each test
// from a mirror that holds nothing of them, so the counts are the import's own.
beforeEach(async () => {
  const shops = devstore.current.shops;
  await prisma.order.deleteMany({ where: { shopId: { in: shops } } });
  await prisma.customer.deleteMany({ where: { shopId: { in: shops } } });
});

async function install(shop: string) {
  await callRoute(appLoader, embeddedRequest("/app", shop, await devstore.current.mintSessionToken(shop)));
  const { admin } = await unauthenticated.admin(shop);
  return importShop({ shop, admin });
}

describe("importing a shop on install", () => {
  it("mirrors every customer and the last 60 days of orders, through Admin GraphQL", async () => {
    const shop = devstore.current.shops[0]!;
    const result = await install(shop);
    expect(result.customers).toBeGreaterThan(20);
    expect(result.orders).toBeGreaterThan(50);
    expect(await prisma.customer.count({ where: { shopId: shop } })).toBe(result.customers);
    expect(await prisma.order.count({ where: { shopId: shop } })).toBe(result.orders);
    const oldest = await prisma.order.findFirst({ where: { shopId: shop }, orderBy: { shopifyCreatedAt: "asc" } });
    expect(oldest!.shopifyCreatedAt.getTime()).toBeGreaterThan(Date.now() - (IMPORT_ORDERS_DAYS + 1) * 86_400_000);
    // Every order placed by a customer is linked to that customer's mirror; guest checkouts are not.
    const guests = [...devstore.current.state.shops.get(shop)!.orders].filter((order) => !order.customer && order.createdAt >= oldest!.shopifyCreatedAt.toISOString()).length;
    const linked = await prisma.order.count({ where: { shopId: shop, customerId: { not: null } } });
    expect(guests).toBeGreaterThan(0);
    expect(linked).toBe(result.orders - guests);
  });

  it("is safe to run twice", async () => {
    const shop = devstore.current.shops[0]!;
    const first = await install(shop);
    const second = await install(shop);
    expect(second).toEqual(first);
    expect(await prisma.order.count({ where: { shopId: shop } })).toBe(first.orders);
  });

  it("waits out THROTTLED answers from Admin GraphQL and still imports everything", async () => {
    const shop = devstore.current.shops[1]!;
    const unthrottled = await install(shop);
    devstore.current.throttle(shop).forceThrottle(3);
    const { admin } = await unauthenticated.admin(shop);
    const throttled = await importShop({ shop, admin });
    expect(throttled).toEqual(unthrottled);
    expect(devstore.current.throttle(shop).status().currentlyAvailable).toBeGreaterThan(0);
  });

  it("keeps each shop's customers and orders to that shop", async () => {
    const [shopA, shopB] = devstore.current.shops as [string, string];
    await install(shopA);
    await install(shopB);
    for (const shop of [shopA, shopB]) {
      const theirs = new Set(devstore.current.state.shops.get(shop)!.orders.map((order) => order.legacyResourceId));
      const mirrored = await prisma.order.findMany({ where: { shopId: shop }, select: { shopifyId: true, customer: { select: { shopId: true } } } });
      expect(mirrored.length).toBeGreaterThan(0);
      expect(mirrored.every((order) => theirs.has(String(order.shopifyId)))).toBe(true);
      expect(mirrored.every((order) => !order.customer || order.customer.shopId === shop)).toBe(true);
    }
  });
});
