// A lexicon edit (an admin's, or the seeded lexicon upgraded on deploy) changes what claims say in
// concepts; reports and notice translations keep the key they were computed with
// (conceptKeyRevision). Without re-keying, a new report is compared with an open rumour's stale
// keys and cannot join it across languages through the term just added, and "already checked?"
// (and clustering's notice bridge) miss an older notice through it. Closed rumours take no
// sightings, so their reports keep their keys; every published notice is re-keyed (search shows
// notices whatever their rumour's state).
// Runs as a pg-boss job (JOB_QUEUES.conceptRekey) after every edit and from the sweep while
// anything is older than the lexicon. Clusterers read these keys, so a batch re-keys one
// partition's rumours under the very advisory locks a clusterer batch of that partition takes
// (lockPartition, cluster-pending-reports.ts): no report is clustered against a rumour half
// re-keyed, and no clusterer reads keys another batch is rewriting. The locks are try-locks held
// for one short batch, so clusterers pass over a partition being re-keyed as over one another
// worker holds, and the job passes over partitions clusterers hold and comes back to them. Rows
// are taken with SKIP LOCKED and written with the revision they were keyed with, so two workers
// share the work and a re-run does nothing twice.
import type { Db, DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueueJob, JOB_QUEUES } from '../jobs/queue';
import { notifyLiveEvent } from '../live/events';
import { noticeConceptKey, noticeSearchText, noticeTitleKey, noticeTitleWords } from '../notices/notice-search-fields';
import { normalizeReportText } from '../text';
import { OPEN_FOR_SIGHTINGS } from '../reports/cluster-report';
import { lockPartition } from '../reports/cluster-pending-reports';
import { regionNeighbours } from '../regions/neighbours';
import { readSetting } from '../settings/read-settings';
import { serverEnv } from '../config/env';
import type { Language } from '../i18n/languages';
import { clearLexiconCache } from './load-lexicon';
import { loadClaimContext, representClaim, type ClaimContext } from './represent-claim';

/** Rows (reports, and as many notice translations) re-keyed per transaction: short enough not to hold up clustering for long. */
export const REKEY_BATCH = 200;
/** How long the job waits for clusterers to let go of the partitions left before it ends (the sweep starts it again). */
export const REKEY_PATIENCE_MS = 30_000;

/**
 * Whose keys one batch rewrites: the open rumours of a region (under that region's clustering
 * locks), those of no region (under the national queue's lock), or the published notices of
 * rumours no clusterer reads any more (no lock).
 */
export type RekeyPartition = { region: string } | { national: true } | { closed: true };

export interface RekeyResult {
  reports: number;
  translations: number;
  /** Partitions clusterers kept held past the job's patience: left for the next run. */
  unfinished: boolean;
}

interface StaleReport {
  id: string;
  text: string;
  normalizedText: string;
  language: Language;
  settlementId: string | null;
  conceptKey: string | null;
}

interface StaleTranslation {
  id: string;
  language: Language;
  title: string;
  summary: string;
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

/** The rumours (alias m) whose keys a partition's batch rewrites. */
function rumoursOf(partition: RekeyPartition): Prisma.Sql {
  if ('closed' in partition) return Prisma.sql`NOT (m.status::text = ANY(${OPEN_FOR_SIGHTINGS}))`;
  const open = Prisma.sql`m.status::text = ANY(${OPEN_FOR_SIGHTINGS})`;
  return 'national' in partition ? Prisma.sql`${open} AND cardinality(m."regionCodes") = 0` : Prisma.sql`${open} AND ${partition.region} = ANY(m."regionCodes")`;
}

/**
 * Takes the clustering locks of the partition (try-locks, for this transaction): a region's as a
 * clusterer batch of that region takes them — the region, its neighbours, and every open rumour
 * seen from there that reaches beyond it, so no batch that reads one of its rumours runs
 * meanwhile — and the national queue's for rumours of no region. False when a clusterer holds any.
 */
async function lockForRekey(tx: DbTx, partition: RekeyPartition): Promise<boolean> {
  if ('closed' in partition) return true;
  const neighbours = await regionNeighbours(tx);
  if ('national' in partition) return lockPartition(tx, [], neighbours);
  // Rumours last seen before every pending (or newly arriving) report's window opened are read by
  // no clusterer: the same bound a clusterer batch locks with.
  const [oldest] = await tx.$queryRaw<{ at: Date | null }[]>`SELECT min("receivedAt") AS at FROM "Report" WHERE "clusteringPending"`;
  const windowDays = await readSetting(tx, 'clustering.windowDays');
  const since = new Date(Math.min(Date.now(), oldest?.at?.getTime() ?? Infinity) - windowDays * 86_400_000);
  return lockPartition(tx, [partition.region], neighbours, since);
}

/** Re-keys one batch of one partition; null when clusterers hold it. */
export async function rekeyBatch(tx: DbTx, partition: RekeyPartition, limit = REKEY_BATCH): Promise<{ reports: number; translations: number; translationsChanged: number } | null> {
  // A job that hangs mid-batch must not hold the clustering locks for ever (as a clusterer batch).
  await tx.$queryRaw`SELECT set_config('idle_in_transaction_session_timeout', '60000', true)`;
  if (!(await lockForRekey(tx, partition))) return null;
  const context = await currentClaimContext(tx);
  const revision = context.lexicon.revision;
  const rumours = rumoursOf(partition);

  // Pending reports are keyed by the clusterer; reports loaded by seed or import (never pending,
  // no key) get one too, so they are compared as any other.
  const reports =
    'closed' in partition
      ? []
      : await tx.$queryRaw<StaleReport[]>`
          SELECT r.id, r.text, r."normalizedText", r.language::text AS language, r."settlementId", r."conceptKey"
          FROM "Report" r JOIN "Rumor" m ON m.id = r."rumorId"
          WHERE ${rumours} AND r."conceptKeyRevision" < ${revision} AND NOT r."clusteringPending"
          LIMIT ${limit} FOR UPDATE OF r SKIP LOCKED`;
  // The text is normalised again too: a release may fold text differently (reading-fingerprint.ts).
  const normalizedTexts = reports.map((r) => normalizeReportText(r.text));
  const reportKeys = reports.map((r, i) => representClaim(context, { text: r.text, normalizedText: normalizedTexts[i]!, settlementId: r.settlementId, kazakh: r.language === 'kk' }).conceptKey);
  // The RumorConcept trigger indexes each changed key for its rumour.
  if (reports.length > 0) {
    await tx.$executeRaw`
      UPDATE "Report" r SET "conceptKey" = u.key, "normalizedText" = u.normalized, "conceptKeyRevision" = ${revision}
      FROM unnest(${reports.map((r) => r.id)}::uuid[], ${reportKeys}::text[], ${normalizedTexts}::text[]) AS u(id, key, normalized)
      WHERE r.id = u.id`;
  }

  // What search and clustering read of a notice: the translations of its current version.
  const translations = await tx.$queryRaw<StaleTranslation[]>`
    SELECT t.id, t.language::text AS language, t.title, t.summary, t."conceptKey"
    FROM "NoticeTranslation" t
    JOIN "NoticeVersion" v ON v.id = t."noticeVersionId"
    JOIN "Notice" n ON n.id = v."noticeId" AND n."currentVersion" = v.version
    JOIN "Rumor" m ON m.id = n."rumorId"
    WHERE n.status = 'PUBLISHED' AND ${rumours} AND t."conceptKeyRevision" < ${revision}
    LIMIT ${limit} FOR UPDATE OF t SKIP LOCKED`;
  const translationKeys = translations.map((t) => noticeConceptKey(context, t));
  // The notice-concept trigger re-indexes each changed key for search and for its rumour; the
  // title's reading is what search reads instead of reading the title per query.
  if (translations.length > 0) {
    await tx.$executeRaw`
      UPDATE "NoticeTranslation" t SET "conceptKey" = u.key, "titleKey" = u.title_key, "titleWords" = u.title_words, "searchText" = u.search_text, "conceptKeyRevision" = ${revision}
      FROM unnest(${translations.map((t) => t.id)}::uuid[], ${translationKeys}::text[], ${translations.map((t) => noticeTitleKey(context, t.language, t.title))}::text[], ${translations.map((t) => noticeTitleWords(t.title))}::text[], ${translations.map((t) => noticeSearchText(t))}::text[]) AS u(id, key, title_key, title_words, search_text)
      WHERE t.id = u.id`;
  }

  const translationsChanged = translations.filter((t, i) => t.conceptKey !== translationKeys[i]).length;
  if (reports.length + translations.length > 0) {
    await recordAuditEvent(tx, {
      actorLabel: 'system',
      action: 'lexicon.reports_rekeyed',
      entityId: String(revision),
      after: { revision, reports: reports.length, changed: reports.filter((r, i) => r.conceptKey !== reportKeys[i]).length, translations: translations.length, translationsChanged },
    });
  }
  return { reports: reports.length, translations: translations.length, translationsChanged };
}

/** The partitions with something keyed with an older lexicon (read without locks: a hint, each batch checks again). */
export async function partitionsToRekey(db: Db): Promise<RekeyPartition[]> {
  const rows = await db.$queryRaw<{ open: boolean; region: string | null }[]>`
    WITH current AS (SELECT coalesce((SELECT revision FROM "LexiconRevision" WHERE id = 1), 0) AS revision),
    stale AS (
      SELECT true AS open, m."regionCodes" FROM "Rumor" m
      WHERE m.status::text = ANY(${OPEN_FOR_SIGHTINGS}) AND EXISTS (
        SELECT 1 FROM "Report" r
        WHERE r."rumorId" = m.id AND r."conceptKeyRevision" < (SELECT revision FROM current) AND NOT r."clusteringPending")
      UNION ALL
      SELECT m.status::text = ANY(${OPEN_FOR_SIGHTINGS}), m."regionCodes"
      FROM "Notice" n JOIN "Rumor" m ON m.id = n."rumorId"
      WHERE n.status = 'PUBLISHED' AND EXISTS (
        SELECT 1 FROM "NoticeVersion" v JOIN "NoticeTranslation" t ON t."noticeVersionId" = v.id
        WHERE v."noticeId" = n.id AND v.version = n."currentVersion" AND t."conceptKeyRevision" < (SELECT revision FROM current))
    )
    SELECT DISTINCT s.open, CASE WHEN s.open THEN c.code END AS region
    FROM stale s CROSS JOIN LATERAL unnest(CASE WHEN s.open AND cardinality(s."regionCodes") > 0 THEN s."regionCodes" ELSE ARRAY[NULL]::text[] END) AS c(code)
    ORDER BY 1, 2`;
  return rows.map((r): RekeyPartition => (!r.open ? { closed: true } : r.region === null ? { national: true } : { region: r.region }));
}

/**
 * Re-keys everything keyed with an older lexicon: open rumours' reports and published notices'
 * translations, partition by partition, one short transaction each. Partitions clusterers hold are
 * passed over and tried again; after `patienceMs` without being able to take any, what is left is
 * left for the next run (`unfinished`).
 */
export async function rekeyOpenReports(db: Db, options: { batch?: number; patienceMs?: number } = {}): Promise<RekeyResult> {
  const result: RekeyResult = { reports: 0, translations: 0, unfinished: false };
  let waitingSince: number | null = null;
  let translationsChanged = false;
  for (;;) {
    const partitions = await partitionsToRekey(db);
    if (partitions.length === 0) return result;
    let progressed = false;
    for (const partition of partitions) {
      const done = await db.$transaction((tx) => rekeyBatch(tx, partition, options.batch), { timeout: 60_000 });
      if (done === null) continue;
      result.reports += done.reports;
      result.translations += done.translations;
      translationsChanged ||= done.translationsChanged > 0;
      progressed = true;
    }
    // "Already checked?" answers every process cached were found with the notices' old keys.
    if (translationsChanged) await notifyLiveEvent(db, { type: 'settings.public_changed' });
    translationsChanged = false;
    if (progressed) {
      waitingSince = null;
      continue;
    }
    waitingSince ??= Date.now();
    if (Date.now() - waitingSince >= (options.patienceMs ?? REKEY_PATIENCE_MS)) return { ...result, unfinished: true };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether anything the matcher reads is keyed with an older lexicon (one index probe per open rumour and published notice). */
export async function lexiconRekeyNeeded(db: Db): Promise<boolean> {
  return (await partitionsToRekey(db)).length > 0;
}

export interface LexiconEditEffects {
  enqueueRekey?: () => Promise<unknown>;
}

/** Sent after a lexicon edit committed; one job at a time is enough (it runs until nothing is stale). */
export function enqueueReportRekey(connectionString = serverEnv().DATABASE_URL) {
  return enqueueJob(connectionString, JOB_QUEUES.conceptRekey, {}, { singletonKey: 'concept-rekey', singletonSeconds: 10 });
}
