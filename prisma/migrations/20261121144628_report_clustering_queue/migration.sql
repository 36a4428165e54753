-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "clusteringPending" BOOLEAN NOT NULL DEFAULT false;

-- The clustering worker's queue: only pending rows are in it, so it stays tiny however many
-- reports there are, and claiming the oldest is an index scan.
CREATE INDEX "Report_clustering_pending_idx" ON "Report" ("receivedAt", "id") WHERE "clusteringPending";
