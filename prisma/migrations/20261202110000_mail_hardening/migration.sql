-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "deliveryError" TEXT,
ADD COLUMN     "deliveryFailedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FilteredEmail" (
    "id" UUID NOT NULL,
    "shopId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT,
    "fromAddress" TEXT,
    "fromName" TEXT,
    "subject" TEXT NOT NULL,
    "messageId" TEXT,
    "raw" BYTEA NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ticketId" UUID,

    CONSTRAINT "FilteredEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FilteredEmail_shopId_receivedAt_id_idx" ON "FilteredEmail"("shopId", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "FilteredEmail_receivedAt_idx" ON "FilteredEmail"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FilteredEmail_shopId_messageId_key" ON "FilteredEmail"("shopId", "messageId");

-- AddForeignKey
ALTER TABLE "FilteredEmail" ADD CONSTRAINT "FilteredEmail_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

