export type TicketStatus = "OPEN" | "PENDING" | "SNOOZED" | "CLOSED";
/** The statuses an agent sets by hand (snoozing takes a time: the details card's control). */
export type SettableStatus = "OPEN" | "PENDING" | "CLOSED";

export interface StatusAction {
  status: SettableStatus;
  /** Its label's key under `ticket.` in the locales. */
  label: "close" | "reopen" | "markPending" | "markOpen";
}

/**
 * The title bar's actions for a ticket in `status`: closing is the primary action of every ticket
 * not yet closed, reopening the one of a closed ticket; the secondary actions move it between
 * waiting on the customer (pending) and waiting on the team (open).
 */
export function ticketStatusActions(status: TicketStatus): { primary: StatusAction; secondary: StatusAction[] } {
  switch (status) {
    case "CLOSED":
      return { primary: { status: "OPEN", label: "reopen" }, secondary: [] };
    case "OPEN":
      return { primary: { status: "CLOSED", label: "close" }, secondary: [{ status: "PENDING", label: "markPending" }] };
    case "PENDING":
      return { primary: { status: "CLOSED", label: "close" }, secondary: [{ status: "OPEN", label: "markOpen" }] };
    case "SNOOZED":
      return { primary: { status: "CLOSED", label: "close" }, secondary: [{ status: "OPEN", label: "markOpen" }, { status: "PENDING", label: "markPending" }] };
  }
}
