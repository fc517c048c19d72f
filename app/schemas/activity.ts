import type { ActivityKind, ActorType } from "@prisma/client";

/**
 * The closed set of things that happen on a ticket (the `ActivityKind` enum in
 * prisma/schema.prisma, checked equal by a test): one kind per event, whoever caused it.
 */
export const ACTIVITY_KINDS = [
  "ticket_created",
  "status_changed",
  "priority_changed",
  "assigned",
  "tags_changed",
  "reply_added",
  "note_added",
  "reply_undelivered",
  "order_created",
  "order_fulfilled",
  "order_cancelled",
  "order_status_changed",
  "order_edited",
  "refund_created",
  "order_refunded",
  "order_address_changed",
  "order_invoice_sent",
  "order_deleted",
  "customer_deleted",
  "order_linked",
  "return_requested",
  "return_status_changed",
] as const satisfies readonly ActivityKind[];

export const ACTOR_TYPES = ["staff", "customer", "rule", "system"] as const satisfies readonly ActorType[];

export function isActivityKind(kind: string): kind is ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(kind);
}

export type { ActivityKind, ActorType };
