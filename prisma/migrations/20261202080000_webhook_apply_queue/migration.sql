-- A delivery whose apply failed with an error that may pass is retried by its own job.
ALTER TYPE "DeliveryStatus" ADD VALUE 'RETRYING' BEFORE 'FAILED';

-- The per-shop apply job drains a shop's received deliveries in order, and the sweep finds shops
-- with deliveries but no job. Partial, so it holds only what waits (hand-written: Prisma's schema
-- cannot express a partial index, docs/decisions/010).
CREATE INDEX "WebhookDelivery_received_idx" ON "WebhookDelivery"("shopId", id) WHERE status = 'RECEIVED';
