-- The settlements a rumour's reporters chose, read for every candidate rumour of every clustering
-- lookup (cluster-report.ts chosenSettlementsSql): only reports that chose one, index-only with the
-- id that orders them. Partial, so Prisma's schema cannot state it.
CREATE INDEX "Report_rumorId_settlementId_idx" ON "Report"("rumorId", "settlementId", id) WHERE "settlementId" IS NOT NULL;
