// The worker half of intake: each stored report joins the most similar open rumour or starts a
// new one, the rumour's numbers and priority are recomputed, and moderators get the live event.
// Intake only marks the row `clusteringPending`; the row is its own queue entry, so nothing is
// lost if a worker dies (the transaction rolls back and the row stays pending).
//
// Reports are clustered oldest first, in small batches. A surge of the same claim must form ONE
// rumour, which needs each report to see the rumour the previous one started — so two workers never
// cluster reports that could meet: a batch takes the reports of one region, holding advisory locks
// on that region and its neighbours (the regions whose rumours its reports are compared with, and
// which compare with the rumours it starts); a batch of reports that chose no region (compared with
// every rumour) holds the national lock alone. Workers on regions far apart run in parallel.
import type { Db, DbTx } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notifyLiveEvent } from '../live/events';
import { notifyStaff } from '../notifications/notify-staff';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';
import { findRiskTerms } from '../rumors/risk-terms';
import { loadClaimContext, representClaim } from '../lexicon/represent-claim';
import { regionsNamed } from '../settlements/place-index';
import { decideCluster, type ClusterCandidate } from './cluster-report';
import type { Language } from '../i18n/languages';

/** pg advisory lock key of the clusterer ("raspa" + "clus" as ASCII): shared by regional batches, alone for the national queue. */
const CLUSTERING_LOCK = 0x72617370_636c7573n;
/** First half of a region's two-key advisory lock ("clus"); the second is hashtext(region code). */
const REGION_LOCK_CLASS = 0x636c7573;
/** How many of the regions with the oldest pending reports a batch tries before giving up for now. */
const PARTITIONS_TRIED = 25;

interface PendingReport {
  id: string;
  rumorId: string | null;
  text: string;
  normalizedText: string;
  language: Language;
  regionCode: string | null;
  settlementId: string | null;
  receivedAt: Date;
  intakeMatches: { slug: string; score: number }[] | null;
}

/**
 * An "already checked?" answer at least this sure joins the report to that notice's rumour: the
 * automatic version of the citizen's "yes, this is what I heard" (search scores, search-notices.ts).
 */
export const CONFIDENT_NOTICE_MATCH = 0.8;

export interface ClusteredReport {
  reportId: string;
  rumorId: string;
  /** A new rumour was started for it. */
  startedRumor: boolean;
}

/** Clustering one report failed; the report stays pending (its batch's transaction rolled back). */
export class ClusteringFailedError extends Error {
  constructor(
    readonly reportId: string,
    cause: unknown,
  ) {
    super(`clustering report ${reportId} failed`, { cause });
  }
}

/** What a batch does to one rumour once all its reports are placed. */
interface TouchedRumor {
  riskTerms: Set<string>;
}

/**
 * Clusters up to `limit` of the oldest pending reports not in `skip`, in ONE transaction: each
 * report sees the rumours and words the earlier ones produced; a rumour's numbers are recomputed
 * once per batch however many of its sightings arrived (a surge of one claim would otherwise
 * recount its whole history for every report). An identical text already placed in this batch
 * (the same forwarded message) joins the same rumour without another search. Returns [] when
 * nothing is pending or other workers hold every partition with pending reports.
 */
export async function clusterPendingBatch(tx: DbTx, limit: number, skip: readonly string[] = []): Promise<ClusteredReport[]> {
  // A worker that hangs mid-batch must not hold the clustering locks for ever: PostgreSQL ends the
  // transaction after a minute of silence, the locks are released and the batch stays pending.
  await tx.$queryRaw`SELECT set_config('idle_in_transaction_session_timeout', '60000', true)`;
  const reports = await takePartition(tx, limit, skip);
  if (reports.length === 0) return [];
  const touched = new Map<string, TouchedRumor>();
  const placedTexts = new Map<string, string>();
  const done: ClusteredReport[] = [];
  for (const report of reports) {
    try {
      const textKey = `${report.regionCode ?? ''}|${report.settlementId ?? ''}|${report.normalizedText}`;
      const clustered = await placeReport(tx, report, placedTexts.get(textKey));
      placedTexts.set(textKey, clustered.rumorId);
      const rumor = touched.get(clustered.rumorId) ?? { riskTerms: new Set<string>() };
      for (const term of clustered.riskTerms) rumor.riskTerms.add(term);
      touched.set(clustered.rumorId, rumor);
      done.push(clustered.result);
    } catch (error) {
      throw new ClusteringFailedError(report.id, error);
    }
  }

  // Two batches far apart may both add to one rumour that spans them: its numbers are recounted
  // one batch after the other (row locks in a fixed order), each seeing what the other committed.
  await tx.$queryRaw`SELECT id FROM "Rumor" WHERE id = ANY(${[...touched.keys()]}::uuid[]) ORDER BY id FOR UPDATE`;
  const regionsOf = new Map<string, string[]>();
  for (const [rumorId, { riskTerms }] of touched) {
    if (riskTerms.size) {
      const current = await tx.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { riskFlags: true } });
      const flags = [...new Set([...current.riskFlags, ...riskTerms])];
      if (flags.length !== current.riskFlags.length) await tx.rumor.update({ where: { id: rumorId }, data: { riskFlags: flags } });
    }
    regionsOf.set(rumorId, (await refreshRumorStats(tx, rumorId)).regionCodes);
  }
  // Moderators' live event, with the rumour's regions as this batch leaves them: the staff stream
  // decides who gets it from these alone. Sent on commit, in the order the reports were placed.
  for (const { reportId, rumorId } of done) await notifyLiveEvent(tx, { type: 'report.created', reportId, rumorId, regionCodes: regionsOf.get(rumorId) ?? [] });
  // Whoever is assigned a rumour hears of new reports joining it (not of the report that started it).
  const joined = new Map<string, number>();
  for (const { rumorId, startedRumor } of done) if (!startedRumor) joined.set(rumorId, (joined.get(rumorId) ?? 0) + 1);
  if (joined.size > 0) {
    const assigned = await tx.rumor.findMany({ where: { id: { in: [...joined.keys()] }, assigneeId: { not: null } }, select: { id: true, assigneeId: true } });
    for (const rumor of assigned) await notifyStaff(tx, { kind: 'REPORT_JOINED', rumorId: rumor.id, recipientIds: [rumor.assigneeId], actorId: null, count: joined.get(rumor.id) });
  }
  return done;
}

/**
 * Locks the oldest partition another worker is not clustering and takes up to `limit` of its oldest
 * pending reports: a region's (holding the national lock shared, and the region and its neighbours
 * alone) or the national queue's (holding the national lock alone). None when every partition with
 * pending reports is being clustered, or nothing is pending.
 */
async function takePartition(tx: DbTx, limit: number, skip: readonly string[]): Promise<PendingReport[]> {
  const partitions = await tx.$queryRaw<{ regionCode: string | null }[]>`
    SELECT "regionCode" FROM "Report" WHERE "clusteringPending" AND NOT (id = ANY(${[...skip]}::uuid[]))
    GROUP BY "regionCode" ORDER BY min("receivedAt") LIMIT ${PARTITIONS_TRIED}`;
  if (partitions.length === 0) return [];
  const neighbours = new Map((await tx.region.findMany({ select: { code: true, neighbourCodes: true } })).map((r) => [r.code, r.neighbourCodes]));
  for (const { regionCode } of partitions) {
    if (!(await lockPartition(tx, regionCode, neighbours))) {
      // The national queue needs every region quiet: when its reports are the oldest, wait for it
      // rather than keep taking regions (which would keep it waiting for ever under load).
      if (regionCode === null) return [];
      continue;
    }
    const reports = await tx.$queryRaw<PendingReport[]>`
      SELECT id, "rumorId", text, "normalizedText", language, "regionCode", "settlementId", "receivedAt", "intakeMatches"
      FROM "Report" WHERE "clusteringPending" AND "regionCode" IS NOT DISTINCT FROM ${regionCode} AND NOT (id = ANY(${[...skip]}::uuid[]))
      ORDER BY "receivedAt", id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (reports.length > 0) return reports;
  }
  return [];
}

/** Try-locks (for this transaction) what clustering one partition needs; false if another worker holds any of it. */
export async function lockPartition(tx: DbTx, regionCode: string | null, neighbours: ReadonlyMap<string, string[]>): Promise<boolean> {
  if (regionCode === null) {
    const [national] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${CLUSTERING_LOCK}) AS locked`;
    return national?.locked === true;
  }
  const [shared] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock_shared(${CLUSTERING_LOCK}) AS locked`;
  if (!shared?.locked) return false;
  // In one order everywhere, so two workers reaching for overlapping neighbourhoods cannot deadlock.
  const regions = [...new Set([regionCode, ...(neighbours.get(regionCode) ?? [])])].sort();
  for (const code of regions) {
    const [region] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REGION_LOCK_CLASS}::int, hashtext(${code})) AS locked`;
    // The locks taken so far are kept until the transaction ends: they only make others wait a batch.
    if (!region?.locked) return false;
  }
  return true;
}

/** The rumour of a notice the report's "already checked?" answer was sure of, if it still takes sightings. */
async function confidentNoticeMatch(tx: DbTx, report: PendingReport): Promise<ClusterCandidate | null> {
  const top = Array.isArray(report.intakeMatches) ? report.intakeMatches[0] : undefined;
  if (!top || top.score < CONFIDENT_NOTICE_MATCH) return null;
  const notice = await tx.notice.findFirst({ where: { slug: top.slug, status: 'PUBLISHED' }, select: { rumorId: true, rumor: { select: { status: true } } } });
  if (!notice || notice.rumor.status === 'MERGED' || notice.rumor.status === 'DISMISSED') return null;
  return { rumorId: notice.rumorId, score: top.score, via: 'claim', matchedReportId: null, matchedLanguage: null, shared: [] };
}

/** Joins one report to its rumour (or starts one); audited. */
async function placeReport(tx: DbTx, report: PendingReport, rumorOfSameText: string | undefined): Promise<{ result: ClusteredReport; rumorId: string; riskTerms: string[] }> {
  const riskTerms = (await findRiskTerms(tx, report.normalizedText)).map((m) => m.term);
  // A report that chose no region is routed by the places its text names; one naming none stays in
  // the national queue (server/policy: only admins and "national" moderators see it).
  const routedRegionCodes = report.regionCode ? [] : await regionsNamed(tx, report.normalizedText);
  // A report confirming a published notice arrives with that notice's rumour already set.
  const knownRumor = report.rumorId ?? rumorOfSameText;
  let candidate: ClusterCandidate | null;
  let conceptKey: string;
  let viaNotice = false;
  if (knownRumor) {
    const context = await loadClaimContext(tx);
    conceptKey = representClaim(context, { text: report.text, normalizedText: report.normalizedText, settlementId: report.settlementId, kazakh: report.language === 'kk' }).conceptKey;
    candidate = { rumorId: knownRumor, score: 1, via: 'wording', matchedReportId: null, matchedLanguage: null, shared: [] };
  } else {
    const decision = await decideCluster(tx, {
      normalizedText: report.normalizedText,
      text: report.text,
      language: report.language,
      regionCode: report.regionCode ?? undefined,
      settlementId: report.settlementId ?? undefined,
      now: report.receivedAt,
    });
    conceptKey = decision.conceptKey;
    candidate = decision.candidate;
    if (!candidate) {
      candidate = await confidentNoticeMatch(tx, report);
      viaNotice = candidate !== null;
    }
  }

  let rumorId = candidate?.rumorId;
  if (!rumorId) {
    const rumor = await tx.rumor.create({
      data: {
        claim: report.text.slice(0, 500),
        normalizedClaim: report.normalizedText,
        language: report.language,
        firstSeenAt: report.receivedAt,
        lastSeenAt: report.receivedAt,
        regionCodes: report.regionCode ? [report.regionCode] : routedRegionCodes,
        riskFlags: riskTerms,
      },
      select: { id: true, language: true },
    });
    rumorId = rumor.id;
    await recordAuditEvent(tx, { actorLabel: 'system', action: 'rumor.created_from_report', entityId: rumorId, after: { reportId: report.id } });
  }

  await tx.report.update({
    where: { id: report.id },
    data: { rumorId, clusterScore: knownRumor ? null : (candidate?.score ?? null), clusteringPending: false, conceptKey, clusteredWithReportId: candidate?.matchedReportId ?? null, routedRegionCodes },
  });
  const via = knownRumor ? 'confirmed' : viaNotice ? 'notice' : (candidate?.via ?? null);
  await recordAuditEvent(tx, {
    actorLabel: 'system',
    action: 'report.clustered',
    entityId: report.id,
    after: { rumorId, clusterScore: candidate?.score ?? null, via, ...(report.regionCode ? {} : { routedRegionCodes }) },
  });
  if (candidate && !knownRumor) await recordCrossLanguageJoin(tx, report, candidate, via);
  return { result: { reportId: report.id, rumorId, startedRumor: !candidate }, rumorId, riskTerms };
}

/**
 * Marks in the rumour's history a join across languages or scripts — made by claim similarity or
 * through a notice, or with a text in another language — so a moderator can find it and split it
 * back (splitAutomaticJoin) with every report that joined through it.
 */
async function recordCrossLanguageJoin(tx: DbTx, report: PendingReport, candidate: ClusterCandidate, via: 'wording' | 'claim' | 'notice' | 'confirmed' | null): Promise<void> {
  const rumor = await tx.rumor.findUniqueOrThrow({ where: { id: candidate.rumorId }, select: { language: true } });
  const otherLanguage = candidate.matchedLanguage ?? rumor.language;
  if (otherLanguage === report.language) return;
  await recordAuditEvent(tx, {
    actorLabel: 'system',
    action: 'rumor.joined_across_languages',
    entityId: candidate.rumorId,
    after: { reportId: report.id, language: report.language, matchedLanguage: otherLanguage, matchedReportId: candidate.matchedReportId, via, score: candidate.score, shared: candidate.shared },
  });
}

/** Reports clustered per transaction. */
export const CLUSTERING_BATCH = 25;

/**
 * Clusters pending reports until none is left or `limit` are done; returns what it did. Reports in
 * `skip` (ones that keep failing) are left for later so they cannot hold up the rest.
 */
export async function clusterPendingReports(db: Db, options: { limit?: number; skip?: readonly string[] } = {}): Promise<ClusteredReport[]> {
  const limit = options.limit ?? 100;
  const done: ClusteredReport[] = [];
  while (done.length < limit) {
    const batch = await db.$transaction((tx) => clusterPendingBatch(tx, Math.min(CLUSTERING_BATCH, limit - done.length), options.skip), { timeout: 60_000 });
    if (batch.length === 0) break;
    done.push(...batch);
  }
  return done;
}
