import prisma from "~/db.server";

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
