-- Rumours compared as wholes once the clustering queue is drained (server/reports/consolidate-rumours.ts):
-- each rumour started or joined since the last time is marked, and the worker compares it with the open
-- rumours it may be one claim with.
-- AlterTable
ALTER TABLE "Rumor" ADD COLUMN     "consolidatePending" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Rumor_consolidatePending_firstSeenAt_id_idx" ON "Rumor"("consolidatePending", "firstSeenAt", "id");
