import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { COUNT_CAP, INBOX_VIEWS } from "~/inbox-views";
import { countAwaitingReply, countInboxViews, listInboxTickets } from "~/models/inbox.server";
import { recordInboundMessage } from "~/services/intake/record-inbound-message.server";
import { changeTickets } from "~/services/tickets/change-tickets.server";
import { createShop } from "./factories/records";

const ana = { type: "staff", staffId: 42n } as const;

/** A customer's message through the one intake; `answers` threads it onto an earlier one. */
function customerWrites(shop: string, email: string, text: string, answers: string[] = []) {
  return recordInboundMessage(shop, {
    channel: "EMAIL",
    sender: { email, name: null },
    subject: text,
    text,
    html: null,
    attachments: [],
    externalId: `${randomUUID()}@example.com`,
    sentAt: null,
    thread: { answers, ticketNumber: null, orderNames: [] },
  });
}

describe("the navigation's awaiting-reply count", () => {
  it("counts open tickets whose customer wrote last: a reply clears it, a note does not, the customer writing again sets it", async () => {
    const { id: shop } = await createShop();
    const { id: neighbour } = await createShop();
    const first = await customerWrites(shop, "kenji@example.com", "Where is my parcel?");
    await customerWrites(shop, "mali@example.com", "Can I change the size?");
    await customerWrites(neighbour, "kenji@example.com", "Another shop's customer");
    if (first.outcome === "duplicate") throw new Error("a new message was taken for a duplicate");
    expect(await countAwaitingReply(shop)).toBe(2);

    await changeTickets(shop, [first.ticketId], [{ type: "add_note", text: "Checking with the carrier", idempotencyKey: randomUUID() }], ana);
    expect(await countAwaitingReply(shop)).toBe(2);
    await changeTickets(shop, [first.ticketId], [{ type: "send_reply", text: "It left our warehouse today.", idempotencyKey: randomUUID() }], ana);
    expect(await countAwaitingReply(shop)).toBe(1);
    const [reply] = await prisma.message.findMany({ where: { shopId: shop, ticketId: first.ticketId, direction: "OUTBOUND" } });

    await customerWrites(shop, "kenji@example.com", "Thanks, and the tracking number?", [reply!.externalId!]);
    expect(await countAwaitingReply(shop)).toBe(2);
    // Only open tickets: one set pending by the agent leaves the badge.
    await changeTickets(shop, [first.ticketId], [{ type: "set_status", status: "PENDING" }], ana);
    expect(await countAwaitingReply(shop)).toBe(1);
    expect(await countAwaitingReply(neighbour)).toBe(1);
  });
});

describe("the inbox tabs' counts", () => {
  it("count exactly what each view lists, for the shop alone", async () => {
    const { id: shop } = await createShop();
    const { id: neighbour } = await createShop();
    const statuses = ["OPEN", "PENDING", "SNOOZED", "CLOSED"] as const;
    const rows = (shopId: string, offset: number) =>
      Array.from({ length: 48 }, (_, index) => ({
        shopId,
        number: offset + index,
        subject: `Ticket ${index}`,
        status: statuses[index % 4]!,
        assigneeId: index % 3 === 0 ? null : index % 3 === 1 ? 42n : 7n,
        priority: index % 5 === 0 ? ("URGENT" as const) : ("NORMAL" as const),
      }));
    await prisma.ticket.createMany({ data: [...rows(shop, 1), ...rows(neighbour, 1), ...rows(neighbour, 100)] });

    const counts = await countInboxViews(shop, 42n);
    for (const view of INBOX_VIEWS) {
      const listed = await listInboxTickets(shop, { view, staffId: 42n });
      expect({ view, count: counts[view] }).toEqual({ view, count: listed.tickets.length });
    }
    expect(counts).toMatchObject({ all: 48, open: 12, closed: 12 });
    expect((await countInboxViews(shop, null)).mine).toBe(0);
  });

  it("stop past the cap, so a large shop costs no more than a small one", async () => {
    const { id: shop } = await createShop();
    await prisma.ticket.createMany({
      data: Array.from({ length: COUNT_CAP + 5 }, (_, index) => ({ shopId: shop, number: index + 1, subject: `Ticket ${index}`, awaitingReply: true })),
    });
    const counts = await countInboxViews(shop, null);
    expect(counts).toMatchObject({ open: COUNT_CAP + 1, all: COUNT_CAP + 1, unassigned: COUNT_CAP + 1, closed: 0 });
    expect(await countAwaitingReply(shop)).toBe(COUNT_CAP + 1);
  });
});
