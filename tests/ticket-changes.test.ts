import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { changeTicket, listInboxTickets, updateTickets, wakeSnoozedTickets, type InboxQuery } from "~/models/inbox.server";
import { refreshTicketSla } from "~/models/ticket.server";
import { addTicketMessage } from "~/services/email/add-ticket-message.server";
import { createShop, createTicket } from "./factories/records";

const agent = { staffId: 81_400_000_033n };

async function kindsOf(ticketId: string) {
  return (await prisma.activity.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } })).map((activity) => activity.kind);
}

describe("changing a ticket", () => {
  it("records one activity per field that changed, and none for a change that changes nothing", async () => {
    const { id: shop } = await createShop();
    const ticket = await createTicket(shop, { customerId: null });
    expect(await changeTicket(shop, ticket.id, { priority: "URGENT", assigneeId: agent.staffId, tags: ["vip", " vip", "damaged"] }, agent)).toBe(true);
    expect(await changeTicket(shop, ticket.id, { priority: "URGENT", assigneeId: agent.staffId, tags: ["vip", "damaged"] }, agent)).toBe(true);
    const stored = await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored).toMatchObject({ priority: "URGENT", assigneeId: agent.staffId, tags: ["vip", "damaged"] });
    expect(await kindsOf(ticket.id)).toEqual(["priority_changed", "assigned", "tags_changed"]);
  });

  it("snoozes until a time, and the minute job opens it again once that time has come", async () => {
    const { id: shop } = await createShop();
    const soon = await createTicket(shop, { customerId: null });
    const later = await createTicket(shop, { customerId: null });
    await changeTicket(shop, soon.id, { status: "SNOOZED", snoozedUntil: new Date(Date.now() - 1000) }, agent);
    await changeTicket(shop, later.id, { status: "SNOOZED", snoozedUntil: new Date(Date.now() + 86_400_000) }, agent);
    expect(await wakeSnoozedTickets()).toBeGreaterThanOrEqual(1);
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ status: "OPEN", snoozedUntil: null });
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ status: "SNOOZED" });
    expect(await kindsOf(soon.id)).toEqual(["status_changed", "status_changed"]);
  });

  it("does not touch another shop's ticket", async () => {
    const { id: shop } = await createShop();
    const { id: other } = await createShop();
    const ticket = await createTicket(other, { customerId: null });
    expect(await changeTicket(shop, ticket.id, { status: "CLOSED", priority: "LOW" }, agent)).toBe(false);
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
    await changeTicket(shop, ticket.id, { priority: "URGENT" }, agent);
    expect(await dueAt()).toBe(first.createdAt.getTime() + 1 * 3_600_000);

    await addTicketMessage({ shop, ticketId: ticket.id, staff: { id: agent.staffId, name: "Ana" }, kind: "reply", text: "Looking now", idempotencyKey: crypto.randomUUID() });
    expect(await dueAt()).toBeNull();

    const again = await prisma.message.create({ data: { shopId: shop, ticketId: ticket.id, direction: "INBOUND", text: "Any news?", createdAt: new Date(Date.now() + 1000) } });
    await refreshTicketSla(prisma, shop, ticket.id);
    expect(await dueAt()).toBe(again.createdAt.getTime() + 3_600_000);
    await changeTicket(shop, ticket.id, { status: "CLOSED" }, agent);
    expect(await dueAt()).toBeNull();
  });

  it("filters by assignee, tag, intent and sentiment, and tags many tickets at once", async () => {
    const { id: shop } = await createShop();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createTicket(shop, { customerId: null })));
    await prisma.ticket.update({ where: { id: a!.id }, data: { assigneeId: agent.staffId, intent: "return_request", sentiment: "negative" } });
    expect(await updateTickets(shop, [b!.id, c!.id], { kind: "tag", tag: "vip" }, agent)).toBe(2);
    const ids = async (query: Partial<InboxQuery>) => (await listInboxTickets(shop, { view: "all", staffId: agent.staffId, ...query })).tickets.map((ticket) => ticket.id).sort();
    expect(await ids({ assignee: agent.staffId })).toEqual([a!.id]);
    expect(await ids({ assignee: "none" })).toEqual([b!.id, c!.id].sort());
    expect(await ids({ tag: "vip" })).toEqual([b!.id, c!.id].sort());
    expect(await ids({ intent: "return_request", sentiment: "negative" })).toEqual([a!.id]);
    expect(await ids({ intent: "exchange" })).toEqual([]);
    expect(await kindsOf(b!.id)).toEqual(["tagged"]);
  });
});
