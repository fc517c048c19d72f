-- CreateEnum
CREATE TYPE "OrderActionStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "OrderAction" (
    "id" UUID NOT NULL,
    "shopId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "ticketId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "OrderActionStatus" NOT NULL DEFAULT 'RUNNING',
    "input" JSONB NOT NULL,
    "result" JSONB,
    "staffId" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrderAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrderAction_shopId_ticketId_createdAt_idx" ON "OrderAction"("shopId", "ticketId", "createdAt");

-- CreateIndex
CREATE INDEX "OrderAction_shopId_orderId_idx" ON "OrderAction"("shopId", "orderId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderAction_shopId_idempotencyKey_key" ON "OrderAction"("shopId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "OrderAction" ADD CONSTRAINT "OrderAction_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

