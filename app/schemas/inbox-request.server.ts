import { z } from "zod";
import { INBOX_CHANNELS, INBOX_SORTS, LANGUAGE_CODE } from "~/inbox-views";
import { TICKET_INTENTS, TICKET_SENTIMENTS } from "~/schemas/ticket-labels";

// The inbox route's requests. Server-only: zod stays out of the inbox's client bundle (about
// 12 KB gzipped that every agent's browser would download before the page paints).

/** The inbox's filters and sort, from the URL; anything unknown is ignored rather than refused. */
export const InboxFilters = z.object({
  channel: z.enum(INBOX_CHANNELS).nullable().catch(null).default(null),
  language: z.string().regex(LANGUAGE_CODE).nullable().catch(null).default(null),
  tag: z.string().trim().min(1).max(100).nullable().catch(null).default(null),
  assignee: z.union([z.enum(["none", "me"]), z.string().regex(/^\d{1,19}$/)]).nullable().catch(null).default(null),
  intent: z.enum(TICKET_INTENTS).nullable().catch(null).default(null),
  sentiment: z.enum(TICKET_SENTIMENTS).nullable().catch(null).default(null),
  hasOrder: z.string().optional().transform((value) => value === "1"),
  sort: z.enum(INBOX_SORTS).catch("activity").default("activity"),
});

/** A bulk action on the selected tickets (ids comma-separated). */
export const BulkForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("close"), ids: z.string() }),
  z.object({ intent: z.literal("assignToMe"), ids: z.string() }),
  z.object({ intent: z.literal("unassign"), ids: z.string() }),
  z.object({ intent: z.literal("tag"), ids: z.string(), tag: z.string().trim().min(1).max(100) }),
]);
