// Reconciling the national queue with the regions. Clustering partitions reports by region so that
// workers run in parallel (cluster-pending-reports.ts): a report with no region and no place named
// (the national queue: about half of all reports) meets only rumours of no region, and a regional
// one never meets those. Left at that, a claim reported both with and without a region stayed two
// rumours (bench/RESULTS.md 1zd: up to 7 points of recall). So once the queue is drained, with every
// clusterer stopped (the clustering lock held alone), each rumour started since then meets the
// other side through the report that started it — a rumour of the national queue every regional
// rumour, a regional one the national queue's — with the decision that places a report: where
// that report would have gone had it seen the other side (nothing on its own side took it). If a
// rumour there would have taken it, the two are merged by mergeBridgedRumours, the younger into
// the oldest, audited as an automatic merge naming the report, undone in one action.
//
// Why after the drain and not as each report is placed: a report of no region meeting every region
// would have to wait for every older report and hold every region (one worker at a time, whatever
// the number of workers); done here, the partitions stay as they are and two workers make one
// worker's rumours — the same rumours are started, and reconciled in the same order (first seen).
// The starting report speaks for its rumour: the reports that joined it later are not compared with
// the other side (when the queue drains after every report, as it mostly does, there are none yet).
import type { DbTx } from '../db/client';
import { decideCluster, OPEN_FOR_SIGHTINGS } from './cluster-report';
import { mergeBridgedRumours } from './merge-bridged-rumours';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';
import type { Language } from '../i18n/languages';

/** Rumours reconciled per transaction. */
export const RECONCILE_BATCH = 25;

export interface Reconciled {
  /** Rumours whose first report met the other side. */
  checked: number;
  /** Rumours merged away. */
  merged: number;
}

/**
 * Reconciles up to `limit` of the rumours started since the last reconcile, oldest first. The
 * caller holds the clustering lock alone (no batch runs) and has found no report pending.
 */
export async function reconcileStartedRumours(tx: DbTx, limit: number): Promise<Reconciled> {
  const started = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Rumor" WHERE "reconcilePending" ORDER BY "firstSeenAt", id LIMIT ${limit}`;
  let merged = 0;
  for (const { id } of started) {
    await tx.$executeRaw`UPDATE "Rumor" SET "reconcilePending" = false WHERE id = ${id}::uuid`;
    const rumour = await tx.rumor.findUnique({ where: { id }, select: { status: true, mergedIntoId: true } });
    if (!rumour || rumour.mergedIntoId !== null || !OPEN_FOR_SIGHTINGS.includes(rumour.status)) continue;
    const [first] = await tx.$queryRaw<{ id: string; text: string; normalizedText: string; language: Language; regionCode: string | null; routedRegionCodes: string[]; settlementId: string | null; receivedAt: Date }[]>`
      SELECT id, text, "normalizedText", language, "regionCode", "routedRegionCodes", "settlementId", "receivedAt"
      FROM "Report" WHERE "rumorId" = ${id}::uuid ORDER BY "receivedAt", id LIMIT 1`;
    if (!first) continue;
    const { candidate } = await decideCluster(tx, {
      normalizedText: first.normalizedText,
      text: first.text,
      language: first.language,
      regionCode: first.regionCode ?? undefined,
      routedRegionCodes: first.routedRegionCodes,
      settlementId: first.settlementId ?? undefined,
      now: first.receivedAt,
      across: true,
    });
    if (!candidate) continue;
    const result = await mergeBridgedRumours(tx, first.id, candidate, [{ ...candidate, rumorId: id }]);
    if (result.mergedIds.length === 0) continue;
    merged += result.mergedIds.length;
    await refreshRumorStats(tx, result.rumorId);
  }
  return { checked: started.length, merged };
}
