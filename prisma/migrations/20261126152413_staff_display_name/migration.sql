-- AlterTable
ALTER TABLE "StaffMember" ADD COLUMN     "displayName" TEXT;

