import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { listInboxTickets, listTicketLanguages, PAGE_SIZE } from "~/models/inbox.server";
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

  it("sorts by the reply due soonest, tickets with nothing due last, and pages both ways", async () => {
    const { id: shop } = await createShop();
    const base = Date.now();
    await prisma.ticket.createMany({
      data: Array.from({ length: 130 }, (_, index) => ({
        shopId: shop,
        number: 3000 + index,
        subject: `Ticket ${index}`,
        // Every third ticket has nothing due; the others tie in pairs.
        slaDueAt: index % 3 === 0 ? null : new Date(base + Math.floor(index / 2) * 60_000),
      })),
    });
    const walk = async () => {
      const pages = [await listInboxTickets(shop, { view: "all", staffId: null, sort: "sla" })];
      while (pages.at(-1)!.nextCursor) pages.push(await listInboxTickets(shop, { view: "all", staffId: null, sort: "sla", after: pages.at(-1)!.nextCursor }));
      return pages;
    };
    const pages = await walk();
    const rows = pages.flatMap((page) => page.tickets);
    expect(rows).toHaveLength(130);
    expect(new Set(rows.map((row) => row.id)).size).toBe(130);
    const dues = rows.map((row) => row.slaDueAt?.getTime() ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(rows.findIndex((row) => row.slaDueAt === null)).toBe(130 - 44);

    // Back from the last page (all without a due time) and from the middle one.
    for (const index of [2, 1]) {
      const back = await listInboxTickets(shop, { view: "all", staffId: null, sort: "sla", before: pages[index]!.previousCursor });
      expect(back.tickets.map((ticket) => ticket.id)).toEqual(pages[index - 1]!.tickets.map((ticket) => ticket.id));
    }
  });

  it("lists the languages the shop's customers write in for the language filter, each once, and none of another shop's", async () => {
    const [{ id: shop }, { id: neighbour }] = await Promise.all([createShop(), createShop()]);
    const languages = ["ja", "fr", null, "th", "fr", "ja", "pt"];
    await prisma.ticket.createMany({ data: languages.map((language, index) => ({ shopId: shop, number: 4000 + index, subject: `Ticket ${index}`, language })) });
    await prisma.ticket.create({ data: { shopId: neighbour, number: 4000, subject: "Neighbour", language: "de" } });
    expect(await listTicketLanguages(shop)).toEqual(["fr", "ja", "pt", "th"]);
    expect(await listTicketLanguages(neighbour)).toEqual(["de"]);
    const { id: empty } = await createShop();
    expect(await listTicketLanguages(empty)).toEqual([]);

    // The filter takes a language outside the admin's own: only the French tickets.
    const french = await listInboxTickets(shop, { view: "all", staffId: null, language: "fr" });
    expect(french.tickets.map((ticket) => ticket.language)).toEqual(["fr", "fr"]);
  });
});
