-- AlterTable
ALTER TABLE "Rumor" ADD COLUMN     "reconcilePending" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Rumor_reconcilePending_firstSeenAt_id_idx" ON "Rumor"("reconcilePending", "firstSeenAt", "id");
