import { Prisma, type Activity, type Attachment, type Customer, type Message, type Order, type Ticket, type TicketPriority, type TicketStatus } from "@prisma/client";
import { COUNT_CAP, INBOX_VIEWS, type InboxSort, type InboxView } from "~/inbox-views";
import { isUuid } from "~/uuid";
import { compareRows, decodeCursor, encodeCursor } from "./inbox-cursor";
import type { StoredReturn } from "./return.server";
import { columnsOf, fromPrismaSql, queryRows } from "./pool-query.server";

export const PAGE_SIZE = 50;

export interface InboxQuery {
  view: InboxView;
  /** The signed-in staff member, for "mine". */
  staffId: bigint | null;
  channel?: string | null;
  language?: string | null;
  tag?: string | null;
  /** A staff member's id, or "none" for unassigned tickets. */
  assignee?: bigint | "none" | null;
  intent?: string | null;
  sentiment?: string | null;
  /** Only tickets linked to an order. */
  hasOrder?: boolean;
  /** Words to find in subjects, messages, customers' names and emails, and order numbers. */
  search?: string | null;
  /** Newest activity first (the default), or the answer due soonest first. */
  sort?: InboxSort;
  /** Keyset cursor: the last row of the previous page ("after") or the first of the next ("before"). */
  after?: string | null;
  before?: string | null;
}

/** The WHERE of a view and its filters, always within the shop, on the ticket `t`. */
function viewConditions(shop: string, query: InboxQuery): Prisma.Sql[] {
  const byView: Record<InboxView, Prisma.Sql | null> = {
    open: Prisma.sql`t.status = 'OPEN'`,
    unassigned: Prisma.sql`t.status IN ('OPEN', 'PENDING') AND t."assigneeId" IS NULL`,
    mine: Prisma.sql`t.status IN ('OPEN', 'PENDING', 'SNOOZED') AND t."assigneeId" = ${query.staffId ?? -1n}`,
    pending: Prisma.sql`t.status = 'PENDING'`,
    snoozed: Prisma.sql`t.status = 'SNOOZED'`,
    urgent: Prisma.sql`t.status <> 'CLOSED' AND t.priority = 'URGENT'`,
    closed: Prisma.sql`t.status = 'CLOSED'`,
    all: null,
  };
  return [
    Prisma.sql`t."shopId" = ${shop}`,
    ...(byView[query.view] ? [byView[query.view]!] : []),
    ...(query.channel ? [Prisma.sql`t.channel = ${query.channel}::"Channel"`] : []),
    ...(query.language ? [Prisma.sql`t.language = ${query.language}`] : []),
    ...(query.tag ? [Prisma.sql`${query.tag} = ANY (t.tags)`] : []),
    ...(query.assignee === "none" ? [Prisma.sql`t."assigneeId" IS NULL`] : query.assignee ? [Prisma.sql`t."assigneeId" = ${query.assignee}`] : []),
    ...(query.intent ? [Prisma.sql`t.intent = ${query.intent}`] : []),
    ...(query.sentiment ? [Prisma.sql`t.sentiment = ${query.sentiment}`] : []),
    ...(query.hasOrder ? [Prisma.sql`EXISTS (SELECT 1 FROM "TicketOrder" o WHERE o."shopId" = ${shop} AND o."ticketId" = t.id)`] : []),
  ];
}

interface InboxRow {
  id: string;
  number: number;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  channel: Prisma.TicketGetPayload<object>["channel"];
  language: string | null;
  intent: string | null;
  sentiment: string | null;
  tags: string[] | null;
  assigneeId: bigint | null;
  lastMessageAt: Date;
  snoozedUntil: Date | null;
  slaDueAt: Date | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  hasCustomer: boolean;
  lastText: string | null;
  lastDirection: "INBOUND" | "OUTBOUND" | "NOTE" | null;
  orders: bigint;
}

/**
 * The keyset condition and order for a page after or before a cursor. By activity: newest first.
 * By SLA: the soonest due first and tickets with nothing due last (PostgreSQL's ascending order,
 * which the (shopId, slaDueAt, id) index serves).
 */
function keyset(sort: InboxSort, after: { at: Date | null; id: string } | null, before: { at: Date | null; id: string } | null) {
  if (sort === "activity") {
    const condition = after?.at
      ? Prisma.sql`(t."lastMessageAt" < ${after.at} OR (t."lastMessageAt" = ${after.at} AND t.id < ${after.id}::uuid))`
      : before?.at
        ? Prisma.sql`(t."lastMessageAt" > ${before.at} OR (t."lastMessageAt" = ${before.at} AND t.id > ${before.id}::uuid))`
        : null;
    return { condition, order: before ? Prisma.sql`t."lastMessageAt" ASC, t.id ASC` : Prisma.sql`t."lastMessageAt" DESC, t.id DESC` };
  }
  let condition: Prisma.Sql | null = null;
  if (after) {
    condition = after.at
      ? Prisma.sql`(t."slaDueAt" > ${after.at} OR (t."slaDueAt" = ${after.at} AND t.id > ${after.id}::uuid) OR t."slaDueAt" IS NULL)`
      : Prisma.sql`(t."slaDueAt" IS NULL AND t.id > ${after.id}::uuid)`;
  } else if (before) {
    condition = before.at
      ? Prisma.sql`(t."slaDueAt" < ${before.at} OR (t."slaDueAt" = ${before.at} AND t.id < ${before.id}::uuid))`
      : Prisma.sql`(t."slaDueAt" IS NOT NULL OR t.id < ${before.id}::uuid)`;
  }
  return { condition, order: before ? Prisma.sql`t."slaDueAt" DESC NULLS FIRST, t.id DESC` : Prisma.sql`t."slaDueAt" ASC NULLS LAST, t.id ASC` };
}

/**
 * One page of a view, newest activity first, by keyset (never OFFSET): the index on
 * (shopId, status, lastMessageAt) serves it at any depth.
 */
export async function listInboxTickets(shop: string, query: InboxQuery) {
  const search = query.search?.trim();
  const conditions = viewConditions(shop, query);
  if (search) conditions.push(Prisma.sql`t.id = ANY (${await searchTicketIds(shop, search)}::uuid[])`);
  const sort = query.sort ?? "activity";
  const after = query.after ? decodeCursor(query.after) : null;
  const before = !after && query.before ? decodeCursor(query.before) : null;
  const { condition, order } = keyset(sort, after, before);
  if (condition) conditions.push(condition);
  // One statement for the page: the ticket, its customer, its latest message (not a note) and
  // how many orders it is linked to, each found through an index that leads with the shop.
  const found = await queryRows<InboxRow>(
    fromPrismaSql(Prisma.sql`
    SELECT t.id::text AS id, t.number, t.subject, t.status, t.priority, t.channel, t.language, t.intent, t.sentiment, t.tags, t."assigneeId", t."lastMessageAt", t."snoozedUntil", t."slaDueAt",
           c."firstName", c."lastName", c.email, c.id IS NOT NULL AS "hasCustomer",
           last.text AS "lastText", last.direction AS "lastDirection",
           (SELECT count(*) FROM "TicketOrder" o WHERE o."shopId" = t."shopId" AND o."ticketId" = t.id) AS orders
    FROM "Ticket" t
    LEFT JOIN "Customer" c ON c.id = t."customerId" AND c."shopId" = t."shopId"
    LEFT JOIN LATERAL (
      SELECT m.text, m.direction FROM "Message" m
      WHERE m."shopId" = t."shopId" AND m."ticketId" = t.id AND m.direction <> 'NOTE'
      ORDER BY m."createdAt" DESC LIMIT 1
    ) last ON true
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}
    LIMIT ${PAGE_SIZE + 1}`),
  );
  const rows = found.map((row) => ({
    id: row.id,
    number: row.number,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    language: row.language,
    intent: row.intent,
    sentiment: row.sentiment,
    // A ticket stored without tags holds NULL (Prisma's own reads show it as []).
    tags: row.tags ?? [],
    assigneeId: row.assigneeId,
    lastMessageAt: row.lastMessageAt,
    snoozedUntil: row.snoozedUntil,
    slaDueAt: row.slaDueAt,
    customer: row.hasCustomer ? { firstName: row.firstName, lastName: row.lastName, email: row.email } : null,
    messages: row.lastDirection ? [{ text: row.lastText ?? "", direction: row.lastDirection }] : [],
    _count: { orders: Number(row.orders) },
  }));
  const more = rows.length > PAGE_SIZE;
  const page = (more ? rows.slice(0, PAGE_SIZE) : rows).sort(compareRows(sort));
  const cursorOf = (row: (typeof page)[number]) => encodeCursor(sort === "sla" ? row.slaDueAt : row.lastMessageAt, row.id);
  return {
    tickets: page,
    // Going forward, "more" means a next page; going back from a cursor, there is always one.
    nextCursor: page.length && (before ? true : more) ? cursorOf(page.at(-1)!) : null,
    previousCursor: page.length && (after ? true : before ? more : false) ? cursorOf(page[0]!) : null,
  };
}

/** The most tickets a search considers, newest activity first. */
const SEARCH_LIMIT = 500;

/** `%text%` for ILIKE, with the user's own % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Tickets of the shop whose subject, messages, customer (name, email) or linked orders (number)
 * contain `text`, case-insensitively. Substring matching served by trigram GIN indexes that
 * lead with the shop (decision 006): it works for Japanese and Thai, which have no spaces to
 * split words at, as for English.
 */
export async function searchTicketIds(shop: string, text: string): Promise<string[]> {
  const pattern = containsPattern(text.slice(0, 200));
  // The newest matches of each source, each found through its own index and cut at the limit
  // before they are merged: a rare word costs what its few matches cost, and a common one stops
  // at the limit (one filter over all the shop's tickets cost 0.8 s for a rare word at 1M tickets).
  const rows = await queryRows<{ id: string }>(
    fromPrismaSql(Prisma.sql`
    WITH hits AS (
      (SELECT t.id, t."lastMessageAt" FROM "Ticket" t
       WHERE t."shopId" = ${shop} AND t.subject ILIKE ${pattern}
       ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT ${SEARCH_LIMIT})
      UNION
      (SELECT t.id, t."lastMessageAt" FROM "Ticket" t
       WHERE t."shopId" = ${shop}
         AND EXISTS (SELECT 1 FROM "Message" m WHERE m."shopId" = ${shop} AND m."ticketId" = t.id AND m.text ILIKE ${pattern})
       ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT ${SEARCH_LIMIT})
      UNION
      (SELECT t.id, t."lastMessageAt" FROM "Customer" c
       JOIN "Ticket" t ON t."shopId" = ${shop} AND t."customerId" = c.id
       WHERE c."shopId" = ${shop} AND (c.email ILIKE ${pattern} OR c."firstName" ILIKE ${pattern} OR c."lastName" ILIKE ${pattern})
       ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT ${SEARCH_LIMIT})
      UNION
      (SELECT t.id, t."lastMessageAt" FROM "Order" ord
       JOIN "TicketOrder" o ON o."shopId" = ${shop} AND o."orderId" = ord.id
       JOIN "Ticket" t ON t."shopId" = ${shop} AND t.id = o."ticketId"
       WHERE ord."shopId" = ${shop} AND ord.name ILIKE ${pattern}
       ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT ${SEARCH_LIMIT})
    )
    SELECT id::text AS id FROM hits ORDER BY "lastMessageAt" DESC, id DESC LIMIT ${SEARCH_LIMIT}`),
  );
  return rows.map((row) => row.id);
}

/**
 * Each tab's count, capped: a count reads at most COUNT_CAP + 1 entries of an index that leads
 * with the shop and the view's columns, so it costs the same in a shop of 1M tickets as in one
 * of a thousand (a full count read every ticket: 0.7 s at 1M). Above the cap a tab says "1,000+".
 * The predicates are the views' own (viewConditions), so a tab counts exactly what it lists.
 */
export async function countInboxViews(shop: string, staffId: bigint | null): Promise<Record<InboxView, number>> {
  const columns = INBOX_VIEWS.map(
    (view) => Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM "Ticket" t WHERE ${Prisma.join(viewConditions(shop, { view, staffId }), " AND ")} LIMIT ${COUNT_CAP + 1}) capped) AS ${Prisma.raw(`"${view}"`)}`,
  );
  // The same text for every shop and agent (they are parameters): prepared once per connection.
  const [row] = await queryRows<Record<InboxView, bigint>>({ name: "inbox-view-counts", ...fromPrismaSql(Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`) });
  return Object.fromEntries(INBOX_VIEWS.map((view) => [view, Number(row?.[view] ?? 0)])) as Record<InboxView, number>;
}

const TICKET_COLUMNS = columnsOf(Prisma.TicketScalarFieldEnum, "t", { lists: ["tags"] });
const CUSTOMER_COLUMNS = columnsOf(Prisma.CustomerScalarFieldEnum, "c", { lists: ["tags"] });
const MESSAGE_COLUMNS = columnsOf(Prisma.MessageScalarFieldEnum, "m");
const ACTIVITY_COLUMNS = columnsOf(Prisma.ActivityScalarFieldEnum, "a");
const ORDER_COLUMNS = columnsOf(Prisma.OrderScalarFieldEnum, "o", { lists: ["tags"] });
const RETURN_COLUMNS = columnsOf(Prisma.ReturnScalarFieldEnum, "r");
/** The ticket's customer, for the reads that run beside the ticket's own (null matches nothing). */
const CUSTOMER_OF_TICKET = `(SELECT t."customerId" FROM "Ticket" t WHERE t."shopId" = $1 AND t.id = $2::uuid)`;

type ThreadAttachment = Pick<Attachment, "id" | "filename" | "size" | "contentType" | "contentId">;
type OtherTicket = Pick<Ticket, "id" | "number" | "subject" | "status" | "channel" | "lastMessageAt">;

/** Everything the ticket page reads. */
export interface TicketPageReads {
  ticket: Ticket & { customer: Customer | null };
  messages: Array<Message & { attachments: ThreadAttachment[] }>;
  activities: Activity[];
  orders: Order[];
  otherTickets: OtherTicket[];
  returns: StoredReturn[];
}

/**
 * Everything the ticket page shows, from our own tables only (no Shopify call on the read
 * path): the thread and its activity, the customer with their recent orders from the mirror,
 * and their other tickets. Null when the shop has no such ticket.
 */
export async function getTicketPage(shop: string, ticketId: string): Promise<TicketPageReads | null> {
  if (!isUuid(ticketId)) return null;
  // The page's hottest path: seven statements on the pool at once, prepared, in one round trip
  // (through Prisma, eight queries in two waves cost 6 ms beyond their SQL). Each names the
  // shop, so each is served by an index that leads with it; the customer, their orders and other
  // tickets are found through the ticket's own row, so for a ticket that is not there (or is
  // another shop's) every read finds nothing and the page answers 404.
  const values = [shop, ticketId];
  const [tickets, customers, messages, attachments, activities, orders, otherTickets, returns] = await Promise.all([
    queryRows<Ticket>({ name: "ticket-page-ticket", text: `SELECT ${TICKET_COLUMNS} FROM "Ticket" t WHERE t."shopId" = $1 AND t.id = $2::uuid`, values }),
    queryRows<Customer>({ name: "ticket-page-customer", text: `SELECT ${CUSTOMER_COLUMNS} FROM "Customer" c WHERE c."shopId" = $1 AND c.id = ${CUSTOMER_OF_TICKET}`, values }),
    queryRows<Message>({ name: "ticket-page-messages", text: `SELECT ${MESSAGE_COLUMNS} FROM "Message" m WHERE m."shopId" = $1 AND m."ticketId" = $2::uuid ORDER BY m."createdAt"`, values }),
    // The files' descriptions, not their content.
    queryRows<ThreadAttachment & { messageId: string }>({
      name: "ticket-page-attachments",
      text: `SELECT a.id, a."messageId", a.filename, a.size, a."contentType", a."contentId" FROM "Attachment" a
             JOIN "Message" m ON m."shopId" = $1 AND m.id = a."messageId"
             WHERE a."shopId" = $1 AND m."ticketId" = $2::uuid ORDER BY a."createdAt", a.id`,
      values,
    }),
    queryRows<Activity>({ name: "ticket-page-activities", text: `SELECT ${ACTIVITY_COLUMNS} FROM "Activity" a WHERE a."shopId" = $1 AND a."ticketId" = $2::uuid ORDER BY a."createdAt"`, values }),
    queryRows<Order>({
      name: "ticket-page-orders",
      text: `SELECT ${ORDER_COLUMNS} FROM "Order" o WHERE o."shopId" = $1 AND o."customerId" = ${CUSTOMER_OF_TICKET} ORDER BY o."shopifyCreatedAt" DESC LIMIT 10`,
      values,
    }),
    queryRows<OtherTicket>({
      name: "ticket-page-other-tickets",
      text: `SELECT t.id, t.number, t.subject, t.status, t.channel, t."lastMessageAt" FROM "Ticket" t
             WHERE t."shopId" = $1 AND t."customerId" = ${CUSTOMER_OF_TICKET} AND t.id <> $2::uuid
             ORDER BY t."lastMessageAt" DESC LIMIT 10`,
      values,
    }),
    queryRows<StoredReturn>({
      name: "ticket-page-returns",
      text: `SELECT ${RETURN_COLUMNS} FROM "Return" r WHERE r."shopId" = $1 AND r."ticketId" = $2::uuid ORDER BY r."requestedAt" DESC LIMIT 20`,
      values,
    }),
  ]);
  const ticket = tickets[0];
  if (!ticket) return null;
  const byMessage = new Map<string, ThreadAttachment[]>();
  for (const { messageId, ...attachment } of attachments) byMessage.set(messageId, [...(byMessage.get(messageId) ?? []), attachment]);
  return {
    ticket: { ...ticket, customer: customers[0] ?? null },
    messages: messages.map((message) => ({ ...message, attachments: byMessage.get(message.id) ?? [] })),
    activities,
    orders,
    otherTickets,
    returns,
  };
}

/**
 * Open tickets whose customer wrote last (Ticket.awaitingReply), for the navigation's badge:
 * capped like the tabs, read from the (shopId, status, awaitingReply) index alone.
 */
export async function countAwaitingReply(shop: string): Promise<number> {
  const [row] = await queryRows<{ n: bigint }>({
    name: "inbox-awaiting-reply",
    ...fromPrismaSql(Prisma.sql`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM "Ticket" t WHERE t."shopId" = ${shop} AND t.status = 'OPEN' AND t."awaitingReply" LIMIT ${COUNT_CAP + 1}
    ) capped`),
  });
  return Number(row?.n ?? 0);
}

/** The most languages the inbox's filter lists. */
const LANGUAGES_LIMIT = 200;

/**
 * The languages the shop's tickets are written in, in code order, for the inbox's language filter.
 * A loose index scan over (shopId, language, …): each step asks the index for the next language
 * after the last one found, so the cost grows with the number of languages, not of tickets (a
 * plain SELECT DISTINCT reads every ticket of the shop).
 */
export async function listTicketLanguages(shop: string): Promise<string[]> {
  const rows = await queryRows<{ language: string }>({
    name: "inbox-ticket-languages",
    ...fromPrismaSql(Prisma.sql`
    WITH RECURSIVE found (language) AS (
      (SELECT t.language FROM "Ticket" t WHERE t."shopId" = ${shop} AND t.language IS NOT NULL ORDER BY t.language LIMIT 1)
      UNION ALL
      SELECT (SELECT t.language FROM "Ticket" t WHERE t."shopId" = ${shop} AND t.language > found.language ORDER BY t.language LIMIT 1)
      FROM found WHERE found.language IS NOT NULL
    )
    SELECT language FROM found WHERE language IS NOT NULL LIMIT ${LANGUAGES_LIMIT}`),
  });
  return rows.map((row) => row.language);
}
