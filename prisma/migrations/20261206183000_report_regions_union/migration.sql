-- A report's regions are the one its reporter chose AND those its text names (routedRegionCodes,
-- now set at intake for every report, not only for one that chose no region), sorted; none is the
-- national queue. They are its clustering partition (cluster-pending-reports.ts) and what it adds
-- to its rumour's regions (refresh-rumor-stats.ts): a report from Almaty region about a village of
-- Zhambyl region is compared with Zhambyl's rumours too (bench/RESULTS.md 1x, 1za). One home for
-- the rule: this function, used by both and by the pending-partition index — the same expression,
-- so the planner uses the index. Reports stored before this (a chosen region, routed '{}') keep
-- the chosen region alone.
CREATE FUNCTION report_regions(region text, routed text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN region IS NULL OR region = ANY(routed) THEN routed
    ELSE ARRAY(SELECT code FROM unnest(routed || region) AS code ORDER BY code COLLATE "C") END;

DROP INDEX "Report_clustering_partition_idx";
CREATE INDEX "Report_clustering_partition_idx" ON "Report" (report_regions("regionCode", "routedRegionCodes"), "receivedAt", id)
  WHERE "clusteringPending";
