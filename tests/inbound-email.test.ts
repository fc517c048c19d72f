import type Mail from "nodemailer/lib/mailer";
import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { inboundAddressFor } from "~/models/shop.server";
import { action as inboundParse } from "~/routes/email.inbound";
import { TEST_INBOUND_EMAIL_TOKEN } from "./config";
import { createShop } from "./factories/records";
import { useInboundSmtp } from "./inbound-smtp";

// Real SMTP: nodemailer speaks to the inbox's SMTP server on 127.0.0.1, as a shopper's mail
// provider would, and the tests read what was stored.

const smtp = useInboundSmtp();

async function newShop() {
  const shop = await createShop();
  return { shop: shop.id, address: inboundAddressFor(shop.id) };
}

async function send(mail: Mail.Options) {
  return smtp.transport().sendMail(mail);
}

async function ticketsOf(shop: string) {
  return prisma.ticket.findMany({
    where: { shopId: shop },
    include: { messages: { orderBy: { createdAt: "asc" }, include: { attachments: true } }, activities: true, customer: true },
    orderBy: { number: "asc" },
  });
}

describe("inbound email over SMTP", () => {
  it("opens a ticket for a shopper's mail, finds the customer by email and remembers their language", async () => {
    const { shop, address } = await newShop();
    const known = await prisma.customer.create({ data: { shopId: shop, email: "sakura.sato@example.org", firstName: "さくら", lastName: "佐藤", shopifyId: 77n } });
    await send({
      from: '"佐藤 さくら" <Sakura.Sato@example.org>',
      to: address,
      subject: "注文の配送について",
      text: "注文した商品がまだ届きません。確認していただけますか？",
      attachments: [{ filename: "receipt.pdf", content: Buffer.from("%PDF-1.4 receipt"), contentType: "application/pdf" }],
    });
    const [ticket] = await ticketsOf(shop);
    expect(ticket).toMatchObject({ number: 1001, subject: "注文の配送について", channel: "EMAIL", status: "OPEN", language: "ja", customerId: known.id });
    expect(ticket!.messages).toHaveLength(1);
    expect(ticket!.messages[0]).toMatchObject({ direction: "INBOUND", authorEmail: "sakura.sato@example.org", text: "注文した商品がまだ届きません。確認していただけますか？" });
    expect(ticket!.messages[0]!.attachments).toEqual([expect.objectContaining({ filename: "receipt.pdf", contentType: "application/pdf", size: 16 })]);
    expect(ticket!.activities.map((activity) => activity.kind)).toEqual(["ticket_created"]);
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: known.id } })).language).toBe("ja");
  });

  it("threads replies by In-Reply-To and by the ticket token, keeps a mail sent twice once, and reopens a closed ticket", async () => {
    const { shop, address } = await newShop();
    const first = await send({ from: "Owen Miller <owen@example.net>", to: address, subject: "Wrong size", text: "I ordered a medium but got a small." });
    await prisma.ticket.updateMany({ where: { shopId: shop }, data: { status: "CLOSED" } });
    await send({ from: "owen@example.net", to: address, subject: "Re: Wrong size", text: "Any news?", inReplyTo: first.messageId, references: first.messageId });
    const [ticket] = await ticketsOf(shop);
    await send({ from: "owen@example.net", to: address, subject: `Re: [#${ticket!.number}] Wrong size`, text: "Photo attached." });
    // The same message delivered again (a retry by the sender's server) is stored once.
    await send({ from: "owen@example.net", to: address, subject: "Wrong size", text: "I ordered a medium but got a small.", messageId: first.messageId });
    // A stranger who knows the number does not get into Owen's ticket.
    await send({ from: "mallory@example.com", to: address, subject: `[#${ticket!.number}] hello`, text: "Let me in" });

    const tickets = await ticketsOf(shop);
    expect(tickets).toHaveLength(2);
    expect(tickets[0]!.messages.map((message) => message.text)).toEqual(["I ordered a medium but got a small.", "Any news?", "Photo attached."]);
    expect(tickets[0]!.status).toBe("OPEN");
    expect(tickets[0]!.activities.map((activity) => activity.kind).sort()).toEqual(["status_changed", "ticket_created"]);
    expect(tickets[1]!.customer!.email).toBe("mallory@example.com");
    expect(tickets[0]!.customer!).toMatchObject({ firstName: "Owen", lastName: "Miller", language: "en" });
  });

  it("neutralises HTML injection and keeps the text", async () => {
    const { shop, address } = await newShop();
    await send({
      from: "eve@example.com",
      to: address,
      subject: "Hello",
      text: "Hello there",
      html: `<p onclick="steal()">Hello <b>there</b></p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">click</a><iframe src="https://evil.example"></iframe><style>body{display:none}</style><a href="https://shop.example/track">track</a>`,
    });
    const [ticket] = await ticketsOf(shop);
    const html = ticket!.messages[0]!.html!;
    for (const dangerous of ["<script", "onclick", "onerror", "javascript:", "<iframe", "<style", "alert("]) expect(html).not.toContain(dangerous);
    expect(html).toContain("<b>there</b>");
    expect(html).toContain('<a href="https://shop.example/track" target="_blank" rel="noopener noreferrer nofollow">track</a>');
  });

  it("opens nothing for auto-replies and bulk mail", async () => {
    const { shop, address } = await newShop();
    await send({ from: "owen@example.net", to: address, subject: "Out of office", text: "I am away", headers: { "Auto-Submitted": "auto-replied" } });
    await send({ from: "news@example.net", to: address, subject: "Newsletter", text: "Sale!", headers: { Precedence: "bulk" } });
    await send({ from: "MAILER-DAEMON@example.net", to: address, subject: "Undelivered Mail", text: "Returned" });
    expect(await ticketsOf(shop)).toEqual([]);
  });

  it("refuses mail for an address no shop receives at (550), and mail over 25 MB (552)", async () => {
    const { shop, address } = await newShop();
    await expect(send({ from: "owen@example.net", to: "nobody@inbox.frontdesk.localhost", text: "hi" })).rejects.toMatchObject({ responseCode: 550 });
    const huge = Buffer.alloc(26 * 1024 * 1024, 7);
    await expect(send({ from: "owen@example.net", to: address, text: "big", attachments: [{ filename: "video.bin", content: huge }] })).rejects.toMatchObject({ responseCode: 552 });
    expect(await ticketsOf(shop)).toEqual([]);
  }, 60_000);

  it("keeps shops apart: the same Message-ID sent to two shops makes a ticket in each, and threads only within its own", async () => {
    const a = await newShop();
    const b = await newShop();
    const sent = await send({ from: "owen@example.net", to: [a.address, b.address], subject: "Both", text: "Hi both" });
    await send({ from: "owen@example.net", to: b.address, subject: "Re: Both", text: "Only b", inReplyTo: sent.messageId });
    const [inA, inB] = [await ticketsOf(a.shop), await ticketsOf(b.shop)];
    // One SMTP transaction for two shops is stored for the first shop it names; the copy to b is
    // the provider's duplicate. Each shop sees only its own tickets and customers.
    expect(inA).toHaveLength(1);
    expect(inA[0]!.messages.map((message) => message.text)).toEqual(["Hi both"]);
    expect(inB.flatMap((ticket) => ticket.messages.map((message) => message.text))).toEqual(["Only b"]);
    expect(inB.every((ticket) => ticket.customer!.shopId === b.shop)).toBe(true);
  });
});

describe("inbound email over HTTP (inbound parse)", () => {
  const post = (body: BodyInit, headers: Record<string, string>) =>
    inboundParse({ request: new Request("http://127.0.0.1/email/inbound", { method: "POST", body, headers }), params: {}, context: {} });

  it("accepts raw MIME with the token, and refuses without it", async () => {
    const { shop, address } = await newShop();
    const raw = [`From: Ava Brown <ava@example.com>`, `To: ${address}`, `Subject: Return`, `Message-ID: <http-1@example.com>`, `Content-Type: text/plain; charset=utf-8`, ``, `ขอคืนสินค้าได้ไหมคะ`].join("\r\n");
    expect((await post(raw, { "Content-Type": "message/rfc822" })).status).toBe(401);
    const response = await post(raw, { "Content-Type": "message/rfc822", Authorization: `Bearer ${TEST_INBOUND_EMAIL_TOKEN}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "created", shop });
    const [ticket] = await ticketsOf(shop);
    expect(ticket!.language).toBe("th");
  });

  it("takes SendGrid's raw form, with the envelope's recipient", async () => {
    const { shop, address } = await newShop();
    const form = new FormData();
    form.set("email", [`From: liam@example.org`, `To: support@merchant.example`, `Subject: Hi`, ``, `Where is my parcel?`].join("\r\n"));
    form.set("envelope", JSON.stringify({ to: [address], from: "liam@example.org" }));
    const response = await post(form, { Authorization: `Bearer ${TEST_INBOUND_EMAIL_TOKEN}` });
    expect(await response.json()).toMatchObject({ outcome: "created", shop });
    const unknown = new FormData();
    unknown.set("email", [`From: liam@example.org`, `To: someone@else.example`, `Subject: Hi`, ``, `Hello`].join("\r\n"));
    expect((await post(unknown, { Authorization: `Bearer ${TEST_INBOUND_EMAIL_TOKEN}` })).status).toBe(422);
  });
});
