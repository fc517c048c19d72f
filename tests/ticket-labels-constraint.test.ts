import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { TICKET_INTENTS, TICKET_SENTIMENTS } from "~/schemas/ticket-labels";
import { createShop, createTicket } from "./factories/records";

describe("the database holds a ticket's intent and sentiment to the labels", () => {
  it("stores every label and null", async () => {
    const { id: shop } = await createShop();
    const ticket = await createTicket(shop, { customerId: null });
    for (const intent of TICKET_INTENTS) await prisma.ticket.update({ where: { id: ticket.id }, data: { intent } });
    for (const sentiment of TICKET_SENTIMENTS) await prisma.ticket.update({ where: { id: ticket.id }, data: { sentiment } });
    await prisma.ticket.update({ where: { id: ticket.id }, data: { intent: null, sentiment: null } });
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ intent: null, sentiment: null });
  });

  it("refuses an old intent on update and on insert, and a sentiment outside the set", async () => {
    const { id: shop } = await createShop();
    const ticket = await createTicket(shop, { customerId: null });
    await prisma.ticket.update({ where: { id: ticket.id }, data: { intent: "product_issue", sentiment: "negative" } });
    await expect(prisma.ticket.update({ where: { id: ticket.id }, data: { intent: "complaint" } })).rejects.toThrow(/Ticket_intent_check/);
    await expect(prisma.ticket.update({ where: { id: ticket.id }, data: { sentiment: "furious" } })).rejects.toThrow(/Ticket_sentiment_check/);
    await expect(prisma.ticket.create({ data: { shopId: shop, number: 990_001, subject: "Old label", intent: "complaint" } })).rejects.toThrow(/Ticket_intent_check/);
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ intent: "product_issue", sentiment: "negative" });
    expect(await prisma.ticket.count({ where: { shopId: shop, number: 990_001 } })).toBe(0);
  });
});
