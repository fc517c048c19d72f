import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS } from "./activity";
import { eventsOfActivities, TicketEvent, ticketEventTypeFor } from "./ticket-event";

describe("ticket events", () => {
  it("hears a new ticket, an order's news and every other change apart", () => {
    expect(ticketEventTypeFor("ticket_created")).toBe("ticket_created");
    expect(ticketEventTypeFor("refund_created")).toBe("order_event");
    expect(ticketEventTypeFor("order_deleted")).toBe("order_event");
    expect(ticketEventTypeFor("status_changed")).toBe("ticket_changed");
    expect(ticketEventTypeFor("reply_added")).toBe("ticket_changed");
    expect(ticketEventTypeFor("customer_deleted")).toBe("ticket_changed");
  });

  it("gives every activity kind an event: every order kind is an order event", () => {
    // Linking an order is a change to the ticket, not news of the order.
    for (const kind of ACTIVITY_KINDS.filter((kind) => kind !== "order_linked")) {
      expect(ticketEventTypeFor(kind) === "order_event").toBe(kind.startsWith("order_") || kind === "refund_created");
    }
    expect(ticketEventTypeFor("order_linked")).toBe("ticket_changed");
  });

  it("reads an event back from its job's JSON, and refuses one without a shop", () => {
    const event = { type: "ticket_changed", shop: "a.myshopify.com", ticketId: "0b0f1e4e-7d8c-4a7b-9a51-0c3d2b1a9e8f", actor: { type: "rule", id: "r1" }, causedByRule: "r1", data: { kinds: ["assigned"] }, at: new Date("2026-12-02T10:00:00Z") };
    expect(TicketEvent.parse(JSON.parse(JSON.stringify(event)))).toEqual(event);
    expect(() => TicketEvent.parse({ ...event, shop: "" })).toThrow();
  });
});

describe("the events of activities written at once", () => {
  const at = new Date("2026-12-02T10:00:00Z");
  it("makes one event per ticket and type, naming every kind, and marks what a rule caused", () => {
    const events = eventsOfActivities(
      "a.myshopify.com",
      [
        { ticketId: "t1", kind: "status_changed", actorType: "rule", actorId: "r7" },
        { ticketId: "t1", kind: "tags_changed", actorType: "rule", actorId: "r7" },
        { ticketId: "t1", kind: "refund_created", actorType: "rule", actorId: "r7" },
        { ticketId: "t2", kind: "assigned", actorType: "staff", actorId: "42" },
      ],
      at,
    );
    expect(events).toEqual([
      { type: "ticket_changed", shop: "a.myshopify.com", ticketId: "t1", actor: { type: "rule", id: "r7" }, causedByRule: "r7", data: { kinds: ["status_changed", "tags_changed"] }, at },
      { type: "order_event", shop: "a.myshopify.com", ticketId: "t1", actor: { type: "rule", id: "r7" }, causedByRule: "r7", data: { kinds: ["refund_created"] }, at },
      { type: "ticket_changed", shop: "a.myshopify.com", ticketId: "t2", actor: { type: "staff", id: "42" }, causedByRule: null, data: { kinds: ["assigned"] }, at },
    ]);
  });

  it("makes nothing of nothing", () => {
    expect(eventsOfActivities("a.myshopify.com", [], at)).toEqual([]);
  });
});
