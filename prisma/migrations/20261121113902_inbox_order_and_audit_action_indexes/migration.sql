-- CreateIndex
CREATE INDEX "Rumor_priorityScore_id_idx" ON "Rumor"("priorityScore" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");
