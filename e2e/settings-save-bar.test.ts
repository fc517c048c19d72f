import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { createFreshDatabase } from "../tests/fresh-database";
import { collectPageErrors, launchBrowser, newPage, saveScreenshot } from "./browser";

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({ databaseUrl: await createFreshDatabase(), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, seedConversationsPerShop: 2, log: () => {} });
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

/** Waits until `read` returns `expected`, and fails with the last value seen. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toBe(expected);
}

describe("Settings, through the admin's save bar", () => {
  it("shows the save bar while the signature is edited, discards to the stored value, saves with a toast, and asks before leaving", async () => {
    const { page, app, errors } = await openAdmin("/settings");
    // The page's TitleBar is the admin's title; the frame does not repeat it.
    await page.locator("[data-app-title]", { hasText: "Settings" }).waitFor();
    await app.getByLabel("Signature").waitFor();
    expect(await app.getByRole("heading", { name: "Settings", exact: true }).count()).toBe(0);
    const saveBar = page.getByRole("region", { name: "Save bar" });
    const signature = app.getByLabel("Signature");
    const stored = await signature.inputValue();
    expect(await saveBar.isVisible()).toBe(false);

    await signature.fill("Warm regards, the Maple & Moss team");
    await saveBar.waitFor();
    await saveBar.getByText("Unsaved changes").waitFor();
    await saveScreenshot(page, "settings-save-bar-en");

    await saveBar.getByRole("button", { name: "Discard" }).click();
    await saveBar.waitFor({ state: "hidden" });
    await eventually(() => signature.inputValue(), stored);

    await signature.fill("Warm regards, the Maple & Moss team");
    await saveBar.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    await saveBar.waitFor({ state: "hidden" });
    await saveScreenshot(page, "settings-saved-toast-en");

    await page.reload();
    await page.locator("[data-app-title]", { hasText: "Settings" }).waitFor();
    await eventually(() => app.getByLabel("Signature").inputValue(), "Warm regards, the Maple & Moss team");

    // Unsaved changes: the admin's navigation asks first, and staying keeps the edit.
    await app.getByLabel("Your name").fill("Aoi Nakamura");
    await saveBar.waitFor();
    const nav = page.getByRole("navigation", { name: "Admin" });
    await nav.getByRole("link", { name: "Returns" }).click();
    const leave = page.getByRole("dialog", { name: "Leave page with unsaved changes?" });
    await leave.waitFor();
    await saveScreenshot(page, "settings-leave-confirmation-en");
    await leave.getByRole("button", { name: "Stay" }).click();
    await leave.waitFor({ state: "hidden" });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await page.locator("[data-app-title]").textContent()).toBe("Settings");
    expect(await app.getByLabel("Your name").inputValue()).toBe("Aoi Nakamura");
    expect(await saveBar.isVisible()).toBe(true);

    // Leaving drops the edit and the save bar with the page.
    await nav.getByRole("link", { name: "Returns" }).click();
    await leave.getByRole("button", { name: "Leave page" }).click();
    await page.locator("[data-app-title]", { hasText: "Returns" }).waitFor();
    await saveBar.waitFor({ state: "hidden" });
    expect(errors, errors.join("\n")).toEqual([]);
  });
});

describe("the App Bridge stand-in's title bar", () => {
  it("draws an app's title bar buttons in the admin, follows their changes and clicks them in the app", async () => {
    const { page, errors } = await openAdmin("");
    await page.locator("[data-app-title]", { hasText: "Inbox" }).waitFor();
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    // A ui-title-bar as the TitleBar React component renders it, outside the app's own code.
    await frame.evaluate(() => {
      const bar = document.createElement("ui-title-bar");
      bar.setAttribute("title", "Stand-in");
      bar.innerHTML = '<button id="archive" tone="critical">Archive</button><section label="More actions"><button id="export">Export</button></section><button id="create" variant="primary">Create</button>';
      const clicks: string[] = [];
      (window as unknown as { clicks: string[] }).clicks = clicks;
      bar.addEventListener("click", (event) => clicks.push((event.target as HTMLElement).id));
      document.body.append(bar);
    });
    const actions = page.getByRole("group", { name: "Title bar actions" });
    await page.locator("[data-app-title]", { hasText: "Stand-in" }).waitFor();
    await actions.getByRole("button", { name: "Create" }).click();
    await actions.getByRole("group", { name: "More actions" }).getByRole("button", { name: "Export" }).click();
    await eventually(() => frame.evaluate(() => (window as unknown as { clicks: string[] }).clicks.join(",")), "create,export");
    await saveScreenshot(page, "title-bar-actions-en");

    await frame.evaluate(() => document.getElementById("create")!.setAttribute("disabled", ""));
    await eventually(() => actions.getByRole("button", { name: "Create" }).isDisabled(), true);
    expect(await actions.getByRole("button", { name: "Archive" }).getAttribute("data-tone")).toBe("critical");
    expect(errors, errors.join("\n")).toEqual([]);
  });
});

describe("the App Bridge stand-in's save bar", () => {
  it("asks before discarding when discardConfirmation is set, and answers shopify.saveBar.leaveConfirmation()", async () => {
    const { page, errors } = await openAdmin("");
    await page.locator("[data-app-title]", { hasText: "Inbox" }).waitFor();
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    type Probe = { clicks: string[]; left?: boolean; shown?: boolean };
    await frame.evaluate(async () => {
      const probe: Probe = { clicks: [] };
      (window as unknown as { probe: Probe }).probe = probe;
      const bar = document.createElement("ui-save-bar");
      bar.id = "probe-bar";
      bar.setAttribute("discardConfirmation", "");
      bar.innerHTML = '<button variant="primary" id="save">Save</button><button id="discard">Discard</button>';
      bar.addEventListener("click", (event) => probe.clicks.push((event.target as HTMLElement).id));
      document.body.append(bar);
      await shopify.saveBar.show("probe-bar");
      probe.shown = (bar as UISaveBarElement).showing;
    });
    expect(await frame.evaluate(() => (window as unknown as { probe: Probe }).probe.shown)).toBe(true);
    const saveBar = page.getByRole("region", { name: "Save bar" });
    await saveBar.getByRole("button", { name: "Discard" }).click();
    const confirm = page.getByRole("dialog", { name: "Discard all unsaved changes?" });
    await confirm.getByRole("button", { name: "Continue editing" }).click();
    await saveBar.getByRole("button", { name: "Discard" }).click();
    await saveScreenshot(page, "save-bar-discard-confirmation-en");
    await confirm.getByRole("button", { name: "Discard changes" }).click();
    await eventually(() => frame.evaluate(() => (window as unknown as { probe: Probe }).probe.clicks.join(",")), "discard");

    await frame.evaluate(() => {
      void shopify.saveBar.leaveConfirmation().then(() => ((window as unknown as { probe: Probe }).probe.left = true));
    });
    await page.getByRole("dialog", { name: "Leave page with unsaved changes?" }).getByRole("button", { name: "Leave page" }).click();
    await eventually(() => frame.evaluate(() => (window as unknown as { probe: Probe }).probe.left === true), true);

    await frame.evaluate(() => shopify.saveBar.hide("probe-bar"));
    await saveBar.waitFor({ state: "hidden" });
    expect(errors, errors.join("\n")).toEqual([]);
  });
});
