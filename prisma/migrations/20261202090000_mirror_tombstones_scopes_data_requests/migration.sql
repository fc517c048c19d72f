-- CreateEnum
CREATE TYPE "MirrorResource" AS ENUM ('CUSTOMER', 'ORDER');

-- AlterTable
ALTER TABLE "DataRequest" ADD COLUMN     "customerEmail" TEXT,
ADD COLUMN     "downloadedAt" TIMESTAMP(3),
ADD COLUMN     "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "scopesUpdatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MirrorTombstone" (
    "shopId" TEXT NOT NULL,
    "resource" "MirrorResource" NOT NULL,
    "shopifyId" BIGINT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MirrorTombstone_pkey" PRIMARY KEY ("shopId","resource","shopifyId")
);

-- CreateIndex
CREATE INDEX "DataRequest_shopId_requestedAt_idx" ON "DataRequest"("shopId", "requestedAt" DESC);

-- AddForeignKey
ALTER TABLE "MirrorTombstone" ADD CONSTRAINT "MirrorTombstone_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Requests recorded before now: requested when they were recorded, for the email their export holds.
UPDATE "DataRequest" SET "requestedAt" = "createdAt", "customerEmail" = "export" -> 'customer' ->> 'email';
