// A lexicon edit (an admin's, or the seeded lexicon upgraded on deploy) changes what claims say in
// concepts; reports keep the key they were clustered with (Report.conceptKeyRevision). Without
// re-keying, a new report is compared with an open rumour's stale keys and cannot join it across
// languages through the term just added. Closed rumours take no sightings, so they keep theirs.
// Runs as a pg-boss job (JOB_QUEUES.conceptRekey) after every edit and from the sweep while any
// open rumour's report is older than the lexicon; batches take rows with SKIP LOCKED and write the
// revision they were keyed with, so two workers share the work and a re-run does nothing twice.
import type { Db, DbTx } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueueJob, JOB_QUEUES } from '../jobs/queue';
import { OPEN_FOR_SIGHTINGS } from '../reports/cluster-report';
import { serverEnv } from '../config/env';
import type { Language } from '../i18n/languages';
import { clearLexiconCache } from './load-lexicon';
import { loadClaimContext, representClaim, type ClaimContext } from './represent-claim';

/** Reports re-keyed per transaction: short enough not to hold up clustering for long. */
export const REKEY_BATCH = 200;

interface StaleReport {
  id: string;
  text: string;
  normalizedText: string;
  language: Language;
  settlementId: string | null;
  conceptKey: string | null;
}

async function lexiconRevision(tx: DbTx): Promise<number> {
  const row = await tx.lexiconRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0;
}

/** The claim context of the lexicon as it is now (the process cache may be up to a few seconds old). */
async function currentClaimContext(tx: DbTx): Promise<ClaimContext> {
  const context = await loadClaimContext(tx);
  if (context.lexicon.revision === (await lexiconRevision(tx))) return context;
  clearLexiconCache();
  return loadClaimContext(tx);
}

/** Re-keys one batch; returns how many reports it took (0: nothing left). */
async function rekeyBatch(tx: DbTx, limit: number): Promise<number> {
  const context = await currentClaimContext(tx);
  const revision = context.lexicon.revision;
  // Pending reports are keyed by the clusterer; reports loaded by seed or import (never pending,
  // no key) get one too, so they are compared as any other.
  const reports = await tx.$queryRaw<StaleReport[]>`
    SELECT r.id, r.text, r."normalizedText", r.language::text AS language, r."settlementId", r."conceptKey"
    FROM "Report" r
    WHERE r."rumorId" IN (SELECT m.id FROM "Rumor" m WHERE m.status::text = ANY(${OPEN_FOR_SIGHTINGS}))
      AND r."conceptKeyRevision" < ${revision} AND NOT r."clusteringPending"
    LIMIT ${limit} FOR UPDATE OF r SKIP LOCKED`;
  if (reports.length === 0) return 0;
  const keys = reports.map((r) => representClaim(context, { text: r.text, normalizedText: r.normalizedText, settlementId: r.settlementId, kazakh: r.language === 'kk' }).conceptKey);
  // The RumorConcept trigger indexes each changed key for its rumour.
  await tx.$executeRaw`
    UPDATE "Report" r SET "conceptKey" = u.key, "conceptKeyRevision" = ${revision}
    FROM unnest(${reports.map((r) => r.id)}::uuid[], ${keys}::text[]) AS u(id, key)
    WHERE r.id = u.id`;
  const changed = reports.filter((r, i) => r.conceptKey !== keys[i]).length;
  await recordAuditEvent(tx, { actorLabel: 'system', action: 'lexicon.reports_rekeyed', entityId: String(revision), after: { revision, reports: reports.length, changed } });
  return reports.length;
}

/** Re-keys every open rumour's report keyed with an older lexicon; returns how many. */
export async function rekeyOpenReports(db: Db, options: { batch?: number } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await db.$transaction((tx) => rekeyBatch(tx, options.batch ?? REKEY_BATCH), { timeout: 60_000 });
    if (done === 0) return total;
    total += done;
  }
}

/** Whether an open rumour has a report keyed with an older lexicon (one index probe per open rumour). */
export async function openReportsNeedRekey(db: Db): Promise<boolean> {
  const [row] = await db.$queryRaw<{ stale: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "Rumor" m CROSS JOIN LATERAL (
        SELECT 1 FROM "Report" r
        WHERE r."rumorId" = m.id AND r."conceptKeyRevision" < (SELECT revision FROM "LexiconRevision" WHERE id = 1) AND NOT r."clusteringPending"
        LIMIT 1
      ) x
      WHERE m.status::text = ANY(${OPEN_FOR_SIGHTINGS})
    ) AS stale`;
  return row?.stale === true;
}

export interface LexiconEditEffects {
  enqueueRekey?: () => Promise<unknown>;
}

/** Sent after a lexicon edit committed; one job at a time is enough (it runs until nothing is stale). */
export function enqueueReportRekey(connectionString = serverEnv().DATABASE_URL) {
  return enqueueJob(connectionString, JOB_QUEUES.conceptRekey, {}, { singletonKey: 'concept-rekey', singletonSeconds: 10 });
}
