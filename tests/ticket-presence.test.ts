import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { PRESENCE_WINDOW_MS, purgeTicketPresence, leaveTicket, recordTicketPresence } from "~/models/ticket-presence.server";
import { addTicketMessage } from "~/services/tickets/add-ticket-message.server";
import { createShop, createTicket } from "./factories/records";

const akiko = { id: 81_400_000_101n, name: "Akiko Sato" };
const ben = { id: 81_400_000_102n, name: null };

async function firstMessageId(ticketId: string) {
  return (await prisma.message.findFirstOrThrow({ where: { ticketId } })).id;
}

describe("who else is on a ticket", () => {
  it("shows each agent the others viewing and typing, and forgets those who left or went quiet", async () => {
    const { id: shop } = await createShop();
    const ticket = await createTicket(shop, { customerId: null });
    const seen = await firstMessageId(ticket.id);
    const t0 = new Date();

    expect(await recordTicketPresence(shop, ticket.id, { staff: akiko, isTyping: false, seenMessageId: seen }, t0)).toEqual({ others: [], unseen: null });
    const forBen = await recordTicketPresence(shop, ticket.id, { staff: ben, isTyping: true, seenMessageId: seen }, new Date(t0.getTime() + 1000));
    expect(forBen!.others).toEqual([{ staffId: akiko.id.toString(), name: "Akiko Sato", isTyping: false }]);
    const forAkiko = await recordTicketPresence(shop, ticket.id, { staff: akiko, isTyping: false, seenMessageId: seen }, new Date(t0.getTime() + 2000));
    expect(forAkiko!.others).toEqual([{ staffId: ben.id.toString(), name: null, isTyping: true }]);

    // Ben's last heartbeat is older than the window: he has gone.
    const later = new Date(t0.getTime() + 1000 + PRESENCE_WINDOW_MS + 1);
    expect((await recordTicketPresence(shop, ticket.id, { staff: akiko, isTyping: false, seenMessageId: seen }, later))!.others).toEqual([]);

    await recordTicketPresence(shop, ticket.id, { staff: ben, isTyping: false, seenMessageId: seen }, later);
    await leaveTicket(shop, ticket.id, ben.id);
    expect((await recordTicketPresence(shop, ticket.id, { staff: akiko, isTyping: false, seenMessageId: seen }, later))!.others).toEqual([]);

    expect(await purgeTicketPresence(new Date(later.getTime() + 100 * PRESENCE_WINDOW_MS))).toBeGreaterThanOrEqual(1);
    expect(await prisma.ticketPresence.count({ where: { shopId: shop } })).toBe(0);
  });

  it("warns an agent, before they send, that a colleague replied since they opened the ticket", async () => {
    const { id: shop } = await createShop();
    const customer = await prisma.customer.create({ data: { shopId: shop, email: "owen@example.com" } });
    const ticket = await createTicket(shop, { customerId: customer.id });
    const seen = await firstMessageId(ticket.id);
    await addTicketMessage({ shop, ticketId: ticket.id, staff: { id: ben.id, name: "Ben" }, kind: "reply", text: "On its way!", idempotencyKey: crypto.randomUUID(), seenMessageId: seen });

    const forAkiko = await recordTicketPresence(shop, ticket.id, { staff: akiko, isTyping: true, seenMessageId: seen });
    expect(forAkiko!.unseen).toMatchObject({ authorName: "Ben", direction: "OUTBOUND" });
    // Ben's own reply is no news to Ben.
    expect((await recordTicketPresence(shop, ticket.id, { staff: ben, isTyping: false, seenMessageId: seen }))!.unseen).toBeNull();
    // Once Akiko has the reply on screen, the warning goes.
    const newest = await prisma.message.findFirstOrThrow({ where: { ticketId: ticket.id }, orderBy: { createdAt: "desc" } });
    expect((await recordTicketPresence(shop, ticket.id, { staff: akiko, isTyping: true, seenMessageId: newest.id }))!.unseen).toBeNull();
  });

  it("knows nothing of another shop's ticket", async () => {
    const { id: shop } = await createShop();
    const { id: other } = await createShop();
    const ticket = await createTicket(other, { customerId: null });
    expect(await recordTicketPresence(shop, ticket.id, { staff: akiko, isTyping: false, seenMessageId: null })).toBeNull();
    expect(await prisma.ticketPresence.count({ where: { ticketId: ticket.id } })).toBe(0);
  });
});
