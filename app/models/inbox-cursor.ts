import type { InboxSort } from "~/inbox-views";
import { isUuid } from "~/uuid";

// The inbox's keyset cursors and the order they walk in, apart from the query that uses them
// (`inbox.server.ts`) so that they can be tested without a database.

/** Where a page ends or starts: the row's sort key and id. */
export interface InboxCursor {
  at: Date | null;
  id: string;
}

/** A cursor is the row's sort key (last activity, or SLA due which may be empty) and id: stable under ties, and index-friendly. */
export function encodeCursor(key: Date | null, id: string): string {
  return Buffer.from(`${key?.toISOString() ?? ""}|${id}`).toString("base64url");
}

/** The cursor's key and id, or null for one that is not ours (edited by hand, cut short): that is the first page. */
export function decodeCursor(cursor: string): InboxCursor | null {
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const date = at ? new Date(at) : null;
  return id && (date === null || !Number.isNaN(date.getTime())) && isUuid(id) ? { at: date, id } : null;
}

/** The page's order, as the query's ORDER BY gives it going forward (a page read backwards is put back in it). */
export function compareRows(sort: InboxSort) {
  return (a: { lastMessageAt: Date; slaDueAt: Date | null; id: string }, b: typeof a): number => {
    if (sort === "activity") return b.lastMessageAt.getTime() - a.lastMessageAt.getTime() || (a.id < b.id ? 1 : -1);
    const due = (a.slaDueAt?.getTime() ?? Infinity) - (b.slaDueAt?.getTime() ?? Infinity);
    return (Number.isNaN(due) ? 0 : due) || (a.id < b.id ? -1 : 1);
  };
}
