import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";

export interface ActivityInput {
  kind: string;
  actorType?: "staff" | "customer" | "system";
  actorId?: string;
  data: Prisma.InputJsonValue;
  /** The same key on the same ticket is written once, however often the event is applied. */
  dedupeKey: string;
}

/** Adds the same activity to each ticket, once per ticket and dedupe key. */
export async function addActivityToTickets(shop: string, ticketIds: string[], input: ActivityInput, db: Prisma.TransactionClient = prisma) {
  if (ticketIds.length === 0) return 0;
  const { count } = await db.activity.createMany({
    data: ticketIds.map((ticketId) => ({
      shopId: shop,
      ticketId,
      kind: input.kind,
      actorType: input.actorType ?? "system",
      actorId: input.actorId,
      data: input.data,
      dedupeKey: input.dedupeKey,
    })),
    skipDuplicates: true,
  });
  return count;
}

export async function listTicketActivities(shop: string, ticketId: string) {
  return prisma.activity.findMany({ where: { shopId: shop, ticketId }, orderBy: { createdAt: "asc" } });
}
