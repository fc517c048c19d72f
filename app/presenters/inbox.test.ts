import { describe, expect, it } from "vitest";
import { COUNT_CAP } from "~/inbox-views";
import { languageName, presentInbox, presentLanguageOptions, type InboxInput } from "./inbox";

type Ticket = InboxInput["page"]["tickets"][number];

const ticket = (fields: Partial<Ticket> = {}): Ticket => ({
  id: "0b7f4a3e-0000-4000-8000-000000000001",
  number: 1001,
  subject: "Where is my order #1042?",
  status: "OPEN",
  priority: "NORMAL",
  channel: "EMAIL",
  language: "ja",
  intent: "order_status",
  sentiment: null,
  tags: ["vip"],
  assigneeId: null,
  lastMessageAt: new Date("2026-12-01T10:00:00Z"),
  snoozedUntil: null,
  slaDueAt: null,
  customer: { firstName: "Hanako", lastName: "Suzuki", email: "hanako@example.jp" },
  messages: [{ text: "Hello,\n\n  my   order has not arrived.", direction: "INBOUND" }],
  _count: { orders: 2 },
  ...fields,
});

const counts = { open: 1, unassigned: 1, mine: 0, pending: 0, snoozed: 0, urgent: 0, closed: 0, all: 1 };

const input = (fields: Partial<InboxInput> = {}): InboxInput => ({
  view: "open",
  staffId: 42n,
  locale: "en",
  search: null,
  language: null,
  page: { tickets: [ticket()], nextCursor: "next", previousCursor: null },
  counts,
  staff: [],
  languages: [],
  now: new Date("2026-12-01T12:00:00Z"),
  ...fields,
});

describe("naming a language", () => {
  it("names it in the agent's language", () => {
    expect(languageName("ja", "en")).toBe("Japanese");
    expect(languageName("fr", "ja")).toBe("フランス語");
    expect(languageName("en", "th")).toBe("อังกฤษ");
  });

  it("falls back to the code for one the runtime cannot name", () => {
    expect(languageName("zz", "en")).toBe("zz");
    expect(languageName("not a language", "en")).toBe("not a language");
  });
});

describe("the inbox's language filter", () => {
  it("offers the languages the shop's customers write in, beyond the admin's own, sorted by their names in the agent's language", () => {
    expect(presentLanguageOptions(["de", "en", "fr", "ja", "th"], null, "en")).toEqual([
      { value: "en", label: "English" },
      { value: "fr", label: "French" },
      { value: "de", label: "German" },
      { value: "ja", label: "Japanese" },
      { value: "th", label: "Thai" },
    ]);
    expect(presentLanguageOptions(["de", "ja"], null, "ja").map((option) => option.label)).toEqual(["ドイツ語", "日本語"]);
  });

  it("keeps the language the filter is set to, even when no ticket has it any more", () => {
    expect(presentLanguageOptions(["en"], "pt", "en")).toEqual([
      { value: "en", label: "English" },
      { value: "pt", label: "Portuguese" },
    ]);
    expect(presentLanguageOptions(["en"], "en", "en")).toHaveLength(1);
  });

  it("offers only ISO 639-1 codes, the ones the filter takes", () => {
    expect(presentLanguageOptions(["en", "fil", "pt-BR", "", "EN"], null, "en").map((option) => option.value)).toEqual(["en"]);
  });

  it("offers nothing for a shop without tickets", () => {
    expect(presentInbox(input({ page: { tickets: [], nextCursor: null, previousCursor: null } })).languages).toEqual([]);
  });
});

describe("the inbox's rows", () => {
  it("shows the ticket, its customer by name, its language by name and the start of its last message", () => {
    const [row] = presentInbox(input()).tickets;
    expect(row).toEqual({
      id: "0b7f4a3e-0000-4000-8000-000000000001",
      number: 1001,
      subject: "Where is my order #1042?",
      status: "OPEN",
      priority: "NORMAL",
      language: "ja",
      languageName: "Japanese",
      tags: ["vip"],
      channel: "EMAIL",
      assigned: false,
      mine: false,
      lastMessageAt: "2026-12-01T10:00:00.000Z",
      slaDueAt: null,
      intent: "order_status",
      sentiment: null,
      customer: "Hanako Suzuki",
      snippet: "Hello, my order has not arrived.",
      awaitingReply: true,
      orders: 2,
    });
  });

  it("names a customer without a name by their email, and a ticket without a customer not at all", () => {
    const rows = presentInbox(input({ page: { tickets: [ticket({ customer: { firstName: null, lastName: null, email: "who@example.com" } }), ticket({ customer: null })], nextCursor: null, previousCursor: null } })).tickets;
    expect(rows.map((row) => row.customer)).toEqual(["who@example.com", null]);
  });

  it("marks the agent's own tickets, and a ticket whose last word is the team's as answered", () => {
    const [row] = presentInbox(input({ page: { tickets: [ticket({ assigneeId: 42n, messages: [{ text: "On its way", direction: "OUTBOUND" }] })], nextCursor: null, previousCursor: null } })).tickets;
    expect(row).toMatchObject({ assigned: true, mine: true, awaitingReply: false });
    const [unknownAgent] = presentInbox(input({ staffId: null, page: { tickets: [ticket({ assigneeId: 42n })], nextCursor: null, previousCursor: null } })).tickets;
    expect(unknownAgent).toMatchObject({ assigned: true, mine: false });
  });

  it("cuts a long last message to 140 characters, and shows an empty one for a ticket without messages", () => {
    const [long, none] = presentInbox(input({ page: { tickets: [ticket({ messages: [{ text: "a".repeat(500), direction: "INBOUND" }] }), ticket({ messages: [] })], nextCursor: null, previousCursor: null } })).tickets;
    expect(long!.snippet).toHaveLength(140);
    expect(none).toMatchObject({ snippet: "", awaitingReply: false });
  });
});

describe("the inbox page", () => {
  it("passes the view, counts, search and cursors through, lists the other staff as assignees and stamps the time", () => {
    const page = presentInbox(input({ search: "refund", staff: [{ id: 42n, name: "Me" }, { id: 7n, name: "Ana" }, { id: 8n, name: null }] }));
    expect(page).toMatchObject({ view: "open", search: "refund", counts: { open: "1", unassigned: "1", mine: "0", all: "1" }, nextCursor: "next", previousCursor: null, now: "2026-12-01T12:00:00.000Z" });
    expect(page.staff).toEqual([
      { id: "7", name: "Ana" },
      { id: "8", name: null },
    ]);
    expect(presentInbox(input()).search).toBe("");
  });

  it("shows a count past the cap as the cap and a plus, in the agent's numerals", () => {
    const capped = { ...counts, open: COUNT_CAP + 1, all: COUNT_CAP + 1, closed: COUNT_CAP, mine: 12_345 };
    expect(presentInbox(input({ counts: capped })).counts).toMatchObject({ open: "1,000+", all: "1,000+", closed: "1,000", mine: "1,000+" });
    expect(presentInbox(input({ counts: capped, locale: "ja" })).counts.open).toBe("1,000+");
  });
});
