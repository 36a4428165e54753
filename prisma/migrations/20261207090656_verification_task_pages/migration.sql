-- DropIndex
DROP INDEX "VerificationRequest_assigneeId_status_idx";

-- CreateIndex
CREATE INDEX "VerificationRequest_assigneeId_status_dueAt_id_idx" ON "VerificationRequest"("assigneeId", "status", "dueAt", "id");
