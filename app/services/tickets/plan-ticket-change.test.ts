import { describe, expect, it } from "vitest";
import { TicketAction } from "~/schemas/ticket-actions";
import { planTicketChange, type TicketState } from "./plan-ticket-change";

const now = new Date("2026-12-02T12:00:00Z");
const open: TicketState = { status: "OPEN", snoozedUntil: null, priority: "NORMAL", assigneeId: null, tags: ["vip"] };

describe("planning a ticket change", () => {
  it("writes nothing for a change that changes nothing", () => {
    expect(planTicketChange(open, [{ type: "set_status", status: "OPEN" }, { type: "set_priority", priority: "NORMAL" }, { type: "assign", staffId: null }, { type: "add_tags", tags: [" vip "] }], now)).toEqual({ fields: {}, activities: [] });
  });

  it("closes with the time resolved and no snooze, one activity", () => {
    const plan = planTicketChange({ ...open, status: "SNOOZED", snoozedUntil: now }, [{ type: "set_status", status: "CLOSED" }], now);
    expect(plan.fields).toEqual({ status: "CLOSED", snoozedUntil: null, resolvedAt: now });
    expect(plan.activities).toEqual([{ kind: "status_changed", data: { from: "SNOOZED", to: "CLOSED" } }]);
  });

  it("ends a snooze only when the ticket is still snoozed and its time has come", () => {
    const later = new Date(now.getTime() + 60_000);
    expect(planTicketChange({ ...open, status: "SNOOZED", snoozedUntil: later }, [{ type: "end_snooze" }], now).activities).toEqual([]);
    expect(planTicketChange({ ...open, status: "CLOSED" }, [{ type: "end_snooze" }], now).activities).toEqual([]);
    expect(planTicketChange({ ...open, status: "SNOOZED", snoozedUntil: now }, [{ type: "end_snooze" }], now).activities).toEqual([{ kind: "status_changed", data: { from: "SNOOZED", to: "OPEN", reason: "snooze_ended" } }]);
  });

  it("records tags added and removed, trimmed, without duplicates, at most 20", () => {
    const plan = planTicketChange(open, [{ type: "set_tags", tags: ["damaged", " damaged", ""] }], now);
    expect(plan.fields.tags).toEqual(["damaged"]);
    expect(plan.activities).toEqual([{ kind: "tags_changed", data: { added: ["damaged"], removed: ["vip"] } }]);
    const many = planTicketChange(open, [{ type: "add_tags", tags: Array.from({ length: 30 }, (_, index) => `t${index}`) }], now);
    expect(many.fields.tags).toHaveLength(20);
    expect(planTicketChange(open, [{ type: "remove_tags", tags: ["vip"] }], now).fields.tags).toEqual([]);
  });

  it("applies actions in order: a later one sees an earlier one's result", () => {
    const plan = planTicketChange(open, [{ type: "assign", staffId: 7n }, { type: "assign", staffId: 7n }, { type: "set_priority", priority: "URGENT" }], now);
    expect(plan.activities.map((activity) => activity.kind)).toEqual(["assigned", "priority_changed"]);
  });

  it("refuses what is not in the vocabulary", () => {
    expect(TicketAction.safeParse({ type: "set_status", status: "SNOOZED" }).success).toBe(false);
    expect(TicketAction.safeParse({ type: "delete_ticket" }).success).toBe(false);
  });
});
