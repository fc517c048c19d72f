import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { deleteOrderMirror, upsertOrderMirror } from "~/models/order.server";
import { deleteShopData } from "~/models/shop.server";
import { receiveWebhook } from "~/services/receive-webhook.server";
import { orderMirrorFromWebhook } from "~/services/mirror/from-webhook";
import { OrderPayload } from "~/schemas/webhook-payloads";
import { createShop, createTicket } from "./factories/records";
import { webhookRequest } from "./factories/webhook-request";
import { complianceCustomerPayload, customerPayload, deletePayload, orderPayload } from "./fixtures/webhook-payloads";
import { drainQueue } from "./queue";

async function deliver(shop: string, topic: string, payload: unknown, ids: { eventId?: string } = {}) {
  expect((await receiveWebhook(webhookRequest({ shop, topic, payload, eventId: ids.eventId }))).status).toBe(200);
}

const dana = { id: 8301, email: "dana@example.com", firstName: "Dana", lastName: "Okafor" };
const erin = { id: 8302, email: "erin@example.com", firstName: "Erin", lastName: "Sato" };

/** Rows of the shop that point at an order or customer that is not there. */
async function orphans(shop: string) {
  const [row] = await prisma.$queryRaw<Array<{ links: bigint; actions: bigint; orders: bigint; tickets: bigint }>>`
    SELECT
      (SELECT count(*) FROM "TicketOrder" l WHERE l."shopId" = ${shop} AND NOT EXISTS (SELECT 1 FROM "Order" o WHERE o.id = l."orderId")) AS links,
      (SELECT count(*) FROM "OrderAction" a WHERE a."shopId" = ${shop} AND NOT EXISTS (SELECT 1 FROM "Order" o WHERE o.id = a."orderId")) AS actions,
      (SELECT count(*) FROM "Order" o WHERE o."shopId" = ${shop} AND o."customerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = o."customerId")) AS orders,
      (SELECT count(*) FROM "Ticket" t WHERE t."shopId" = ${shop} AND t."customerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = t."customerId")) AS tickets`;
  return { links: Number(row!.links), actions: Number(row!.actions), orders: Number(row!.orders), tickets: Number(row!.tickets) };
}

const NO_ORPHANS = { links: 0, actions: 0, orders: 0, tickets: 0 };

async function activityKinds(ticketId: string) {
  return (await prisma.activity.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } })).map((activity) => activity.kind);
}

describe("customers/delete", () => {
  it("removes the customer from the mirror; their tickets and orders stay, detached, each ticket noting it once", async () => {
    const { id: shop } = await createShop();
    await deliver(shop, "customers/update", customerPayload({ ...dana, updatedAt: "2026-11-20T10:00:00Z" }));
    await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 9301, updatedAt: "2026-11-20T10:00:00Z", customer: erin }));
    await drainQueue();
    const customer = await prisma.customer.findFirstOrThrow({ where: { shopId: shop, shopifyId: BigInt(dana.id) } });
    const open = await createTicket(shop, { customerId: customer.id, subject: "Where is my parcel?" });
    const closed = await createTicket(shop, { customerId: customer.id, status: "CLOSED" });

    // The same event twice (Shopify's retry), then once more under another event id.
    const payload = deletePayload("customers/delete", dana.id);
    await deliver(shop, "customers/delete", payload, { eventId: "evt-delete-dana" });
    await deliver(shop, "customers/delete", payload, { eventId: "evt-delete-dana" });
    await drainQueue();
    await deliver(shop, "customers/delete", payload);
    await drainQueue();

    expect(await prisma.customer.count({ where: { shopId: shop, shopifyId: BigInt(dana.id) } })).toBe(0);
    for (const ticket of [open, closed]) {
      expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ customerId: null, subject: ticket.subject });
      expect(await activityKinds(ticket.id)).toEqual(["customer_deleted"]);
    }
    const activity = await prisma.activity.findFirstOrThrow({ where: { ticketId: open.id } });
    expect(activity.data).toEqual({ topic: "customers/delete", deliveryId: expect.any(String), customerShopifyId: String(dana.id) });
    expect(await prisma.message.count({ where: { ticketId: open.id } })).toBe(1);
    expect(await prisma.webhookDelivery.count({ where: { shopId: shop, topic: "customers/delete" } })).toBe(2);
    expect((await prisma.webhookDelivery.findMany({ where: { shopId: shop } })).map((delivery) => delivery.status)).not.toContain("FAILED");
    expect(await orphans(shop)).toEqual(NO_ORPHANS);
    // Another customer is untouched.
    expect(await prisma.customer.count({ where: { shopId: shop, shopifyId: BigInt(erin.id) } })).toBe(1);
  });

  it("is not undone by a customers/update or an order naming the customer that arrives after it", async () => {
    const { id: shop } = await createShop();
    await deliver(shop, "customers/update", customerPayload({ ...dana, updatedAt: "2026-11-20T10:00:00Z" }));
    await drainQueue();
    await deliver(shop, "customers/delete", deletePayload("customers/delete", dana.id));
    await drainQueue();

    // Retried from before the delete, and (whatever the clocks say) one stamped after it.
    await deliver(shop, "customers/update", customerPayload({ ...dana, updatedAt: "2026-11-20T09:00:00Z" }));
    await deliver(shop, "customers/update", customerPayload({ ...dana, updatedAt: "2099-01-01T00:00:00Z" }));
    await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 9302, updatedAt: "2026-11-20T11:00:00Z", customer: dana }));
    await drainQueue();

    expect(await prisma.customer.count({ where: { shopId: shop } })).toBe(0);
    expect(await prisma.order.findFirstOrThrow({ where: { shopId: shop, shopifyId: 9302n } })).toMatchObject({ customerId: null });
    expect((await prisma.webhookDelivery.findMany({ where: { shopId: shop } })).map((delivery) => delivery.status)).toEqual(Array(5).fill("APPLIED"));
  });
});

describe("customers/redact after customers/delete", () => {
  it("still erases the customer's words from the tickets the delete detached", async () => {
    const { id: shop } = await createShop();
    await deliver(shop, "customers/update", customerPayload({ ...dana, updatedAt: "2026-11-20T10:00:00Z" }));
    await drainQueue();
    const customer = await prisma.customer.findFirstOrThrow({ where: { shopId: shop, shopifyId: BigInt(dana.id) } });
    const ticket = await createTicket(shop, { customerId: customer.id, subject: "Dana Okafor's refund", body: "It's Dana Okafor, call me", fromEmail: dana.email });
    const other = await createTicket(shop, { customerId: null, subject: "Someone else's parcel", body: "Not Dana", fromEmail: "else@example.com" });

    await deliver(shop, "customers/delete", deletePayload("customers/delete", dana.id));
    await drainQueue();
    await deliver(shop, "customers/redact", complianceCustomerPayload("customers/redact", shop, dana, []));
    await drainQueue();

    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ subject: "[redacted]", customerId: null });
    expect((await prisma.message.findFirstOrThrow({ where: { ticketId: ticket.id } })).text).toBe("[redacted]");
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ subject: "Someone else's parcel" });
    expect((await prisma.message.findFirstOrThrow({ where: { ticketId: other.id } })).text).toBe("Not Dana");
  });
});

describe("orders/delete", () => {
  it("removes the order with its ticket links and order actions, and notes it on the tickets it belonged on, once", async () => {
    const { id: shop } = await createShop();
    await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 9401, name: "#1401", updatedAt: "2026-11-20T10:00:00Z", customer: erin }));
    await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 9402, name: "#1402", updatedAt: "2026-11-20T10:00:00Z", customer: erin }));
    await drainQueue();
    const customer = await prisma.customer.findFirstOrThrow({ where: { shopId: shop, shopifyId: BigInt(erin.id) } });
    const order = await prisma.order.findFirstOrThrow({ where: { shopId: shop, shopifyId: 9401n } });
    const erinsTicket = await createTicket(shop, { customerId: customer.id });
    // A ticket from someone else, about Erin's order (linked by an agent), and an action taken from it.
    const linked = await createTicket(shop, { customerId: null, status: "CLOSED", fromEmail: "gift-giver@example.com" });
    await prisma.ticketOrder.create({ data: { shopId: shop, ticketId: linked.id, orderId: order.id } });
    await prisma.orderAction.create({
      data: { shopId: shop, idempotencyKey: "refund-1401", ticketId: linked.id, orderId: order.id, kind: "order_refunded", status: "DONE", input: {}, staffId: 1n },
    });

    const payload = deletePayload("orders/delete", 9401);
    await deliver(shop, "orders/delete", payload, { eventId: "evt-delete-1401" });
    await deliver(shop, "orders/delete", payload, { eventId: "evt-delete-1401" });
    await drainQueue();
    await deliver(shop, "orders/delete", payload);
    await drainQueue();

    expect(await prisma.order.count({ where: { shopId: shop, shopifyId: 9401n } })).toBe(0);
    expect(await prisma.ticketOrder.count({ where: { shopId: shop } })).toBe(0);
    expect(await prisma.orderAction.count({ where: { shopId: shop } })).toBe(0);
    expect(await orphans(shop)).toEqual(NO_ORPHANS);
    for (const ticket of [erinsTicket, linked]) {
      expect(await prisma.ticket.findUnique({ where: { id: ticket.id } })).not.toBeNull();
      expect(await activityKinds(ticket.id)).toEqual(["order_deleted"]);
    }
    const activity = await prisma.activity.findFirstOrThrow({ where: { ticketId: erinsTicket.id } });
    expect(activity.data).toEqual({ topic: "orders/delete", deliveryId: expect.any(String), orderName: "#1401", orderShopifyId: "9401" });
    // The customer and their other order stay.
    expect(await prisma.customer.count({ where: { id: customer.id } })).toBe(1);
    expect(await prisma.order.count({ where: { shopId: shop, shopifyId: 9402n } })).toBe(1);
  });

  it("is not undone by a late or retried order webhook, whatever its updated_at, nor looked for again by the reconcile", async () => {
    const { id: shop } = await createShop();
    await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 9403, updatedAt: "2026-11-20T10:00:00Z", customer: erin }));
    await drainQueue();
    const customer = await prisma.customer.findFirstOrThrow({ where: { shopId: shop, shopifyId: BigInt(erin.id) } });
    const ticket = await createTicket(shop, { customerId: customer.id });
    await deliver(shop, "orders/delete", deletePayload("orders/delete", 9403));
    await drainQueue();

    await deliver(shop, "orders/updated", orderPayload({ id: 9403, updatedAt: "2026-11-20T09:00:00Z", customer: erin }));
    await deliver(shop, "orders/updated", orderPayload({ id: 9403, updatedAt: "2099-01-01T00:00:00Z", customer: erin }));
    await deliver(shop, "orders/cancelled", orderPayload({ topic: "orders/cancelled", id: 9403, updatedAt: "2026-11-21T09:00:00Z", cancelledAt: "2026-11-21T09:00:00Z", customer: erin }));
    // An orders/delete for an order the mirror never held leaves a tombstone too: its create, late, stays out.
    await deliver(shop, "orders/delete", deletePayload("orders/delete", 9404));
    await drainQueue();
    await deliver(shop, "orders/create", orderPayload({ topic: "orders/create", id: 9404, updatedAt: "2026-11-20T10:00:00Z", customer: erin }));
    await drainQueue();

    expect(await prisma.order.count({ where: { shopId: shop } })).toBe(0);
    expect(await activityKinds(ticket.id)).toEqual(["order_deleted"]);
    expect((await prisma.webhookDelivery.findMany({ where: { shopId: shop } })).every((delivery) => delivery.status === "APPLIED")).toBe(true);
    const { findStaleOrders } = await import("~/models/order.server");
    expect((await findStaleOrders(new Date(Date.now() - 60_000))).filter((stale) => stale.shopId === shop)).toEqual([]);
  });

  it("never leaves an order behind when its delete and an update race", async () => {
    const { id: shop } = await createShop();
    const update = (id: number) => orderMirrorFromWebhook(OrderPayload.parse(orderPayload({ id, updatedAt: "2026-11-20T10:00:00Z" })), null);
    const remove = (id: number) => deleteOrderMirror(shop, BigInt(id), { deletedAt: new Date(), activity: () => ({ kind: "order_deleted", data: {}, dedupeKey: `race:${id}` }) });
    // Half the orders are in the mirror before the race, half are not (the update would create them).
    const ids = Array.from({ length: 24 }, (_, index) => 9500 + index);
    for (const id of ids.filter((id) => id % 2 === 0)) await upsertOrderMirror(shop, update(id));
    await Promise.all(ids.flatMap((id) => (id % 4 < 2 ? [upsertOrderMirror(shop, update(id)), remove(id)] : [remove(id), upsertOrderMirror(shop, update(id))])));
    expect(await prisma.order.count({ where: { shopId: shop } })).toBe(0);
    expect(await prisma.mirrorTombstone.count({ where: { shopId: shop, resource: "ORDER" } })).toBe(ids.length);
  });
});

describe("tombstones", () => {
  it("go with the shop's data", async () => {
    const { id: shop } = await createShop();
    await deliver(shop, "orders/delete", deletePayload("orders/delete", 9601));
    await deliver(shop, "customers/delete", deletePayload("customers/delete", 8601));
    await drainQueue();
    expect(await prisma.mirrorTombstone.count({ where: { shopId: shop } })).toBe(2);
    await deleteShopData(shop);
    expect(await prisma.mirrorTombstone.count({ where: { shopId: shop } })).toBe(0);
  });
});
