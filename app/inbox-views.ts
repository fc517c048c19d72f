/** The inbox's views, in tab order; shared by the page and the query that serves it. */
export const INBOX_VIEWS = ["open", "unassigned", "mine", "pending", "snoozed", "urgent", "closed", "all"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/** How a view is ordered: newest activity first, or the answer due soonest first. */
export const INBOX_SORTS = ["activity", "sla"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
