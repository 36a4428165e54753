-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chainHash" TEXT,
ADD COLUMN     "chainSeq" BIGINT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainSeq_key" ON "AuditEvent"("chainSeq");
