-- "Already checked?" read every candidate notice's titles with the claim lexicon on every search
-- (server/notices/search-notices.ts readTitle): with a cold cache — a new process, or any lexicon
-- edit — that was most of a search's time (bench/RESULTS.md 3). The title's reading is now kept
-- with the translation, computed with the same lexicon revision as conceptKey; search uses it only
-- when that revision is the current one, and reads the title itself otherwise, as before.
ALTER TABLE "NoticeTranslation" ADD COLUMN     "titleKey" TEXT,
ADD COLUMN     "titleWords" TEXT;

-- Existing translations have no titleKey yet: marking their keys as older than any revision lets
-- the re-key sweep (server/lexicon/rekey-open-reports.ts) fill it in. Their concept keys come out
-- the same, so no posting changes (the concept trigger skips an unchanged key).
UPDATE "NoticeTranslation" SET "conceptKeyRevision" = 0;
