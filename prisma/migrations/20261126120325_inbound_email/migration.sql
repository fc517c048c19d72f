-- DropIndex
DROP INDEX "Message_shopId_externalId_idx";

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "ticketSequence" INTEGER NOT NULL DEFAULT 1000;

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "shopId" TEXT NOT NULL,
    "messageId" UUID NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "contentId" TEXT,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Attachment_shopId_messageId_idx" ON "Attachment"("shopId", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "Message_shopId_externalId_key" ON "Message"("shopId", "externalId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

