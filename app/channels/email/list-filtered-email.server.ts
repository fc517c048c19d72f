import { listFilteredEmails } from "~/models/filtered-email.server";
import { FILTERED_EMAIL_RETENTION_DAYS, FilterKind, type FilteredEmailRow } from "~/schemas/filtered-email";

const PAGE_SIZE = 50;

/** Settings → Filtered mail: the shop's filtered mail of the last 30 days, newest first, a page after `cursor`. */
export async function listFilteredEmail({ shop, cursor, now = new Date() }: { shop: string; cursor?: string | null; now?: Date }) {
  const since = new Date(now.getTime() - FILTERED_EMAIL_RETENTION_DAYS * 86_400_000);
  const rows = await listFilteredEmails(shop, { since, cursor, take: PAGE_SIZE + 1 });
  const page = rows.slice(0, PAGE_SIZE);
  const emails: FilteredEmailRow[] = page.map((row) => {
    const reason = FilterKind.safeParse(row.reason);
    return {
      id: row.id,
      receivedAt: row.receivedAt.toISOString(),
      fromAddress: row.fromAddress,
      fromName: row.fromName,
      subject: row.subject,
      reason: reason.success ? reason.data : "auto_submitted",
      detail: row.detail,
      ticket: row.ticket,
    };
  });
  return { emails, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null, retentionDays: FILTERED_EMAIL_RETENTION_DAYS };
}
