-- Clustering reads the published notice of each candidate rumour (cluster-report.ts rumourTextsSql):
-- without this index every clustering lookup scanned all notices (bench/matching.ts, RESULTS.md 3).
-- CreateIndex
CREATE INDEX "Notice_rumorId_idx" ON "Notice"("rumorId");
