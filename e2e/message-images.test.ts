import pg from "pg";
import type { Browser, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { createFreshDatabase } from "../tests/fresh-database";
import { collectPageErrors, launchBrowser, newPage, saveScreenshot } from "./browser";

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({ databaseUrl: await createFreshDatabase(), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

// A 4×4 red PNG: big enough that a loaded image has a size.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEklEQVR4nGP4z8CAB+GTG8HSALfKY52fTcuYAAAAAElFTkSuQmCC", "base64");

async function ticketIdBySubject(subject: string): Promise<string> {
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const rows = (await db.query<{ id: string }>(`SELECT id FROM "Ticket" WHERE subject = $1`, [subject])).rows;
      if (rows[0]) return rows[0].id;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No ticket "${subject}"`);
  } finally {
    await db.end();
  }
}

describe("a customer's HTML mail, in Chromium", () => {
  it("loads nothing from the sender until the agent shows images, and shows the inline logo from the app", async () => {
    const shop = stack.devstore.shops[0]!;
    const subject = "Newsletter reply with a pixel";
    await stack.devstore.sendMailAsShopper({
      from: "owen@example.net",
      to: `${shop.replace(/\.myshopify\.com$/, "")}@inbox.frontdesk.localhost`,
      subject,
      text: "",
      html: [
        `<style>p{background:url(https://tracker.example/style.gif)}</style>`,
        `<p style="background-image:url(https://tracker.example/inline.gif)">Where is my parcel?</p>`,
        `<img src="cid:logo@shop.example" alt="Logo">`,
        `<img src="https://tracker.example/open.gif?u=42" alt="pixel">`,
        `<img srcset="https://tracker.example/srcset.gif 2x" alt="x"><video poster="https://tracker.example/poster.jpg"></video>`,
      ].join(""),
      attachments: [{ filename: "logo.png", content: PNG, contentType: "image/png", cid: "logo@shop.example" }],
    });
    const ticketId = await ticketIdBySubject(subject);

    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    const tracked: string[] = [];
    await page.context().route("https://tracker.example/**", (route) => {
      tracked.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "image/png", body: PNG });
    });
    const attachmentFetches: Request[] = [];
    page.on("request", (request) => request.url().includes("/app/attachments/") && attachmentFetches.push(request));

    await page.goto(stack.devstore.adminUrl(shop, `/tickets/${ticketId}`, "en"));
    const app = page.frameLocator("iframe");
    const body = app.locator(".frontdesk-message-html");
    await body.getByText("Where is my parcel?").waitFor();
    await app.getByText("Images from the sender are hidden").waitFor();

    // The inline logo is the message's attachment, fetched with the session token and shown.
    const logo = body.locator('img[alt="Logo"]');
    await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth), { timeout: 10_000 }).toBe(4);
    expect(attachmentFetches.length).toBeGreaterThan(0);
    expect(await logo.getAttribute("src")).toMatch(/^blob:/);
    await saveScreenshot(page, "message-images-hidden");
    expect(tracked).toEqual([]);

    // Only on request, and only the sender's https image.
    await app.getByRole("button", { name: "Show images" }).click();
    await expect.poll(() => body.locator('img[alt="pixel"]').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: 10_000 }).toBe(4);
    await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth), { timeout: 10_000 }).toBe(4);
    await saveScreenshot(page, "message-images-shown");
    expect(tracked).toEqual(["https://tracker.example/open.gif?u=42"]);
    expect(errors, errors.join("\n")).toEqual([]);
  });
});
