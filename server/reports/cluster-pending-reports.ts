// The worker half of intake: each stored report joins the most similar open rumour or starts a
// new one, the rumour's numbers and priority are recomputed, and moderators get the live event.
// Intake only marks the row `clusteringPending`; the row is its own queue entry, so nothing is
// lost if a worker dies (the transaction rolls back and the row stays pending).
//
// Reports are clustered one at a time, oldest first, each in its own transaction, and by one
// worker at a time (advisory lock): a surge of the same claim must form ONE rumour, which needs
// each report to see the rumour the previous one started.
import type { Db, DbTx } from '../db/client';
import type { Language } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notifyLiveEvent } from '../live/events';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';
import { findRiskTerms } from '../rumors/risk-terms';
import { findClusterCandidate } from './cluster-report';

/** pg advisory lock key of the clusterer ("raspa" + "clus" as ASCII). */
const CLUSTERING_LOCK = 0x72617370_636c7573n;

interface PendingReport {
  id: string;
  rumorId: string | null;
  text: string;
  normalizedText: string;
  language: Language;
  regionCode: string | null;
  settlementId: string | null;
  receivedAt: Date;
}

export interface ClusteredReport {
  reportId: string;
  rumorId: string;
  /** A new rumour was started for it. */
  startedRumor: boolean;
}

/** Clustering one report failed; the report stays pending (its transaction rolled back). */
export class ClusteringFailedError extends Error {
  constructor(
    readonly reportId: string,
    cause: unknown,
  ) {
    super(`clustering report ${reportId} failed`, { cause });
  }
}

/**
 * Clusters the oldest pending report not in `skip`; null when there is none (or another worker
 * is clustering).
 */
export async function clusterOldestPendingReport(tx: DbTx, skip: readonly string[] = []): Promise<ClusteredReport | null> {
  const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${CLUSTERING_LOCK}) AS locked`;
  if (!lock?.locked) return null;
  const [report] = await tx.$queryRaw<PendingReport[]>`
    SELECT id, "rumorId", text, "normalizedText", language, "regionCode", "settlementId", "receivedAt"
    FROM "Report" WHERE "clusteringPending" AND NOT (id = ANY(${[...skip]}::uuid[]))
    ORDER BY "receivedAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
  if (!report) return null;
  try {
    return await clusterReport(tx, report);
  } catch (error) {
    throw new ClusteringFailedError(report.id, error);
  }
}

async function clusterReport(tx: DbTx, report: PendingReport): Promise<ClusteredReport> {
  const riskTerms = (await findRiskTerms(tx, report.normalizedText)).map((m) => m.term);
  // A report confirming a published notice arrives with that notice's rumour already set.
  const candidate = report.rumorId
    ? { rumorId: report.rumorId, score: 1 }
    : await findClusterCandidate(tx, {
        normalizedText: report.normalizedText,
        regionCode: report.regionCode ?? undefined,
        settlementId: report.settlementId ?? undefined,
        now: report.receivedAt,
      });

  let rumorId = candidate?.rumorId;
  if (!rumorId) {
    const rumor = await tx.rumor.create({
      data: {
        claim: report.text.slice(0, 500),
        normalizedClaim: report.normalizedText,
        language: report.language,
        firstSeenAt: report.receivedAt,
        lastSeenAt: report.receivedAt,
        regionCodes: report.regionCode ? [report.regionCode] : [],
        riskFlags: riskTerms,
      },
      select: { id: true },
    });
    rumorId = rumor.id;
    await recordAuditEvent(tx, { actorLabel: 'system', action: 'rumor.created_from_report', entityType: 'Rumor', entityId: rumorId, after: { reportId: report.id } });
  } else if (riskTerms.length) {
    const current = await tx.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { riskFlags: true } });
    const flags = [...new Set([...current.riskFlags, ...riskTerms])];
    if (flags.length !== current.riskFlags.length) await tx.rumor.update({ where: { id: rumorId }, data: { riskFlags: flags } });
  }

  await tx.report.update({ where: { id: report.id }, data: { rumorId, clusterScore: candidate?.score ?? null, clusteringPending: false } });
  await refreshRumorStats(tx, rumorId);
  await recordAuditEvent(tx, { actorLabel: 'system', action: 'report.clustered', entityType: 'Report', entityId: report.id, after: { rumorId, clusterScore: candidate?.score ?? null } });
  await notifyLiveEvent(tx, { type: 'report.created', reportId: report.id, rumorId });
  return { reportId: report.id, rumorId, startedRumor: !candidate };
}

/**
 * Clusters pending reports until none is left or `limit` are done; returns what it did. Reports in
 * `skip` (ones that keep failing) are left for later so they cannot hold up the rest.
 */
export async function clusterPendingReports(db: Db, options: { limit?: number; skip?: readonly string[] } = {}): Promise<ClusteredReport[]> {
  const limit = options.limit ?? 100;
  const done: ClusteredReport[] = [];
  while (done.length < limit) {
    const clustered = await db.$transaction((tx) => clusterOldestPendingReport(tx, options.skip), { timeout: 30_000 });
    if (!clustered) break;
    done.push(clustered);
  }
  return done;
}
