import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { getDeliveryHealth, requeueWebhookDelivery } from "~/models/webhook-delivery.server";
import { receiveWebhook } from "~/services/receive-webhook.server";
import { createShop } from "./factories/records";
import { webhookRequest } from "./factories/webhook-request";
import { orderPayload } from "./fixtures/webhook-payloads";
import { drainQueue } from "./queue";

describe("Settings → Sync", () => {
  it("counts received, applied, duplicate and failed deliveries, and replays a failure", async () => {
    const { id: shop } = await createShop();
    const good = orderPayload({ id: 4401, updatedAt: "2026-11-23T10:00:00Z" });
    await receiveWebhook(webhookRequest({ shop, topic: "orders/updated", payload: good, eventId: "sync-1" }));
    await receiveWebhook(webhookRequest({ shop, topic: "orders/updated", payload: good, eventId: "sync-1" }));
    await receiveWebhook(webhookRequest({ shop, topic: "orders/updated", payload: { broken: true }, eventId: "sync-2" }));
    await drainQueue();

    const health = await getDeliveryHealth(shop);
    expect(health).toMatchObject({ received: 2, applied: 1, failed: 1, duplicates: 1, waiting: 0 });
    const failure = health.failures[0]!;
    expect(failure.topic).toBe("orders/updated");

    // The merchant fixes nothing here, so the replay fails again — but it ran once more.
    const other = await createShop();
    expect(await requeueWebhookDelivery(other.id, failure.id)).toBe(false);
    expect(await requeueWebhookDelivery(shop, failure.id)).toBe(true);
    await drainQueue();
    const replayed = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: failure.id } });
    expect(replayed).toMatchObject({ status: "FAILED", attempts: 2 });
  });
});
