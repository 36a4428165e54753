-- "Already checked?" looks notices up through their rumour's reports (RumorWord, RumorConcept:
-- server/notices/search-notices.ts by_sighting_words / by_sighting_concepts), and only notices that
-- can be shown count. Most rumours have none, so each search joined its postings to every published
-- notice, read with a sequential scan of Notice. This partial index holds just the notices that can
-- be shown, by rumour, with their id: the join reads it alone (bench/matching.ts, RESULTS.md 3).
CREATE INDEX "Notice_shown_rumorId_idx" ON "Notice" ("rumorId") INCLUDE (id) WHERE status = 'PUBLISHED' AND verdict <> 'CHECKING';
