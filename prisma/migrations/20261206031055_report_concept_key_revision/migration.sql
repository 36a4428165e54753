-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "conceptKeyRevision" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Report_rumorId_conceptKeyRevision_idx" ON "Report"("rumorId", "conceptKeyRevision");
