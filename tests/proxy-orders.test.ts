import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { loader } from "~/routes/proxy.orders";
import { proxied as proxiedTo, respond, type ProxiedInit } from "./factories/app-proxy";
import { createShop } from "./factories/records";

const proxied = (shop: string, init: ProxiedInit = {}) => proxiedTo("orders", shop, init);

/** A customer of `shop` with one order, shipped with a tracking link. */
async function customerWithOrder(shop: string, fields: { shopifyId: bigint; email: string; orderName: string; product: string }) {
  const customer = await prisma.customer.create({ data: { shopId: shop, shopifyId: fields.shopifyId, email: fields.email } });
  await prisma.order.create({
    data: {
      shopId: shop,
      shopifyId: fields.shopifyId * 10n,
      name: fields.orderName,
      customerId: customer.id,
      currencyCode: "JPY",
      subtotal: "3200",
      total: "3200",
      fulfillmentStatus: "FULFILLED",
      lineItems: [{ title: fields.product, variantTitle: "100g", quantity: 2, currentQuantity: 2, price: "1600" }],
      fulfillments: [{ status: "SUCCESS", createdAt: "2026-11-20T02:00:00Z", tracking: [{ company: "Yamato", number: "4455-6677", url: "https://track.example.jp/4455-6677" }] }],
      shopifyCreatedAt: new Date("2026-11-18T01:00:00Z"),
      shopifyUpdatedAt: new Date("2026-11-20T02:00:00Z"),
    },
  });
  return customer;
}

describe("a shopper's orders on the storefront", () => {
  it("shows a signed-in shopper their orders with where each parcel is, in their language", async () => {
    const { id: shop } = await createShop();
    await customerWithOrder(shop, { shopifyId: 8_100_001n, email: "aiko@example.jp", orderName: "#1101", product: "Sencha" });
    const response = await respond(loader, proxied(shop, { signedInAs: "8100001", locale: "ja" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain("<h2>#1101</h2>");
    expect(html).toContain("発送済み");
    expect(html).toContain("Sencha · 100g × 2");
    expect(html).toContain('<a href="https://track.example.jp/4455-6677" rel="noopener noreferrer" target="_blank">Yamato 4455-6677を追跡</a>');
  });

  it("shows no order to anyone Shopify has not signed in, and asks them to sign in and come back", async () => {
    const { id: shop } = await createShop();
    await customerWithOrder(shop, { shopifyId: 8_100_002n, email: "ben@example.com", orderName: "#1102", product: "Hojicha" });
    const html = await (await respond(loader, proxied(shop, { locale: "en" }))).text();
    expect(html).not.toContain("#1102");
    expect(html).not.toContain("Hojicha");
    expect(html).toContain('<a class="button" href="../../account/login?return_url=%2Fapps%2Ffrontdesk%2Forders%3Flocale%3Den">Sign in</a>');
  });

  it("shows each shopper only their own orders: not another customer's in the shop, nor the same id's in another shop", async () => {
    const { id: shop } = await createShop();
    const { id: otherShop } = await createShop();
    await customerWithOrder(shop, { shopifyId: 8_100_003n, email: "chai@example.com", orderName: "#1103", product: "Genmaicha" });
    await customerWithOrder(shop, { shopifyId: 8_100_004n, email: "dao@example.com", orderName: "#1104", product: "Matcha" });
    await customerWithOrder(otherShop, { shopifyId: 8_100_003n, email: "chai@example.com", orderName: "#2103", product: "Kukicha" });

    const html = await (await respond(loader, proxied(shop, { signedInAs: "8100003" }))).text();
    expect(html).toContain("#1103");
    expect(html).not.toContain("#1104");
    expect(html).not.toContain("#2103");
    // A signed-in id the shop has no customer for: no orders, and nothing of anyone else's.
    const stranger = await (await respond(loader, proxied(shop, { signedInAs: "8100999" }))).text();
    expect(stranger).toContain("You have no orders with us yet.");
    expect(stranger).not.toMatch(/#11\d\d/);
  });

  it("refuses a signed-in customer id changed after Shopify signed, and a stale signature", async () => {
    const { id: shop } = await createShop();
    await customerWithOrder(shop, { shopifyId: 8_100_005n, email: "emi@example.jp", orderName: "#1105", product: "Gyokuro" });
    const forged = await respond(loader, proxied(shop, { forgeSignedInAs: "8100005" }));
    expect(forged.status).toBe(400);
    expect(await forged.text()).not.toContain("#1105");
    const stale = await respond(loader, proxied(shop, { signedInAs: "8100005", ageSeconds: 3600 }));
    expect(stale.status).toBe(400);
  });

  it("shows no orders of an erased customer", async () => {
    const { id: shop } = await createShop();
    const customer = await customerWithOrder(shop, { shopifyId: 8_100_006n, email: "fon@example.com", orderName: "#1106", product: "Bancha" });
    await prisma.customer.update({ where: { id: customer.id }, data: { redactedAt: new Date() } });
    expect(await (await respond(loader, proxied(shop, { signedInAs: "8100006" }))).text()).not.toContain("#1106");
  });
});
