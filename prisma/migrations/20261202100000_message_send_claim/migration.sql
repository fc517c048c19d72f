-- AlterTable
ALTER TABLE "Message" ADD COLUMN "sendClaimedAt" TIMESTAMP(3);
