-- CreateTable
CREATE TABLE "ReportFormDraft" (
    "tokenHash" TEXT NOT NULL,
    "cipher" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportFormDraft_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "ReportFormDraft_expiresAt_idx" ON "ReportFormDraft"("expiresAt");
