-- Forwarded copies (cluster-pending-reports.ts, twinOf): the latest earlier report with the same
-- normalised text in the same region and settlement, read off one index range instead of walking
-- every open rumour's reports. md5 of the text, since a long text exceeds a btree entry; an
-- expression index Prisma's schema cannot state, so it lives only here (db:check ignores it).
CREATE INDEX "Report_copies_idx" ON "Report" (md5("normalizedText"), "regionCode", "settlementId", "receivedAt" DESC, id DESC)
  WHERE NOT "clusteringPending";
