import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { changeTicket, wakeSnoozedTickets } from "~/models/inbox.server";
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
});
