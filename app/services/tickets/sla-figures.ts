import type { TicketStatus } from "@prisma/client";

/** The moments of a ticket the service-level figures are measured between. */
export interface SlaMoments {
  status: TicketStatus;
  createdAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
}

/** How long a customer waited, in milliseconds; null for what has not happened yet. */
export interface SlaFigures {
  /** From the ticket's opening to the team's first reply. */
  firstResponseMs: number | null;
  /** From the ticket's opening to its closing, while it stays closed (a reopened ticket is not resolved). */
  resolutionMs: number | null;
}

/**
 * A ticket's first response and resolution times: the one rule the ticket page and analytics
 * share, so both report the same figure for the same ticket.
 */
export function measureSlaFigures(ticket: SlaMoments): SlaFigures {
  const opened = ticket.createdAt.getTime();
  return {
    firstResponseMs: ticket.firstResponseAt ? ticket.firstResponseAt.getTime() - opened : null,
    resolutionMs: ticket.status === "CLOSED" && ticket.resolvedAt ? ticket.resolvedAt.getTime() - opened : null,
  };
}
