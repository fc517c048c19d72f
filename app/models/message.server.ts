import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { addActivityToTickets } from "./activity.server";
import { deleteMessageAttachments } from "./attachment.server";
import { customerTicketsWhere, REDACTED, redactTicketSubjects } from "./ticket.server";

/**
 * An outbound message of the shop with what mailing it needs (its ticket, the ticket's customer
 * and the shop); null when the shop has no message by that id.
 */
export async function findMessageForSending(shop: string, messageId: string, db: Prisma.TransactionClient = prisma) {
  return db.message.findFirst({
    where: { id: messageId, shopId: shop },
    include: { ticket: { include: { customer: true, shop: true } } },
  });
}

/**
 * Which shop a message belongs to, by its id alone; null when there is none. Only for callers
 * that were handed a bare message id before they carried the shop (send-email jobs queued
 * before their payload named it): everything else looks messages up within the shop.
 */
export async function findMessageShopUnscoped(messageId: string): Promise<string | null> {
  const row = await prisma.message.findUnique({ where: { id: messageId }, select: { shopId: true } });
  return row?.shopId ?? null;
}

/** The Message-IDs of a ticket's mails (customer messages and replies, no notes) written before `before`, oldest first: a reply's References. */
export async function listThreadExternalIdsBefore(shop: string, ticketId: string, before: Date, db: Prisma.TransactionClient = prisma): Promise<string[]> {
  const earlier = await db.message.findMany({
    where: { shopId: shop, ticketId, direction: { not: "NOTE" }, externalId: { not: null }, createdAt: { lt: before } },
    orderBy: { createdAt: "asc" },
    select: { externalId: true },
  });
  return earlier.map((entry) => entry.externalId!);
}

/** How long a send may take before another worker may assume the one sending it is gone. */
const SEND_CLAIM_MINUTES = 10;

/**
 * Claims the sending of an outbound message for this worker: false when it is sent already, or
 * another worker began sending it less than ten minutes ago. The claim is the send record a
 * retried or taken-over job checks before it speaks to the SMTP server.
 */
export async function claimMessageSend(shop: string, messageId: string): Promise<boolean> {
  const claimed = await prisma.$executeRaw`
    UPDATE "Message" SET "sendClaimedAt" = now()
    WHERE id = ${messageId}::uuid AND "shopId" = ${shop} AND "sentAt" IS NULL
      AND ("sendClaimedAt" IS NULL OR "sendClaimedAt" < now() - make_interval(mins => ${SEND_CLAIM_MINUTES}))`;
  return claimed === 1;
}

/** Gives the claim back after a send that failed, so the retry need not wait for it to expire. */
export async function releaseMessageSend(shop: string, messageId: string) {
  await prisma.message.updateMany({ where: { id: messageId, shopId: shop, sentAt: null }, data: { sendClaimedAt: null } });
}

export async function markMessageSent(shop: string, messageId: string, at = new Date()) {
  await prisma.message.updateMany({ where: { id: messageId, shopId: shop }, data: { sentAt: at } });
}

export interface DeliveryFailureRecord {
  status: string | null;
  diagnostic: string | null;
  recipient: string | null;
}

/**
 * Marks the shop's outbound replies with these Message-IDs as not delivered (a bounce named
 * them), each with a `reply_undelivered` activity on its ticket carrying what the receiving
 * server said; pass a transaction client to write both in one. A reply already marked is left as
 * it is, so a bounce delivered twice counts once. Returns the replies marked now.
 */
export async function markRepliesUndelivered(shop: string, externalIds: string[], failure: DeliveryFailureRecord, db: Prisma.TransactionClient = prisma, at = new Date()) {
  if (!externalIds.length) return [];
  const replies = await db.message.findMany({
    where: { shopId: shop, direction: "OUTBOUND", externalId: { in: externalIds }, deliveryFailedAt: null },
    select: { id: true, ticketId: true, externalId: true },
  });
  for (const reply of replies) {
    await db.message.updateMany({ where: { shopId: shop, id: reply.id }, data: { deliveryFailedAt: at, deliveryError: failure.diagnostic ?? failure.status } });
    await addActivityToTickets(shop, [reply.ticketId], { kind: "reply_undelivered", data: { messageId: reply.id, ...failure }, dedupeKey: `undelivered:${reply.id}` }, db);
  }
  return replies;
}


/**
 * Erases what a customer wrote (customers/redact), in the shop: on their tickets (by the profile,
 * or, once Shopify deleted the profile, by the `customer_deleted` activity that detached them)
 * the customer's messages with the files they sent, and the tickets' subjects; anywhere, the
 * messages written from their email address. Agents' replies and notes stay.
 */
export async function redactCustomerMessages(
  shop: string,
  customer: { id: string | null; shopifyId: bigint; email: string | null },
  db: Prisma.TransactionClient = prisma,
) {
  const ticketFilter = customerTicketsWhere(shop, customer);
  // The files they sent go with the words.
  await deleteMessageAttachments(shop, { direction: "INBOUND", ticket: ticketFilter }, db);
  await db.message.updateMany({
    where: { shopId: shop, direction: "INBOUND", ticket: ticketFilter },
    data: { text: REDACTED, html: null, authorName: null, authorEmail: null },
  });
  // The subject is the customer's too (their first mail's).
  await redactTicketSubjects(shop, ticketFilter, db);
  if (customer.email) {
    const byEmail: Prisma.MessageWhereInput = { authorEmail: { equals: customer.email, mode: "insensitive" } };
    await deleteMessageAttachments(shop, byEmail, db);
    await db.message.updateMany({ where: { shopId: shop, ...byEmail }, data: { text: REDACTED, html: null, authorName: null, authorEmail: null } });
  }
}

/** The ticket of the shop's message with this external id (a Message-ID), or null. */
export async function findTicketIdByMessageExternalId(shop: string, externalId: string, db: Prisma.TransactionClient = prisma): Promise<string | null> {
  const known = await db.message.findUnique({ where: { shopId_externalId: { shopId: shop, externalId } }, select: { ticketId: true } });
  return known?.ticketId ?? null;
}

/** The shop's message with this external id, or null. */
export async function findMessageByExternalId(shop: string, externalId: string, db: Prisma.TransactionClient = prisma) {
  return db.message.findUnique({ where: { shopId_externalId: { shopId: shop, externalId } } });
}

/** The ticket holding the newest of the shop's messages among `externalIds` (the Message-IDs a mail answers), or null. */
export async function findTicketAnswered(shop: string, externalIds: string[], db: Prisma.TransactionClient = prisma) {
  if (!externalIds.length) return null;
  const answered = await db.message.findFirst({
    where: { shopId: shop, externalId: { in: externalIds } },
    select: { ticket: true },
    orderBy: { createdAt: "desc" },
  });
  return answered?.ticket ?? null;
}

export interface NewMessageAttachment {
  filename: string;
  contentType: string;
  size: number;
  contentId: string | null;
  content: Uint8Array;
}

/** Stores a message on one of the shop's tickets, with its files. */
export async function createMessage(
  shop: string,
  data: Omit<Prisma.MessageUncheckedCreateInput, "shopId" | "id" | "attachments">,
  attachments: NewMessageAttachment[],
  db: Prisma.TransactionClient,
) {
  const message = await db.message.create({ data: { ...data, shopId: shop } });
  if (attachments.length) {
    await db.attachment.createMany({
      data: attachments.map((attachment) => ({
        shopId: shop,
        messageId: message.id,
        filename: attachment.filename.slice(0, 255),
        contentType: attachment.contentType,
        size: attachment.size,
        contentId: attachment.contentId,
        content: new Uint8Array(attachment.content),
      })),
    });
  }
  return message;
}
