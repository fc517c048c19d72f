import type { TicketPriority, TicketStatus } from "@prisma/client";
import { MAX_TICKET_TAGS, type TicketFieldAction } from "~/schemas/ticket-actions";

/** The fields of a ticket the action vocabulary changes, as stored. */
export interface TicketState {
  status: TicketStatus;
  snoozedUntil: Date | null;
  priority: TicketPriority;
  assigneeId: bigint | null;
  tags: string[];
}

/** One change, as the timeline records it: one kind per event (`app/schemas/activity.ts`). */
export type PlannedActivity =
  | { kind: "status_changed"; data: { from: TicketStatus; to: TicketStatus; until?: string; reason?: "customer_replied" | "snooze_ended" } }
  | { kind: "priority_changed"; data: { from: TicketPriority; to: TicketPriority } }
  | { kind: "assigned"; data: { from: string | null; to: string | null } }
  | { kind: "tags_changed"; data: { added: string[]; removed: string[] } };

export interface TicketChangePlan {
  /** The fields to write; empty when nothing changes. */
  fields: Partial<TicketState & { resolvedAt: Date | null }>;
  activities: PlannedActivity[];
}

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))].slice(0, MAX_TICKET_TAGS);
}

/**
 * What a list of actions does to a ticket, applied in order: the fields that really change and
 * one activity per change (a field set to what it already is writes nothing). Pure: the executor
 * reads the ticket, plans, then writes the plan in the same transaction.
 */
export function planTicketChange(ticket: TicketState, actions: TicketFieldAction[], now: Date): TicketChangePlan {
  const state: TicketState & { resolvedAt?: Date | null } = { ...ticket, tags: [...ticket.tags] };
  const fields: TicketChangePlan["fields"] = {};
  const activities: PlannedActivity[] = [];
  const setStatus = (to: TicketStatus, until: Date | null, reason?: "customer_replied" | "snooze_ended") => {
    const from = state.status;
    Object.assign(fields, { status: to, snoozedUntil: until, resolvedAt: to === "CLOSED" ? now : null });
    Object.assign(state, { status: to, snoozedUntil: until });
    activities.push({ kind: "status_changed", data: { from, to, ...(until ? { until: until.toISOString() } : {}), ...(reason ? { reason } : {}) } });
  };
  for (const action of actions) {
    switch (action.type) {
      case "set_status":
        if (action.status !== state.status) setStatus(action.status, null, action.reason);
        break;
      case "snooze":
        // Snoozing a snoozed ticket again moves its time.
        if (state.status !== "SNOOZED" || state.snoozedUntil?.getTime() !== action.until.getTime()) setStatus("SNOOZED", action.until);
        break;
      case "end_snooze":
        if (state.status === "SNOOZED" && (!state.snoozedUntil || state.snoozedUntil <= now)) setStatus("OPEN", null, "snooze_ended");
        break;
      case "set_priority":
        if (action.priority !== state.priority) {
          activities.push({ kind: "priority_changed", data: { from: state.priority, to: action.priority } });
          fields.priority = state.priority = action.priority;
        }
        break;
      case "assign":
        if (action.staffId !== state.assigneeId) {
          activities.push({ kind: "assigned", data: { from: state.assigneeId?.toString() ?? null, to: action.staffId?.toString() ?? null } });
          fields.assigneeId = state.assigneeId = action.staffId;
        }
        break;
      case "set_tags":
      case "add_tags":
      case "remove_tags": {
        const given = cleanTags(action.tags);
        const next =
          action.type === "set_tags" ? given : action.type === "add_tags" ? cleanTags([...state.tags, ...given]) : state.tags.filter((tag) => !given.includes(tag));
        const added = next.filter((tag) => !state.tags.includes(tag));
        const removed = state.tags.filter((tag) => !next.includes(tag));
        if (added.length || removed.length || next.join("\u0000") !== state.tags.join("\u0000")) {
          if (added.length || removed.length) activities.push({ kind: "tags_changed", data: { added, removed } });
          fields.tags = state.tags = next;
        }
        break;
      }
    }
  }
  return { fields, activities };
}
