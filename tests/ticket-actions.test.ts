import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import prisma from "~/db.server";
import { applyTicketActions, changeTickets, runTicketActions, TicketActionError } from "~/services/tickets/change-tickets.server";
import { createShop, createTicket } from "./factories/records";

// The ticket action vocabulary beyond a ticket's fields: notes, replies and linked orders in the
// same transaction as the field changes, and what it refuses, against the real database.

const ana = { type: "staff" as const, staffId: 81_400_000_201n };

async function withCustomer(shop: string) {
  const customer = await prisma.customer.create({ data: { shopId: shop, shopifyId: BigInt(Date.now()) * 10n + BigInt(Math.floor(Math.random() * 10)), email: "kenji@example.jp", firstName: "Kenji" } });
  const ticket = await createTicket(shop, { customerId: customer.id, fromEmail: customer.email! });
  return { customer, ticket };
}

async function orderOf(shop: string, customerId: string | null, name: string) {
  const at = new Date("2026-11-30T10:00:00Z");
  return prisma.order.create({
    data: { shopId: shop, shopifyId: BigInt(Math.floor(Math.random() * 1e12)), customerId, name, currencyCode: "JPY", subtotal: 4800, total: 4800, shopifyCreatedAt: at, shopifyUpdatedAt: at },
  });
}

const kinds = async (ticketId: string) => (await prisma.activity.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } })).map((activity) => `${activity.kind}:${activity.actorType}`).sort();

const sendJobs = (messageId: string) =>
  prisma.$queryRaw<Array<{ count: bigint }>>`
    SELECT count(*) AS count FROM graphile_worker._private_jobs AS jobs
    JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    WHERE tasks.identifier = 'send-email' AND jobs.payload ->> 'messageId' = ${messageId}`;

describe("the ticket action vocabulary", () => {
  it("replies, links an order and marks the ticket pending in one call, signing with the shop's name when the agent's is unknown", async () => {
    const { id: shop, name: shopName } = await createShop();
    const { customer, ticket } = await withCustomer(shop);
    const order = await orderOf(shop, customer.id, "#1042");

    const result = await changeTickets(
      shop,
      [ticket.id],
      [
        { type: "send_reply", text: "  It ships tomorrow.  ", idempotencyKey: randomUUID() },
        { type: "link_order", orderId: order.id },
        { type: "set_status", status: "PENDING" },
      ],
      ana,
    );
    expect(result).toMatchObject({ found: 1, changed: 1 });
    const [reply] = result.messages;
    expect(reply).toMatchObject({ direction: "OUTBOUND", text: "It ships tomorrow.", authorName: shopName, authorStaffId: ana.staffId });
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { status: true, firstResponseAt: true } })).toMatchObject({ status: "PENDING", firstResponseAt: reply!.createdAt });
    expect(await prisma.ticketOrder.count({ where: { shopId: shop, ticketId: ticket.id } })).toBe(1);
    expect(await kinds(ticket.id)).toEqual(["order_linked:staff", "reply_added:staff", "status_changed:staff"]);
    expect(await sendJobs(reply!.id)).toEqual([{ count: 1n }]);

    // Linking the same order again changes nothing and writes nothing.
    expect(await changeTickets(shop, [ticket.id], [{ type: "link_order", orderId: order.id }], ana)).toMatchObject({ found: 1, changed: 0 });
    expect(await kinds(ticket.id)).toHaveLength(3);
  });

  it("writes a rule's note once per key, as the rule", async () => {
    const { id: shop } = await createShop();
    const { ticket } = await withCustomer(shop);
    const note = { type: "add_note" as const, text: "Chargeback threat: escalated", idempotencyKey: `rule-7:${ticket.id}` };
    const first = await changeTickets(shop, [ticket.id], [note, { type: "set_priority", priority: "URGENT" }], { type: "rule", ruleId: "7" });
    const again = await changeTickets(shop, [ticket.id], [note, { type: "set_priority", priority: "URGENT" }], { type: "rule", ruleId: "7" });
    expect(again.messages[0]!.id).toBe(first.messages[0]!.id);
    expect(again.changed).toBe(0);
    expect(await prisma.message.count({ where: { shopId: shop, ticketId: ticket.id, direction: "NOTE" } })).toBe(1);
    expect(await kinds(ticket.id)).toEqual(["note_added:rule", "priority_changed:rule"]);
  });

  it("writes nothing of a list one action of which is refused: another shop's order, a customer with no address, an empty reply", async () => {
    const { id: shop } = await createShop();
    const { id: otherShop } = await createShop();
    const { ticket } = await withCustomer(shop);
    const theirs = await orderOf(otherShop, null, "#9001");
    const before = await kinds(ticket.id);

    await expect(
      changeTickets(shop, [ticket.id], [{ type: "set_status", status: "CLOSED" }, { type: "add_note", text: "Linking", idempotencyKey: randomUUID() }, { type: "link_order", orderId: theirs.id }], ana),
    ).rejects.toThrow(new TicketActionError("No such order in this shop"));
    const anonymous = await createTicket(shop, { customerId: null });
    await expect(changeTickets(shop, [anonymous.id], [{ type: "send_reply", text: "Hello", idempotencyKey: randomUUID() }], ana)).rejects.toThrow(
      new TicketActionError("This customer has no email address to reply to"),
    );
    await expect(changeTickets(shop, [ticket.id], [{ type: "send_reply", text: "   ", idempotencyKey: randomUUID() }], ana)).rejects.toThrow(ZodError);

    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { status: true } })).toEqual({ status: "OPEN" });
    expect(await kinds(ticket.id)).toEqual(before);
    expect(await prisma.message.count({ where: { shopId: shop, direction: { not: "INBOUND" } } })).toBe(0);
    expect(await prisma.ticketOrder.count({ where: { shopId: shop } })).toBe(0);
  });

  it("writes a note or reply to one ticket at a time, leaves a customer's messages to the intake, and order actions to runTicketActions and to staff", async () => {
    const { id: shop } = await createShop();
    const { customer, ticket } = await withCustomer(shop);
    const other = await createTicket(shop, { customerId: customer.id });
    const order = await orderOf(shop, customer.id, "#1043");
    const note = { type: "add_note" as const, text: "FYI", idempotencyKey: randomUUID() };
    await expect(changeTickets(shop, [ticket.id, other.id], [note], ana)).rejects.toThrow(new TicketActionError("A note or a reply is written to one ticket at a time"));
    await expect(changeTickets(shop, [ticket.id], [note], { type: "customer", customerId: customer.id })).rejects.toThrow(new TicketActionError("A customer's message comes through the intake"));
    const cancel = { type: "order_action" as const, orderId: order.id, change: { intent: "cancel" as const, reason: "CUSTOMER" as const, restock: true, refund: "ORIGINAL" as const, notifyCustomer: false, staffNote: "" } };
    await expect(prisma.$transaction((tx) => applyTicketActions(tx, shop, [ticket.id], [cancel], ana))).rejects.toThrow(TicketActionError);
    // Refused before Shopify is asked: no admin client is needed to see it.
    await expect(runTicketActions({ shop, admin: null as never }, ticket.id, [cancel], { type: "rule", ruleId: "9" })).rejects.toThrow(new TicketActionError("Order actions are taken by a staff member"));
    expect(await kinds(ticket.id)).toEqual([]);
  });
});
