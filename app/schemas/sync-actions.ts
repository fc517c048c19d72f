import { z } from "zod";

/** The forms of Settings → Sync. */
export const SyncAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("replay"), deliveryId: z.string().regex(/^\d+$/) }),
  z.object({ intent: z.literal("import") }),
]);
