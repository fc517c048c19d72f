import type { Task } from "graphile-worker";
import { z } from "zod";
import { sendTicketMessage } from "~/services/email/send-ticket-message.server";

const Payload = z.object({ messageId: z.string().uuid() });

/** Mails an agent's reply to the customer; retried with graphile-worker's back-off while SMTP fails. */
export const sendEmailTask: Task = async (payload) => {
  await sendTicketMessage(Payload.parse(payload).messageId);
};
