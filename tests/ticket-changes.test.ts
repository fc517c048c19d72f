import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { listInboxTickets, type InboxQuery } from "~/models/inbox.server";
import type { TicketAction } from "~/schemas/ticket-actions";
import { changeTickets, wakeSnoozedTickets } from "~/services/tickets/change-tickets.server";
import { refreshTicketSla } from "~/models/ticket.server";
import { addTicketMessage } from "~/services/tickets/add-ticket-message.server";
import { inboundMessageFromEmail } from "~/channels/email/receive-inbound-email.server";
import { recordInboundMessage } from "~/services/intake/record-inbound-message.server";
import { createShop, createTicket } from "./factories/records";

const agent = { staffId: 81_400_000_033n };
const staff = { type: "staff" as const, staffId: agent.staffId };

/** The ticket page's one change, as its action sends it: true when the shop has the ticket. */
async function change(shop: string, ticketId: string, actions: TicketAction[]) {
  return (await changeTickets(shop, [ticketId], actions, staff)).found === 1;
}

async function kindsOf(ticketId: string) {
  return (await prisma.activity.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } })).map((activity) => activity.kind);
}

describe("changing a ticket", () => {
  it("records one activity per field that changed, and none for a change that changes nothing", async () => {
    const { id: shop } = await createShop();
    const ticket = await createTicket(shop, { customerId: null });
    expect(await change(shop, ticket.id, [{ type: "set_priority", priority: "URGENT" }, { type: "assign", staffId: agent.staffId }, { type: "set_tags", tags: ["vip", " vip", "damaged"] }])).toBe(true);
    expect(await change(shop, ticket.id, [{ type: "set_priority", priority: "URGENT" }, { type: "assign", staffId: agent.staffId }, { type: "set_tags", tags: ["vip", "damaged"] }])).toBe(true);
    const stored = await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored).toMatchObject({ priority: "URGENT", assigneeId: agent.staffId, tags: ["vip", "damaged"] });
    expect(await kindsOf(ticket.id)).toEqual(["priority_changed", "assigned", "tags_changed"]);
  });

  it("snoozes until a time, and the minute job opens it again once that time has come", async () => {
    const { id: shop } = await createShop();
    const soon = await createTicket(shop, { customerId: null });
    const later = await createTicket(shop, { customerId: null });
    await change(shop, soon.id, [{ type: "snooze", until: new Date(Date.now() - 1000) }]);
    await change(shop, later.id, [{ type: "snooze", until: new Date(Date.now() + 86_400_000) }]);
    expect(await wakeSnoozedTickets()).toBeGreaterThanOrEqual(1);
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ status: "OPEN", snoozedUntil: null });
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ status: "SNOOZED" });
    expect(await kindsOf(soon.id)).toEqual(["status_changed", "status_changed"]);
  });

  it("does not touch another shop's ticket", async () => {
    const { id: shop } = await createShop();
    const { id: other } = await createShop();
    const ticket = await createTicket(other, { customerId: null });
    expect(await change(shop, ticket.id, [{ type: "set_status", status: "CLOSED" }, { type: "set_priority", priority: "LOW" }])).toBe(false);
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: "OPEN", priority: "NORMAL" });
  });

  it("makes the answer due from the customer's first unanswered message, by the shop's target for the priority", async () => {
    const { id: shop } = await createShop();
    await prisma.shop.update({ where: { id: shop }, data: { settings: { slaHours: { NORMAL: 2 } } } });
    const customer = await prisma.customer.create({ data: { shopId: shop, email: "mei@example.com" } });
    const ticket = await createTicket(shop, { customerId: customer.id });
    const first = await prisma.message.findFirstOrThrow({ where: { ticketId: ticket.id } });
    const dueAt = async () => (await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).slaDueAt?.getTime() ?? null;

    await refreshTicketSla(prisma, shop, ticket.id);
    expect(await dueAt()).toBe(first.createdAt.getTime() + 2 * 3_600_000);
    await change(shop, ticket.id, [{ type: "set_priority", priority: "URGENT" }]);
    expect(await dueAt()).toBe(first.createdAt.getTime() + 1 * 3_600_000);

    await addTicketMessage({ shop, ticketId: ticket.id, staff: { id: agent.staffId, name: "Ana" }, kind: "reply", text: "Looking now", idempotencyKey: crypto.randomUUID() });
    expect(await dueAt()).toBeNull();

    const again = await prisma.message.create({ data: { shopId: shop, ticketId: ticket.id, direction: "INBOUND", text: "Any news?", createdAt: new Date(Date.now() + 1000) } });
    await refreshTicketSla(prisma, shop, ticket.id);
    expect(await dueAt()).toBe(again.createdAt.getTime() + 3_600_000);
    await change(shop, ticket.id, [{ type: "set_status", status: "CLOSED" }]);
    expect(await dueAt()).toBeNull();
  });

  it("filters by assignee, tag, intent and sentiment, and tags many tickets at once", async () => {
    const { id: shop } = await createShop();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createTicket(shop, { customerId: null })));
    await prisma.ticket.update({ where: { id: a!.id }, data: { assigneeId: agent.staffId, intent: "return_request", sentiment: "negative" } });
    expect((await changeTickets(shop, [b!.id, c!.id], [{ type: "add_tags", tags: ["vip"] }], staff)).found).toBe(2);
    const ids = async (query: Partial<InboxQuery>) => (await listInboxTickets(shop, { view: "all", staffId: agent.staffId, ...query })).tickets.map((ticket) => ticket.id).sort();
    expect(await ids({ assignee: agent.staffId })).toEqual([a!.id]);
    expect(await ids({ assignee: "none" })).toEqual([b!.id, c!.id].sort());
    expect(await ids({ tag: "vip" })).toEqual([b!.id, c!.id].sort());
    expect(await ids({ intent: "return_request", sentiment: "negative" })).toEqual([a!.id]);
    expect(await ids({ intent: "product_issue" })).toEqual([]);
    expect(await kindsOf(b!.id)).toEqual(["tags_changed"]);
  });

  it("writes the same status activity whoever opens a ticket: the ticket page, bulk actions, the snooze waker, the customer replying", async () => {
    const { id: shop } = await createShop();
    const customer = await prisma.customer.create({ data: { shopId: shop, email: "noa@example.com" } });
    const [page, bulk, snoozed, replied] = await Promise.all([1, 2, 3, 4].map(() => createTicket(shop, { customerId: customer.id, status: "PENDING" })));
    await prisma.ticket.update({ where: { id: snoozed!.id }, data: { status: "SNOOZED", snoozedUntil: new Date(Date.now() - 1000) } });

    await change(shop, page!.id, [{ type: "set_status", status: "OPEN" }]);
    await changeTickets(shop, [bulk!.id], [{ type: "set_status", status: "OPEN" }], staff);
    await wakeSnoozedTickets();
    await recordInboundMessage(
      shop,
      inboundMessageFromEmail({ messageId: `<again-${replied!.id}@example.com>`, replyTo: [], from: { address: "noa@example.com", name: "Noa" }, recipients: [], subject: `Re: [#${replied!.number}] Where is my order?`, text: "Any news?", html: null, attachments: [], automated: null, date: new Date() })!,
    );

    const written = await prisma.activity.findMany({ where: { shopId: shop, kind: "status_changed" }, select: { ticketId: true, actorType: true, data: true } });
    const byTicket = new Map(written.map((activity) => [activity.ticketId, activity]));
    expect(written).toHaveLength(4);
    expect(byTicket.get(page!.id)).toMatchObject({ actorType: "staff", data: { from: "PENDING", to: "OPEN" } });
    expect(byTicket.get(bulk!.id)).toMatchObject({ actorType: "staff", data: { from: "PENDING", to: "OPEN" } });
    expect(byTicket.get(snoozed!.id)).toMatchObject({ actorType: "system", data: { from: "SNOOZED", to: "OPEN", reason: "snooze_ended" } });
    expect(byTicket.get(replied!.id)).toMatchObject({ actorType: "customer", data: { from: "PENDING", to: "OPEN", reason: "customer_replied" } });
    for (const ticket of [page, bulk, snoozed, replied]) expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket!.id } })).toMatchObject({ status: "OPEN", snoozedUntil: null, resolvedAt: null });
  });
});
