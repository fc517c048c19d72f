import { formatCount } from "~/components/format";
import { COUNT_CAP, INBOX_VIEWS, LANGUAGE_CODE, type InboxView } from "~/inbox-views";
import type { countInboxViews, listInboxTickets } from "~/models/inbox.server";
import { presentTicketSummary } from "./ticket-summary";

// The inbox as the browser shows it, from the model's reads: plain JSON, every text the server
// can settle (customers' names, languages named in the agent's language) settled here, so the
// server's render and the browser's agree.

type InboxPage = Awaited<ReturnType<typeof listInboxTickets>>;
type InboxTicket = InboxPage["tickets"][number];

export interface InboxInput {
  view: InboxView;
  /** The signed-in staff member, null when Shopify did not say who. */
  staffId: bigint | null;
  /** The agent's UI language, that languages are named in. */
  locale: string;
  search: string | null;
  /** The language the filter is set to, if any. */
  language: string | null;
  page: InboxPage;
  counts: Awaited<ReturnType<typeof countInboxViews>>;
  staff: Array<{ id: bigint; name: string | null }>;
  /** The languages the shop's tickets are written in (`listTicketLanguages`). */
  languages: string[];
  now: Date;
}

/** One namer per locale: making one costs more than naming 50 rows with it. */
const namers = new Map<string, Intl.DisplayNames>();

/** A language's name in `locale` ("ja" in English: "Japanese"), else its code. */
export function languageName(code: string, locale: string): string {
  try {
    let namer = namers.get(locale);
    if (!namer) {
      namer = new Intl.DisplayNames(locale, { type: "language", fallback: "code" });
      // The agents' locales are a handful; anything else is not kept.
      if (namers.size < 20) namers.set(locale, namer);
    }
    return namer.of(code) ?? code;
  } catch {
    // Not a well-formed language tag, or a locale the runtime does not know.
    return code;
  }
}

/**
 * The language filter's choices: the languages the shop's customers write in (with the one the
 * filter is set to, even when no ticket has it any more), each named in the agent's language and
 * sorted by that name. Only ISO 639-1 codes, the ones the filter takes.
 */
export function presentLanguageOptions(languages: string[], selected: string | null, locale: string): Array<{ value: string; label: string }> {
  const codes = new Set([...languages, ...(selected ? [selected] : [])].filter((code) => LANGUAGE_CODE.test(code)));
  const collator = new Intl.Collator(locale);
  return [...codes].map((code) => ({ value: code, label: languageName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label) || a.value.localeCompare(b.value));
}

/** One row of the inbox. */
export function presentInboxTicket(ticket: InboxTicket, staffId: bigint | null, locale: string) {
  const last = ticket.messages[0];
  return {
    ...presentTicketSummary(ticket),
    languageName: ticket.language ? languageName(ticket.language, locale) : null,
    assigned: ticket.assigneeId !== null,
    mine: staffId !== null && ticket.assigneeId === staffId,
    lastMessageAt: ticket.lastMessageAt.toISOString(),
    slaDueAt: ticket.slaDueAt?.toISOString() ?? null,
    intent: ticket.intent,
    sentiment: ticket.sentiment,
    customer: ticket.customer ? [ticket.customer.firstName, ticket.customer.lastName].filter(Boolean).join(" ") || ticket.customer.email : null,
    snippet: last?.text.replace(/\s+/g, " ").slice(0, 140) ?? "",
    awaitingReply: last?.direction === "INBOUND",
    orders: ticket._count.orders,
  };
}
export type InboxTicketView = ReturnType<typeof presentInboxTicket>;

/** The inbox page's data: the tabs' counts, one page of tickets and the filters' choices. */
export function presentInbox(input: InboxInput) {
  return {
    view: input.view,
    now: input.now.toISOString(),
    // The agent is "me" in the assignee filter, not one of the others.
    staff: input.staff.filter((member) => member.id !== input.staffId).map((member) => ({ id: member.id.toString(), name: member.name })),
    languages: presentLanguageOptions(input.languages, input.language, input.locale),
    search: input.search ?? "",
    // Capped counts (countInboxViews), in the agent's numerals: "1,000+" past the cap.
    counts: Object.fromEntries(INBOX_VIEWS.map((view) => [view, formatCount(input.counts[view], COUNT_CAP, input.locale)])) as Record<InboxView, string>,
    nextCursor: input.page.nextCursor,
    previousCursor: input.page.previousCursor,
    tickets: input.page.tickets.map((ticket) => presentInboxTicket(ticket, input.staffId, input.locale)),
  };
}
export type InboxStaffOption = ReturnType<typeof presentInbox>["staff"][number];
