-- CreateIndex
CREATE INDEX "Rumor_claim_idx" ON "Rumor" USING GIN ("claim" gin_trgm_ops);

-- ----------------------------------------------------------------------------------------------
-- Word dictionaries for fast fuzzy search (hand-written; pg_trgm's documented pattern for long
-- texts): a dictionary of the distinct words of every searched text, with a trigram index, and
-- inverted indexes word → notice translation and word → rumour. A query looks its words up in
-- the small dictionary (`%` on short words is fast), ranks the few texts that contain similar
-- words, and scores only those with the same pg_trgm functions as before. Maintained by triggers
-- so that every writer (publishing, seeds, bulk loads) keeps them current without code changes.
-- The application never writes these tables.

-- Distinct words of a normalised (space-separated, match-key) text; long tokens are cut so they
-- fit a b-tree entry. Sorted, so concurrent writers take row locks in one order.
CREATE FUNCTION raspa_text_words(normalized text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT left(w, 60) FROM unnest(string_to_array(normalized, ' ')) AS w WHERE w <> '' ORDER BY 1
$$;

-- No unique constraint: two transactions adding the same new word never wait for each other; a
-- rare duplicate is harmless (lookups use DISTINCT).
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL
);
CREATE INDEX "SearchWord_word_idx" ON "SearchWord"("word");
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

CREATE TABLE "NoticeTranslationWord" (
    "word" TEXT NOT NULL,
    "translationId" UUID NOT NULL,
    CONSTRAINT "NoticeTranslationWord_pkey" PRIMARY KEY ("word", "translationId"),
    CONSTRAINT "NoticeTranslationWord_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "NoticeTranslation"("id") ON DELETE CASCADE
);
CREATE INDEX "NoticeTranslationWord_translationId_idx" ON "NoticeTranslationWord"("translationId");

-- Words of a rumour's claim and of every report it has had. Only ever added to (a report split
-- out or an edited claim leaves stale words): the index proposes candidates, and clustering
-- scores their actual current texts. Rows of a deleted rumour are never joined to anything.
CREATE TABLE "RumorWord" (
    "word" TEXT NOT NULL,
    "rumorId" UUID NOT NULL
);
CREATE INDEX "RumorWord_word_rumorId_idx" ON "RumorWord"("word", "rumorId");

CREATE FUNCTION raspa_add_search_words(normalized text) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "SearchWord"(word)
  SELECT w FROM raspa_text_words(normalized) AS w
  WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" s WHERE s.word = w)
$$;

CREATE FUNCTION raspa_index_notice_translation_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."searchText" IS NOT DISTINCT FROM OLD."searchText" AND NEW.id = OLD.id THEN RETURN NULL; END IF;
    DELETE FROM "NoticeTranslationWord" WHERE "translationId" = OLD.id;
  END IF;
  PERFORM raspa_add_search_words(NEW."searchText");
  INSERT INTO "NoticeTranslationWord"(word, "translationId")
  SELECT w, NEW.id FROM raspa_text_words(NEW."searchText") AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "NoticeTranslation_index_words"
AFTER INSERT OR UPDATE OF "searchText", "id" ON "NoticeTranslation"
FOR EACH ROW EXECUTE FUNCTION raspa_index_notice_translation_words();

CREATE FUNCTION raspa_add_rumor_words(rumor uuid, normalized text) RETURNS void
LANGUAGE sql AS $$
  SELECT raspa_add_search_words(normalized);
  INSERT INTO "RumorWord"(word, "rumorId")
  SELECT w, rumor FROM raspa_text_words(normalized) AS w
  WHERE NOT EXISTS (SELECT 1 FROM "RumorWord" x WHERE x.word = w AND x."rumorId" = rumor);
$$;

CREATE FUNCTION raspa_index_rumor_claim_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."normalizedClaim" IS NOT DISTINCT FROM OLD."normalizedClaim" THEN RETURN NULL; END IF;
  PERFORM raspa_add_rumor_words(NEW.id, NEW."normalizedClaim");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Rumor_index_words"
AFTER INSERT OR UPDATE OF "normalizedClaim" ON "Rumor"
FOR EACH ROW EXECUTE FUNCTION raspa_index_rumor_claim_words();

CREATE FUNCTION raspa_index_report_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."rumorId" IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND NEW."rumorId" IS NOT DISTINCT FROM OLD."rumorId"
     AND NEW."normalizedText" IS NOT DISTINCT FROM OLD."normalizedText" THEN RETURN NULL; END IF;
  PERFORM raspa_add_rumor_words(NEW."rumorId", NEW."normalizedText");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Report_index_words"
AFTER INSERT OR UPDATE OF "rumorId", "normalizedText" ON "Report"
FOR EACH ROW EXECUTE FUNCTION raspa_index_report_words();

-- Rebuilds all three from the texts (this migration's backfill; bulk loaders that disable the
-- triggers call it after loading).
CREATE FUNCTION raspa_rebuild_search_words() RETURNS void
LANGUAGE sql AS $$
  TRUNCATE "SearchWord", "NoticeTranslationWord", "RumorWord";
  INSERT INTO "NoticeTranslationWord"(word, "translationId")
  SELECT DISTINCT w, t.id FROM "NoticeTranslation" t, raspa_text_words(t."searchText") AS w;
  INSERT INTO "RumorWord"(word, "rumorId")
  SELECT DISTINCT w, x.id FROM (
    SELECT id, "normalizedClaim" AS text FROM "Rumor"
    UNION ALL
    SELECT "rumorId", "normalizedText" FROM "Report" WHERE "rumorId" IS NOT NULL
  ) x, raspa_text_words(x.text) AS w;
  INSERT INTO "SearchWord"(word)
  SELECT word FROM "NoticeTranslationWord" UNION SELECT word FROM "RumorWord";
$$;

SELECT raspa_rebuild_search_words();
