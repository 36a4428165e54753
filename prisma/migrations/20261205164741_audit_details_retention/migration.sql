-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "detailsDigest" TEXT,
ADD COLUMN     "detailsRemovedAt" TIMESTAMP(3);
