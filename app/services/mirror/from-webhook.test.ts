import { describe, expect, it } from "vitest";
import { CustomerPayload, OrderPayload } from "~/schemas/webhook-payloads";
import { customerPayload, orderPayload } from "../../../tests/fixtures/webhook-payloads";
import { customerMirrorFromWebhook, orderMirrorFromWebhook } from "./from-webhook";

// The mirror keeps a row unless a write is at least as new by Shopify's `updated_at`
// (models/order.server.ts, models/customer.server.ts): these tests pin the version each
// delivery carries into that comparison. The comparison itself runs in PostgreSQL and is
// tested against it in tests/webhook-pipeline.test.ts ("never lets an older payload overwrite a newer one").

const alice = { id: 7001, email: "alice@example.com", firstName: "Alice", lastName: "Ng" };

describe("the version a webhook writes into the mirror", () => {
  it("is the order's updated_at as an instant, whatever offset Shopify wrote it with", () => {
    const tokyo = orderMirrorFromWebhook(OrderPayload.parse(orderPayload({ id: 5001, updatedAt: "2026-11-22T21:00:00+09:00" })), null);
    const utc = orderMirrorFromWebhook(OrderPayload.parse(orderPayload({ id: 5001, updatedAt: "2026-11-22T12:00:00Z" })), null);
    expect(tokyo.shopifyUpdatedAt.toISOString()).toBe("2026-11-22T12:00:00.000Z");
    expect(tokyo.shopifyUpdatedAt.getTime()).toBe(utc.shopifyUpdatedAt.getTime());
  });

  it("orders two deliveries of one order as Shopify changed it, not as they arrived", () => {
    const newer = orderMirrorFromWebhook(OrderPayload.parse(orderPayload({ id: 5002, updatedAt: "2026-11-22T12:00:00-05:00", financialStatus: "refunded" })), null);
    const older = orderMirrorFromWebhook(OrderPayload.parse(orderPayload({ id: 5002, updatedAt: "2026-11-22T15:00:00Z", financialStatus: "pending" })), null);
    // 12:00 in New York is 17:00 UTC: later than 15:00 UTC, though its clock reads earlier.
    expect(newer.shopifyUpdatedAt > older.shopifyUpdatedAt).toBe(true);
    expect([newer.financialStatus, older.financialStatus]).toEqual(["REFUNDED", "PENDING"]);
  });

  it("keeps the order's creation apart from its version", () => {
    const order = orderMirrorFromWebhook(OrderPayload.parse(orderPayload({ id: 5003, createdAt: "2026-11-01T10:00:00Z", updatedAt: "2026-11-22T12:00:00Z" })), null);
    expect(order.shopifyCreatedAt.toISOString()).toBe("2026-11-01T10:00:00.000Z");
    expect(order.shopifyUpdatedAt.toISOString()).toBe("2026-11-22T12:00:00.000Z");
  });

  it("is the customer's own updated_at when the payload has one", () => {
    const customer = customerMirrorFromWebhook(CustomerPayload.parse(customerPayload({ ...alice, updatedAt: "2026-11-20T08:00:00+01:00" })), "2026-12-01T00:00:00Z");
    expect(customer.shopifyUpdatedAt.toISOString()).toBe("2026-11-20T07:00:00.000Z");
  });

  it("falls back to the time given for a customer whose payload has no updated_at (the order's, or the delivery's)", () => {
    const payload = { ...customerPayload({ ...alice, updatedAt: "2026-11-20T08:00:00Z" }), updated_at: null };
    expect(customerMirrorFromWebhook(CustomerPayload.parse(payload), "2026-11-22T12:00:00Z").shopifyUpdatedAt.toISOString()).toBe("2026-11-22T12:00:00.000Z");
    const { updated_at: _omitted, ...withoutField } = payload;
    expect(customerMirrorFromWebhook(CustomerPayload.parse(withoutField), "2026-11-23T12:00:00Z").shopifyUpdatedAt.toISOString()).toBe("2026-11-23T12:00:00.000Z");
  });

  it("takes the customer inside an order as the payload describes them, with their own updated_at", () => {
    const order = OrderPayload.parse(orderPayload({ id: 5004, updatedAt: "2026-11-22T12:00:00Z", customer: { ...alice, updatedAt: "2026-11-02T09:00:00Z" } }));
    expect(customerMirrorFromWebhook(order.customer!, order.updated_at)).toMatchObject({
      shopifyId: 7001n,
      email: "alice@example.com",
      firstName: "Alice",
      lastName: "Ng",
      shopifyUpdatedAt: new Date("2026-11-02T09:00:00Z"),
    });
  });
});

describe("a webhook payload mapped into the mirror", () => {
  it("upper-cases statuses into GraphQL's words and takes ids from the GIDs, as the import writes them", () => {
    const order = orderMirrorFromWebhook(
      OrderPayload.parse(orderPayload({ id: 5005, updatedAt: "2026-11-22T12:00:00Z", financialStatus: "partially_refunded", fulfillmentStatus: "partial" })),
      "6a1e2f3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
    );
    expect(order).toMatchObject({
      shopifyId: 5005n,
      customerId: "6a1e2f3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
      name: "#5005",
      financialStatus: "PARTIALLY_REFUNDED",
      fulfillmentStatus: "PARTIALLY_FULFILLED",
    });
    const unfulfilled = orderMirrorFromWebhook(OrderPayload.parse(orderPayload({ id: 5006, updatedAt: "2026-11-22T12:00:00Z", fulfillmentStatus: null })), null);
    expect(unfulfilled.fulfillmentStatus).toBe("UNFULFILLED");
  });
});
