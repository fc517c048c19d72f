import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { listInboxTickets, PAGE_SIZE } from "~/models/inbox.server";
import { createShop } from "./factories/records";

describe("paging through the inbox", () => {
  it("walks every ticket once forward and back, by keyset, even when activity times tie", async () => {
    const { id: shop } = await createShop();
    const base = Date.now();
    await prisma.ticket.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        shopId: shop,
        number: 2000 + index,
        subject: `Ticket ${index}`,
        // Pairs share a time, so the id must break ties.
        lastMessageAt: new Date(base - Math.floor(index / 2) * 60_000),
      })),
    });
    const seen: string[] = [];
    let page = await listInboxTickets(shop, { view: "all", staffId: null });
    const pages = [page];
    while (page.nextCursor) {
      seen.push(...page.tickets.map((ticket) => ticket.id));
      page = await listInboxTickets(shop, { view: "all", staffId: null, after: page.nextCursor });
      pages.push(page);
    }
    seen.push(...page.tickets.map((ticket) => ticket.id));
    expect(pages.map((each) => each.tickets.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 20]);
    expect(new Set(seen).size).toBe(120);
    expect(pages[0]!.tickets[0]!.tags).toEqual([]);
    const times = pages.flatMap((each) => each.tickets.map((ticket) => ticket.lastMessageAt.getTime()));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Back from the last page: the second page again, the same rows in the same order.
    const back = await listInboxTickets(shop, { view: "all", staffId: null, before: page.previousCursor });
    expect(back.tickets.map((ticket) => ticket.id)).toEqual(pages[1]!.tickets.map((ticket) => ticket.id));
    expect(pages[0]!.previousCursor).toBeNull();
  });
});
