-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "clusteredWithReportId" UUID,
ADD COLUMN     "conceptKey" TEXT;

-- AlterTable
ALTER TABLE "NoticeTranslation" ADD COLUMN     "conceptKey" TEXT;

-- CreateTable
CREATE TABLE "Concept" (
    "id" TEXT NOT NULL,
    "contrastClass" TEXT,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Concept_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConceptTerm" (
    "id" UUID NOT NULL,
    "conceptId" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "term" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConceptTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LexiconRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LexiconRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConceptTerm_term_idx" ON "ConceptTerm"("term");

-- CreateIndex
CREATE UNIQUE INDEX "ConceptTerm_conceptId_language_term_key" ON "ConceptTerm"("conceptId", "language", "term");

-- AddForeignKey
ALTER TABLE "ConceptTerm" ADD CONSTRAINT "ConceptTerm_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- ----------------------------------------------------------------------------------------------
-- Concept postings (hand-written, like the word dictionaries of 20261121123041_search_word_index):
-- token → rumour and token → notice translation, for finding claims that share concepts, numbers
-- or places with a text in another language. Tokens are those of the concept keys
-- (server/text/concepts.ts) except residual words ("~…"), which the word index already covers.
-- Kept by triggers; the application never writes these tables.
CREATE FUNCTION raspa_concept_tokens(concept_key text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT left(t, 80) FROM unnest(string_to_array(coalesce(concept_key, ''), ' ')) AS t WHERE t <> '' AND t NOT LIKE '~%'
$$;

-- Only ever added to, like RumorWord: it proposes candidates; clustering scores their current keys.
CREATE TABLE "RumorConcept" (
    "token" TEXT NOT NULL,
    "rumorId" UUID NOT NULL,
    CONSTRAINT "RumorConcept_pkey" PRIMARY KEY ("token", "rumorId")
);

CREATE TABLE "NoticeTranslationConcept" (
    "token" TEXT NOT NULL,
    "translationId" UUID NOT NULL,
    CONSTRAINT "NoticeTranslationConcept_pkey" PRIMARY KEY ("token", "translationId"),
    CONSTRAINT "NoticeTranslationConcept_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "NoticeTranslation"("id") ON DELETE CASCADE
);
CREATE INDEX "NoticeTranslationConcept_translationId_idx" ON "NoticeTranslationConcept"("translationId");

CREATE FUNCTION raspa_add_rumor_concepts(rumor uuid, concept_key text) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "RumorConcept"(token, "rumorId") SELECT t, rumor FROM raspa_concept_tokens(concept_key) AS t
  ON CONFLICT DO NOTHING;
$$;

CREATE FUNCTION raspa_index_report_concepts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."rumorId" IS NULL OR NEW."conceptKey" IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND NEW."rumorId" IS NOT DISTINCT FROM OLD."rumorId"
     AND NEW."conceptKey" IS NOT DISTINCT FROM OLD."conceptKey" THEN RETURN NULL; END IF;
  PERFORM raspa_add_rumor_concepts(NEW."rumorId", NEW."conceptKey");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Report_index_concepts"
AFTER INSERT OR UPDATE OF "rumorId", "conceptKey" ON "Report"
FOR EACH ROW EXECUTE FUNCTION raspa_index_report_concepts();

-- A notice's translations are bridges: their concepts are posted for the notice too and for its
-- rumour, so a report in any language finds the rumour through the notice's text in its language.
CREATE FUNCTION raspa_index_notice_translation_concepts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."conceptKey" IS NOT DISTINCT FROM OLD."conceptKey" AND NEW.id = OLD.id THEN RETURN NULL; END IF;
    DELETE FROM "NoticeTranslationConcept" WHERE "translationId" = OLD.id;
  END IF;
  INSERT INTO "NoticeTranslationConcept"(token, "translationId")
  SELECT t, NEW.id FROM raspa_concept_tokens(NEW."conceptKey") AS t
  ON CONFLICT DO NOTHING;
  PERFORM raspa_add_rumor_concepts(n."rumorId", NEW."conceptKey")
  FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" WHERE v.id = NEW."noticeVersionId";
  RETURN NULL;
END
$$;

CREATE TRIGGER "NoticeTranslation_index_concepts"
AFTER INSERT OR UPDATE OF "conceptKey", "id" ON "NoticeTranslation"
FOR EACH ROW EXECUTE FUNCTION raspa_index_notice_translation_concepts();

INSERT INTO "LexiconRevision"(id, revision, "updatedAt") VALUES (1, 0, CURRENT_TIMESTAMP);
