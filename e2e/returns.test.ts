import pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { createFreshDatabase } from "../tests/fresh-database";
import { collectPageErrors, launchBrowser, newPage, saveScreenshot } from "./browser";

// A shopper's return, clicked through in Chromium: on the devstore's storefront, signed in, from
// "Your orders" to the request; then in the admin, on the ticket it joined, the agent approves it;
// the shopper sees the new status.

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({ databaseUrl: await createFreshDatabase(), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, seedConversationsPerShop: 1, log: () => {} });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function queryDatabase<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    return (await db.query(sql, values)).rows as T[];
  } finally {
    await db.end();
  }
}

/** A shipped order of two lines for one of the shop's customers, mirrored by the app through its webhooks. */
async function shippedOrder(shop: string) {
  const state = stack.devstore.state.shops.get(shop)!;
  const customer = state.customers.find((candidate) => candidate.email)!;
  const products = state.products.filter((product) => !product.tags.some((tag) => /final/i.test(tag))).slice(0, 2);
  const { order } = await stack.devstore.events.create(shop, { customer: customer.id, variants: products.map((product) => ({ variant: product.variants[0]!.id, quantity: 1 })) });
  await stack.devstore.events.fulfil(shop, order.id);
  await expect
    .poll(async () => (await queryDatabase<{ status: string }>(`SELECT "fulfillmentStatus" AS status FROM "Order" WHERE "shopId" = $1 AND name = $2`, [shop, order.name]))[0]?.status, { timeout: 30_000 })
    .toBe("FULFILLED");
  return { order, customer, shopifyCustomerId: customer.id.replace(/\D/g, "") };
}

describe("a shopper's return, in Chromium", () => {
  it("is requested on the storefront for one of two items, approved by the agent on its ticket, and shown to the shopper as approved", async () => {
    const shop = stack.devstore.shops[0]!;
    const { order, shopifyCustomerId } = await shippedOrder(shop);
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await page.goto(`${stack.devstore.storefrontUrl(shop)}/account/login-as/${shopifyCustomerId}`);
    await page.goto(stack.devstore.storefrontUrl(shop));
    await page.getByRole("link", { name: "Your orders" }).click();
    const card = page.locator(".order", { has: page.getByRole("heading", { name: order.name }) });
    await card.getByRole("link", { name: "Return items" }).click();
    await page.getByRole("heading", { name: `Return items from order ${order.name}` }).waitFor();

    const first = order.lineItems[0]!;
    await page.getByLabel("How many to return").first().selectOption("1");
    const reason = page.getByLabel("Why are you returning it?").first();
    await reason.selectOption({ index: 1 });
    await page.getByLabel("Store credit").check();
    await page.getByLabel("Anything we should know? (optional)").fill("Too small for my desk.");
    await page.getByLabel("Photos (optional)").setInputFiles({ name: "desk.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await saveScreenshot(page, "storefront-return-form-en");
    await page.getByRole("button", { name: "Request return" }).click();
    await page.getByRole("heading", { name: /^Return #\d+-R\d+ requested$/ }).waitFor();
    await page.getByRole("status").getByText("We have your request").waitFor();
    await saveScreenshot(page, "storefront-return-requested-en");

    const [stored] = await queryDatabase<{ id: string; ticketId: string; name: string }>(`SELECT id, "ticketId", name FROM "Return" WHERE "shopId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [shop]);
    expect(stored!.ticketId).toBeTruthy();

    // The agent, on the ticket the request is on.
    const admin = await newPage(browser);
    const adminErrors = collectPageErrors(admin);
    await admin.goto(stack.devstore.adminUrl(shop, `/tickets/${stored!.ticketId}`, "en"));
    const app = admin.frameLocator("iframe");
    await app.getByRole("heading", { name: "Returns", exact: true }).waitFor();
    await app.getByText(`${first.title}`, { exact: false }).first().waitFor();
    await app.getByText("Waiting for you").waitFor();
    await app.getByText("Too small for my desk.").first().waitFor();
    await saveScreenshot(admin, "ticket-return-requested-en");
    await app.getByRole("button", { name: "Approve", exact: true }).click();
    // App Bridge's modal, drawn by the devstore's stand-in over the app's frame.
    const modal = app.getByRole("dialog");
    await modal.getByText(`Approve return ${stored!.name}`).waitFor();
    await modal.getByText("No money moves yet: the store credit is issued when the items are processed.").waitFor();
    await saveScreenshot(admin, "ticket-return-approve-modal-en");
    await modal.getByRole("button", { name: "Approve" }).click();
    await admin.getByRole("status").filter({ hasText: `Return ${stored!.name} approved` }).waitFor();
    await app.getByText("Approved", { exact: true }).waitFor();
    await app.getByText(`approved return ${stored!.name}`).waitFor();

    // The shopper sees it.
    await page.goto(`${stack.devstore.storefrontUrl(shop)}/apps/frontdesk/orders`);
    await page.getByText(`Return ${stored!.name}: Approved`).waitFor();
    await saveScreenshot(page, "storefront-orders-return-approved-en");
    expect(errors, errors.join("\n")).toEqual([]);
    expect(adminErrors, adminErrors.join("\n")).toEqual([]);
  });

  it("speaks Japanese and Thai on the storefront and in the admin's Returns page", async () => {
    const shop = stack.devstore.shops[1]!;
    const { order, shopifyCustomerId } = await shippedOrder(shop);
    const page = await newPage(browser);
    await page.goto(`${stack.devstore.storefrontUrl(shop)}/account/login-as/${shopifyCustomerId}`);
    const [mirrored] = await queryDatabase<{ id: string }>(`SELECT id FROM "Order" WHERE "shopId" = $1 AND name = $2`, [shop, order.name]);
    for (const [locale, heading] of [
      ["ja", `注文 ${order.name} の返品`],
      ["th", `คืนสินค้าจากคำสั่งซื้อ ${order.name}`],
    ] as const) {
      await page.goto(`${stack.devstore.storefrontUrl(shop)}/apps/frontdesk/orders/${mirrored!.id}/return?locale=${locale}`);
      await page.getByRole("heading", { name: heading }).waitFor();
      await saveScreenshot(page, `storefront-return-form-${locale}`);
    }
    const admin = await newPage(browser);
    await admin.goto(stack.devstore.adminUrl(shop, "/returns", "ja"));
    await admin.locator("[data-app-title]", { hasText: "返品" }).waitFor();
    await admin.frameLocator("iframe").getByLabel("ステータス").waitFor();
    await saveScreenshot(admin, "returns-queue-ja");
  });
});
