-- Returns (issue 14): Shopify's return, with the shopper's resolution, its ticket and its message.
ALTER TYPE "ActivityKind" ADD VALUE 'return_requested';
ALTER TYPE "ActivityKind" ADD VALUE 'return_status_changed';

CREATE TYPE "ReturnStatus" AS ENUM ('REQUESTED', 'OPEN', 'DECLINED', 'CLOSED', 'CANCELED');

CREATE TABLE "Return" (
    "id" UUID NOT NULL,
    "shopId" TEXT NOT NULL,
    "shopifyId" BIGINT,
    "name" TEXT,
    "orderId" UUID NOT NULL,
    "customerId" UUID,
    "ticketId" UUID,
    "messageId" UUID,
    "status" "ReturnStatus" NOT NULL DEFAULT 'REQUESTED',
    "resolution" TEXT,
    "lines" JSONB NOT NULL DEFAULT '[]',
    "customerNote" TEXT,
    "declineReason" TEXT,
    "declineNote" TEXT,
    "requestKey" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "shopifyUpdatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Return_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Return_resolution_check" CHECK ("resolution" IN ('refund', 'store_credit', 'exchange'))
);

CREATE UNIQUE INDEX "Return_shopId_shopifyId_key" ON "Return"("shopId", "shopifyId");
CREATE UNIQUE INDEX "Return_shopId_requestKey_key" ON "Return"("shopId", "requestKey");
CREATE INDEX "Return_shopId_status_requestedAt_idx" ON "Return"("shopId", "status", "requestedAt" DESC);
CREATE INDEX "Return_shopId_ticketId_idx" ON "Return"("shopId", "ticketId");
CREATE INDEX "Return_shopId_orderId_idx" ON "Return"("shopId", "orderId");
CREATE INDEX "Return_shopId_customerId_requestedAt_idx" ON "Return"("shopId", "customerId", "requestedAt");

ALTER TABLE "Return" ADD CONSTRAINT "Return_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Return" ADD CONSTRAINT "Return_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Return" ADD CONSTRAINT "Return_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Return" ADD CONSTRAINT "Return_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
