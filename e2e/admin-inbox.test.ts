import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INBOUND_EMAIL_DOMAIN, startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { createFreshDatabase } from "../tests/fresh-database";
import { collectPageErrors, launchBrowser, newPage, saveScreenshot } from "./browser";

let stack: Stack;
let browser: Browser;
const appLog: string[] = [];

beforeAll(async () => {
  stack = await startStack({
    databaseUrl: await createFreshDatabase(),
    apiKey: TEST_API_KEY,
    apiSecret: TEST_API_SECRET,
    seedConversationsPerShop: 12,
    log: (line) => appLog.push(line),
  });
  browser = await launchBrowser();
});

/** Rows from the stack's database, read as a person checking the result would. */
async function queryDatabase(sql: string): Promise<unknown[]> {
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    return (await db.query(sql)).rows;
  } finally {
    await db.end();
  }
}

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Opens the devstore's admin page for a shop and returns the app's frame once it has rendered. */
async function openAdmin(shop: string, locale: string, userId?: string): Promise<{ page: Page; app: ReturnType<Page["frameLocator"]>; errors: string[] }> {
  const page = await newPage(browser);
  const errors = collectPageErrors(page);
  await page.goto(stack.devstore.adminUrl(shop, undefined, locale) + (userId ? `&user=${userId}` : ""));
  const app = page.frameLocator("iframe");
  return { page, app, errors };
}

describe("the embedded admin, in Chromium", () => {
  it("shows the English shop's tickets in the Polaris inbox", async () => {
    const shop = stack.devstore.shops[0]!;
    const { page, app } = await openAdmin(shop, "en");
    await page.locator("[data-app-title]", { hasText: "Inbox" }).waitFor();
    const rows = app.locator(".Polaris-IndexTable__TableRow");
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(12);
    await app.getByText(/Where is my order #\d+\?/).first().waitFor();
    // The admin's sidebar shows how many conversations wait for an answer.
    await page.getByRole("link", { name: /^Inbox \(\d+\)$/ }).waitFor();
    // Polaris's stylesheet loaded: a card has its background and radius, not the browser default.
    const radius = await app.locator(".Polaris-ShadowBevel").first().evaluate((element) => getComputedStyle(element).borderRadius);
    expect(radius).not.toBe("0px");
    await saveScreenshot(page, "inbox-en");
  });

  it("moves between the views with the keyboard, as tabs do", async () => {
    const { page, app } = await openAdmin(stack.devstore.shops[0]!, "en");
    const open = app.getByRole("tab", { name: /^Open/ });
    await open.waitFor();
    expect(await open.getAttribute("aria-selected")).toBe("true");
    // Only the selected tab is in the page's tab order; its panel holds the view.
    expect(await app.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    expect(await app.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("view-open");
    await open.focus();
    await page.keyboard.press("ArrowRight");
    expect(await app.locator('[role="tab"]:focus').getAttribute("id")).toBe("view-unassigned");
    await page.keyboard.press("End");
    expect(await app.locator('[role="tab"]:focus').getAttribute("id")).toBe("view-all");
    await page.keyboard.press("ArrowRight");
    expect(await app.locator('[role="tab"]:focus').getAttribute("id")).toBe("view-open");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await app.locator('[role="tab"][aria-selected="true"]#view-all').waitFor();
    expect(await app.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("view-all");
  });

  it("speaks Japanese to a Japanese admin, with the Japanese shop's data", async () => {
    const shop = stack.devstore.shops[1]!;
    const { page, app } = await openAdmin(shop, "ja");
    await page.locator("[data-app-title]", { hasText: "受信トレイ" }).waitFor();
    await app.getByRole("tab", { name: /対応中/ }).waitFor();
    await app.getByText(/の配送状況について/).first().waitFor();
    await saveScreenshot(page, "inbox-ja");
  });

  it("filters by the languages the shop's customers write in, named in the admin's language, beyond the admin's own", async () => {
    const shop = stack.devstore.shops[1]!;
    const subject = "Théière jamais reçue";
    await stack.devstore.sendMailAsShopper({
      from: '"Camille Martin" <camille.martin@example.fr>',
      to: `${shop.replace(/\.myshopify\.com$/, "")}@${INBOUND_EMAIL_DOMAIN}`,
      subject,
      text: "Bonjour, j'ai commandé une théière il y a deux semaines et je n'ai toujours rien reçu. Pouvez-vous vérifier où en est ma commande, s'il vous plaît ?",
      messageId: "e2e-language-filter-fr@mail.example.fr",
    });
    await expect.poll(async () => queryDatabase(`SELECT language FROM "Ticket" WHERE "shopId" = '${shop}' AND subject = '${subject}'`), { timeout: 15_000 }).toEqual([{ language: "fr" }]);
    const written = (await queryDatabase(`SELECT DISTINCT language FROM "Ticket" WHERE "shopId" = '${shop}' AND language IS NOT NULL`)) as Array<{ language: string }>;
    const names = new Intl.DisplayNames("ja", { type: "language" });

    const { page, app, errors } = await openAdmin(shop, "ja");
    await page.locator("[data-app-title]", { hasText: "受信トレイ" }).waitFor();
    const filter = app.getByLabel("言語", { exact: true });
    const offered = await filter.locator("option").evaluateAll((options) => options.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent })));
    expect(offered[0]).toEqual({ value: "", label: "すべて" });
    expect(offered.slice(1).sort((a, b) => a.value.localeCompare(b.value))).toEqual(written.map(({ language }) => ({ value: language, label: names.of(language) })).sort((a, b) => a.value.localeCompare(b.value)));
    expect(offered.map((option) => option.label)).toContain("フランス語");

    await filter.selectOption("fr");
    const rows = app.locator(".Polaris-IndexTable__TableRow");
    await expect.poll(async () => (await rows.count()) === 1 && ((await rows.first().textContent()) ?? "").includes(subject), { timeout: 15_000 }).toBe(true);
    await rows.first().getByText("フランス語").waitFor();
    await saveScreenshot(page, "inbox-language-filter-ja");
    expect(errors, errors.join("\n")).toEqual([]);
  });

  it("navigates from the admin's menu to Settings, with session tokens from App Bridge", async () => {
    const shop = stack.devstore.shops[0]!;
    const { page, app, errors } = await openAdmin(shop, "en");
    await page.locator("[data-app-title]", { hasText: "Inbox" }).waitFor();
    await page.getByRole("link", { name: "Settings" }).click();
    await page.locator("[data-app-title]", { hasText: "Settings" }).waitFor();
    await app.getByText(shop).waitFor();
    await saveScreenshot(page, "settings-en");
    // This Chromium blocks third-party storage in the admin's iframe, as many browsers do: the
    // app must still navigate, and nothing on the way may throw.
    expect(errors, errors.join("\n")).toEqual([]);
  });
});

describe("a ticket, in Chromium", () => {
  it("opens from the inbox with the customer's orders beside it, and takes a note and a reply", async () => {
    const shop = stack.devstore.shops[0]!;
    const { page, app, errors } = await openAdmin(shop, "en");
    await app.getByText(/Where is my order #\d+\?/).first().click();
    await app.getByRole("heading", { name: "Orders" }).waitFor();
    // The ticket's title is the admin's title bar.
    const subject = (await page.locator("[data-app-title]").textContent()) ?? "";
    const orderName = /#\d{4}/.exec(subject.replace(/^#\d+\s*/, ""))?.[0];
    expect(orderName).toBeTruthy();
    // The order's detail opens over the conversation, from the mirror.
    await app.getByRole("button", { name: `Open order ${orderName}` }).click();
    const detail = app.getByRole("dialog");
    await detail.getByRole("heading", { name: `Order ${orderName}` }).waitFor();
    await detail.getByRole("heading", { name: "Shipping address" }).waitFor();
    await detail.getByText("Subtotal").waitFor();
    await saveScreenshot(page, "order-detail-en");
    await detail.getByRole("button", { name: "Close", exact: true }).first().click();
    await detail.waitFor({ state: "detached" });

    await app.getByRole("button", { name: "Note" }).click();
    await app.getByPlaceholder("Write a note only your team can see…").fill("Checked with the carrier: out for delivery.");
    await app.getByRole("button", { name: "Add note" }).click();
    await app.locator("p", { hasText: "Checked with the carrier: out for delivery." }).waitFor();

    await app.getByRole("button", { name: "Reply" }).click();
    const reply = app.getByPlaceholder("Write a reply to the customer…");
    await reply.fill("It is out for delivery today. Sorry for the wait!");
    await reply.press("Control+Enter");
    await app.locator("p", { hasText: "It is out for delivery today. Sorry for the wait!" }).waitFor();
    await app.getByLabel("Priority").selectOption("HIGH");
    await app.getByRole("button", { name: "Assign to me" }).click();
    await app.getByText("Assigned to you").waitFor();
    await saveScreenshot(page, "ticket-en");
    // "e" closes the ticket from the keyboard.
    await app.getByRole("heading", { name: "Details" }).click();
    await app.locator("body").press("e");
    await page.getByRole("group", { name: "Title bar actions" }).getByRole("button", { name: "Reopen" }).waitFor();
    const mail = await stack.devstore.mail.waitFor((caught) => caught.text.includes("It is out for delivery today."));
    expect(mail.inReplyTo).toMatch(/^<seed-maple-and-moss-\d+(-again)?@mail\.example\.com>$/);
    expect(errors, errors.join("\n")).toEqual([]);
  });
});

describe("two agents on one ticket, in Chromium", () => {
  it("shows each who else is there and typing, and warns the second before they answer what the first already did", async () => {
    const shop = stack.devstore.shops[0]!;
    const staff = stack.devstore.state.shops.get(shop)!.staff;
    const [first, second] = [staff[0]!, staff[1]!].map((member) => member.id.replace(/\D/g, ""));
    const open = async (userId: string) => {
      const opened = await openAdmin(shop, "en", userId);
      await opened.app.getByText(/Damaged on arrival/).first().click();
      await opened.app.getByRole("heading", { name: "Orders" }).waitFor();
      return opened;
    };
    const ana = await open(first!);
    const ben = await open(second!);
    // Shopify tells the app who each agent is (their online token), so colleagues see names.
    const benName = `${staff[1]!.firstName} ${staff[1]!.lastName}`;
    await ana.app.getByText(`${benName} is viewing`).waitFor({ timeout: 15_000 });

    const benReply = ben.app.getByPlaceholder("Write a reply to the customer…");
    await benReply.fill("So sorry! A replacement is on its way.");
    await ana.app.getByText(`${benName} is typing…`).waitFor({ timeout: 15_000 });
    await saveScreenshot(ana.page, "presence-typing-en");
    await benReply.press("Control+Enter");
    await ben.app.locator("p", { hasText: "A replacement is on its way." }).waitFor();

    // Ana is told before she sends, and can read Ben's reply in place.
    await ana.app.getByText(/replied after you opened this ticket/).waitFor({ timeout: 15_000 });
    await saveScreenshot(ana.page, "presence-replied-en");
    await ana.app.getByRole("button", { name: "Show it" }).click();
    await ana.app.locator("p", { hasText: "A replacement is on its way." }).waitFor();
    await ana.app.getByText(/replied after you opened this ticket/).waitFor({ state: "detached", timeout: 15_000 });
    expect([...ana.errors, ...ben.errors]).toEqual([]);
    await ana.page.close();
    await ben.page.close();
  });
});

describe("searching in Japanese, in Chromium", () => {
  it("finds a ticket by a Japanese phrase, and answers it with a note and a reply beside the order", async () => {
    const shop = stack.devstore.shops[1]!;
    const { page, app, errors } = await openAdmin(shop, "ja");
    await page.locator("[data-app-title]", { hasText: "受信トレイ" }).waitFor();
    const search = app.getByPlaceholder("件名・メッセージ・お客様・注文番号を検索");
    await search.fill("発送のご連絡");
    await search.press("Enter");
    // The list shows only the matches once the search has run (the page's URL carries it).
    await page.frameLocator("iframe").locator("body").waitFor();
    const rows = app.locator(".Polaris-IndexTable__TableRow");
    await expect.poll(async () => (await rows.count()) > 0 && (await rows.filter({ hasNotText: "の配送状況について" }).count()) === 0, { timeout: 15_000 }).toBe(true);
    await saveScreenshot(page, "search-ja");

    await app.getByText(/の配送状況について/).first().click();
    await app.getByRole("heading", { name: "注文", exact: true }).waitFor();
    await app.getByRole("button", { name: "メモ" }).click();
    await app.getByPlaceholder("チームだけが見られるメモを入力…").fill("配送業者に確認済み。");
    await app.getByRole("button", { name: "メモを追加" }).click();
    await app.locator("p", { hasText: "配送業者に確認済み。" }).waitFor();
    await app.getByRole("button", { name: "返信", exact: true }).click();
    await app.getByPlaceholder("お客様への返信を入力…").fill("お待たせして申し訳ございません。本日発送いたしました。");
    await app.getByRole("button", { name: "返信を送信" }).click();
    await app.locator("p", { hasText: "本日発送いたしました。" }).waitFor();
    await saveScreenshot(page, "ticket-ja");
    expect(errors, errors.join("\n")).toEqual([]);
  });
});

describe("bulk actions in the inbox, in Chromium", () => {
  it("tags two tickets through App Bridge's modal and closes three, each with a toast that counts them", async () => {
    const shop = stack.devstore.shops[0]!;
    const { page, app, errors } = await openAdmin(shop, "en");
    const rows = app.locator(".Polaris-IndexTable__TableRow");
    await rows.nth(4).waitFor();
    const select = (index: number) => app.getByRole("checkbox", { name: "Select ticket" }).nth(index).click();
    const countOf = async (where: string) => Number(((await queryDatabase(`SELECT count(*) FROM "Ticket" WHERE "shopId" = '${shop}' AND ${where}`)) as Array<{ count: string }>)[0]!.count);

    await select(0);
    await select(1);
    await app.getByRole("button", { name: "Add tag", exact: true }).first().click();
    const modal = app.getByRole("dialog", { name: "Add a tag to 2 tickets" });
    await modal.waitFor();
    // Drawn over the whole admin: the admin's own chrome is shaded while the modal shows.
    await page.locator("[data-app-modal-shade]").waitFor();
    const apply = modal.getByRole("button", { name: "Add tag" });
    expect(await apply.isDisabled()).toBe(true);
    await modal.getByLabel("Tag").fill("bulk-vip");
    await saveScreenshot(page, "inbox-bulk-tag-modal-en");
    await apply.click();
    await modal.waitFor({ state: "hidden" });
    await page.locator("[data-app-modal-shade]").waitFor({ state: "hidden" });
    await page.getByRole("status").filter({ hasText: "Tag added to 2 tickets" }).waitFor();
    expect(await countOf(`'bulk-vip' = ANY(tags)`)).toBe(2);

    const closedBefore = await countOf(`status = 'CLOSED'`);
    for (const index of [2, 3, 4]) await select(index);
    await app.getByRole("button", { name: "Close", exact: true }).first().click();
    await page.getByRole("status").filter({ hasText: "3 tickets closed" }).waitFor();
    await saveScreenshot(page, "inbox-bulk-close-toast-en");
    expect(await countOf(`status = 'CLOSED'`)).toBe(closedBefore + 3);
    expect(errors, errors.join("\n")).toEqual([]);
  });
});

describe("the devstore's storefront, in Chromium", () => {
  it("shows each shop's products in its own language", async () => {
    for (const [index, heading] of [[0, "All products"], [1, "すべての商品"]] as const) {
      const page = await newPage(browser);
      await page.goto(stack.devstore.storefrontUrl(stack.devstore.shops[index]!));
      await page.getByRole("heading", { name: heading }).waitFor();
      expect(await page.locator(".grid li").count()).toBeGreaterThan(3);
      await saveScreenshot(page, `storefront-${index === 0 ? "en" : "ja"}`);
    }
  });
});

describe("the storefront contact form, in Chromium", () => {
  it("takes a Japanese shopper's question through the app proxy and opens a ticket", async () => {
    const page = await newPage(browser);
    await page.goto(stack.devstore.storefrontUrl(stack.devstore.shops[1]!));
    await page.getByRole("link", { name: "お問い合わせ・返品" }).click();
    await page.getByRole("heading", { name: "お問い合わせ" }).waitFor();
    await page.getByLabel("お名前").fill("鈴木 花子");
    await page.getByLabel("メールアドレス").fill("hanako.suzuki@example.jp");
    await page.getByLabel("お問い合わせ内容").fill("抹茶の賞味期限を教えてください。");
    await page.getByRole("button", { name: "送信する" }).click();
    await page.getByRole("status").getByText("お問い合わせありがとうございます").waitFor();
    await saveScreenshot(page, "storefront-contact-ja");
    expect(await queryDatabase(`SELECT t.channel, t.language FROM "Ticket" t JOIN "Customer" c ON c.id = t."customerId" WHERE c.email = 'hanako.suzuki@example.jp'`)).toEqual([{ channel: "CONTACT_FORM", language: "ja" }]);
  });

  it("tells the agent which message came from a shopper signed in as the customer and which from anyone", async () => {
    const shop = stack.devstore.shops[1]!;
    const [customer] = (await queryDatabase(
      `SELECT "shopifyId"::text AS id, email FROM "Customer" WHERE "shopId" = '${shop}' AND "shopifyId" IS NOT NULL AND email IS NOT NULL ORDER BY "shopifyId" LIMIT 1`,
    )) as Array<{ id: string; email: string }>;
    const page = await newPage(browser);
    const send = async (text: string) => {
      await page.getByRole("link", { name: "お問い合わせ・返品" }).click();
      await page.getByLabel("メールアドレス").fill(customer!.email);
      await page.getByLabel("お問い合わせ内容").fill(text);
      await page.getByRole("button", { name: "送信する" }).click();
      await page.getByRole("status").getByText("お問い合わせありがとうございます").waitFor();
    };
    await page.goto(stack.devstore.storefrontUrl(shop));
    await send("住所を変更してください（ログインなし）");
    // The storefront's sign-in: the app proxy then names this customer, signed, as Shopify does.
    await page.goto(`${stack.devstore.storefrontUrl(shop)}/account/login-as/${customer!.id}`);
    await send("住所を変更してください（ログイン済み）");

    const tickets = (await queryDatabase(
      `SELECT m."ticketId" AS id, m."isSenderVerified" AS verified FROM "Message" m WHERE m."shopId" = '${shop}' AND m.text LIKE '住所を変更してください%' ORDER BY m."createdAt"`,
    )) as Array<{ id: string; verified: boolean }>;
    expect(tickets.map((ticket) => ticket.verified)).toEqual([false, true]);
    const app = page.frameLocator("iframe");
    await page.goto(stack.devstore.adminUrl(shop, `/tickets/${tickets[1]!.id}`, "en"));
    await app.getByText("Signed in", { exact: true }).waitFor();
    await page.goto(stack.devstore.adminUrl(shop, `/tickets/${tickets[0]!.id}`, "en"));
    const unverified = app.getByText("Unverified sender", { exact: true });
    await unverified.hover();
    await app.getByText(/anyone can type an email address/).waitFor();
    await saveScreenshot(page, "ticket-unverified-sender");
  });
});

describe("a shopper's orders on the storefront, in Chromium", () => {
  it("asks a signed-out shopper to sign in, brings them back, and shows their orders and parcels in Japanese", async () => {
    const shop = stack.devstore.shops[1]!;
    const [customer] = (await queryDatabase(
      `SELECT c."shopifyId"::text AS id, array_agg(o.name ORDER BY o.name) AS orders FROM "Customer" c JOIN "Order" o ON o."customerId" = c.id AND o."shopId" = c."shopId"
       WHERE c."shopId" = '${shop}' GROUP BY c.id, c."shopifyId" ORDER BY c."shopifyId" LIMIT 1`,
    )) as Array<{ id: string; orders: string[] }>;
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await page.goto(stack.devstore.storefrontUrl(shop));
    await page.getByRole("link", { name: "ご注文履歴" }).click();
    await page.getByRole("heading", { name: "ご注文履歴" }).waitFor();
    expect(await page.locator(".order").count()).toBe(0);
    await saveScreenshot(page, "storefront-orders-sign-in-ja");
    await page.getByRole("link", { name: "ログイン" }).click();
    await page.locator(`a[href*="/account/login-as/${customer!.id}?"]`).click();

    await page.getByRole("heading", { name: "ご注文履歴" }).waitFor();
    const shown = await page.locator(".order h2").allTextContents();
    expect([...shown].sort()).toEqual([...customer!.orders].sort().slice(0, 20));
    await saveScreenshot(page, "storefront-orders-ja");
    expect(errors, errors.join("\n")).toEqual([]);
  });
});

describe("the devstore's mail, in Chromium", () => {
  it("sends a shopper's mail from the form, which opens a ticket, and lists the app's mail", async () => {
    const page = await newPage(browser);
    await page.goto(`${stack.devstore.url}/mail`);
    await page.getByLabel("From").fill("thai.shopper@example.com");
    await page.getByLabel("Answering (Message-ID)").fill("");
    await page.getByLabel("Subject").fill("สินค้ายังไม่มาถึง");
    await page.getByLabel("Message", { exact: true }).fill("สินค้ายังไม่มาถึงค่ะ ช่วยตรวจสอบให้หน่อยได้ไหมคะ");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText(/^Sent </).waitFor();
    await saveScreenshot(page, "devstore-mail");
    expect(await queryDatabase(`SELECT t.language, t.subject FROM "Ticket" t JOIN "Customer" c ON c.id = t."customerId" WHERE c.email = 'thai.shopper@example.com'`)).toEqual([{ language: "th", subject: "สินค้ายังไม่มาถึง" }]);
  });
});
