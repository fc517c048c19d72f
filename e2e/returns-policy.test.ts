import pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { createFreshDatabase } from "../tests/fresh-database";
import { collectPageErrors, launchBrowser, newPage, saveScreenshot } from "./browser";

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

async function storedSettings(shop: string): Promise<{ returns?: Record<string, unknown>; signature?: string }> {
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    return (await db.query<{ settings: { returns?: Record<string, unknown>; signature?: string } }>(`SELECT settings FROM "Shop" WHERE id = $1`, [shop])).rows[0]!.settings;
  } finally {
    await db.end();
  }
}

describe("the returns policy, in Chromium", () => {
  it("is edited from Settings on the save bar: a refused value is explained in place, a saved one is kept and summarised", async () => {
    const shop = stack.devstore.shops[0]!;
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await page.goto(stack.devstore.adminUrl(shop, "/settings", "en"));
    const app = page.frameLocator("iframe");
    await app.getByText("30-day window · Refund to the original payment, Store credit, and Exchange for another variant of the same product").waitFor();
    await app.getByRole("link", { name: "Edit returns policy" }).click();
    await page.locator("[data-app-title]", { hasText: "Returns policy" }).waitFor();

    const saveBar = page.getByRole("region", { name: "Save bar" });
    const window = app.getByLabel("Return window");
    await window.fill("400");
    await saveBar.getByRole("button", { name: "Save" }).click();
    await app.getByText("Enter 365 or less.").waitFor();
    expect(await saveBar.isVisible()).toBe(true);

    await window.fill("14");
    await app.getByLabel("Exchange for another variant of the same product").uncheck();
    await app.getByLabel("Approve return requests automatically when they meet all of these conditions").check();
    await app.getByLabel("Order total up to").fill("150");
    await app.getByLabel("Customer tags").fill("vip, wholesale");
    await saveScreenshot(page, "returns-policy-edited-en");
    await saveBar.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Returns policy saved" }).waitFor();
    await saveBar.waitFor({ state: "hidden" });

    expect((await storedSettings(shop)).returns).toMatchObject({
      windowDays: 14,
      resolutions: ["refund", "store_credit"],
      autoApprove: { isEnabled: true, maxOrderTotal: 150, customerTags: ["vip", "wholesale"], maxReturnRatePercent: null, reasons: [] },
      cancelWindowMinutes: 60,
    });

    // Discard goes back to what is stored, not to the defaults.
    await window.fill("7");
    await saveBar.getByRole("button", { name: "Discard" }).click();
    await saveBar.waitFor({ state: "hidden" });
    expect(await window.inputValue()).toBe("14");

    await page.goto(stack.devstore.adminUrl(shop, "/settings", "en"));
    await app.getByText("14-day window · Refund to the original payment and Store credit").waitFor();
    // The refused save answered 422 on purpose; the browser logs every such answer.
    const unexpected = errors.filter((error) => !/status of 422 .*\/app\/settings\/returns\.data/.test(error));
    expect(unexpected, unexpected.join("\n")).toEqual([]);
    expect(errors).toHaveLength(1);
  });

  it("speaks Japanese and Thai", async () => {
    for (const [locale, heading, label] of [
      ["ja", "返品ポリシー", "返品受付期間"],
      ["th", "นโยบายการคืนสินค้า", "ระยะเวลาคืนสินค้า"],
    ] as const) {
      const page = await newPage(browser);
      await page.goto(stack.devstore.adminUrl(stack.devstore.shops[1]!, "/settings/returns", locale));
      await page.locator("[data-app-title]", { hasText: heading }).waitFor();
      await page.frameLocator("iframe").getByLabel(label, { exact: true }).waitFor();
      await saveScreenshot(page, `returns-policy-${locale}`);
    }
  });
});
