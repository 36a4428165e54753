// Reconciling the national queue with the regions. Clustering partitions reports by region so that
// workers run in parallel (cluster-pending-reports.ts): a report with no region and no place named
// (the national queue: about half of all reports) meets only rumours of no region, and a regional
// one never meets those. Left at that, a claim reported both with and without a region stayed two
// rumours (bench/RESULTS.md 1zd: 3–7 points of recall on most sets). So once the queue is drained,
// with every clusterer stopped (the clustering lock held alone), each rumour started since then meets
// the other side through the report that started it — a rumour of the national queue every
// regional rumour, a regional one the national queue's — with its own rumour's other texts
// competing. It is merged when a rumour of the other side is what the report would have joined (it
// was alone in its rumour, or bridges the two under every whole-rumour veto), or when it bridges
// its own rumour to one there: by mergeBridgedRumours, the younger into the oldest, audited as an
// automatic merge naming the report, undone in one action.
//
// Why after the drain and not as each report is placed: a report of no region meeting every region
// would have to wait for every older report and hold every region (one worker at a time, whatever
// the number of workers); done here, the partitions stay as they are and two workers make one
// worker's rumours — the same rumours are started, and reconciled in the same order (first seen).
import type { DbTx } from '../db/client';
import { decideCluster, OPEN_FOR_SIGHTINGS, type ClusterCandidate } from './cluster-report';
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
    const [first] = await tx.$queryRaw<{ id: string; text: string; normalizedText: string; language: Language; regionCode: string | null; routedRegionCodes: string[]; settlementId: string | null; receivedAt: Date; alone: boolean }[]>`
      SELECT r.id, r.text, r."normalizedText", r.language, r."regionCode", r."routedRegionCodes", r."settlementId", r."receivedAt",
             NOT EXISTS (SELECT 1 FROM "Report" o WHERE o."rumorId" = r."rumorId" AND o.id <> r.id) AS alone
      FROM "Report" r WHERE r."rumorId" = ${id}::uuid ORDER BY r."receivedAt", r.id LIMIT 1`;
    if (!first) continue;
    const decision = await decideCluster(tx, {
      normalizedText: first.normalizedText,
      text: first.text,
      language: first.language,
      regionCode: first.regionCode ?? undefined,
      routedRegionCodes: first.routedRegionCodes,
      settlementId: first.settlementId ?? undefined,
      now: first.receivedAt,
      across: { rumorId: id, reportId: first.id },
    });
    const chosen = decision.candidate;
    if (!chosen) continue;
    const own: ClusterCandidate = { ...chosen, rumorId: id };
    const bridged = decision.sameClaim;
    // The other side's rumour is what the report would have joined: it was alone, or it bridges the two.
    const others = chosen.rumorId === id ? bridged : first.alone || bridged.some((c) => c.rumorId === id) ? [own] : [];
    if (others.length === 0) continue;
    const result = await mergeBridgedRumours(tx, first.id, chosen, others);
    if (result.mergedIds.length === 0) continue;
    merged += result.mergedIds.length;
    await refreshRumorStats(tx, result.rumorId);
  }
  return { checked: started.length, merged };
}
