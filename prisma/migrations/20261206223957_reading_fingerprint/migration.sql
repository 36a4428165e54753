-- Stored keys (Report.conceptKey, NoticeTranslation.conceptKey/titleKey, the normalised texts) were
-- re-read only after a lexicon edit: a release that changed how text is read (folding, stemming,
-- number words) without a lexicon edit left them stale until the next one. The seed now records what
-- this release's code reads from fixed texts and bumps the revision when that changes
-- (server/lexicon/reading-fingerprint.ts). Empty here: the first start after this migration re-keys once.
ALTER TABLE "LexiconRevision" ADD COLUMN     "readingFingerprint" TEXT;
