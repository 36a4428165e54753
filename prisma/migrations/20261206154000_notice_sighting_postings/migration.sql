-- "Already checked?" finds a notice through its rumour's reports (its sightings): the words and
-- concepts of every report and of the claim (RumorWord, RumorConcept), but only of the rumours
-- with a notice that can be shown (status PUBLISHED, verdict not CHECKING), which are ~30 % of the
-- postings. Each search read all the postings of the query's words and concepts and joined them
-- to the shown notices — about half of the statement (bench/matching.ts, bench/RESULTS.md 3).
-- These two tables hold exactly that join, keyed by the notice: the rows of RumorWord and
-- RumorConcept of a shown notice's rumour. Kept by triggers (the application never writes them):
--   - a word or concept posted for a rumour is copied for its shown notices;
--   - a notice becoming shown (published, its verdict no longer CHECKING, moved to another rumour)
--     gets all of its rumour's; one no longer shown (withdrawn, superseded) loses its own; a
--     deleted notice loses them by cascade;
--   - emptying RumorWord or RumorConcept (raspa_rebuild_search_words) empties the copy, and the
--     rebuild's inserts copy again.
-- Like their sources they are only added to while the notice is shown (a report split off leaves
-- its words: search scores the rumour's current reports, these only propose notices).
-- Not covered: a report whose words are new to its rumour committed at the very moment that rumour's
-- notice becomes shown, each transaction not yet seeing the other's rows (no lock is taken here: one
-- would make clustering wait on publishing, inside transactions that lock rumours). Those words then
-- propose the notice only after raspa_rebuild_search_words(); its titles, its concepts and its other
-- reports still do.

CREATE TABLE "NoticeSightingWord" (
    "word" TEXT NOT NULL,
    "noticeId" UUID NOT NULL,
    CONSTRAINT "NoticeSightingWord_pkey" PRIMARY KEY ("word", "noticeId"),
    CONSTRAINT "NoticeSightingWord_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE
);
CREATE INDEX "NoticeSightingWord_noticeId_idx" ON "NoticeSightingWord"("noticeId");

CREATE TABLE "NoticeSightingConcept" (
    "token" TEXT NOT NULL,
    "noticeId" UUID NOT NULL,
    CONSTRAINT "NoticeSightingConcept_pkey" PRIMARY KEY ("token", "noticeId"),
    CONSTRAINT "NoticeSightingConcept_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE
);
CREATE INDEX "NoticeSightingConcept_noticeId_idx" ON "NoticeSightingConcept"("noticeId");

-- New postings, once per statement (one report's words are one INSERT): copied for the shown
-- notices of their rumours (Notice_shown_rumorId_idx finds them; most rumours have none).
CREATE FUNCTION raspa_copy_rumor_words_to_notices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "NoticeSightingWord"(word, "noticeId")
  SELECT DISTINCT w.word, n.id FROM added w JOIN "Notice" n ON n."rumorId" = w."rumorId"
  WHERE n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "RumorWord_copy_to_notices" AFTER INSERT ON "RumorWord"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raspa_copy_rumor_words_to_notices();

CREATE FUNCTION raspa_copy_rumor_concepts_to_notices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "NoticeSightingConcept"(token, "noticeId")
  SELECT DISTINCT c.token, n.id FROM added c JOIN "Notice" n ON n."rumorId" = c."rumorId"
  WHERE n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER "RumorConcept_copy_to_notices" AFTER INSERT ON "RumorConcept"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raspa_copy_rumor_concepts_to_notices();

CREATE FUNCTION raspa_empty_notice_sighting_postings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'RumorWord' THEN TRUNCATE "NoticeSightingWord"; ELSE TRUNCATE "NoticeSightingConcept"; END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "RumorWord_empty_notice_copy" AFTER TRUNCATE ON "RumorWord"
  FOR EACH STATEMENT EXECUTE FUNCTION raspa_empty_notice_sighting_postings();
CREATE TRIGGER "RumorConcept_empty_notice_copy" AFTER TRUNCATE ON "RumorConcept"
  FOR EACH STATEMENT EXECUTE FUNCTION raspa_empty_notice_sighting_postings();

-- A notice that starts or stops being shown, or moves to another rumour.
CREATE FUNCTION raspa_notice_sighting_postings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was_shown boolean := TG_OP = 'UPDATE' AND OLD.status = 'PUBLISHED' AND OLD.verdict <> 'CHECKING';
  is_shown boolean := NEW.status = 'PUBLISHED' AND NEW.verdict <> 'CHECKING';
BEGIN
  IF was_shown AND is_shown AND NEW."rumorId" = OLD."rumorId" AND NEW.id = OLD.id THEN RETURN NULL; END IF;
  IF was_shown THEN
    DELETE FROM "NoticeSightingWord" WHERE "noticeId" = OLD.id;
    DELETE FROM "NoticeSightingConcept" WHERE "noticeId" = OLD.id;
  END IF;
  IF is_shown THEN
    INSERT INTO "NoticeSightingWord"(word, "noticeId")
    SELECT DISTINCT word, NEW.id FROM "RumorWord" WHERE "rumorId" = NEW."rumorId"
    ON CONFLICT DO NOTHING;
    INSERT INTO "NoticeSightingConcept"(token, "noticeId")
    SELECT token, NEW.id FROM "RumorConcept" WHERE "rumorId" = NEW."rumorId"
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Notice_sighting_postings" AFTER INSERT OR UPDATE OF status, verdict, "rumorId", id ON "Notice"
  FOR EACH ROW EXECUTE FUNCTION raspa_notice_sighting_postings();

-- Backfill.
INSERT INTO "NoticeSightingWord"(word, "noticeId")
SELECT DISTINCT w.word, n.id FROM "RumorWord" w JOIN "Notice" n ON n."rumorId" = w."rumorId"
WHERE n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING';
INSERT INTO "NoticeSightingConcept"(token, "noticeId")
SELECT c.token, n.id FROM "RumorConcept" c JOIN "Notice" n ON n."rumorId" = c."rumorId"
WHERE n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING';
