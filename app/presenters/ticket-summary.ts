import type { Ticket } from "@prisma/client";

/** The fields every screen shows of a ticket, as plain data for the browser. */
export function presentTicketSummary(ticket: Pick<Ticket, "id" | "number" | "subject" | "status" | "priority" | "language" | "tags" | "channel">) {
  const { id, number, subject, status, priority, language, tags, channel } = ticket;
  return { id, number, subject, status, priority, language, tags, channel };
}
