-- CreateIndex
CREATE INDEX "Report_clusteringPending_regionCode_receivedAt_id_idx" ON "Report"("clusteringPending", "regionCode", "receivedAt", "id");
