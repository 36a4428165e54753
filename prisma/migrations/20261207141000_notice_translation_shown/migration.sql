-- "Already checked?" finds candidate translations through their postings (NoticeTranslationWord,
-- NoticeTranslationConcept) and scores only those that can be shown: of their notice's current
-- version, the notice published and not interim (verdict CHECKING). Telling which they were took three
-- index lookups per candidate (translation, version, notice), 150–300 candidates a search: ~2,700 of
-- the title half's ~3,000 buffer reads (bench/RESULTS.md 3, session 37 slot 4). Each posting now
-- carries the answer: "shownNoticeId" is the notice its translation is shown for, NULL when it is not
-- shown, so a search reads it with the posting (in the primary key's leaf, an index-only scan) and
-- looks up only the texts of those it scores. Which notices a search answers with does not change.
--
-- Kept by triggers, as the postings themselves are (the application never writes postings) and
-- because a notice's state has many writers (publishing, corrections, withdrawal, an interim notice
-- superseded, seeds and fixtures):
--   - a translation's postings are written with their notice's answer, read with the notice row
--     locked FOR SHARE: a publish or withdrawal running at the same time (which updates that row)
--     either commits first and is read, or waits for this transaction and then sees its postings;
--   - a notice whose status, verdict or current version changes sets the postings of all its
--     versions' translations (only those whose answer changes are written);
--   - a version or translation moved to another notice or version sets both notices' postings;
--   - raspa_rebuild_search_words() writes them with the answer too (bulk loaders).

ALTER TABLE "NoticeTranslationWord" ADD COLUMN "shownNoticeId" UUID;
ALTER TABLE "NoticeTranslationConcept" ADD COLUMN "shownNoticeId" UUID;
-- In the primary key's leaf pages, so the lookups by word and by concept stay index-only scans.
ALTER TABLE "NoticeTranslationWord" DROP CONSTRAINT "NoticeTranslationWord_pkey",
  ADD CONSTRAINT "NoticeTranslationWord_pkey" PRIMARY KEY ("word", "translationId") INCLUDE ("shownNoticeId");
ALTER TABLE "NoticeTranslationConcept" DROP CONSTRAINT "NoticeTranslationConcept_pkey",
  ADD CONSTRAINT "NoticeTranslationConcept_pkey" PRIMARY KEY ("token", "translationId") INCLUDE ("shownNoticeId");

-- The one definition of "can be shown": the notice's id when a translation of its version `version`
-- can be shown, else NULL (search-notices.ts noticeSearchSql read it from these three rows before).
CREATE FUNCTION raspa_shown_notice(n "Notice", version integer) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN version = n."currentVersion" AND n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING' THEN n.id END
$$;

-- The answer for a translation of version `version_id` being posted, its notice row locked FOR SHARE
-- until the transaction ends (see above).
CREATE FUNCTION raspa_translation_shown_notice(version_id uuid) RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
  shown uuid;
BEGIN
  SELECT raspa_shown_notice(n, v.version) INTO shown
  FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId"
  WHERE v.id = version_id
  FOR SHARE OF n;
  RETURN shown;
END
$$;

-- Sets the postings of all of a notice's translations whose answer changed.
CREATE FUNCTION raspa_refresh_notice_shown(notice uuid) RETURNS void
LANGUAGE sql AS $$
  UPDATE "NoticeTranslationWord" l SET "shownNoticeId" = x.shown
  FROM (
    SELECT t.id, raspa_shown_notice(n, v.version) AS shown
    FROM "Notice" n JOIN "NoticeVersion" v ON v."noticeId" = n.id JOIN "NoticeTranslation" t ON t."noticeVersionId" = v.id
    WHERE n.id = notice
  ) x
  WHERE l."translationId" = x.id AND l."shownNoticeId" IS DISTINCT FROM x.shown;
  UPDATE "NoticeTranslationConcept" c SET "shownNoticeId" = x.shown
  FROM (
    SELECT t.id, raspa_shown_notice(n, v.version) AS shown
    FROM "Notice" n JOIN "NoticeVersion" v ON v."noticeId" = n.id JOIN "NoticeTranslation" t ON t."noticeVersionId" = v.id
    WHERE n.id = notice
  ) x
  WHERE c."translationId" = x.id AND c."shownNoticeId" IS DISTINCT FROM x.shown;
$$;

CREATE OR REPLACE FUNCTION raspa_index_notice_translation_words() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  shown uuid;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."searchText" IS NOT DISTINCT FROM OLD."searchText" AND NEW.id = OLD.id THEN RETURN NULL; END IF;
    DELETE FROM "NoticeTranslationWord" WHERE "translationId" = OLD.id;
  END IF;
  shown := raspa_translation_shown_notice(NEW."noticeVersionId");
  PERFORM raspa_add_search_words(NEW."searchText");
  INSERT INTO "NoticeTranslationWord"(word, "translationId", "shownNoticeId")
  SELECT w, NEW.id, shown FROM raspa_text_words(NEW."searchText") AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION raspa_index_notice_translation_concepts() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  shown uuid;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."conceptKey" IS NOT DISTINCT FROM OLD."conceptKey" AND NEW.id = OLD.id THEN RETURN NULL; END IF;
    DELETE FROM "NoticeTranslationConcept" WHERE "translationId" = OLD.id;
  END IF;
  shown := raspa_translation_shown_notice(NEW."noticeVersionId");
  INSERT INTO "NoticeTranslationConcept"(token, "translationId", "shownNoticeId")
  SELECT t, NEW.id, shown FROM raspa_concept_tokens(NEW."conceptKey") AS t
  ON CONFLICT DO NOTHING;
  PERFORM raspa_add_rumor_concepts(n."rumorId", NEW."conceptKey")
  FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" WHERE v.id = NEW."noticeVersionId";
  RETURN NULL;
END
$$;

-- A notice published, corrected (its current version moves), withdrawn, superseded or given its verdict.
CREATE FUNCTION raspa_notice_shown_postings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.status, NEW.verdict, NEW."currentVersion") IS NOT DISTINCT FROM (OLD.status, OLD.verdict, OLD."currentVersion") THEN RETURN NULL; END IF;
  PERFORM raspa_refresh_notice_shown(NEW.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER "Notice_shown_postings" AFTER UPDATE OF status, verdict, "currentVersion" ON "Notice"
  FOR EACH ROW EXECUTE FUNCTION raspa_notice_shown_postings();

-- A version renumbered or moved to another notice.
CREATE FUNCTION raspa_notice_version_shown_postings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.version, NEW."noticeId") IS NOT DISTINCT FROM (OLD.version, OLD."noticeId") THEN RETURN NULL; END IF;
  PERFORM raspa_refresh_notice_shown(OLD."noticeId");
  IF NEW."noticeId" <> OLD."noticeId" THEN PERFORM raspa_refresh_notice_shown(NEW."noticeId"); END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "NoticeVersion_shown_postings" AFTER UPDATE OF version, "noticeId" ON "NoticeVersion"
  FOR EACH ROW EXECUTE FUNCTION raspa_notice_version_shown_postings();

-- A translation moved to another version.
CREATE FUNCTION raspa_notice_translation_shown_postings() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  shown uuid;
BEGIN
  IF NEW."noticeVersionId" = OLD."noticeVersionId" THEN RETURN NULL; END IF;
  shown := raspa_translation_shown_notice(NEW."noticeVersionId");
  UPDATE "NoticeTranslationWord" SET "shownNoticeId" = shown WHERE "translationId" = NEW.id AND "shownNoticeId" IS DISTINCT FROM shown;
  UPDATE "NoticeTranslationConcept" SET "shownNoticeId" = shown WHERE "translationId" = NEW.id AND "shownNoticeId" IS DISTINCT FROM shown;
  RETURN NULL;
END
$$;
CREATE TRIGGER "NoticeTranslation_shown_postings" AFTER UPDATE OF "noticeVersionId" ON "NoticeTranslation"
  FOR EACH ROW EXECUTE FUNCTION raspa_notice_translation_shown_postings();

CREATE OR REPLACE FUNCTION raspa_rebuild_search_words() RETURNS void
LANGUAGE sql AS $$
  TRUNCATE "SearchWord", "NoticeTranslationWord", "RumorWord";
  INSERT INTO "NoticeTranslationWord"(word, "translationId", "shownNoticeId")
  SELECT DISTINCT w, t.id, raspa_shown_notice(n, v.version)
  FROM "NoticeTranslation" t JOIN "NoticeVersion" v ON v.id = t."noticeVersionId" JOIN "Notice" n ON n.id = v."noticeId",
       raspa_text_words(t."searchText") AS w;
  INSERT INTO "RumorWord"(word, "rumorId")
  SELECT DISTINCT w, x.id FROM (
    SELECT id, "normalizedClaim" AS text FROM "Rumor"
    UNION ALL
    SELECT "rumorId", "normalizedText" FROM "Report" WHERE "rumorId" IS NOT NULL
  ) x, raspa_text_words(x.text) AS w;
  INSERT INTO "SearchWord"(word)
  SELECT word FROM "NoticeTranslationWord" UNION SELECT word FROM "RumorWord";
$$;

-- Backfill.
UPDATE "NoticeTranslationWord" l SET "shownNoticeId" = n.id
FROM "NoticeTranslation" t JOIN "NoticeVersion" v ON v.id = t."noticeVersionId" JOIN "Notice" n ON n.id = v."noticeId"
WHERE l."translationId" = t.id AND raspa_shown_notice(n, v.version) IS NOT NULL;
UPDATE "NoticeTranslationConcept" c SET "shownNoticeId" = n.id
FROM "NoticeTranslation" t JOIN "NoticeVersion" v ON v.id = t."noticeVersionId" JOIN "Notice" n ON n.id = v."noticeId"
WHERE c."translationId" = t.id AND raspa_shown_notice(n, v.version) IS NOT NULL;
