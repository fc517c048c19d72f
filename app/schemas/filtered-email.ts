import { z } from "zod";

/**
 * Why a mail opened no ticket. `loop`: it came from the inbox itself (our own address, our own
 * Message-ID); `bounce`: a delivery status notification; `auto_submitted`: an auto-reply or other
 * machine-generated mail (RFC 3834, X-Autoreply, a read receipt); `bulk`: Precedence bulk, junk,
 * list; `mailing_list`: List-Id / List-Unsubscribe; `no_reply_sender`: a no-reply address.
 */
export const FilterKind = z.enum(["loop", "bounce", "auto_submitted", "bulk", "mailing_list", "no_reply_sender"]);
export type FilterKind = z.infer<typeof FilterKind>;

export interface FilterReason {
  kind: FilterKind;
  /** The header or address that decided it, as received: "Auto-Submitted: auto-replied". */
  detail: string;
}

/** Filtered mail is kept this long, for an agent to look through and recover. */
export const FILTERED_EMAIL_RETENTION_DAYS = 30;

/** One filtered mail as Settings → Filtered mail lists it (dates as ISO strings). */
export interface FilteredEmailRow {
  id: string;
  receivedAt: string;
  fromAddress: string | null;
  fromName: string | null;
  subject: string;
  reason: FilterKind;
  detail: string | null;
  /** The ticket an agent turned it into, once they have. */
  ticket: { id: string; number: number } | null;
}

export const FilteredEmailAction = z.object({ intent: z.literal("create-ticket"), id: z.string().min(1).max(64) });
