import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { createFreshDatabase } from "../tests/fresh-database";
import { collectPageErrors, launchBrowser, newPage, saveScreenshot } from "./browser";

// The devstore's App Bridge stand-in draws ui-modal as shopify.dev documents it
// (web-components/ui-modal, apis/modal); the app's own modals are exercised by
// order-actions.test.ts and admin-inbox.test.ts.

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

type Probe = { events: string[]; clicks: string[] };

async function openApp(): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await newPage(browser);
  const errors = collectPageErrors(page);
  await page.goto(stack.devstore.adminUrl(stack.devstore.shops[0]!, undefined, "en"));
  await page.locator("[data-app-title]", { hasText: "Inbox" }).waitFor();
  return { page, frame: page.frames().find((candidate) => candidate !== page.mainFrame())!, errors };
}

const probeOf = (frame: Frame) => frame.evaluate(() => (window as unknown as { probe: Probe }).probe);
const shownOf = (frame: Frame) => frame.evaluate(() => (document.getElementById("probe-modal") as unknown as { shown: boolean }).shown);

describe("the App Bridge stand-in's modal", () => {
  it("shows its content with the title bar as header and footer, fires show and hide, and closes with the X or Escape", async () => {
    const { page, frame, errors } = await openApp();
    // A ui-modal as App Bridge React's Modal renders it: the title bar a child, the content in `content`.
    await frame.evaluate(() => {
      const probe: Probe = { events: [], clicks: [] };
      (window as unknown as { probe: Probe }).probe = probe;
      const modal = document.createElement("ui-modal") as unknown as UIModalElement;
      modal.id = "probe-modal";
      modal.setAttribute("variant", "small");
      modal.innerHTML = '<ui-title-bar title="Delete the draft?"><button id="cancel">Cancel</button><button id="delete" variant="primary" tone="critical">Delete</button></ui-title-bar>';
      modal.addEventListener("show", () => probe.events.push("show"));
      modal.addEventListener("hide", () => probe.events.push("hide"));
      modal.querySelector("ui-title-bar")!.addEventListener("click", (event) => probe.clicks.push((event.target as HTMLElement).id));
      document.body.append(modal as unknown as Node);
      const text = document.createElement("p");
      text.textContent = "The draft goes for good.";
      modal.content!.append(text);
    });
    const dialog = page.frameLocator("iframe").getByRole("dialog", { name: "Delete the draft?" });
    const shade = page.locator("[data-app-modal-shade]");
    expect(await shownOf(frame)).toBe(false);
    expect(await dialog.count()).toBe(0);

    await frame.evaluate(() => shopify.modal.show("probe-modal"));
    await dialog.getByText("The draft goes for good.").waitFor();
    await shade.waitFor();
    expect(await shownOf(frame)).toBe(true);
    expect(await dialog.getAttribute("data-variant")).toBe("small");
    // Secondary buttons first, the primary last, with its tone.
    const footer = dialog.locator(".devstore-modal-footer button");
    expect(await footer.allTextContents()).toEqual(["Cancel", "Delete"]);
    expect(await footer.nth(1).getAttribute("data-tone")).toBe("critical");
    await saveScreenshot(page, "app-bridge-modal-en");
    await dialog.getByRole("button", { name: "Delete" }).click();
    expect((await probeOf(frame)).clicks).toEqual(["delete"]);

    // The footer follows the app's buttons: disabled and loading are not clicked.
    await frame.evaluate(() => document.getElementById("delete")!.setAttribute("disabled", ""));
    await expect.poll(() => dialog.getByRole("button", { name: "Delete" }).isDisabled()).toBe(true);
    await frame.evaluate(() => {
      document.getElementById("delete")!.removeAttribute("disabled");
      document.getElementById("cancel")!.setAttribute("loading", "");
    });
    await expect.poll(() => dialog.getByRole("button", { name: "Cancel" }).getAttribute("aria-busy")).toBe("true");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect((await probeOf(frame)).clicks).toEqual(["delete"]);

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await shade.waitFor({ state: "hidden" });
    expect(await shownOf(frame)).toBe(false);

    // toggle() shows it again; the X hides it; hiding a hidden modal fires nothing.
    await frame.evaluate(() => (document.getElementById("probe-modal") as unknown as UIModalElement).toggle());
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "hidden" });
    await frame.evaluate(() => shopify.modal.hide("probe-modal"));
    expect((await probeOf(frame)).events).toEqual(["show", "hide", "show", "hide"]);
    expect(await frame.evaluate(() => shopify.modal.show("no-such-modal").then(() => "shown", (error: Error) => error.message))).toMatch(/no ui-modal with id no-such-modal/);
    expect(errors, errors.join("\n")).toEqual([]);
  });
});
