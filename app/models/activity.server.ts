import type { ActivityKind, ActorType, Prisma } from "@prisma/client";
import prisma from "~/db.server";
import type { TicketActor } from "~/schemas/ticket-actions";
import { eventsOfActivities } from "~/schemas/ticket-event";
import { enqueueTicketEvents } from "./ticket-event.server";

const WRITTEN = { ticketId: true, kind: true, actorType: true, actorId: true } as const;

export interface ActivityInput {
  kind: ActivityKind;
  actorType?: ActorType;
  actorId?: string;
  data: Prisma.InputJsonValue;
  /** The same key on the same ticket is written once, however often the event is applied. */
  dedupeKey: string;
}

/**
 * Adds the same activity to each ticket, once per ticket and dedupe key, with the event of each
 * one really written (docs/decisions/016).
 */
export async function addActivityToTickets(shop: string, ticketIds: string[], input: ActivityInput, db: Prisma.TransactionClient = prisma) {
  if (ticketIds.length === 0) return 0;
  const written = await db.activity.createManyAndReturn({
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
    select: WRITTEN,
  });
  await enqueueTicketEvents(db, eventsOfActivities(shop, written));
  return written.length;
}

/** How an actor is stored on an activity: its type and the id of the person or rule. */
export function actorColumns(actor: TicketActor): { actorType: ActorType; actorId: string | null } {
  switch (actor.type) {
    case "staff":
      return { actorType: "staff", actorId: actor.staffId.toString() };
    case "customer":
      return { actorType: "customer", actorId: actor.customerId };
    case "rule":
      return { actorType: "rule", actorId: actor.ruleId };
    case "system":
      return { actorType: "system", actorId: null };
  }
}

/** Writes a ticket's activities for one actor, with their event, in the caller's transaction. */
export async function writeActivities(
  db: Prisma.TransactionClient,
  shop: string,
  ticketId: string,
  actor: TicketActor,
  activities: ReadonlyArray<{ kind: ActivityKind; data: object }>,
): Promise<void> {
  if (!activities.length) return;
  const who = actorColumns(actor);
  const written = await db.activity.createManyAndReturn({
    data: activities.map((activity) => ({ shopId: shop, ticketId, ...who, kind: activity.kind, data: activity.data as Prisma.InputJsonValue })),
    select: WRITTEN,
  });
  await enqueueTicketEvents(db, eventsOfActivities(shop, written));
}
