import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { startInboundSmtpServer, type InboundSmtpServer } from "~/email/smtp-server.server";
import { inboundAddressFor } from "~/models/shop.server";
import { addTicketMessage, TicketConflictError, TicketMessageError } from "~/services/tickets/add-ticket-message.server";
import { sendShopperMail, startMailCatcher, type MailCatcher } from "../devstore/mail-catcher";
import { action as inboundParse } from "~/routes/email.inbound";
import { TEST_INBOUND_EMAIL_TOKEN, testMailPort } from "./config";
import { createShop } from "./factories/records";
import { drainQueue } from "./queue";

// A real SMTP round trip: the shopper's mail reaches the inbox's SMTP server, the agent's reply
// leaves through SMTP_URL and lands in the devstore's mail catcher, and the shopper's answer to
// that mail threads back into the same ticket.

let inbound: InboundSmtpServer;
let catcher: MailCatcher;
const agent = { id: 81_400_000_033n, name: "Aoi Nakamura" };

beforeAll(async () => {
  inbound = await startInboundSmtpServer({ port: 0, host: "127.0.0.1", log: () => {} });
  catcher = await startMailCatcher({ port: testMailPort() });
});

afterAll(async () => {
  await inbound?.close();
  await catcher?.close();
});

const target = () => ({ host: "127.0.0.1", port: inbound.port });
const bracketed = (id: string) => `<${id}>`;

describe("an email conversation", () => {
  it("goes shopper → ticket → agent's reply in the shopper's mailbox → shopper's answer on the same ticket", async () => {
    const { id: shop, name: shopName } = await createShop();
    const address = inboundAddressFor(shop);
    const firstId = await sendShopperMail(target(), { from: "Harper Garcia <harper@example.net>", to: address, subject: "Where is my order #1042?", text: "It has been a week." });
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { shopId: shop } });

    const reply = await addTicketMessage({ shop, ticketId: ticket.id, staff: agent, kind: "reply", text: "It left our warehouse today; tracking follows.", idempotencyKey: randomUUID() });
    await addTicketMessage({ shop, ticketId: ticket.id, staff: agent, kind: "note", text: "Carrier delayed, checked with UPS", idempotencyKey: randomUUID() });
    await drainQueue();

    const sent = await catcher.waitFor((mail) => mail.to.includes("harper@example.net") && mail.subject.includes(`[#${ticket.number}]`));
    expect(sent.subject).toBe(`Re: Where is my order #1042? [#${ticket.number}]`);
    expect(sent.messageId).toBe(bracketed(reply.externalId!));
    expect(sent.inReplyTo).toBe(firstId);
    expect(sent.references).toEqual([firstId]);
    expect(sent.from).toBe(`"${shopName}" <${address}>`);
    expect(sent.text).toContain("It left our warehouse today; tracking follows.");
    // The reply is announced in the language remembered for the customer.
    const { language } = await prisma.customer.findFirstOrThrow({ where: { shopId: shop, email: "harper@example.net" } });
    expect(language).toBe("en");
    expect(sent.headers["content-language"]).toBe("en");
    expect(sent.text).toContain(`-- \n${agent.name}`);
    // The private note never leaves the inbox.
    expect(catcher.messages().filter((mail) => mail.text.includes("Carrier delayed"))).toEqual([]);

    await sendShopperMail(target(), { from: "harper@example.net", to: address, subject: sent.subject.replace(/^/, "Re: "), text: "Thank you!", inReplyTo: sent.messageId!, references: [firstId, sent.messageId!] });
    const messages = await prisma.message.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: "asc" } });
    expect(messages.map((message) => [message.direction, message.text])).toEqual([
      ["INBOUND", "It has been a week."],
      ["OUTBOUND", "It left our warehouse today; tracking follows."],
      ["NOTE", "Carrier delayed, checked with UPS"],
      ["INBOUND", "Thank you!"],
    ]);
    expect(await prisma.ticket.count({ where: { shopId: shop } })).toBe(1);
    const updated = await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(updated.firstResponseAt).toEqual(messages[1]!.createdAt);
    expect(messages[1]!.sentAt).not.toBeNull();
  });

  it("sends a reply pressed twice once", async () => {
    const { id: shop } = await createShop();
    await sendShopperMail(target(), { from: "liam@example.org", to: inboundAddressFor(shop), subject: "Double", text: "Hello" });
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { shopId: shop } });
    const key = randomUUID();
    const [a, b] = await Promise.all([
      addTicketMessage({ shop, ticketId: ticket.id, staff: agent, kind: "reply", text: "Once only", idempotencyKey: key }),
      addTicketMessage({ shop, ticketId: ticket.id, staff: agent, kind: "reply", text: "Once only", idempotencyKey: key }),
    ]);
    expect(a.id).toBe(b.id);
    await drainQueue();
    await drainQueue();
    await catcher.waitFor((mail) => mail.subject.includes(`[#${ticket.number}]`) && mail.to.includes("liam@example.org"));
    expect(catcher.messages().filter((mail) => mail.subject.includes(`[#${ticket.number}]`) && mail.to.includes("liam@example.org"))).toHaveLength(1);
    expect(await prisma.message.count({ where: { ticketId: ticket.id, direction: "OUTBOUND" } })).toBe(1);
  });

  it("refuses a reply on another shop's ticket, as if it did not exist", async () => {
    const { id: shopA } = await createShop();
    const { id: shopB } = await createShop();
    await sendShopperMail(target(), { from: "ava@example.com", to: inboundAddressFor(shopA), subject: "Mine", text: "Hi" });
    const ticketA = await prisma.ticket.findFirstOrThrow({ where: { shopId: shopA } });
    await expect(addTicketMessage({ shop: shopB, ticketId: ticketA.id, staff: agent, kind: "reply", text: "Sneaky", idempotencyKey: randomUUID() })).rejects.toThrow(TicketMessageError);
    expect(await prisma.message.count({ where: { ticketId: ticketA.id } })).toBe(1);
  });
});

describe("two agents on one ticket", () => {
  it("blocks a reply written before a colleague's reply arrived, until the agent has seen it", async () => {
    const { id: shop } = await createShop();
    await sendShopperMail(target(), { from: "noah@example.com", to: inboundAddressFor(shop), subject: "Gift wrap?", text: "Can you gift wrap it?" });
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { shopId: shop }, include: { messages: true } });
    const seenByBoth = ticket.messages[0]!.id;
    const aoi = { id: 1n, name: "Aoi" };
    const ren = { id: 2n, name: "Ren" };

    const first = await addTicketMessage({ shop, ticketId: ticket.id, staff: aoi, kind: "reply", text: "Yes, free of charge.", idempotencyKey: randomUUID(), seenMessageId: seenByBoth });
    const late = addTicketMessage({ shop, ticketId: ticket.id, staff: ren, kind: "reply", text: "Sure, it costs $5.", idempotencyKey: randomUUID(), seenMessageId: seenByBoth });
    await expect(late).rejects.toThrow(TicketConflictError);
    await expect(late).rejects.toThrow(/Aoi replied after you opened this ticket/);
    // A note is never blocked: it reaches no customer.
    await addTicketMessage({ shop, ticketId: ticket.id, staff: ren, kind: "note", text: "Aoi got it", idempotencyKey: randomUUID(), seenMessageId: seenByBoth });
    // Once Ren's screen shows Aoi's reply, Ren may add to it.
    await addTicketMessage({ shop, ticketId: ticket.id, staff: ren, kind: "reply", text: "And it ships tomorrow.", idempotencyKey: randomUUID(), seenMessageId: first.id });
    const outbound = await prisma.message.findMany({ where: { ticketId: ticket.id, direction: "OUTBOUND" }, orderBy: { createdAt: "asc" } });
    expect(outbound.map((message) => message.text)).toEqual(["Yes, free of charge.", "And it ships tomorrow."]);
  });

});

describe("a message too large to take", () => {
  it("answers a message over 25 MB that arrived over HTTP with one bounce to its sender, and stores nothing", async () => {
    const { id: shop } = await createShop();
    const address = inboundAddressFor(shop);
    const huge = Buffer.alloc(26 * 1024 * 1024, "A");
    const headers = [`From: Chloe Martin <chloe@example.org>`, `To: ${address}`, `Subject: Photos of the damage`, `Message-ID: <huge-1@example.org>`, `Content-Type: text/plain`, ``, ``].join("\r\n");
    const raw = Buffer.concat([Buffer.from(headers), huge]);
    const post = () =>
      inboundParse({
        request: new Request("http://127.0.0.1/email/inbound", { method: "POST", body: raw, headers: { "Content-Type": "message/rfc822", Authorization: `Bearer ${TEST_INBOUND_EMAIL_TOKEN}` } }),
        params: {},
        context: {},
      });
    // The provider retries: still one bounce.
    for (const response of [await post(), await post()]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ outcome: "bounced", notified: "chloe@example.org" });
    }
    await drainQueue();
    const bounce = await catcher.waitFor((mail) => mail.to.includes("chloe@example.org"));
    expect(bounce.subject).toBe("Not delivered: Photos of the damage");
    expect(bounce.inReplyTo).toBe("<huge-1@example.org>");
    expect(bounce.text).toContain("larger than 25 MB");
    expect(bounce.headers["auto-submitted"]).toBe("auto-replied");
    expect(catcher.messages().filter((mail) => mail.to.includes("chloe@example.org"))).toHaveLength(1);
    expect(await prisma.ticket.count({ where: { shopId: shop } })).toBe(0);
  });
});
