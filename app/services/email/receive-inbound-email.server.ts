import { randomUUID } from "node:crypto";
import { Prisma, type Channel } from "@prisma/client";
import prisma from "~/db.server";
import { toStorableEmail, type InboundEmail } from "~/email/inbound.server";
import { findShopByInboundAddress } from "~/models/shop.server";
import { refreshTicketSla, updateTicketFields } from "~/models/ticket.server";
import { applyTicketActions } from "~/services/tickets/change-tickets.server";
import { detectLanguage } from "../detect-language";
import { keepFilteredEmail } from "./keep-filtered-email.server";

export type InboundOutcome =
  | { outcome: "created" | "threaded"; shop: string; ticketId: string; ticketNumber: number; messageId: string }
  | { outcome: "duplicate"; shop: string; ticketId: string }
  | { outcome: "ignored"; reason: string; shop?: string; undeliveredReplies?: number }
  | { outcome: "rejected"; reason: string };

/** An order number as shoppers write it: "#1042". */
const ORDER_NAME = /#\d{3,9}\b/g;

/** "[#1042]" in a subject: the ticket number our replies carry. */
const TICKET_TOKEN = /\[#(\d{1,9})\]/;

function splitName(name: string | null): { firstName: string | null; lastName: string | null } {
  if (!name) return { firstName: null, lastName: null };
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { firstName: parts[0]!, lastName: null };
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts.at(-1)! };
}

/**
 * Turns a customer's email into a message on the right ticket of the right shop: the shop from
 * the recipient, the ticket from the mail's threading headers (In-Reply-To, References) or the
 * "[#1042]" token in its subject, else a new ticket; the customer found by email or created. A
 * mail delivered twice (the same Message-ID) is kept once. Auto-replies, bulk mail, bounces and
 * the inbox's own mail open nothing: they are kept as filtered mail, and a bounce of one of our
 * replies marks that reply undelivered.
 * Everything happens in one transaction, with the ticket's activity.
 */
export async function receiveInboundEmail(email: InboundEmail): Promise<InboundOutcome> {
  let shop: string | null = null;
  for (const recipient of email.recipients) {
    shop = await findShopByInboundAddress(recipient);
    if (shop) break;
  }
  if (email.automated) {
    if (!shop) return { outcome: "ignored", reason: `Not answered: ${email.automated.detail}` };
    return keepFilteredEmail({ shop, email, reason: email.automated });
  }
  if (!email.from) return { outcome: "rejected", reason: "The message has no sender address" };
  if (!shop) return { outcome: "rejected", reason: `No shop receives mail at ${email.recipients.join(", ") || "(no recipient)"}` };
  return recordCustomerMessage(shop, email, "EMAIL");
}

/**
 * A customer's message into the shop's inbox, whatever the channel: threaded onto their ticket
 * (by the message ids it answers, or a ticket token in the subject) or opening a new one; the
 * customer found by email or created; kept once per message id; with the ticket's activity, in
 * one transaction.
 */
export async function recordCustomerMessage(shopId: string, inbound: InboundEmail, channel: Channel): Promise<InboundOutcome> {
  // Whatever the channel, nothing PostgreSQL refuses (NUL) reaches it: that failed the whole delivery.
  const email = toStorableEmail(inbound);
  if (!email.from) return { outcome: "rejected", reason: "The message has no sender address" };
  const from = email.from;
  const externalId = email.messageId ?? `${randomUUID()}@frontdesk.invalid`;

  try {
    return await prisma.$transaction(async (tx) => {
      const known = await tx.message.findUnique({ where: { shopId_externalId: { shopId, externalId } }, select: { ticketId: true } });
      if (known) return { outcome: "duplicate", shop: shopId, ticketId: known.ticketId };

      let customer = await tx.customer.findFirst({
        where: { shopId, email: { equals: from.address, mode: "insensitive" }, redactedAt: null },
        orderBy: [{ shopifyId: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      });
      customer ??= await tx.customer.create({ data: { shopId, email: from.address, ...splitName(from.name) } });

      // The ticket this answers: by the Message-IDs it replies to, else by the subject's token
      // when the sender is that ticket's customer (a number alone must not open someone's ticket).
      let ticket = email.replyTo.length
        ? ((
            await tx.message.findFirst({
              where: { shopId, externalId: { in: email.replyTo } },
              select: { ticket: true },
              orderBy: { createdAt: "desc" },
            })
          )?.ticket ?? null)
        : null;
      const token = TICKET_TOKEN.exec(email.subject);
      if (!ticket && token) {
        ticket = await tx.ticket.findFirst({ where: { shopId, number: Number(token[1]), customerId: customer.id } });
      }

      const language = detectLanguage(email.text, customer.shopifyLocale) ?? customer.language;
      const receivedAt = new Date();
      let outcome: "created" | "threaded" = "threaded";
      if (!ticket) {
        const { ticketSequence: number } = await tx.shop.update({ where: { id: shopId }, data: { ticketSequence: { increment: 1 } }, select: { ticketSequence: true } });
        ticket = await tx.ticket.create({
          data: {
            shopId,
            number,
            customerId: customer.id,
            subject: email.subject.replace(/^\s*((re|fwd?|aw|tr|回复|返信)\s*:\s*)+/i, "").slice(0, 500) || "(no subject)",
            channel,
            language,
            lastMessageAt: receivedAt,
          },
        });
        await tx.activity.create({ data: { shopId, ticketId: ticket.id, kind: "ticket_created", actorType: "customer", actorId: customer.id, data: { channel, from: from.address } } });
        outcome = "created";
      } else {
        // A customer writing again reopens the ticket, through the action vocabulary like any change.
        if (ticket.status !== "OPEN") {
          await applyTicketActions(tx, shopId, [ticket.id], [{ type: "set_status", status: "OPEN", reason: "customer_replied" }], { type: "customer", customerId: customer.id }, receivedAt);
        }
        await updateTicketFields(tx, shopId, ticket.id, { lastMessageAt: receivedAt, ...(language && !ticket.language ? { language } : {}) });
      }
      if (language && language !== customer.language) await tx.customer.update({ where: { id: customer.id }, data: { language } });

      // Orders the customer names ("#1042") are linked to the ticket, when they are theirs.
      const named = [...new Set(`${email.subject.replace(/\[#\d+\]/g, "")}\n${email.text}`.match(ORDER_NAME) ?? [])].slice(0, 10);
      if (named.length) {
        const orders = await tx.order.findMany({ where: { shopId, customerId: customer.id, name: { in: named } }, select: { id: true } });
        if (orders.length) await tx.ticketOrder.createMany({ data: orders.map((order) => ({ shopId, ticketId: ticket!.id, orderId: order.id })), skipDuplicates: true });
      }

      const message = await tx.message.create({
        data: {
          shopId,
          ticketId: ticket.id,
          direction: "INBOUND",
          channel,
          authorName: from.name,
          authorEmail: from.address,
          text: email.text || (email.html ? "" : "(empty message)"),
          html: email.html,
          externalId,
          createdAt: receivedAt,
          sentAt: email.date,
        },
      });
      if (email.attachments.length) {
        await tx.attachment.createMany({
          data: email.attachments.map((attachment) => ({
            shopId,
            messageId: message.id,
            filename: attachment.filename.slice(0, 255),
            contentType: attachment.contentType,
            size: attachment.size,
            contentId: attachment.contentId,
            content: new Uint8Array(attachment.content),
          })),
        });
      }
      await refreshTicketSla(tx, shopId, ticket.id);
      return { outcome, shop: shopId, ticketId: ticket.id, ticketNumber: ticket.number, messageId: message.id };
    });
  } catch (error) {
    // The same mail arriving twice at once: the other delivery stored it first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const known = await prisma.message.findUnique({ where: { shopId_externalId: { shopId, externalId } }, select: { ticketId: true } });
      if (known) return { outcome: "duplicate", shop: shopId, ticketId: known.ticketId };
    }
    throw error;
  }
}
