import { z } from "zod";

const MessageFields = { text: z.string().min(1).max(50_000), idempotencyKey: z.string().uuid(), seenMessageId: z.string().optional() };

/** What the ticket page posts: a reply or a note from the composer, or a change of one of the ticket's fields. */
export const TicketPageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reply"), ...MessageFields }),
  z.object({ intent: z.literal("note"), ...MessageFields }),
  z.object({ intent: z.literal("status"), status: z.enum(["OPEN", "PENDING", "CLOSED"]) }),
  z.object({ intent: z.literal("snooze"), until: z.string().datetime() }),
  z.object({ intent: z.literal("priority"), priority: z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]) }),
  z.object({ intent: z.literal("assign"), to: z.enum(["me", "nobody"]) }),
  z.object({ intent: z.literal("tags"), tags: z.string().max(500) }),
]);
export type TicketPageForm = z.infer<typeof TicketPageForm>;
