-- RumorConcept is keyed (token, rumorId) for "which rumours name this token". "Which tokens does this
-- rumour name" (language candidates on the rumour page, the inbox's "needs a language merge" filter)
-- scanned the whole table without this index.
CREATE INDEX "RumorConcept_rumorId_idx" ON "RumorConcept" ("rumorId");
