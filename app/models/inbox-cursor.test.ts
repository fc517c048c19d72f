import { describe, expect, it } from "vitest";
import { compareRows, decodeCursor, encodeCursor } from "./inbox-cursor";

const ID_A = "0f8b3c9a-1d2e-4f5a-8b6c-7d8e9f0a1b2c";
const ID_B = "6a1e2f3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
const ID_C = "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f";

/** Bytes a person (or a bug) might put in the URL instead of a cursor we gave out. */
const raw = (text: string) => Buffer.from(text).toString("base64url");

describe("inbox cursors", () => {
  it("give back the row's sort key and id, to the millisecond", () => {
    const at = new Date("2026-12-01T09:30:15.123Z");
    expect(decodeCursor(encodeCursor(at, ID_A))).toEqual({ at, id: ID_A });
    expect(decodeCursor(encodeCursor(new Date(0), ID_B))).toEqual({ at: new Date(0), id: ID_B });
  });

  it("carry a ticket with nothing due (the SLA sort) as an empty key", () => {
    expect(decodeCursor(encodeCursor(null, ID_A))).toEqual({ at: null, id: ID_A });
  });

  it("are safe in a URL as they are", () => {
    const cursor = encodeCursor(new Date("2026-12-01T09:30:15.123Z"), ID_A);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(cursor)).toBe(cursor);
  });

  it("refuse garbage without throwing", () => {
    for (const garbage of ["", "not-a-cursor", "!!!", "%%%", "a".repeat(10_000), raw("\u0000\uffff"), raw("|"), raw("||")]) {
      expect(decodeCursor(garbage), JSON.stringify(garbage.slice(0, 20))).toBeNull();
    }
  });

  it("refuse a cursor whose id is not a uuid, so nothing but a uuid reaches the ::uuid cast", () => {
    expect(decodeCursor(raw(`2026-12-01T09:30:15.123Z|${ID_A.slice(0, -1)}`))).toBeNull();
    expect(decodeCursor(raw("2026-12-01T09:30:15.123Z|1' OR '1'='1"))).toBeNull();
    expect(decodeCursor(raw("2026-12-01T09:30:15.123Z|"))).toBeNull();
    expect(decodeCursor(raw("2026-12-01T09:30:15.123Z"))).toBeNull();
    expect(decodeCursor(encodeCursor(new Date("2026-12-01T09:30:15.123Z"), "42"))).toBeNull();
  });

  it("refuse a cursor whose key is not a time", () => {
    expect(decodeCursor(raw(`yesterday|${ID_A}`))).toBeNull();
    expect(decodeCursor(raw(`2026-13-45T99:00:00Z|${ID_A}`))).toBeNull();
  });

  it("orders by activity newest first, ties by id from the highest, as ORDER BY lastMessageAt DESC, id DESC", () => {
    const earlier = new Date("2026-12-01T08:00:00Z");
    const later = new Date("2026-12-01T09:00:00Z");
    const rows = [
      { id: ID_A, lastMessageAt: earlier, slaDueAt: null },
      { id: ID_B, lastMessageAt: later, slaDueAt: null },
      { id: ID_C, lastMessageAt: earlier, slaDueAt: null },
    ];
    expect([...rows].sort(compareRows("activity")).map((row) => row.id)).toEqual([ID_B, ID_C, ID_A]);
  });

  it("orders by SLA soonest due first, nothing due last, ties by id from the lowest, as ORDER BY slaDueAt ASC NULLS LAST, id ASC", () => {
    const now = new Date("2026-12-01T08:00:00Z");
    const soon = new Date("2026-12-01T09:00:00Z");
    const later = new Date("2026-12-01T12:00:00Z");
    const rows = [
      { id: ID_C, lastMessageAt: now, slaDueAt: null },
      { id: ID_B, lastMessageAt: now, slaDueAt: later },
      { id: ID_A, lastMessageAt: now, slaDueAt: null },
      { id: ID_C, lastMessageAt: now, slaDueAt: soon },
      { id: ID_A, lastMessageAt: now, slaDueAt: later },
    ];
    expect([...rows].sort(compareRows("sla")).map((row) => [row.slaDueAt?.toISOString() ?? null, row.id])).toEqual([
      [soon.toISOString(), ID_C],
      [later.toISOString(), ID_A],
      [later.toISOString(), ID_B],
      [null, ID_A],
      [null, ID_C],
    ]);
  });

  it("puts a page read backwards (the query's reverse order) back in the page's order", () => {
    const rows = Array.from({ length: 6 }, (_, index) => ({
      id: `00000000-0000-4000-8000-00000000000${index}`,
      lastMessageAt: new Date(Date.UTC(2026, 11, 1, index % 2)),
      slaDueAt: index % 3 === 0 ? null : new Date(Date.UTC(2026, 11, 2, index)),
    }));
    for (const sort of ["activity", "sla"] as const) {
      const forward = [...rows].sort(compareRows(sort));
      expect([...forward].reverse().sort(compareRows(sort))).toEqual(forward);
    }
  });
});
