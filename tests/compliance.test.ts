import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { receiveWebhook } from "~/services/receive-webhook.server";
import { createShop, createTicket } from "./factories/records";
import { webhookRequest } from "./factories/webhook-request";
import { complianceCustomerPayload, examplePayload, orderPayload } from "./fixtures/webhook-payloads";
import { drainQueue } from "./queue";

async function deliver(shop: string, topic: string, payload: unknown) {
  expect((await receiveWebhook(webhookRequest({ shop, topic, payload }))).status).toBe(200);
}

const bob = { id: 8101, email: "bob.tanaka@example.jp", firstName: "Bobtaro", lastName: "Tanakawa", phone: "+81-90-5555-0101" };
const carol = { id: 8102, email: "carol@example.com", firstName: "Carol", lastName: "Smith" };

/** A shop holding two customers' orders and tickets, as the pipeline writes them. */
async function shopWithCustomers() {
  const { id: shop } = await createShop();
  await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 9101, updatedAt: "2026-11-20T10:00:00Z", customer: bob }));
  await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 9102, updatedAt: "2026-11-20T10:00:00Z", customer: carol }));
  await drainQueue();
  const bobRow = await prisma.customer.findFirstOrThrow({ where: { shopId: shop, shopifyId: BigInt(bob.id) } });
  const carolRow = await prisma.customer.findFirstOrThrow({ where: { shopId: shop, shopifyId: BigInt(carol.id) } });
  const bobTicket = await createTicket(shop, { customerId: bobRow.id, subject: "Bobtaro's parcel", body: "Hi, this is Bobtaro Tanakawa, call me on +81-90-5555-0101", fromEmail: bob.email });
  const carolTicket = await createTicket(shop, { customerId: carolRow.id, body: "Carol here", fromEmail: carol.email });
  // Each sent a photo with their mail.
  for (const ticket of [bobTicket, carolTicket]) {
    const message = await prisma.message.findFirstOrThrow({ where: { ticketId: ticket.id } });
    await prisma.attachment.create({ data: { shopId: shop, messageId: message.id, filename: "parcel.jpg", contentType: "image/jpeg", size: 3, content: new Uint8Array([1, 2, 3]) } });
  }
  return shop;
}

/** Every text, varchar and jsonb value in the public schema that contains `needle`. */
async function findEverywhere(needle: string): Promise<string[]> {
  const columns = await prisma.$queryRaw<Array<{ table_name: string; column_name: string }>>`
    SELECT table_name::text, column_name::text FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`;
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(
      `SELECT count(*) AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`,
      `%${needle}%`,
    );
    if (Number(rows[0]!.n) > 0) hits.push(`${table}.${column}`);
  }
  return hits;
}

describe("compliance webhooks", () => {
  it("customers/redact leaves no personal data of that customer in any table, and keeps the counts", async () => {
    const shop = await shopWithCustomers();
    await deliver(shop, "customers/redact", complianceCustomerPayload("customers/redact", shop, bob, [9101]));
    await drainQueue();

    for (const needle of [bob.email, bob.firstName, bob.lastName, bob.phone]) expect(await findEverywhere(needle), needle).toEqual([]);
    expect(await findEverywhere(carol.email)).not.toEqual([]);
    expect(await prisma.ticket.count({ where: { shopId: shop } })).toBe(2);
    expect(await prisma.order.count({ where: { shopId: shop } })).toBe(2);
    expect(await prisma.customer.findFirst({ where: { shopId: shop, shopifyId: BigInt(bob.id) } })).toMatchObject({ redactedAt: expect.any(Date) });
    // Bob's photo is gone; Carol's is kept.
    expect(await prisma.attachment.count({ where: { shopId: shop } })).toBe(1);
  });

  it("customers/data_request records an export of the customer's orders, tickets and messages", async () => {
    const shop = await shopWithCustomers();
    const payload = complianceCustomerPayload("customers/data_request", shop, bob, [9101]);
    await deliver(shop, "customers/data_request", payload);
    await drainQueue();
    const request = await prisma.dataRequest.findFirstOrThrow({ where: { shopId: shop } });
    const exported = request.export as {
      customer: { email: string };
      orders: Array<{ name: string }>;
      tickets: Array<{ messages: Array<{ text: string; attachments: Array<{ filename: string; contentBase64: string | null }> }> }>;
    };
    expect(exported.customer.email).toBe(bob.email);
    expect(exported.orders.map((order) => order.name)).toEqual(["#9101"]);
    expect(exported.tickets[0]!.messages[0]!.text).toContain("Bobtaro");
    // The files the customer sent travel with it.
    const files = exported.tickets.flatMap((ticket) => ticket.messages.flatMap((message) => message.attachments));
    expect(files).toEqual([expect.objectContaining({ filename: "parcel.jpg", contentBase64: Buffer.from([1, 2, 3]).toString("base64") })]);
    expect(JSON.stringify(exported)).not.toContain(carol.email);
  });

  it("shop/redact deletes everything of that shop and nothing of another", async () => {
    const shop = await shopWithCustomers();
    const other = await shopWithCustomers();
    // Shopify asks 48 hours after the uninstall.
    await deliver(shop, "app/uninstalled", { ...examplePayload("app/uninstalled"), myshopify_domain: shop });
    await deliver(shop, "shop/redact", { ...examplePayload("shop/redact"), shop_domain: shop });
    await drainQueue();
    for (const table of ["Customer", "Order", "Ticket", "Message", "Activity", "WebhookDelivery", "WebhookDuplicateCount", "ShopImport", "DataRequest"]) {
      const rows = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM "${table}" WHERE "shopId" = $1`, shop);
      expect(Number(rows[0]!.n), table).toBe(0);
    }
    expect(await prisma.shop.findUnique({ where: { id: shop } })).toBeNull();
    expect(await prisma.order.count({ where: { shopId: other } })).toBe(2);
  });

  it("shop/redact leaves a shop that has the app installed (again) as it is", async () => {
    const shop = await shopWithCustomers();
    await deliver(shop, "shop/redact", { ...examplePayload("shop/redact"), shop_domain: shop });
    await drainQueue();
    expect(await prisma.order.count({ where: { shopId: shop } })).toBe(2);
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop, topic: "shop/redact" } });
    expect(delivery).toMatchObject({ status: "IGNORED", error: expect.stringMatching(/has Frontdesk installed/) });
  });

  it("fails a compliance payload whose shop_domain is not the shop it was delivered for, and changes nothing", async () => {
    const shop = await shopWithCustomers();
    const victim = await shopWithCustomers();
    await deliver(shop, "app/uninstalled", { ...examplePayload("app/uninstalled"), myshopify_domain: shop });
    await deliver(shop, "customers/redact", complianceCustomerPayload("customers/redact", victim, bob, [9101]));
    await drainQueue();
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { shopId: shop, topic: "customers/redact" } });
    expect(delivery).toMatchObject({ status: "FAILED", error: expect.stringMatching(/payload is for .* but the delivery came for/) });
    expect(await prisma.customer.findFirst({ where: { shopId: victim, shopifyId: BigInt(bob.id) } })).toMatchObject({ email: bob.email });
    expect(await prisma.customer.findFirst({ where: { shopId: shop, shopifyId: BigInt(bob.id) } })).toMatchObject({ email: bob.email });
  });

  it("app/uninstalled deletes the shop's sessions and marks it uninstalled, however often it arrives", async () => {
    const { id: shop } = await createShop();
    await prisma.session.create({ data: { id: `offline_${shop}`, shop, state: "", accessToken: "shpat_x" } });
    const payload = { ...examplePayload("app/uninstalled"), myshopify_domain: shop };
    await deliver(shop, "app/uninstalled", payload);
    await deliver(shop, "app/uninstalled", payload);
    await drainQueue();
    expect(await prisma.session.count({ where: { shop } })).toBe(0);
    expect((await prisma.shop.findUniqueOrThrow({ where: { id: shop } })).uninstalledAt).toBeInstanceOf(Date);
    const statuses = (await prisma.webhookDelivery.findMany({ where: { shopId: shop } })).map((delivery) => delivery.status);
    expect(statuses).toEqual(["APPLIED", "APPLIED"]);
  });
});
