-- DropIndex
DROP INDEX "Report_clusteringPending_regionCode_receivedAt_id_idx";

-- A pending report's clustering partition is the region its reporter chose, else the regions its
-- text names (routedRegionCodes, now set at intake), else none: the national queue
-- (cluster-pending-reports.ts, PARTITION — the same expression, so the planner uses this index).
-- Each partition's oldest pending report is one short range, and the partitions are found by
-- skipping through it. Reports that chose no region and are still pending when this runs were
-- stored before intake routed them: they are clustered as the national queue's.
CREATE INDEX "Report_clustering_partition_idx" ON "Report" ((CASE WHEN "regionCode" IS NULL THEN "routedRegionCodes" ELSE ARRAY["regionCode"] END), "receivedAt", id)
  WHERE "clusteringPending";
