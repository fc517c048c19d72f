/** The inbox's views, in tab order; shared by the page and the query that serves it. */
export const INBOX_VIEWS = ["open", "unassigned", "mine", "pending", "snoozed", "urgent", "closed", "all"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/** How a view is ordered: newest activity first, or the answer due soonest first. */
export const INBOX_SORTS = ["activity", "sla"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

/** The channels a ticket can arrive through, in the channel filter's order. */
export const INBOX_CHANNELS = ["EMAIL", "CONTACT_FORM", "RETURNS_PORTAL"] as const;

/**
 * A language the language filter takes: any ISO 639-1 code (two lowercase letters), not only
 * the languages the admin is translated into, since customers write in many more.
 */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/** Where the tabs' and the navigation's counts stop: more than this shows as "1,000+". */
export const COUNT_CAP = 1000;
