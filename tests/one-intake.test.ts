import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { submitContactForm } from "~/channels/contact-form/submit-contact-form.server";
import { receiveInboundEmail } from "~/channels/email/receive-inbound-email.server";
import { parseInboundEmail } from "~/email/inbound.server";
import { inboundAddressFor } from "~/models/shop.server";
import type { InboundMessage } from "~/schemas/inbound-message";
import { recordInboundMessage } from "~/services/intake/record-inbound-message.server";
import { applyTicketActions, changeTickets } from "~/services/tickets/change-tickets.server";
import { TicketEvent } from "~/schemas/ticket-event";
import { createShop } from "./factories/records";

/** A shop whose Shopify customer Mali has order #1042. */
async function shopWithMali() {
  const { id: shop } = await createShop();
  const customer = await prisma.customer.create({ data: { shopId: shop, shopifyId: 7_100_001n, email: "mali@example.com", firstName: "Mali", lastName: "Srisuk" } });
  const order = await prisma.order.create({
    data: { shopId: shop, shopifyId: 7_200_001n, name: "#1042", customerId: customer.id, currencyCode: "THB", subtotal: "990.00", total: "990.00", shopifyCreatedAt: new Date(), shopifyUpdatedAt: new Date() },
  });
  return { shop, customer, order };
}

/** What the intake stored in a shop, without what differs by nature (ids, times, the channel's own message id). */
async function storedRows(shop: string) {
  const tickets = await prisma.ticket.findMany({
    where: { shopId: shop },
    include: { messages: { include: { attachments: true } }, orders: true, activities: true, customer: true },
  });
  return tickets.map((ticket) => ({
    number: ticket.number,
    subject: ticket.subject,
    status: ticket.status,
    language: ticket.language,
    customer: { email: ticket.customer?.email, firstName: ticket.customer?.firstName, lastName: ticket.customer?.lastName, language: ticket.customer?.language },
    orders: ticket.orders.length,
    slaDue: ticket.slaDueAt !== null,
    messages: ticket.messages.map((message) => ({ direction: message.direction, authorName: message.authorName, authorEmail: message.authorEmail, text: message.text, html: message.html, attachments: message.attachments.length })),
    // Written in one transaction, so at one instant: compared by kind.
    activities: ticket.activities
      .map((activity) => ({ kind: activity.kind, actorType: activity.actorType, actorId: activity.actorId === ticket.customerId ? "the customer" : activity.actorId }))
      .sort((a, b) => a.kind.localeCompare(b.kind)),
  }));
}

async function queuedEvents(shop: string): Promise<TicketEvent[]> {
  const jobs = await prisma.$queryRaw<Array<{ payload: unknown }>>`
    SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'ticket-event' AND j.payload->>'shop' = ${shop} ORDER BY j.id`;
  return jobs.map((job) => TicketEvent.parse(job.payload));
}

describe("one intake for every channel", () => {
  it("stores the same rows for the same message by email and by the contact form", async () => {
    const byMail = await shopWithMali();
    const byForm = await shopWithMali();
    const text = "สินค้ายังไม่มาถึงค่ะ ส่งมาตั้งแต่สัปดาห์ที่แล้ว";

    const mail = await receiveInboundEmail(
      await parseInboundEmail(
        [`From: Mali Srisuk <mali@example.com>`, `To: ${inboundAddressFor(byMail.shop)}`, "Subject: #1042 สินค้ายังไม่มาถึงค่ะ ส่งมาตั้งแต่สัปดาห์ที่แล้ว", "Message-ID: <mali-1@example.com>", "Content-Type: text/plain; charset=utf-8", "", text, ""].join("\r\n"),
      ),
    );
    const form = await submitContactForm(byForm.shop, { name: "Mali Srisuk", email: "mali@example.com", order: "1042", message: text }, { ip: "203.0.113.9", signedInCustomerId: null });
    expect(mail).toMatchObject({ outcome: "created" });
    expect(form).toMatchObject({ outcome: "created" });

    const [mailTicket] = await storedRows(byMail.shop);
    const [formTicket] = await storedRows(byForm.shop);
    expect(mailTicket).toEqual(formTicket);
    expect(mailTicket).toMatchObject({
      subject: `#1042 ${text}`,
      status: "OPEN",
      language: "th",
      customer: { email: "mali@example.com", firstName: "Mali", language: "th" },
      orders: 1,
      slaDue: true,
      messages: [{ direction: "INBOUND", authorName: "Mali Srisuk", authorEmail: "mali@example.com", text, html: null, attachments: 0 }],
      // The order the message names is linked through the action vocabulary, as the customer's doing.
      activities: [
        { kind: "order_linked", actorType: "customer", actorId: "the customer" },
        { kind: "ticket_created", actorType: "customer", actorId: "the customer" },
      ],
    });
    // Only the channel tells them apart.
    expect(await prisma.ticket.findFirstOrThrow({ where: { shopId: byMail.shop }, select: { channel: true } })).toEqual({ channel: "EMAIL" });
    expect(await prisma.ticket.findFirstOrThrow({ where: { shopId: byForm.shop }, select: { channel: true } })).toEqual({ channel: "CONTACT_FORM" });
    // Neither made a second customer for Mali.
    for (const shop of [byMail.shop, byForm.shop]) expect(await prisma.customer.count({ where: { shopId: shop } })).toBe(1);
  });

  it("queues the events of what it stored, in the same transaction: ticket created, message received, and a reopening", async () => {
    const { shop, customer } = await shopWithMali();
    const first = await submitContactForm(shop, { name: "", email: "mali@example.com", order: "", message: "Hello?" }, { ip: null, signedInCustomerId: null });
    if (first.outcome !== "created") throw new Error(`expected a new ticket, got ${first.outcome}`);
    await changeTickets(shop, [first.ticketId], [{ type: "set_status", status: "CLOSED" }], { type: "staff", staffId: 77n });
    const again = await receiveInboundEmail(
      await parseInboundEmail([`From: mali@example.com`, `To: ${inboundAddressFor(shop)}`, `Subject: Re: [#${first.ticketNumber}] Hello?`, "", "Still waiting.", ""].join("\r\n")),
    );
    expect(again).toMatchObject({ outcome: "threaded", ticketId: first.ticketId });

    const events = await queuedEvents(shop);
    const customerActor = { type: "customer", id: customer.id };
    expect(events.map(({ type, actor, causedByRule, data }) => ({ type, actor, causedByRule, data }))).toEqual([
      { type: "ticket_created", actor: customerActor, causedByRule: null, data: { kinds: ["ticket_created"] } },
      { type: "message_received", actor: customerActor, causedByRule: null, data: { messageId: first.messageId, channel: "CONTACT_FORM" } },
      { type: "ticket_changed", actor: { type: "staff", id: "77" }, causedByRule: null, data: { kinds: ["status_changed"] } },
      { type: "ticket_changed", actor: customerActor, causedByRule: null, data: { kinds: ["status_changed"] } },
      { type: "message_received", actor: customerActor, causedByRule: null, data: { messageId: again.outcome === "threaded" ? again.messageId : "", channel: "EMAIL" } },
    ]);
    expect(new Set(events.map((event) => event.ticketId))).toEqual(new Set([first.ticketId]));
  });

  it("never puts an unverified sender's message on an existing ticket, even one it answers and names", async () => {
    const { shop, customer } = await shopWithMali();
    const mail = await receiveInboundEmail(
      await parseInboundEmail([`From: mali@example.com`, `To: ${inboundAddressFor(shop)}`, "Subject: Where is #1042?", "Message-ID: <mali-where@example.com>", "", "Where is it?", ""].join("\r\n")),
    );
    if (mail.outcome !== "created") throw new Error(`expected a new ticket, got ${mail.outcome}`);
    const base = { channel: "CONTACT_FORM", sender: { email: "mali@example.com", name: null }, subject: "Re: Where is #1042?", text: "Send it to my new address", html: null, attachments: [], externalId: null, sentAt: null } satisfies Omit<InboundMessage, "thread">;
    const thread = { answers: ["<mali-where@example.com>"], ticketNumber: mail.ticketNumber, orderNames: [] };

    const unverified = await recordInboundMessage(shop, { ...base, sender: { ...base.sender, identity: { kind: "unverified" } }, thread });
    expect(unverified).toMatchObject({ outcome: "created" });
    // The same hints from a sender Shopify signed in as Mali thread as they would by mail.
    const signedIn = await recordInboundMessage(shop, { ...base, sender: { ...base.sender, identity: { kind: "signed_in", shopifyCustomerId: "7100001" } }, thread });
    expect(signedIn).toMatchObject({ outcome: "threaded", ticketId: mail.ticketId });
    // Signed in as a customer the mirror does not have: nothing ties the address to that account.
    const unknownAccount = await recordInboundMessage(shop, { ...base, sender: { ...base.sender, identity: { kind: "signed_in", shopifyCustomerId: "7100999" } }, thread });
    expect(unknownAccount).toMatchObject({ outcome: "created" });

    const stored = await prisma.message.findMany({ where: { shopId: shop }, orderBy: { createdAt: "asc" }, include: { ticket: { select: { customerId: true } } } });
    expect(stored.map((message) => [message.channel, message.isSenderVerified, message.ticket.customerId === customer.id])).toEqual([
      ["EMAIL", null, true],
      ["CONTACT_FORM", false, true],
      ["CONTACT_FORM", true, true],
      ["CONTACT_FORM", false, true],
    ]);
  });

  it("queues no event for a change that rolled back, and marks a rule's change as the rule's", async () => {
    const { shop } = await shopWithMali();
    const ticket = await submitContactForm(shop, { name: "", email: "mali@example.com", order: "", message: "Hi" }, { ip: null, signedInCustomerId: null });
    if (ticket.outcome !== "created") throw new Error(`expected a new ticket, got ${ticket.outcome}`);
    const before = (await queuedEvents(shop)).length;

    await expect(
      prisma.$transaction(async (tx) => {
        await applyTicketActions(tx, shop, [ticket.ticketId], [{ type: "set_priority", priority: "URGENT" }], { type: "staff", staffId: 5n });
        throw new Error("the rest of the change failed");
      }),
    ).rejects.toThrow("the rest of the change failed");
    expect(await queuedEvents(shop)).toHaveLength(before);

    await changeTickets(shop, [ticket.ticketId], [{ type: "add_tags", tags: ["vip"] }, { type: "set_priority", priority: "HIGH" }], { type: "rule", ruleId: "rule-vip" });
    const events = await queuedEvents(shop);
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ type: "ticket_changed", actor: { type: "rule", id: "rule-vip" }, causedByRule: "rule-vip", data: { kinds: ["tags_changed", "priority_changed"] } });
  });
});
