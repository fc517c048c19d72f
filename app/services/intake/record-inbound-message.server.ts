import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { writeActivities } from "~/models/activity.server";
import { findMirroredCustomer, findOrCreateCustomerBySender, rememberCustomerLanguage } from "~/models/customer.server";
import { createMessage, findTicketAnswered, findTicketIdByMessageExternalId } from "~/models/message.server";
import { findCustomerOrderIdsByName } from "~/models/order.server";
import { createTicket, findCustomerOpenTicket, findCustomerTicketByNumber, refreshTicketSla, updateTicketFields } from "~/models/ticket.server";
import { enqueueTicketEvents } from "~/models/ticket-event.server";
import { InboundMessage, ticketSubject } from "~/schemas/inbound-message";
import type { TicketAction } from "~/schemas/ticket-actions";
import { applyTicketActions } from "~/services/tickets/change-tickets.server";
import { detectLanguage } from "../detect-language";

export type IntakeOutcome =
  | { outcome: "created" | "threaded"; shop: string; ticketId: string; ticketNumber: number; messageId: string }
  | { outcome: "duplicate"; shop: string; ticketId: string };

/**
 * The one intake (docs/decisions/016): a customer's message from any channel onto the right
 * ticket of the shop. The ticket is the one the message answers (by the external ids it
 * replies to), else the ticket whose number the sender names when they are its customer, else a
 * new one; a signed-in sender's return request joins their ticket that is not closed; a sender
 * no one vouches for (a storefront form, signed out) always gets a new one. The
 * customer is the one Shopify signed in, else found by email or created. A message arriving twice (the same
 * external id) is kept once. A customer writing again reopens the ticket; the orders they name
 * are linked when they are theirs; the language they write in is remembered. Everything happens
 * in one transaction, with the ticket's activity and its events.
 */
export async function recordInboundMessage(shop: string, input: InboundMessage): Promise<IntakeOutcome> {
  const message = InboundMessage.parse(input);
  const externalId = message.externalId ?? `${randomUUID()}@frontdesk.invalid`;
  try {
    return await prisma.$transaction(async (tx) => {
      const knownTicketId = await findTicketIdByMessageExternalId(shop, externalId, tx);
      if (knownTicketId) return { outcome: "duplicate", shop, ticketId: knownTicketId };

      // A signed-in shopper is the Shopify customer Shopify says they are; anyone else is whoever owns the address.
      const { identity } = message.sender;
      const mirrored = identity?.kind === "signed_in" ? await findMirroredCustomer(shop, BigInt(identity.shopifyCustomerId), tx) : null;
      // Signed in as a customer the mirror does not have yet, or has without an address to reply
      // to: the typed address finds the customer, and nothing ties it to the account.
      const signedIn = mirrored?.email ? mirrored : null;
      const customer = signedIn ?? (await findOrCreateCustomerBySender(shop, message.sender, tx));
      const isSenderVerified = identity ? signedIn !== null : null;
      const actor = { type: "customer", customerId: customer.id } as const;
      // An unverified sender may be anyone: their message opens a ticket of its own, never one of the address's owner.
      let ticket =
        isSenderVerified === false
          ? null
          : ((await findTicketAnswered(shop, message.thread.answers, tx)) ??
            (message.thread.ticketNumber ? await findCustomerTicketByNumber(shop, customer.id, message.thread.ticketNumber, tx) : null) ??
            (message.thread.joinsOpenTicket && isSenderVerified ? await findCustomerOpenTicket(shop, customer.id, tx) : null));

      const language = detectLanguage(message.text, customer.shopifyLocale) ?? customer.language;
      const receivedAt = new Date();
      let outcome: "created" | "threaded" = "threaded";
      if (!ticket) {
        ticket = await createTicket(shop, { customerId: customer.id, subject: ticketSubject(message.subject), channel: message.channel, language, lastMessageAt: receivedAt, awaitingReply: true }, tx);
        await writeActivities(tx, shop, ticket.id, actor, [{ kind: "ticket_created", data: { channel: message.channel, from: message.sender.email } }]);
        outcome = "created";
      } else {
        await updateTicketFields(tx, shop, ticket.id, { lastMessageAt: receivedAt, awaitingReply: true, ...(language && !ticket.language ? { language } : {}) });
      }
      if (language && language !== customer.language) await rememberCustomerLanguage(shop, customer.id, language, tx);

      // Through the action vocabulary like any change: a customer writing again reopens the
      // ticket, and the orders they name ("#1042") are linked to it when they are theirs.
      const orderIds = await findCustomerOrderIdsByName(shop, customer.id, message.thread.orderNames, tx);
      const actions: TicketAction[] = [
        ...(ticket.status !== "OPEN" ? [{ type: "set_status", status: "OPEN", reason: "customer_replied" } as const] : []),
        ...orderIds.map((orderId) => ({ type: "link_order", orderId }) as const),
      ];
      if (actions.length) await applyTicketActions(tx, shop, [ticket.id], actions, actor, { now: receivedAt });

      const stored = await createMessage(
        shop,
        {
          ticketId: ticket.id,
          direction: "INBOUND",
          channel: message.channel,
          authorName: message.sender.name,
          authorEmail: message.sender.email,
          text: message.text || (message.html ? "" : "(empty message)"),
          html: message.html,
          externalId,
          createdAt: receivedAt,
          sentAt: message.sentAt,
          isSenderVerified,
        },
        message.attachments,
        tx,
      );
      if (message.thread.returnId) await applyTicketActions(tx, shop, [ticket.id], [{ type: "link_return", returnId: message.thread.returnId, messageId: stored.id }], actor, { now: receivedAt });
      await refreshTicketSla(tx, shop, ticket.id);
      // A new ticket's ticket_created event went with its activity; every message is heard as received.
      await enqueueTicketEvents(tx, [
        { type: "message_received", shop, ticketId: ticket.id, actor: { type: "customer", id: customer.id }, causedByRule: null, data: { messageId: stored.id, channel: message.channel }, at: receivedAt },
      ]);
      return { outcome, shop, ticketId: ticket.id, ticketNumber: ticket.number, messageId: stored.id };
    });
  } catch (error) {
    // The same message arriving twice at once: the other delivery stored it first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const knownTicketId = await findTicketIdByMessageExternalId(shop, externalId);
      if (knownTicketId) return { outcome: "duplicate", shop, ticketId: knownTicketId };
    }
    throw error;
  }
}
