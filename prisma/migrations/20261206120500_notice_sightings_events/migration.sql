-- "Already checked?" reads the reports of a published notice's rumour (its sightings: the latest
-- ones' texts and concept keys, and the words and concepts of all of them), so a report joining,
-- leaving or re-keyed in such a rumour changes answers that every web process keeps cached
-- (server/notices/notice-search-cache.ts). Reports are moved by plain writes in many places
-- (clustering, merge and its undo, split, the bridge merge, the lexicon re-key, erasure), so one
-- trigger on Report reaches them all, and pg_notify inside the transaction announces only what
-- commits. The payload is constant: PostgreSQL folds identical notifications of one transaction,
-- so a merge moving a thousand reports sends one.
CREATE FUNCTION raspa_notify_notice_sightings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rumors uuid[];
BEGIN
  rumors := CASE TG_OP
    WHEN 'INSERT' THEN ARRAY[NEW."rumorId"]
    WHEN 'DELETE' THEN ARRAY[OLD."rumorId"]
    ELSE ARRAY[OLD."rumorId", NEW."rumorId"]
  END;
  IF EXISTS (SELECT 1 FROM "Notice" WHERE "rumorId" = ANY (rumors) AND status = 'PUBLISHED') THEN
    PERFORM pg_notify('raspa_events', '{"type":"notice.sightings_changed"}');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Report_notice_sightings_insert" AFTER INSERT ON "Report" FOR EACH ROW
  WHEN (NEW."rumorId" IS NOT NULL) EXECUTE FUNCTION raspa_notify_notice_sightings();
CREATE TRIGGER "Report_notice_sightings_update" AFTER UPDATE OF "rumorId", "conceptKey", "normalizedText", "language", "receivedAt" ON "Report" FOR EACH ROW
  WHEN (OLD."rumorId" IS DISTINCT FROM NEW."rumorId" OR (NEW."rumorId" IS NOT NULL AND (OLD."conceptKey" IS DISTINCT FROM NEW."conceptKey" OR OLD."normalizedText" IS DISTINCT FROM NEW."normalizedText" OR OLD."language" IS DISTINCT FROM NEW."language" OR OLD."receivedAt" IS DISTINCT FROM NEW."receivedAt")))
  EXECUTE FUNCTION raspa_notify_notice_sightings();
CREATE TRIGGER "Report_notice_sightings_delete" AFTER DELETE ON "Report" FOR EACH ROW
  WHEN (OLD."rumorId" IS NOT NULL) EXECUTE FUNCTION raspa_notify_notice_sightings();
