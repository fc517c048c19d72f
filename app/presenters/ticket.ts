import type { ActivityKind } from "~/schemas/activity";
import type { ReturnView } from "~/components/ticket/return-card";
import type { TimelineActivity } from "~/components/ticket/timeline";
import { messageHtmlForDisplay } from "~/email/sanitize-html";
import type { getTicketPage } from "~/models/inbox.server";
import type { StoredReturn } from "~/models/return.server";
import { toOrderView } from "~/order-view";
import { measureSlaFigures } from "~/services/tickets/sla-figures";
import { presentTicketSummary } from "./ticket-summary";

// The ticket page as the browser shows it, from the model's read of the thread, the customer
// and their orders: plain JSON, staff named, mail HTML sanitised for display.

export type TicketPageRecords = NonNullable<Awaited<ReturnType<typeof getTicketPage>>>;

export interface TicketPageInput {
  page: TicketPageRecords;
  /** The shop's staff members, to name the agents on the timeline. */
  staff: Array<{ id: bigint; name: string | null }>;
  /** The signed-in agent's Shopify user id (the session token's `sub`), if Shopify said. */
  viewerId: string | undefined;
}

/** Activities that the thread itself already shows (the message is there). */
export const SHOWN_AS_MESSAGES: ReadonlySet<ActivityKind> = new Set(["reply_added", "note_added"]);

type Message = TicketPageRecords["messages"][number];
type Activity = TicketPageRecords["activities"][number];

/** One message of the thread. */
export function presentThreadMessage(message: Message) {
  return {
    id: message.id,
    direction: message.direction,
    authorName: message.authorName,
    authorEmail: message.authorEmail,
    text: message.text,
    // Sanitised again for display: remote images wait for "show images" (tracking pixels).
    ...(message.html ? messageHtmlForDisplay(message.html, message.attachments) : { html: null, remoteImagesHtml: null }),
    createdAt: message.createdAt.toISOString(),
    sentAt: message.sentAt?.toISOString() ?? null,
    // A bounce said this reply never arrived, and why.
    deliveryFailedAt: message.deliveryFailedAt?.toISOString() ?? null,
    deliveryError: message.deliveryError,
    // Whether Shopify signed the sender in as the customer (storefront forms); null for mail.
    isSenderVerified: message.isSenderVerified,
    attachments: message.attachments,
  };
}
export type ThreadMessageView = ReturnType<typeof presentThreadMessage>;

/**
 * The timeline's activities, without those the thread shows as messages. A staff member is named
 * as the shop knows them now, else as they were when they acted, else "" (the UI says "another agent").
 */
export function presentTimeline(activities: Activity[], staffNames: ReadonlyMap<string, string>): TimelineActivity[] {
  return activities
    .filter((activity) => !SHOWN_AS_MESSAGES.has(activity.kind))
    .map((activity) => ({
      id: activity.id,
      kind: activity.kind,
      actorType: activity.actorType,
      actorName: activity.actorType === "staff" ? (staffNames.get(activity.actorId ?? "") ?? (activity.data as { staffName?: string } | null)?.staffName ?? "") : null,
      data: (activity.data ?? {}) as Record<string, unknown>,
      createdAt: activity.createdAt.toISOString(),
    }));
}

/** The ticket page's data: the ticket with its service-level figures, the thread, the customer and their orders and other tickets. */
export function presentTicketPage({ page, staff, viewerId }: TicketPageInput) {
  const { ticket, messages, activities, orders, otherTickets, returns } = page;
  const staffNames = new Map(staff.map((member) => [member.id.toString(), member.name ?? ""]));
  const customer = ticket.customer;
  return {
    ticket: {
      ...presentTicketSummary(ticket),
      snoozedUntil: ticket.snoozedUntil?.toISOString() ?? null,
      intent: ticket.intent,
      sentiment: ticket.sentiment,
      ...measureSlaFigures(ticket),
      assignedToMe: ticket.assigneeId !== null && ticket.assigneeId.toString() === viewerId,
      assigned: ticket.assigneeId !== null,
    },
    messages: messages.map(presentThreadMessage),
    customer: customer
      ? {
          // Their page in Shopify admin; null for someone known only by their mail.
          shopifyId: customer.shopifyId?.toString() ?? null,
          name: [customer.firstName, customer.lastName].filter(Boolean).join(" ") || null,
          email: customer.email,
          language: customer.language ?? customer.shopifyLocale,
          tags: customer.tags,
          ordersCount: customer.ordersCount,
          amountSpent: customer.amountSpent.toString(),
          currencyCode: customer.currencyCode,
        }
      : null,
    orders: orders.map(toOrderView),
    otherTickets: otherTickets.map((other) => ({ ...other, lastMessageAt: other.lastMessageAt.toISOString() })),
    activities: presentTimeline(activities, staffNames),
    returns: presentTicketReturns(returns, messages),
  };
}
export type TicketPageView = ReturnType<typeof presentTicketPage>;
export type TicketView = TicketPageView["ticket"];

/**
 * The ticket's returns for its card: what Shopify holds of each, with the photos of the message
 * that asked for it (that message is in the thread, so nothing more is read).
 */
export function presentTicketReturns(returns: StoredReturn[], messages: Message[]): ReturnView[] {
  return returns.map((returned) => ({
    id: returned.id,
    name: returned.name,
    status: returned.status,
    resolution: returned.resolution,
    lines: returned.lines.map(({ title, variantTitle, quantity, reasonName, unitPrice, currencyCode }) => ({ title, variantTitle, quantity, reasonName, unitPrice, currencyCode: currencyCode ?? null })),
    customerNote: returned.customerNote,
    declineReason: returned.declineReason,
    declineNote: returned.declineNote,
    requestedAt: returned.requestedAt.toISOString(),
    photos: (messages.find((message) => message.id === returned.messageId)?.attachments ?? []).map(({ id, filename, size }) => ({ id, filename, size })),
  }));
}
