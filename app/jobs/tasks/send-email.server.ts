import type { Task } from "graphile-worker";
import { z } from "zod";
import { findMessageShopUnscoped } from "~/models/message.server";
import { sendTicketMessage } from "~/channels/email/send-ticket-message.server";

const Payload = z.object({ shop: z.string().min(1).optional(), messageId: z.string().uuid() });

/** Mails an agent's reply to the customer; retried with graphile-worker's back-off while SMTP fails. */
export const sendEmailTask: Task = async (payload) => {
  const { shop, messageId } = Payload.parse(payload);
  // Jobs queued before the payload carried the shop name only the message: for those alone the
  // message is looked up by id to learn its shop. Every new job names the shop.
  const messageShop = shop ?? (await findMessageShopUnscoped(messageId));
  if (!messageShop) throw new Error(`No outbound message ${messageId}`);
  await sendTicketMessage(messageShop, messageId);
};
