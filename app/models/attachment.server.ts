import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { isUuid } from "~/uuid";

/** One attachment of the shop, with its bytes; null when the shop has no such attachment. */
export async function getAttachment(shop: string, attachmentId: string) {
  if (!isUuid(attachmentId)) return null;
  return prisma.attachment.findFirst({ where: { id: attachmentId, shopId: shop }, select: { filename: true, contentType: true, size: true, content: true } });
}

/** Deletes the files of the shop's messages that match `messages`. */
export async function deleteMessageAttachments(shop: string, messages: Prisma.MessageWhereInput, db: Prisma.TransactionClient = prisma) {
  await db.attachment.deleteMany({ where: { shopId: shop, message: messages } });
}
