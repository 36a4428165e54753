-- Live staff views (issue 16): every audited change to a rumour or to what hangs off it (evidence,
-- a verification request, a verdict draft, a notice, a report moved between rumours) tells open
-- staff browsers "this rumour changed". Every use case already audits in its own transaction, so
-- one trigger on the audit table reaches every writer, and pg_notify inside the transaction means
-- only committed changes are announced. The event carries the rumour's regions as committed: the
-- staff stream authorises it in memory (server/live/staff-events.ts).
CREATE FUNCTION raspa_notify_rumor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rumor_id uuid;
  regions text[];
BEGIN
  -- Reports arriving are announced as report.created by the clusterer; announcing each again
  -- would double the frames in a surge.
  IF NEW.action IN ('report.submitted', 'report.clustered') OR NEW."entityId" !~ '^[0-9a-fA-F-]{36}$' THEN
    RETURN NULL;
  END IF;
  CASE NEW."entityType"
    WHEN 'Rumor' THEN rumor_id := NEW."entityId"::uuid;
    WHEN 'Evidence' THEN SELECT "rumorId" INTO rumor_id FROM "Evidence" WHERE id = NEW."entityId"::uuid;
    WHEN 'VerificationRequest' THEN SELECT "rumorId" INTO rumor_id FROM "VerificationRequest" WHERE id = NEW."entityId"::uuid;
    WHEN 'VerdictDraft' THEN SELECT "rumorId" INTO rumor_id FROM "VerdictDraft" WHERE id = NEW."entityId"::uuid;
    WHEN 'Notice' THEN SELECT "rumorId" INTO rumor_id FROM "Notice" WHERE id = NEW."entityId"::uuid;
    WHEN 'Report' THEN SELECT "rumorId" INTO rumor_id FROM "Report" WHERE id = NEW."entityId"::uuid;
    ELSE RETURN NULL;
  END CASE;
  IF rumor_id IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT "regionCodes" INTO regions FROM "Rumor" WHERE id = rumor_id;
  IF regions IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('raspa_events', json_build_object('type', 'rumor.changed', 'rumorId', rumor_id, 'regionCodes', to_json(regions), 'action', NEW.action)::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER "AuditEvent_rumor_changed" AFTER INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION raspa_notify_rumor_changed();
