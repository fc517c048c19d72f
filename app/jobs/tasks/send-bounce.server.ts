import type { Task } from "graphile-worker";
import { z } from "zod";
import { sendOversizeBounce } from "~/channels/email/bounce-oversize-email.server";

const Payload = z.object({ shop: z.string(), to: z.string().email(), subject: z.string(), inReplyTo: z.string().nullable() });

/** Tells a sender their message was too large to deliver; retried while SMTP fails. */
export const sendBounceTask: Task = async (payload) => {
  await sendOversizeBounce(Payload.parse(payload));
};
