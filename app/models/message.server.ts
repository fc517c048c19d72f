import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { addActivityToTickets } from "./activity.server";

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
