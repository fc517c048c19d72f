import { describe, expect, it } from "vitest";
import { TicketAction, TicketActor } from "./ticket-actions";

/** The issues of a refused value, as [path, code] pairs: what a caller would show or log. */
function issuesOf(result: { success: boolean; error?: { issues: Array<{ path: Array<string | number>; code: string }> } }) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => [issue.path.join("."), issue.code]);
}

const CUSTOMER_ID = "0f8b3c9a-1d2e-4f5a-8b6c-7d8e9f0a1b2c";

describe("ticket actions", () => {
  it("parses each action of the vocabulary as it is written", () => {
    const actions = [
      { type: "set_status", status: "OPEN" },
      { type: "set_status", status: "PENDING" },
      { type: "set_status", status: "CLOSED" },
      { type: "set_status", status: "OPEN", reason: "customer_replied" },
      { type: "end_snooze" },
      { type: "set_priority", priority: "LOW" },
      { type: "set_priority", priority: "URGENT" },
      { type: "assign", staffId: 93_000_000_000_001n },
      { type: "assign", staffId: null },
      { type: "set_tags", tags: [] },
      { type: "set_tags", tags: ["vip", "damaged"] },
      { type: "add_tags", tags: ["vip"] },
      { type: "remove_tags", tags: ["vip"] },
    ];
    for (const action of actions) expect(TicketAction.parse(action)).toEqual(action);
  });

  it("drops fields an action does not have", () => {
    expect(TicketAction.parse({ type: "end_snooze", until: "2026-12-01T10:00:00Z" })).toEqual({ type: "end_snooze" });
    expect(TicketAction.parse({ type: "set_priority", priority: "HIGH", status: "CLOSED" })).toEqual({ type: "set_priority", priority: "HIGH" });
  });

  it("coerces a snooze's time from an ISO string, with its offset, or from epoch milliseconds", () => {
    expect(TicketAction.parse({ type: "snooze", until: "2026-12-01T10:00:00+09:00" })).toEqual({ type: "snooze", until: new Date("2026-12-01T01:00:00.000Z") });
    const until = new Date("2026-12-01T10:00:00Z");
    expect(TicketAction.parse({ type: "snooze", until })).toEqual({ type: "snooze", until });
    expect(TicketAction.parse({ type: "snooze", until: until.getTime() })).toEqual({ type: "snooze", until });
  });

  it("refuses a snooze without a time it can read", () => {
    expect(issuesOf(TicketAction.safeParse({ type: "snooze", until: "next tuesday" }))).toEqual([["until", "invalid_date"]]);
    expect(issuesOf(TicketAction.safeParse({ type: "snooze", until: "" }))).toEqual([["until", "invalid_date"]]);
    expect(issuesOf(TicketAction.safeParse({ type: "snooze" }))).toEqual([["until", "invalid_date"]]);
    // Coerced as they stand, these would be 1970 and end the snooze at once.
    expect(issuesOf(TicketAction.safeParse({ type: "snooze", until: null }))).toEqual([["until", "invalid_date"]]);
    expect(issuesOf(TicketAction.safeParse({ type: "snooze", until: true }))).toEqual([["until", "invalid_date"]]);
  });

  it("refuses a status outside the three a person sets, naming the field", () => {
    for (const status of ["SNOOZED", "open", "RESOLVED"]) {
      const result = TicketAction.safeParse({ type: "set_status", status });
      expect(issuesOf(result)).toEqual([["status", "invalid_enum_value"]]);
      expect(result.error!.issues[0]!.message).toBe(`Invalid enum value. Expected 'OPEN' | 'PENDING' | 'CLOSED', received '${status}'`);
    }
    expect(issuesOf(TicketAction.safeParse({ type: "set_status", status: null }))).toEqual([["status", "invalid_type"]]);
    expect(issuesOf(TicketAction.safeParse({ type: "set_status", status: "OPEN", reason: "rule" }))).toEqual([["reason", "invalid_literal"]]);
    expect(issuesOf(TicketAction.safeParse({ type: "set_priority", priority: "CRITICAL" }))).toEqual([["priority", "invalid_enum_value"]]);
  });

  it("refuses more than 100 tags in one action, and an add or remove of none", () => {
    const tags = (n: number) => Array.from({ length: n }, (_, index) => `tag-${index}`);
    for (const type of ["set_tags", "add_tags", "remove_tags"]) {
      expect(TicketAction.safeParse({ type, tags: tags(100) }).success).toBe(true);
      expect(issuesOf(TicketAction.safeParse({ type, tags: tags(101) }))).toEqual([["tags", "too_big"]]);
    }
    expect(issuesOf(TicketAction.safeParse({ type: "add_tags", tags: [] }))).toEqual([["tags", "too_small"]]);
    expect(issuesOf(TicketAction.safeParse({ type: "remove_tags", tags: [] }))).toEqual([["tags", "too_small"]]);
    expect(issuesOf(TicketAction.safeParse({ type: "set_tags", tags: "vip,damaged" }))).toEqual([["tags", "invalid_type"]]);
    expect(issuesOf(TicketAction.safeParse({ type: "add_tags", tags: ["vip", 7] }))).toEqual([["tags.1", "invalid_type"]]);
  });

  it("takes a staff id only as a bigint: a number may have lost digits, a string is not parsed", () => {
    for (const staffId of [7, "7", 93_000_000_000_001, undefined]) {
      expect(issuesOf(TicketAction.safeParse({ type: "assign", staffId }))).toEqual([["staffId", "invalid_type"]]);
    }
  });

  it("refuses an action outside the vocabulary, or without a type, at the type", () => {
    for (const action of [{ type: "delete_ticket" }, { type: "SET_STATUS", status: "OPEN" }, { status: "OPEN" }, { type: null }]) {
      const result = TicketAction.safeParse(action);
      expect(issuesOf(result)).toEqual([["type", "invalid_union_discriminator"]]);
      expect(result.error!.issues[0]!.message).toMatch(/^Invalid discriminator value\. Expected 'set_status' \| /);
    }
    expect(issuesOf(TicketAction.safeParse("set_status"))).toEqual([["", "invalid_type"]]);
  });

  it("parses a list of actions, saying which one is wrong", () => {
    const result = TicketAction.array().safeParse([{ type: "end_snooze" }, { type: "assign", staffId: 7 }]);
    expect(issuesOf(result)).toEqual([["1.staffId", "invalid_type"]]);
  });
});

describe("ticket actors", () => {
  it("parses each kind of actor", () => {
    const actors = [{ type: "staff", staffId: 93_000_000_000_001n }, { type: "customer", customerId: CUSTOMER_ID }, { type: "rule", ruleId: "rule-1" }, { type: "system" }];
    for (const actor of actors) expect(TicketActor.parse(actor)).toEqual(actor);
  });

  it("refuses a staff member without a bigint id, a customer without a uuid, and anyone else", () => {
    expect(issuesOf(TicketActor.safeParse({ type: "staff", staffId: 7 }))).toEqual([["staffId", "invalid_type"]]);
    expect(issuesOf(TicketActor.safeParse({ type: "staff", staffId: null }))).toEqual([["staffId", "invalid_type"]]);
    expect(issuesOf(TicketActor.safeParse({ type: "customer", customerId: "42" }))).toEqual([["customerId", "invalid_string"]]);
    expect(issuesOf(TicketActor.safeParse({ type: "rule" }))).toEqual([["ruleId", "invalid_type"]]);
    expect(issuesOf(TicketActor.safeParse({ type: "agent", staffId: 7n }))).toEqual([["type", "invalid_union_discriminator"]]);
  });
});
