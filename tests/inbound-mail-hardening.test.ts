import { randomBytes, randomUUID } from "node:crypto";
import Encoding from "encoding-japanese";
import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { env } from "~/env.server";
import { inboundAddressFor } from "~/models/shop.server";
import { action as inboundParse } from "~/routes/email.inbound";
import { TEST_INBOUND_EMAIL_TOKEN } from "./config";
import { createShop } from "./factories/records";
import { useInboundSmtp } from "./inbound-smtp";

// Mail that arrives as bytes (a NUL, Shift_JIS), sent over real SMTP to the inbox's server, or
// posted to the HTTP inbound parse, as the mail provider would.

const smtp = useInboundSmtp();

/** A raw message from lines (text or bytes), joined with CRLF. */
function mime(...lines: Array<string | Buffer>): Buffer {
  return Buffer.concat(lines.flatMap((line, index) => [Buffer.from(index ? "\r\n" : ""), typeof line === "string" ? Buffer.from(line) : line]));
}

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString("base64");
const sjis = (text: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }));

async function sendRaw(to: string, raw: Buffer, from = "sender@example.net") {
  return smtp.transport().sendMail({ envelope: { from, to: [to] }, raw });
}

async function postRaw(raw: Buffer) {
  return inboundParse({
    request: new Request("http://127.0.0.1/email/inbound", { method: "POST", body: new Uint8Array(raw), headers: { "Content-Type": "message/rfc822", Authorization: `Bearer ${TEST_INBOUND_EMAIL_TOKEN}` } }),
    params: {},
    context: {},
  });
}

async function newShop() {
  const shop = await createShop();
  return { shop: shop.id, address: inboundAddressFor(shop.id) };
}

async function ticketsOf(shop: string) {
  return prisma.ticket.findMany({
    where: { shopId: shop },
    include: { messages: { orderBy: { createdAt: "asc" }, include: { attachments: true } }, customer: true },
    orderBy: { number: "asc" },
  });
}

describe("text PostgreSQL cannot store", () => {
  it("stores mail with a NUL in its body, subject, sender name, HTML or file name, or an overlong Message-ID, over SMTP and HTTP, instead of failing every retry", async () => {
    const { shop, address } = await newShop();
    const overSmtp = mime(
      `From: =?utf-8?B?${b64("Ava\0 Brown")}?= <ava@example.com>`,
      `To: ${address}`,
      `Subject: =?utf-8?B?${b64("Order\0 #1042")}?=`,
      `Message-ID: <nul-${randomUUID()}@example.com>`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      Buffer.from("Where is\0 my parcel?"),
      "--b1",
      `Content-Type: application/pdf; name="=?utf-8?B?${b64("receipt\0.pdf")}?="`,
      "Content-Disposition: attachment",
      "Content-Transfer-Encoding: base64",
      "",
      b64("%PDF-1.4"),
      "--b1--",
      "",
    );
    // Today's code answered 451 here, and the sender's server retried for days.
    await expect(sendRaw(address, overSmtp)).resolves.toMatchObject({ response: expect.stringMatching(/^250/) });

    // A Message-ID longer than a btree index entry may be (the dedupe key) failed the same way.
    const longId = `${randomBytes(1500).toString("hex")}@example.org`;
    const overHttp = mime(`From: Liam <liam@example.org>`, `To: ${address}`, "Subject: Hello", `Message-ID: <${longId}>`, "Content-Type: text/html; charset=utf-8", "", Buffer.from("<p>Hi\0 there</p>"), "");
    const response = await postRaw(overHttp);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "created" });

    const [ava, liam] = await ticketsOf(shop);
    expect(ava).toMatchObject({ subject: "Order\uFFFD #1042" });
    expect(ava!.messages[0]).toMatchObject({ text: "Where is\uFFFD my parcel?", authorName: "Ava\uFFFD Brown" });
    expect(ava!.messages[0]!.attachments.map((attachment) => attachment.filename)).toEqual(["receipt\uFFFD.pdf"]);
    expect(liam!.messages[0]!.html).toContain("Hi\uFFFD there");
    expect(liam!.messages[0]!.text).toBe("Hi\uFFFD there");
    expect(liam!.messages[0]!.externalId).toBe(longId.slice(0, 600));
    // Delivered again, the same long Message-ID is the same message.
    expect(await (await postRaw(overHttp)).json()).toMatchObject({ outcome: "duplicate" });
  });
});

describe("the inbox's own mail", () => {
  it("opens no ticket for mail from the shop's own inbound address, from any address the app sends from, or for its own reply coming back", async () => {
    const { shop, address } = await newShop();
    await sendRaw(address, mime(`From: Shop <${address}>`, `To: ${address}`, "Subject: Re: Where is my order? [#1001]", "", "It left today.", ""), address);
    const otherShop = `another-shop@${env.INBOUND_EMAIL_DOMAIN}`;
    await sendRaw(address, mime(`From: Another shop <${otherShop}>`, `To: ${address}`, "Subject: Re: Hello [#1002]", "", "Thanks for your order.", ""), otherShop);
    // Our reply to a customer whose mailbox forwards everything back to us, From rewritten.
    const ours = `reply-${randomUUID()}@${env.INBOUND_EMAIL_DOMAIN}`;
    const reflected = mime("From: owen@example.net", `To: ${address}`, `Message-ID: <${ours}>`, "Auto-Submitted: no", "X-Frontdesk-Ticket: 1003", "Subject: Re: Wrong size [#1003]", "", "We are sending a medium.", "");
    await sendRaw(address, reflected, "owen@example.net");

    expect(await ticketsOf(shop)).toEqual([]);
    const filtered = await prisma.filteredEmail.findMany({ where: { shopId: shop }, orderBy: { receivedAt: "asc" } });
    expect(filtered.map((mail) => [mail.reason, mail.detail])).toEqual([
      ["loop", `sent from ${address}`],
      ["loop", `sent from ${otherShop}`],
      ["loop", `Message-ID <${ours}>`],
    ]);
  });
});

describe("a multipart part that cannot be split", () => {
  it("keeps its text: a multipart/mixed without a boundary, one whose boundary never comes, and a nested one", async () => {
    const { shop, address } = await newShop();
    await sendRaw(address, mime("From: a@example.org", `To: ${address}`, "Subject: No boundary", "MIME-Version: 1.0", "Content-Type: multipart/mixed", "", "My order #1042 has not arrived.", ""), "a@example.org");
    await sendRaw(address, mime("From: b@example.org", `To: ${address}`, "Subject: Lost boundary", "MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="never-sent"', "", "Can I change the size?", ""), "b@example.org");
    const nested = mime(
      "From: c@example.org",
      `To: ${address}`,
      "Subject: Nested",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="outer"',
      "",
      "--outer",
      "Content-Type: multipart/alternative; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      b64("荷物が届きません。"),
      "--outer",
      'Content-Type: application/pdf; name="invoice.pdf"',
      "Content-Transfer-Encoding: base64",
      "",
      b64("%PDF-1.4"),
      "--outer--",
      "",
    );
    await sendRaw(address, nested, "c@example.org");
    const tickets = await ticketsOf(shop);
    expect(tickets.map((ticket) => [ticket.subject, ticket.messages[0]!.text])).toEqual([
      ["No boundary", "My order #1042 has not arrived."],
      ["Lost boundary", "Can I change the size?"],
      ["Nested", "荷物が届きません。"],
    ]);
    expect(tickets[2]!.messages[0]!.attachments.map((attachment) => attachment.filename)).toEqual(["invoice.pdf"]);
  });
});

describe("Japanese mail in another charset than it declares", () => {
  it("decodes a sender name, subject, body and file name declared ISO-2022-JP but written in Shift_JIS, as Japanese mail clients do", async () => {
    const { shop, address } = await newShop();
    const raw = mime(
      `From: =?ISO-2022-JP?B?${b64(sjis("ツール販売"))}?= <tools@example.jp>`,
      `To: ${address}`,
      `Subject: =?ISO-2022-JP?B?${b64(sjis("ツールの返品について"))}?=`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="jp"',
      "",
      "--jp",
      "Content-Type: text/plain; charset=ISO-2022-JP",
      "Content-Transfer-Encoding: 8bit",
      "",
      sjis("先週届いたツールが壊れていました。返品できますか？"),
      "--jp",
      `Content-Type: image/jpeg; name="=?ISO-2022-JP?B?${b64(sjis("ツール.jpg"))}?="`,
      `Content-Disposition: attachment; filename="=?ISO-2022-JP?B?${b64(sjis("ツール.jpg"))}?="`,
      "Content-Transfer-Encoding: base64",
      "",
      b64("jpeg bytes"),
      "--jp--",
      "",
    );
    await sendRaw(address, raw, "tools@example.jp");
    const [ticket] = await ticketsOf(shop);
    expect(ticket).toMatchObject({ subject: "ツールの返品について", language: "ja" });
    expect(ticket!.messages[0]).toMatchObject({ authorName: "ツール販売", text: "先週届いたツールが壊れていました。返品できますか？" });
    expect(ticket!.messages[0]!.attachments.map((attachment) => attachment.filename)).toEqual(["ツール.jpg"]);
    expect(ticket!.customer).toMatchObject({ email: "tools@example.jp", firstName: "ツール販売" });
  });
});
