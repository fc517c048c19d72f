import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { createFreshDatabase } from "../tests/fresh-database";
import { collectPageErrors, launchBrowser, newPage, saveScreenshot } from "./browser";

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({ databaseUrl: await createFreshDatabase(), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, seedConversationsPerShop: 6, log: () => {} });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function openAdmin(path: string): Promise<{ page: Page; app: ReturnType<Page["frameLocator"]>; errors: string[] }> {
  const page = await newPage(browser);
  const errors = collectPageErrors(page);
  await page.goto(stack.devstore.adminUrl(stack.devstore.shops[0]!, path, "en"));
  return { page, app: page.frameLocator("iframe"), errors };
}

/** The admin's title bar, drawn by the admin page outside the app's frame. */
function titleBar(page: Page) {
  return { title: page.locator("[data-app-title]"), actions: page.getByRole("group", { name: "Title bar actions" }), breadcrumbs: page.getByRole("navigation", { name: "Breadcrumbs" }) };
}

/** Opens an English customer's ticket from the inbox (every seeded writer has orders); returns its title as the admin shows it. */
async function openOrderTicket(page: Page, app: ReturnType<Page["frameLocator"]>): Promise<string> {
  const row = app.locator(".Polaris-IndexTable__TableRow").filter({ hasText: "English" }).first();
  // An unanswered ticket's subject is bold in the inbox.
  const subjectText = row.locator(".Polaris-Text--bold").first();
  const subject = (await subjectText.textContent()) ?? "";
  await subjectText.click();
  await app.getByRole("heading", { name: "Orders", exact: true }).waitFor();
  const { title } = titleBar(page);
  await expect.poll(async () => (await title.textContent()) ?? "", { timeout: 10_000 }).toMatch(new RegExp(`^#\\d+ ${subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  return (await title.textContent())!;
}

describe("a ticket's title bar, in the admin", () => {
  it("carries the ticket's title once and its Close and Mark as pending actions, which change the status once however often pressed", async () => {
    const { page, app, errors } = await openAdmin("");
    await titleBar(page).title.filter({ hasText: "Inbox" }).waitFor();
    await app.getByRole("tab", { name: /^Open/ }).waitFor();
    // The inbox's title is the admin's; the frame does not repeat it.
    expect(await app.getByRole("heading", { name: "Inbox" }).count()).toBe(0);
    await saveScreenshot(page, "title-bar-inbox-en");

    const subject = await openOrderTicket(page, app);
    const { actions, breadcrumbs } = titleBar(page);
    const close = actions.getByRole("button", { name: "Close", exact: true });
    const pending = actions.getByRole("button", { name: "Mark as pending" });
    await close.waitFor();
    await pending.waitFor();
    expect(await close.getAttribute("data-variant")).toBe("primary");
    expect(await pending.getAttribute("data-variant")).toBeNull();
    await breadcrumbs.getByRole("button", { name: "Inbox" }).waitFor();
    expect(await app.getByRole("heading", { name: subject }).count()).toBe(0);
    expect(await app.getByRole("heading", { level: 1 }).count()).toBe(0);
    const details = app.getByRole("heading", { name: "Details" }).locator("xpath=ancestor::div[contains(@class, 'Polaris-ShadowBevel')][1]");
    await details.getByText("Open", { exact: true }).waitFor();
    await saveScreenshot(page, "title-bar-ticket-en");

    // The action is held on its way, so the admin's button shows it loading and refuses a second press.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let posts = 0;
    const hold = async (route: Route) => {
      if (route.request().method() === "POST") {
        posts += 1;
        await held;
      }
      await route.continue();
    };
    await page.context().route(/\/app\/tickets\/[^/?]+\.data/, hold);
    await pending.click();
    await expect.poll(() => pending.getAttribute("aria-busy")).toBe("true");
    expect(await pending.isDisabled()).toBe(true);
    expect(await close.isDisabled()).toBe(true);
    await saveScreenshot(page, "title-bar-ticket-saving-en");
    await pending.click({ force: true });
    await close.click({ force: true });
    release();
    await page.context().unroute(/\/app\/tickets\/[^/?]+\.data/, hold);

    // The status shows on the page and on the timeline, and the title bar offers what now makes sense.
    await details.getByText("Pending", { exact: true }).waitFor();
    await app.getByText("marked it Pending").waitFor();
    await actions.getByRole("button", { name: "Mark as open" }).waitFor();
    expect(await pending.count()).toBe(0);
    expect(posts).toBe(1);
    expect(await app.getByText("marked it Pending").count()).toBe(1);
    await saveScreenshot(page, "title-bar-ticket-pending-en");

    await close.click();
    await actions.getByRole("button", { name: "Reopen" }).waitFor();
    await details.getByText("Closed", { exact: true }).waitFor();

    // The breadcrumb leads back to the inbox.
    await breadcrumbs.getByRole("button", { name: "Inbox" }).click();
    await titleBar(page).title.filter({ hasText: /^Inbox$/ }).waitFor();
    await breadcrumbs.waitFor({ state: "hidden" });
    expect(errors, errors.join("\n")).toEqual([]);
  });

  it("gives a settings subpage a breadcrumb back to Settings instead of a back arrow in the frame", async () => {
    const { page, app, errors } = await openAdmin("/settings/sync");
    const { title, breadcrumbs } = titleBar(page);
    await title.filter({ hasText: /^Sync$/ }).waitFor();
    await app.getByRole("button", { name: "Import again" }).waitFor();
    expect(await app.getByRole("heading", { name: "Sync", exact: true }).count()).toBe(0);
    expect(await app.getByRole("link", { name: "Settings" }).count()).toBe(0);
    await saveScreenshot(page, "title-bar-sync-en");
    await breadcrumbs.getByRole("button", { name: "Settings" }).click();
    await title.filter({ hasText: /^Settings$/ }).waitFor();
    await app.getByLabel("Signature").waitFor();
    expect(await app.getByRole("heading", { name: "Settings", exact: true }).count()).toBe(0);
    await saveScreenshot(page, "title-bar-settings-en");
    expect(errors, errors.join("\n")).toEqual([]);
  });
});

describe("Open in Shopify, from a ticket", () => {
  it("opens the order's and the customer's pages of the admin around the app", async () => {
    const { page, app, errors } = await openAdmin("");
    await openOrderTicket(page, app);
    const label = (await app.getByRole("link", { name: /^Open order #\d+ in Shopify$/ }).first().getAttribute("aria-label"))!;
    const orderName = /#\d+/.exec(label)![0];
    const shop = stack.devstore.state.shops.get(stack.devstore.shops[0]!)!;
    const order = shop.orders.find((candidate) => candidate.name === orderName)!;

    const orderLink = app.getByRole("link", { name: `Open order ${orderName} in Shopify` });
    expect(await orderLink.getAttribute("href")).toBe(`shopify://admin/orders/${order.legacyResourceId}`);
    expect(await orderLink.getAttribute("target")).toBe("_top");
    const ticketUrl = page.url();
    await orderLink.click();
    await page.waitForURL(new RegExp(`/admin/store/${shop.handle}/orders/${order.legacyResourceId}\\?`));
    await page.getByRole("heading", { name: orderName, level: 1 }).waitFor();
    await page.getByRole("region", { name: "Items" }).getByText(order.lineItems[0]!.title).waitFor();
    await saveScreenshot(page, "open-in-shopify-order-en");

    await page.goto(ticketUrl);
    await app.getByRole("heading", { name: "Orders", exact: true }).waitFor();
    const customer = order.customer!;
    await app.getByRole("link", { name: `Open ${customer.displayName} in Shopify` }).click();
    await page.waitForURL(new RegExp(`/admin/store/${shop.handle}/customers/${customer.legacyResourceId}\\?`));
    await page.getByRole("heading", { name: customer.displayName, level: 1 }).waitFor();
    await page.getByRole("region", { name: "Orders" }).getByRole("link", { name: orderName }).waitFor();
    await saveScreenshot(page, "open-in-shopify-customer-en");
    expect(errors, errors.join("\n")).toEqual([]);
  });
});
