import { describe, expect, it } from "vitest";
import { ticketStatusActions, type TicketStatus } from "./ticket-status-actions";

describe("ticketStatusActions", () => {
  it("closes any ticket not yet closed as the primary action, and reopens a closed one", () => {
    expect(ticketStatusActions("CLOSED")).toEqual({ primary: { status: "OPEN", label: "reopen" }, secondary: [] });
    for (const status of ["OPEN", "PENDING", "SNOOZED"] as const) expect(ticketStatusActions(status).primary).toEqual({ status: "CLOSED", label: "close" });
  });

  it("offers pending for an open ticket, open for a pending one, and both for a snoozed one", () => {
    expect(ticketStatusActions("OPEN").secondary).toEqual([{ status: "PENDING", label: "markPending" }]);
    expect(ticketStatusActions("PENDING").secondary).toEqual([{ status: "OPEN", label: "markOpen" }]);
    expect(ticketStatusActions("SNOOZED").secondary.map((action) => action.status)).toEqual(["OPEN", "PENDING"]);
  });

  it("never offers the status the ticket already has", () => {
    for (const status of ["OPEN", "PENDING", "SNOOZED", "CLOSED"] as TicketStatus[]) {
      const { primary, secondary } = ticketStatusActions(status);
      expect([primary, ...secondary].map((action) => action.status)).not.toContain(status);
    }
  });
});
