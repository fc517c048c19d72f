import { randomUUID } from "node:crypto";
import type { JobHelpers } from "graphile-worker";
import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { purgeWebhookDeliveriesTask } from "~/jobs/tasks/maintenance.server";
import { inboundAddressFor } from "~/models/shop.server";
import { loader as appLoader } from "~/routes/app";
import { action as filteredAction, loader as filteredLoader } from "~/routes/app.settings.filtered-mail";
import { loader as settingsLoader } from "~/routes/app.settings._index";
import { loader as ticketLoader } from "~/routes/app.tickets.$id";
import { addTicketMessage } from "~/services/tickets/add-ticket-message.server";
import { useInboundSmtp } from "./inbound-smtp";
import { bearerRequest, callRoute, embeddedRequest, postForm, useDevstore } from "./devstore";

// Mail that opens no ticket: a bounce of our reply marks it undelivered on its ticket, and every
// filtered mail waits 30 days in Settings → Filtered mail, where an agent can turn it into a ticket.

const devstore = useDevstore();
const smtp = useInboundSmtp();
const agent = { id: 81_400_000_077n, name: "Aoi Nakamura" };

const mime = (...lines: string[]) => Buffer.from(lines.join("\r\n"));

async function sendRaw(to: string, raw: Buffer, from: string) {
  return smtp.transport().sendMail({ envelope: { from, to: [to] }, raw });
}

async function install(shop: string) {
  await callRoute(appLoader, embeddedRequest("/app", shop, await devstore.current.mintSessionToken(shop)));
  return devstore.current.mintSessionToken(shop);
}

/** A shopper's mail and the agent's reply to it: the reply's Message-ID, as our outbound mail carries it. */
async function ticketWithReply(shop: string, customer: string) {
  await smtp.transport().sendMail({ from: customer, to: inboundAddressFor(shop), subject: `Where is my order? ${randomUUID()}`, text: "It has been a week." });
  const ticket = await prisma.ticket.findFirstOrThrow({ where: { shopId: shop, customer: { email: customer } }, orderBy: { createdAt: "desc" } });
  const reply = await addTicketMessage({ shop, ticketId: ticket.id, staff: agent, kind: "reply", text: "It left today.", idempotencyKey: randomUUID() });
  return { ticket, reply: { id: reply.id, messageId: reply.externalId! } };
}

/** Postfix's RFC 3464 report for a reply that could not be delivered (or, `action: "delayed"`, not yet). */
function deliveryReport(shop: string, recipient: string, returnedId: string, action = "failed") {
  return mime(
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    `To: ${inboundAddressFor(shop)}`,
    `Subject: ${action === "failed" ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)"}`,
    `Message-ID: <dsn-${randomUUID()}@mx.example.net>`,
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
    "",
    "--dsn",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mx.example.net. Your message could not be delivered.",
    "",
    "--dsn",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    `Final-Recipient: rfc822; ${recipient}`,
    `Action: ${action}`,
    `Status: ${action === "failed" ? "5.1.1" : "4.4.1"}`,
    `Diagnostic-Code: smtp; ${action === "failed" ? `550 5.1.1 <${recipient}>: Recipient address rejected: User unknown` : "421 4.4.1 connection timed out"}`,
    "",
    "--dsn",
    "Content-Type: text/rfc822-headers",
    "",
    `From: Shop <${inboundAddressFor(shop)}>`,
    `To: ${recipient}`,
    "Subject: Re: Where is my order? [#1001]",
    `Message-ID: <${returnedId}>`,
    "",
    "--dsn--",
    "",
  );
}

describe("a bounce of our reply", () => {
  it("marks the reply not delivered on its ticket, with the report's status and diagnostic, on the timeline and the ticket page, once", async () => {
    const shop = devstore.current.shops[0]!;
    const token = await install(shop);
    const { ticket, reply } = await ticketWithReply(shop, "harper.bounced@example.net");
    const dsn = deliveryReport(shop, "harper.bounced@example.net", reply.messageId);
    await sendRaw(inboundAddressFor(shop), dsn, "");
    // The sending server delivers the same report again: nothing more happens.
    await sendRaw(inboundAddressFor(shop), dsn, "");

    const marked = await prisma.message.findUniqueOrThrow({ where: { id: reply.id } });
    expect(marked.deliveryFailedAt).not.toBeNull();
    expect(marked.deliveryError).toBe("550 5.1.1 <harper.bounced@example.net>: Recipient address rejected: User unknown");
    const activities = await prisma.activity.findMany({ where: { shopId: shop, ticketId: ticket.id, kind: "reply_undelivered" } });
    expect(activities.map((activity) => activity.data)).toEqual([
      { messageId: reply.id, status: "5.1.1", diagnostic: "550 5.1.1 <harper.bounced@example.net>: Recipient address rejected: User unknown", recipient: "harper.bounced@example.net" },
    ]);
    // The bounce itself opens no ticket.
    expect(await prisma.ticket.count({ where: { shopId: shop, customer: { email: { contains: "mailer-daemon", mode: "insensitive" } } } })).toBe(0);

    const page = await callRoute((args) => ticketLoader({ ...args, params: { id: ticket.id } }), bearerRequest(`/app/tickets/${ticket.id}`, token));
    expect(page.data!.messages.find((message) => message.id === reply.id)).toMatchObject({ deliveryFailedAt: expect.any(String), deliveryError: marked.deliveryError });
    expect(page.data!.activities.filter((activity) => activity.kind === "reply_undelivered")).toHaveLength(1);
  });

  it("reads Exim's plain-text bounce, leaves a reply only delayed alone, and never marks another shop's reply", async () => {
    const [shopA, shopB] = devstore.current.shops as [string, string];
    await install(shopA);
    await install(shopB);
    const exim = await ticketWithReply(shopA, "noah@example.com");
    const delayed = await ticketWithReply(shopA, "ava@example.com");
    const elsewhere = await ticketWithReply(shopA, "liam@example.org");

    const eximBounce = mime(
      "From: Mail Delivery System <Mailer-Daemon@mail.example.com>",
      `To: ${inboundAddressFor(shopA)}`,
      "Subject: Mail delivery failed: returning message to sender",
      "X-Failed-Recipients: noah@example.com",
      "",
      "This message was created automatically by mail delivery software.",
      "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:",
      "",
      "  noah@example.com",
      "    host mx.example.com [192.0.2.25]",
      "    SMTP error from remote mail server after RCPT TO:<noah@example.com>:",
      "    550 5.2.1 Mailbox disabled",
      "",
      "------ This is a copy of the message, including all the headers. ------",
      "",
      `Return-path: <${inboundAddressFor(shopA)}>`,
      `Message-Id: <${exim.reply.messageId}>`,
      "Subject: Re: Where is my order? [#1001]",
      "",
      "It left today.",
      "",
    );
    await sendRaw(inboundAddressFor(shopA), eximBounce, "");
    await sendRaw(inboundAddressFor(shopA), deliveryReport(shopA, "ava@example.com", delayed.reply.messageId, "delayed"), "");
    // A report sent to shop B that names shop A's reply.
    await sendRaw(inboundAddressFor(shopB), deliveryReport(shopB, "liam@example.org", elsewhere.reply.messageId), "");

    const replies = await prisma.message.findMany({ where: { id: { in: [exim.reply.id, delayed.reply.id, elsewhere.reply.id] } } });
    const failed = new Map(replies.map((message) => [message.id, message.deliveryError]));
    expect(failed.get(exim.reply.id)).toBe("550 5.2.1 Mailbox disabled");
    expect(failed.get(delayed.reply.id)).toBeNull();
    expect(failed.get(elsewhere.reply.id)).toBeNull();
    expect(await prisma.activity.count({ where: { kind: "reply_undelivered", ticketId: { in: [delayed.ticket.id, elsewhere.ticket.id] } } })).toBe(0);
  });
});

describe("Settings → Filtered mail", () => {
  it("lists the shop's filtered mail with why, turns one into a ticket through the inbox's intake, once, and answers 404 for another shop's", async () => {
    const [shopA, shopB] = devstore.current.shops as [string, string];
    const tokenA = await install(shopA);
    const tokenB = await install(shopB);
    const tag = randomUUID().slice(0, 8);
    await smtp.transport().sendMail({ from: "owen@example.net", to: inboundAddressFor(shopA), subject: `Out of office ${tag}`, text: "I am away", headers: { "Auto-Submitted": "auto-replied" } });
    // A marketplace relays its buyers' questions from a no-reply address: filtered, by mistake.
    await smtp.transport().sendMail({
      from: "Marketplace <no-reply@marketplace.example>",
      to: inboundAddressFor(shopA),
      subject: `Question about order #1042 ${tag}`,
      text: "A buyer asks: can you ship it before Friday?",
    });
    await smtp.transport().sendMail({ from: "news@brand.example", to: inboundAddressFor(shopA), subject: `Newsletter ${tag}`, text: "Sale!", headers: { "List-Unsubscribe": "<mailto:unsubscribe@brand.example>" } });

    const listA = (await callRoute(filteredLoader, bearerRequest("/app/settings/filtered-mail", tokenA))).data!;
    const mine = listA.emails.filter((email) => email.subject.endsWith(tag));
    expect(mine.map((email) => [email.subject, email.reason, email.detail, email.ticket])).toEqual([
      [`Newsletter ${tag}`, "mailing_list", "List-Unsubscribe", null],
      [`Question about order #1042 ${tag}`, "no_reply_sender", "sent from no-reply@marketplace.example", null],
      [`Out of office ${tag}`, "auto_submitted", "Auto-Submitted: auto-replied", null],
    ]);
    expect(mine[1]).toMatchObject({ fromAddress: "no-reply@marketplace.example", fromName: "Marketplace" });
    const listB = (await callRoute(filteredLoader, bearerRequest("/app/settings/filtered-mail", tokenB))).data!;
    expect(listB.emails.filter((email) => email.subject.endsWith(tag))).toEqual([]);
    expect((await callRoute(settingsLoader, bearerRequest("/app/settings", tokenA))).data!.filteredMail).toBeGreaterThanOrEqual(3);

    const relay = mine[1]!;
    const created = await postForm(filteredAction, "/app/settings/filtered-mail", tokenA, { intent: "create-ticket", id: relay.id });
    expect(created.status).toBe(200);
    const { created: ticketRef } = (await created.json()) as { created: { ticketId: string } };
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { shopId: shopA, id: ticketRef.ticketId }, include: { messages: true, customer: true, activities: true } });
    expect(ticket).toMatchObject({ subject: `Question about order #1042 ${tag}`, channel: "EMAIL" });
    expect(ticket.customer).toMatchObject({ email: "no-reply@marketplace.example" });
    expect(ticket.messages.map((message) => [message.direction, message.text])).toEqual([["INBOUND", "A buyer asks: can you ship it before Friday?"]]);
    expect(ticket.activities.map((activity) => activity.kind)).toEqual(["ticket_created"]);

    // Asked again (a double click): the same ticket, nothing new.
    const again = await postForm(filteredAction, "/app/settings/filtered-mail", tokenA, { intent: "create-ticket", id: relay.id });
    expect(((await again.json()) as { created: { ticketId: string } }).created.ticketId).toBe(ticket.id);
    expect(await prisma.message.count({ where: { shopId: shopA, ticketId: ticket.id } })).toBe(1);
    const listed = (await callRoute(filteredLoader, bearerRequest("/app/settings/filtered-mail", tokenA))).data!.emails.find((email) => email.id === relay.id);
    expect(listed!.ticket).toEqual({ id: ticket.id, number: ticket.number });

    // Another shop's filtered mail, an id that names none, and no id at all: not found.
    const ticketsOfB = await prisma.ticket.count({ where: { shopId: shopB } });
    for (const id of [mine[0]!.id, randomUUID(), "not-a-uuid"]) {
      expect((await postForm(filteredAction, "/app/settings/filtered-mail", tokenB, { intent: "create-ticket", id })).status, id).toBe(404);
    }
    expect(await prisma.ticket.count({ where: { shopId: shopB } })).toBe(ticketsOfB);
  });

  it("keeps filtered mail 30 days: older mail is not listed and the daily maintenance job deletes it", async () => {
    const shop = devstore.current.shops[0]!;
    const token = await install(shop);
    const tag = randomUUID().slice(0, 8);
    for (const age of ["old", "recent"]) {
      await smtp.transport().sendMail({ from: "owen@example.net", to: inboundAddressFor(shop), subject: `Auto ${age} ${tag}`, text: "I am away", headers: { "Auto-Submitted": "auto-replied" } });
    }
    await prisma.filteredEmail.updateMany({ where: { shopId: shop, subject: `Auto old ${tag}` }, data: { receivedAt: new Date(Date.now() - 31 * 86_400_000) } });
    await prisma.filteredEmail.updateMany({ where: { shopId: shop, subject: `Auto recent ${tag}` }, data: { receivedAt: new Date(Date.now() - 29 * 86_400_000) } });

    const listed = (await callRoute(filteredLoader, bearerRequest("/app/settings/filtered-mail", token))).data!.emails.map((email) => email.subject);
    expect(listed).toContain(`Auto recent ${tag}`);
    expect(listed).not.toContain(`Auto old ${tag}`);

    await purgeWebhookDeliveriesTask({}, {} as JobHelpers);
    const kept = await prisma.filteredEmail.findMany({ where: { shopId: shop, subject: { endsWith: tag } } });
    expect(kept.map((mail) => mail.subject)).toEqual([`Auto recent ${tag}`]);
  });
});
