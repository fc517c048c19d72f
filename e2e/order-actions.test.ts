import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Browser, FrameLocator, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INBOUND_EMAIL_DOMAIN, startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { createFreshDatabase } from "../tests/fresh-database";
import { collectPageErrors, launchBrowser, newPage, saveScreenshot, SCREENSHOTS } from "./browser";

// The order actions an agent takes from a ticket, clicked through in Chromium as a person would,
// counting clicks and seconds from the open ticket to done (the "clicks" benchmark reads them).

let stack: Stack;
let browser: Browser;
const measured: Array<{ job: string; clicks: number; seconds: number }> = [];

beforeAll(async () => {
  stack = await startStack({ databaseUrl: await createFreshDatabase(), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, log: () => {} });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (measured.length) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(process.env.CLICKS_RESULT_FILE ?? path.join(SCREENSHOTS, "order-action-clicks.json"), JSON.stringify({ measuredAt: new Date().toISOString(), jobs: measured }, null, 2) + "\n");
  }
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

/** Waits until every delivery of a topic the devstore sent has been applied by the app's worker. */
async function waitForApplied(topic: string) {
  await expect
    .poll(async () => (await queryDatabase<{ waiting: string; applied: string }>(`SELECT count(*) FILTER (WHERE "appliedAt" IS NULL) AS waiting, count(*) AS applied FROM "WebhookDelivery" WHERE topic = $1`, [topic]))[0], { timeout: 30_000 })
    .toMatchObject({ waiting: "0", applied: expect.not.stringMatching(/^0$/) });
}

/** The English shop (Maple & Moss) unless the Japanese one (Kumo Tea) is asked for. */
const SHOP = (index = 0) => stack.devstore.shops[index]!;
const shopState = (index = 0) => stack.devstore.state.shops.get(SHOP(index))!;

/** A paid, unfulfilled order for the shop's first customer, mirrored by the app through its webhooks. */
async function placeOrder(lines: Array<{ variant: string; quantity: number }>, shopIndex = 0) {
  const customer = shopState(shopIndex).customers.find((candidate) => candidate.email)!;
  const { order } = await stack.devstore.events.create(SHOP(shopIndex), { customer: customer.id, variants: lines });
  await expect.poll(async () => (await queryDatabase(`SELECT 1 FROM "Order" WHERE "shopId" = $1 AND name = $2`, [SHOP(shopIndex), order.name])).length, { timeout: 30_000 }).toBe(1);
  return { order, customer: { ...customer, email: customer.email! } };
}

/** The shopper writes about the order; the agent opens the ticket from the inbox. */
async function openTicketAbout(subject: string, email: string, options: { shopIndex?: number; locale?: string; ordersHeading?: string } = {}) {
  const shop = SHOP(options.shopIndex);
  await stack.devstore.sendMailAsShopper({ from: email, to: `${shop.replace(".myshopify.com", "")}@${INBOUND_EMAIL_DOMAIN}`, subject, text: `${subject}. Thank you!` });
  const page = await newPage(browser);
  const errors = collectPageErrors(page);
  await page.goto(stack.devstore.adminUrl(shop, undefined, options.locale ?? "en"));
  const app = page.frameLocator("iframe");
  await app.getByText(subject).first().click();
  await app.getByRole("heading", { name: options.ordersHeading ?? "Orders", exact: true }).waitFor();
  return { page, app, errors };
}

/** Waits for the action's success text; if Shopify or the app refused instead, fails with what the agent was told. */
async function expectDone(dialog: Locator, text: string | RegExp) {
  const done = dialog.getByText(text);
  const refused = dialog.getByText(/Shopify did not accept this|Shopifyで処理できませんでした/);
  await done.or(refused).first().waitFor({ timeout: 30_000 });
  if (await refused.isVisible()) throw new Error(`The action was refused: ${await dialog.innerText()}`);
}

/** Counts the agent's clicks (a select's choice is one) and the time to done. */
function clickCounter(app: FrameLocator) {
  let clicks = 0;
  const started = Date.now();
  return {
    app,
    click: async (target: Locator) => {
      clicks++;
      await target.click();
    },
    choose: async (target: Locator, value: string) => {
      clicks++;
      await target.selectOption(value);
    },
    done: (job: string) => {
      const result = { job, clicks, seconds: Math.round((Date.now() - started) / 100) / 10 };
      measured.push(result);
      return result;
    },
  };
}

describe("order actions from a ticket, in Chromium", () => {
  it("swaps a size on an unfulfilled order and sends the invoice for the difference, in at most 5 clicks", async () => {
    const soap = shopState().products.find((product) => product.variants.length >= 2 && new Set(product.variants.map((variant) => variant.price)).size > 1)!;
    const [single, bigger] = [...soap.variants].sort((a, b) => Number(a.price) - Number(b.price));
    const { order, customer } = await placeOrder([{ variant: single!.id, quantity: 1 }]);
    const { page, app, errors } = await openTicketAbout(`Wrong size on ${order.name}`, customer.email);
    const agent = clickCounter(app);

    await agent.click(app.getByRole("button", { name: `Edit order ${order.name}` }));
    const dialog = app.getByRole("dialog");
    await agent.choose(dialog.getByLabel(`Swap ${soap.title} for another size or colour`), bigger!.id);
    // The recalculated order has the new size (its line: "Three-pack · SKU …").
    await dialog.getByText(new RegExp(`^${bigger!.title} · SKU`)).waitFor();
    await dialog.getByText("Customer will owe").waitFor();
    await saveScreenshot(page, "order-edit-staged-en");
    await agent.click(dialog.getByRole("button", { name: "Review changes" }));
    await dialog.getByText(`Replace ${soap.title} with ${soap.title} — ${bigger!.title}`).waitFor();
    await saveScreenshot(page, "order-edit-confirm-en");
    await agent.click(dialog.getByRole("button", { name: "Save the edit" }));
    await expectDone(dialog, "The order has been updated.");
    await page.getByRole("status").filter({ hasText: "Order edited" }).waitFor();
    await agent.click(dialog.getByRole("button", { name: "Send invoice" }));
    await dialog.getByRole("button", { name: "Invoice sent" }).waitFor();
    await page.getByRole("status").filter({ hasText: "Invoice sent" }).waitFor();
    await saveScreenshot(page, "order-edit-invoice-en");
    const result = agent.done("size swap + invoice");
    expect(result.clicks).toBeLessThanOrEqual(5);

    // Shopify's order (the devstore) has the bigger size, and the customer owes the difference.
    const edited = shopState().orders.find((candidate) => candidate.id === order.id)!;
    expect(edited.lineItems.filter((item) => item.currentQuantity > 0).map((item) => item.variant?.id)).toEqual([bigger!.id]);
    expect(Number(edited.totalOutstandingSet.shopMoney.amount)).toBeGreaterThan(0);
    // The ticket's timeline says who did what, once: Shopify's orders/edited webhook, applied, adds no second line.
    await waitForApplied("orders/edited");
    const activities = await queryDatabase<{ kind: string }>(`SELECT kind FROM "Activity" WHERE "shopId" = $1 AND kind IN ('order_edited', 'order_invoice_sent')`, [SHOP()]);
    expect(activities.map((activity) => activity.kind).sort()).toEqual(["order_edited", "order_invoice_sent"]);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  it("refunds one of two items with restock, in at most 5 clicks", async () => {
    const product = shopState().products.find((candidate) => candidate.variants[0]!.inventoryQuantity > 5)!;
    const variant = product.variants[0]!;
    const { order, customer } = await placeOrder([{ variant: variant.id, quantity: 2 }]);
    const stockBefore = variant.inventoryQuantity;
    const { page, app, errors } = await openTicketAbout(`One of the two is broken, ${order.name}`, customer.email);
    const agent = clickCounter(app);

    await agent.click(app.getByRole("button", { name: `Refund order ${order.name}` }));
    // App Bridge's modal: its title bar is the modal's header, and the admin around it is shaded.
    const dialog = app.getByRole("dialog", { name: `Refund order ${order.name}` });
    await dialog.waitFor();
    await page.locator("[data-app-modal-shade]").waitFor();
    await agent.choose(dialog.getByLabel(`Quantity of ${product.title} to refund`), "1");
    await dialog.getByText("Refund total").waitFor();
    await saveScreenshot(page, "order-refund-choose-en");
    await agent.click(dialog.getByRole("button", { name: "Review refund" }));
    await dialog.getByText(/and put it back in stock/).waitFor();
    await saveScreenshot(page, "order-refund-confirm-en");
    await agent.click(dialog.getByRole("button", { name: /^Refund / }));
    await expectDone(dialog, /^Refunded /);
    const result = agent.done("partial refund with restock");
    expect(result.clicks).toBeLessThanOrEqual(5);
    await page.getByRole("status").filter({ hasText: /^Refund of \S+ issued$/ }).waitFor();
    await saveScreenshot(page, "order-refund-toast-en");
    // Escape closes App Bridge's modal (its "hide" event); back on the ticket, the timeline says who refunded what.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.locator("[data-app-modal-shade]").waitFor({ state: "hidden" });
    // The amount is in the customer's currency, whichever it is ("$95.04", "CA$130.92").
    await app.getByText(new RegExp(`refunded \\S+ on order ${order.name}`)).waitFor();
    await saveScreenshot(page, "order-refund-timeline-en");

    await waitForApplied("refunds/create");
    const kinds = await queryDatabase<{ kind: string }>(`SELECT kind FROM "Activity" WHERE "shopId" = $1 AND kind IN ('order_refunded', 'refund_created')`, [SHOP()]);
    expect(kinds.map((activity) => activity.kind)).toEqual(["order_refunded"]);
    const refunded = shopState().orders.find((candidate) => candidate.id === order.id)!;
    expect(refunded.refunds).toHaveLength(1);
    expect(refunded.refunds[0]!.refundLineItems.map((line) => line.quantity)).toEqual([1]);
    expect(variant.inventoryQuantity).toBe(stockBefore + 1);
    // The mirror was refreshed from Shopify's answer: the sidebar shows the refund without waiting for the webhook.
    const [mirror] = await queryDatabase<{ totalRefunded: string }>(`SELECT "totalRefunded"::text AS "totalRefunded" FROM "Order" WHERE "shopId" = $1 AND name = $2`, [SHOP(), order.name]);
    expect(Number(mirror!.totalRefunded)).toBeGreaterThan(0);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  it("changes the shipping address of an unfulfilled order, in at most 5 clicks", async () => {
    const variant = shopState().products[0]!.variants[0]!;
    const { order, customer } = await placeOrder([{ variant: variant.id, quantity: 1 }]);
    const { page, app, errors } = await openTicketAbout(`New address for ${order.name}`, customer.email);
    const agent = clickCounter(app);

    await agent.click(app.getByRole("button", { name: `Change the shipping address of order ${order.name}` }));
    const dialog = app.getByRole("dialog");
    await dialog.getByLabel("Address", { exact: true }).fill("742 Evergreen Terrace");
    await dialog.getByLabel("City").fill("Springfield");
    await dialog.getByLabel("Postal code").fill("97403");
    await agent.click(dialog.getByRole("button", { name: "Review address" }));
    await dialog.getByText(/To: .*742 Evergreen Terrace/).waitFor();
    await saveScreenshot(page, "order-address-confirm-en");
    await agent.click(dialog.getByRole("button", { name: "Save address" }));
    await expectDone(dialog, "The shipping address has been changed.");
    await page.getByRole("status").filter({ hasText: "Shipping address changed" }).waitFor();
    const result = agent.done("address change");
    expect(result.clicks).toBeLessThanOrEqual(5);

    const changed = shopState().orders.find((candidate) => candidate.id === order.id)!;
    expect(changed.shippingAddress).toMatchObject({ address1: "742 Evergreen Terrace", city: "Springfield", zip: "97403" });
    const [activity] = await queryDatabase<{ data: { from: { address1: string } } }>(`SELECT data FROM "Activity" WHERE "shopId" = $1 AND kind = 'order_address_changed'`, [SHOP()]);
    expect(activity!.data.from.address1).not.toBe("742 Evergreen Terrace");
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  it("does the same in Japanese for a Japanese shop: 50g of sencha swapped for 100g, in yen", async () => {
    const sencha = shopState(1).products.find((product) => product.variants.length >= 3 && new Set(product.variants.map((variant) => variant.price)).size > 1)!;
    const [small, larger] = [...sencha.variants].sort((a, b) => Number(a.price) - Number(b.price));
    const { order, customer } = await placeOrder([{ variant: small!.id, quantity: 1 }], 1);
    const { page, app, errors } = await openTicketAbout(`${order.name} の量を変更したい`, customer.email, { shopIndex: 1, locale: "ja", ordersHeading: "注文" });

    await app.getByRole("button", { name: `注文 ${order.name} を編集` }).click();
    const dialog = app.getByRole("dialog");
    await dialog.getByLabel(`${sencha.title} を別のサイズ・色に交換`).selectOption(larger!.id);
    await dialog.getByText(new RegExp(`^${larger!.title} · SKU`)).waitFor();
    await dialog.getByText("お客様の追加支払い").waitFor();
    await saveScreenshot(page, "order-edit-staged-ja");
    await dialog.getByRole("button", { name: "変更を確認" }).click();
    await dialog.getByRole("button", { name: "編集を保存" }).click();
    await expectDone(dialog, "注文を更新しました。");
    await dialog.getByRole("button", { name: "請求書を送信" }).click();
    await dialog.getByRole("button", { name: "請求書を送信しました" }).waitFor();
    await page.getByRole("status").filter({ hasText: "請求書を送信しました" }).waitFor();
    await saveScreenshot(page, "order-edit-invoice-ja");
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  it("refunds the difference, pre-filled, when an edit lowers the total", async () => {
    const variant = shopState().products.find((product) => Number(product.variants[0]!.price) > 10)!.variants[0]!;
    const { order, customer } = await placeOrder([{ variant: variant.id, quantity: 2 }]);
    const { page, app, errors } = await openTicketAbout(`Only one please, ${order.name}`, customer.email);

    await app.getByRole("button", { name: `Edit order ${order.name}` }).click();
    const dialog = app.getByRole("dialog");
    const quantity = dialog.getByRole("spinbutton").first();
    await quantity.fill("1");
    await dialog.getByText("Customer will be owed").waitFor();
    await dialog.getByRole("button", { name: "Review changes" }).click();
    await dialog.getByRole("button", { name: "Save the edit" }).click();
    await expectDone(dialog, "The order has been updated.");
    await dialog.getByRole("button", { name: /^Refund / }).click();
    await dialog.getByText(/^Refund the difference of/).waitFor();
    await dialog.getByRole("button", { name: "Review refund" }).click();
    await dialog.getByRole("button", { name: /^Refund / }).click();
    await expectDone(dialog, /^Refunded /);
    await saveScreenshot(page, "order-edit-refund-difference-en");

    const settled = shopState().orders.find((candidate) => candidate.id === order.id)!;
    expect(settled.refunds).toHaveLength(1);
    expect(Math.abs(Number(settled.totalOutstandingSet.presentmentMoney.amount))).toBeLessThanOrEqual(0.01);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });
});
