import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { presentTicketPage, SHOWN_AS_MESSAGES, type TicketPageInput, type TicketPageRecords } from "./ticket";

type Records = TicketPageRecords;
type Ticket = Records["ticket"];
type Message = Records["messages"][number];
type Activity = Records["activities"][number];
type TicketFields = Partial<Ticket> & { messages?: Message[]; activities?: Activity[] };

const SHOP = "maple-and-moss.myshopify.com";
const TICKET_ID = "0b7f4a3e-0000-4000-8000-000000000001";
const opened = new Date("2026-12-01T09:00:00Z");

const message = (fields: Partial<Message> = {}): Message => ({
  id: "0b7f4a3e-0000-4000-8000-0000000000a1",
  shopId: SHOP,
  ticketId: TICKET_ID,
  direction: "INBOUND",
  channel: "EMAIL",
  authorStaffId: null,
  authorName: "Harper Lee",
  authorEmail: "harper@example.net",
  text: "Where is my order?",
  html: null,
  externalId: null,
  createdAt: opened,
  sentAt: null,
  sendClaimedAt: null,
  deliveryFailedAt: null,
  deliveryError: null,
  isSenderVerified: null,
  attachments: [],
  ...fields,
});

const activity = (fields: Partial<Activity> = {}): Activity => ({
  id: "0b7f4a3e-0000-4000-8000-0000000000b1",
  shopId: SHOP,
  ticketId: TICKET_ID,
  kind: "status_changed",
  actorType: "staff",
  actorId: "7",
  data: { from: "OPEN", to: "PENDING" },
  dedupeKey: null,
  createdAt: new Date("2026-12-01T10:00:00Z"),
  ...fields,
});

const customer: NonNullable<Ticket["customer"]> = {
  id: "0b7f4a3e-0000-4000-8000-0000000000c1",
  shopId: SHOP,
  shopifyId: 8301n,
  email: "harper@example.net",
  firstName: "Harper",
  lastName: "Lee",
  phone: null,
  shopifyLocale: "en-US",
  language: null,
  ordersCount: 3,
  amountSpent: new Prisma.Decimal("120.5"),
  currencyCode: "USD",
  tags: ["vip"],
  shopifyUpdatedAt: null,
  redactedAt: null,
  createdAt: opened,
  updatedAt: opened,
};

const order: Records["orders"][number] = {
  id: "0b7f4a3e-0000-4000-8000-0000000000d1",
  shopId: SHOP,
  shopifyId: 9401n,
  customerId: customer.id,
  name: "#1042",
  email: "harper@example.net",
  financialStatus: "PAID",
  fulfillmentStatus: null,
  currencyCode: "USD",
  subtotal: new Prisma.Decimal("40"),
  totalTax: new Prisma.Decimal("0"),
  totalShipping: new Prisma.Decimal("5"),
  total: new Prisma.Decimal("45"),
  totalRefunded: new Prisma.Decimal("0"),
  lineItems: [],
  shippingAddress: null,
  fulfillments: [],
  refunds: [],
  tags: [],
  note: null,
  cancelledAt: null,
  cancelReason: null,
  shopifyCreatedAt: new Date("2026-11-28T12:00:00Z"),
  shopifyUpdatedAt: new Date("2026-11-29T12:00:00Z"),
  createdAt: opened,
  updatedAt: opened,
};

const ticket = (fields: Partial<Ticket> = {}): Ticket => ({
  id: TICKET_ID,
  shopId: SHOP,
  number: 1001,
  customerId: customer.id,
  subject: "Where is my order #1042?",
  status: "OPEN",
  snoozedUntil: null,
  priority: "NORMAL",
  assigneeId: null,
  channel: "EMAIL",
  language: "en",
  intent: "order_status",
  sentiment: null,
  tags: ["shipping"],
  lastMessageAt: opened,
  firstResponseAt: null,
  resolvedAt: null,
  slaDueAt: null,
  awaitingReply: true,
  createdAt: opened,
  updatedAt: opened,
  customer,
  ...fields,
});

const input = ({ messages = [message()], activities = [], ...fields }: TicketFields = {}, rest: Partial<TicketPageInput> = {}): TicketPageInput => ({
  page: { ticket: ticket(fields), messages, activities, orders: [order], otherTickets: [], returns: [] },
  staff: [{ id: 7n, name: "Ana Ruiz" }],
  viewerId: "7",
  ...rest,
});

describe("the ticket page's ticket", () => {
  it("shows its fields, and who it is assigned to from the agent's side", () => {
    const page = presentTicketPage(input({ assigneeId: 7n, snoozedUntil: new Date("2026-12-02T09:00:00Z") }));
    expect(page.ticket).toEqual({
      id: TICKET_ID,
      number: 1001,
      subject: "Where is my order #1042?",
      status: "OPEN",
      priority: "NORMAL",
      language: "en",
      tags: ["shipping"],
      channel: "EMAIL",
      snoozedUntil: "2026-12-02T09:00:00.000Z",
      intent: "order_status",
      sentiment: null,
      firstResponseMs: null,
      resolutionMs: null,
      assignedToMe: true,
      assigned: true,
    });
    expect(presentTicketPage(input({ assigneeId: 8n })).ticket).toMatchObject({ assignedToMe: false, assigned: true });
    expect(presentTicketPage(input({ assigneeId: 7n }, { viewerId: undefined })).ticket).toMatchObject({ assignedToMe: false, assigned: true });
    expect(presentTicketPage(input()).ticket).toMatchObject({ assignedToMe: false, assigned: false });
  });

  it("carries its first response and resolution times, by the shared SLA rule", () => {
    const closed = presentTicketPage(input({ status: "CLOSED", firstResponseAt: new Date("2026-12-01T09:30:00Z"), resolvedAt: new Date("2026-12-01T12:00:00Z") }));
    expect(closed.ticket).toMatchObject({ firstResponseMs: 30 * 60_000, resolutionMs: 3 * 3_600_000 });
  });
});

describe("the ticket page's thread", () => {
  it("shows each message with its times as text and its HTML sanitised, remote images held back", () => {
    const html = `<p>Hi</p><img src="https://tracker.example/pixel.gif"><script>alert(1)</script>`;
    const [plain, mail] = presentTicketPage(input({ messages: [message(), message({ id: "0b7f4a3e-0000-4000-8000-0000000000a2", text: "", html, sentAt: opened })] })).messages;
    expect(plain).toMatchObject({ text: "Where is my order?", html: null, remoteImagesHtml: null, createdAt: "2026-12-01T09:00:00.000Z", sentAt: null, deliveryFailedAt: null });
    expect(mail!.html).toContain("<p>Hi</p>");
    expect(mail!.html).not.toContain("tracker.example");
    expect(mail!.html).not.toContain("script");
    expect(mail!.remoteImagesHtml).toContain("tracker.example");
    expect(mail!.sentAt).toBe("2026-12-01T09:00:00.000Z");
  });

  it("says a reply was not delivered, and why", () => {
    const [bounced] = presentTicketPage(input({ messages: [message({ direction: "OUTBOUND", deliveryFailedAt: opened, deliveryError: "550 5.1.1 User unknown" })] })).messages;
    expect(bounced).toMatchObject({ deliveryFailedAt: "2026-12-01T09:00:00.000Z", deliveryError: "550 5.1.1 User unknown" });
  });

  it("leaves out the activities the thread shows as messages, and names staff as the shop knows them now, else as they were", () => {
    const activities = [
      activity(),
      activity({ id: "0b7f4a3e-0000-4000-8000-0000000000b2", actorId: "9", data: { staffName: "Former Agent" } }),
      activity({ id: "0b7f4a3e-0000-4000-8000-0000000000b3", actorId: "10", data: {} }),
      activity({ id: "0b7f4a3e-0000-4000-8000-0000000000b4", actorType: "customer", actorId: null }),
      ...[...SHOWN_AS_MESSAGES].map((kind, index) => activity({ id: `0b7f4a3e-0000-4000-8000-0000000000c${index}`, kind })),
    ];
    const timeline = presentTicketPage(input({ activities })).activities;
    expect(timeline.map((line) => [line.id.slice(-2), line.actorName])).toEqual([
      ["b1", "Ana Ruiz"],
      ["b2", "Former Agent"],
      ["b3", ""],
      ["b4", null],
    ]);
    expect(timeline[0]).toEqual({ id: activities[0]!.id, kind: "status_changed", actorType: "staff", actorName: "Ana Ruiz", data: { from: "OPEN", to: "PENDING" }, createdAt: "2026-12-01T10:00:00.000Z" });
  });
});

describe("the ticket page's customer", () => {
  it("shows who they are, the language they write in (else their Shopify locale), their orders and other tickets", () => {
    const other = { id: "0b7f4a3e-0000-4000-8000-0000000000e1", number: 998, subject: "Returns", status: "CLOSED" as const, channel: "EMAIL" as const, lastMessageAt: new Date("2026-11-20T08:00:00Z") };
    const page = presentTicketPage({ ...input(), page: { ...input().page, otherTickets: [other] } });
    expect(page.customer).toEqual({ shopifyId: "8301", name: "Harper Lee", email: "harper@example.net", language: "en-US", tags: ["vip"], ordersCount: 3, amountSpent: "120.5", currencyCode: "USD" });
    expect(page.orders.map((each) => each.name)).toEqual(["#1042"]);
    expect(page.otherTickets).toEqual([{ ...other, lastMessageAt: "2026-11-20T08:00:00.000Z" }]);
    expect(presentTicketPage(input({ customer: { ...customer, language: "ja", firstName: null, lastName: null } })).customer).toMatchObject({ name: null, language: "ja" });
    expect(presentTicketPage(input({ customer: { ...customer, shopifyId: null } })).customer).toMatchObject({ shopifyId: null, email: "harper@example.net" });
  });

  it("has none for a ticket without a customer", () => {
    expect(presentTicketPage(input({ customer: null, customerId: null })).customer).toBeNull();
  });
});
