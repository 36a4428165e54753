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
// The starting report speaks for a rumour of one report. A rumour a report joined meets the other side
// again through its latest report (bench/RESULTS.md 2g): a claim told both with and without a place or
// region is split whenever the first report of one side did not meet the other's, and every later
// report then joins its own side's rumour — the later reports are the evidence that the two are one.
// There the latest report speaks only for itself, so the two rumours are merged only when they agree
// as wholes as well (rumoursDiffer, the bridge's vetoes) — the place of the core asked only of a side
// that names one: a rumour of the national queue names no settlement by definition.
import type { DbTx } from '../db/client';
import { loadClaimContext } from '../lexicon/represent-claim';
import { decideCluster, OPEN_FOR_SIGHTINGS, rumoursDiffer } from './cluster-report';
import { readRumourWhole } from './consolidate-rumours';
import { mergeBridgedRumours } from './merge-bridged-rumours';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';
import type { Language } from '../i18n/languages';

/** Rumours reconciled per transaction. */
export const RECONCILE_BATCH = 25;

export interface Reconciled {
  /** Rumours whose first (or latest) report met the other side. */
  checked: number;
  /** Rumours merged away. */
  merged: number;
}

/**
 * Reconciles up to `limit` of the rumours started or joined since the last reconcile, oldest first. The
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
    // The report that started it while it is alone, else the latest to join it.
    const [first] = await tx.$queryRaw<{ id: string; text: string; normalizedText: string; language: Language; regionCode: string | null; routedRegionCodes: string[]; settlementId: string | null; receivedAt: Date; alone: boolean }[]>`
      SELECT id, text, "normalizedText", language, "regionCode", "routedRegionCodes", "settlementId", "receivedAt",
        NOT EXISTS (SELECT 1 FROM "Report" o WHERE o."rumorId" = r."rumorId" AND o.id <> r.id) AS alone
      FROM "Report" r WHERE "rumorId" = ${id}::uuid ORDER BY "receivedAt" DESC, id DESC LIMIT 1`;
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
    if (!candidate || candidate.rumorId === id) continue;
    if (!first.alone && rumoursDiffer(await readRumourWhole(tx, id), await readRumourWhole(tx, candidate.rumorId), await loadClaimContext(tx), { placeless: true })) continue;
    const result = await mergeBridgedRumours(tx, first.id, candidate, [{ ...candidate, rumorId: id }]);
    if (result.mergedIds.length === 0) continue;
    merged += result.mergedIds.length;
    await refreshRumorStats(tx, result.rumorId);
  }
  return { checked: started.length, merged };
}
