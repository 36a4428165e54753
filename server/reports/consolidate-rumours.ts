// Consolidating open rumours once the queue is drained. A report is placed by what its one text
// says, so one claim splits into several rumours whenever its first retellings share too little
// (other words, another language, a vague one first); every later report then joins one of them
// and the pairs across are lost for good (bench/RESULTS.md 1m cause (e), 1zg). A rumour of many
// reports knows far more of its claim than any one of them: here each rumour started or joined
// since the last time is compared, as a whole (rumour-whole.ts), with the open rumours that share
// its settlement and concepts, and merged with one that is the same claim — by mergeBridgedRumours,
// the younger into the oldest, audited as the system's merge, undone in one action.
//
// Run like the reconcile step (reconcile-partitions.ts), with the clustering lock held alone: no
// batch runs meanwhile, so it may compare rumours of any partition, and two workers make one
// worker's rumours. Both whole rumours must pass every veto a bridge merge passes (rumoursDiffer)
// and name the same objects (a vague rumour never merges into one whose object it does not name:
// the order-of-arrival problem of lifting the object gate, 1ze, cannot arise).
import type { DbTx } from '../db/client';
import { loadClaimContext } from '../lexicon/represent-claim';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';
import { readSetting } from '../settings/read-settings';
import { loadPlaceIndex, placesNamed } from '../settlements/place-index';
import { conceptLookupTokens } from '../text/concepts';
import { CLUSTER_CANDIDATE_RUMOURS, OPEN_FOR_SIGHTINGS, TEXTS_PER_RUMOUR, type RumourWhole } from './cluster-report';
import { mergeBridgedRumours } from './merge-bridged-rumours';
import { rumoursAreOneClaim, rumourWhole, type RumourText } from './rumour-whole';

/**
 * A rumour read as a whole (rumour-whole.ts) from its latest texts, and the settlements it is about as
 * placing reads them: named in its claim or chosen by its reporters.
 */
export async function readRumourWhole(tx: DbTx, rumorId: string): Promise<RumourWhole> {
  const placeIndex = await loadPlaceIndex(tx);
  const [texts, rumour] = await Promise.all([
    tx.$queryRaw<RumourText[]>`
      SELECT "normalizedText", "conceptKey" FROM "Report" WHERE "rumorId" = ${rumorId}::uuid
      ORDER BY "receivedAt" DESC, id DESC LIMIT ${TEXTS_PER_RUMOUR}`,
    tx.$queryRaw<{ normalizedClaim: string; chosen: string[] }[]>`
      SELECT m."normalizedClaim", ARRAY(SELECT DISTINCT s."settlementId"::text FROM "Report" s WHERE s."rumorId" = m.id AND s."settlementId" IS NOT NULL) AS chosen
      FROM "Rumor" m WHERE m.id = ${rumorId}::uuid`,
  ]);
  const places = placesNamed(rumour[0]?.normalizedClaim ?? '', placeIndex.keys);
  for (const id of rumour[0]?.chosen ?? []) places.add(id);
  return rumourWhole(texts.reverse(), places);
}

/** Rumours consolidated per transaction. */
export const CONSOLIDATE_BATCH = 25;

export interface Consolidated {
  /** Rumours compared with the others. */
  checked: number;
  /** Rumours merged away. */
  merged: number;
}

/**
 * Compares up to `limit` rumours started or joined since the last time, oldest first, with the open
 * rumours they may be one claim with. The caller holds the clustering lock alone.
 */
export async function consolidateRumours(tx: DbTx, limit: number): Promise<Consolidated> {
  const pending = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Rumor" WHERE "consolidatePending" ORDER BY "firstSeenAt", id LIMIT ${limit}`;
  if (pending.length === 0) return { checked: 0, merged: 0 };
  const context = await loadClaimContext(tx);
  const windowDays = await readSetting(tx, 'clustering.windowDays');
  const conceptThreshold = await readSetting(tx, 'clustering.conceptThreshold');
  const wholeOf = (rumorId: string) => readRumourWhole(tx, rumorId);
  let merged = 0;
  for (const { id } of pending) {
    await tx.$executeRaw`UPDATE "Rumor" SET "consolidatePending" = false WHERE id = ${id}::uuid`;
    const rumour = await tx.rumor.findUnique({ where: { id }, select: { status: true, mergedIntoId: true, lastSeenAt: true } });
    if (!rumour || rumour.mergedIntoId !== null || !OPEN_FOR_SIGHTINGS.includes(rumour.status)) continue;
    const whole = await wholeOf(id);
    // One claim names one settlement in both (sameCore): only rumours sharing a place and another concept are candidates.
    const tokens = conceptLookupTokens(whole.tokens, context.lexicon);
    if (!tokens.some((t) => t.startsWith('@'))) continue;
    const since = new Date(rumour.lastSeenAt.getTime() - windowDays * 86_400_000);
    const candidates = await tx.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM (
        SELECT k."rumorId" AS id FROM "RumorConcept" k
        WHERE k.token = ANY(${tokens}::text[]) AND k."rumorId" <> ${id}::uuid
        GROUP BY 1 HAVING count(*) >= 2 AND bool_or(k.token LIKE '@%')
        ORDER BY count(*) DESC, 1 LIMIT ${CLUSTER_CANDIDATE_RUMOURS}
      ) c JOIN "Rumor" m ON m.id = c.id
      WHERE m."mergedIntoId" IS NULL AND m.status::text = ANY(${OPEN_FOR_SIGHTINGS}) AND m."lastSeenAt" > ${since}
      ORDER BY m."firstSeenAt", m.id`;
    for (const candidate of candidates) {
      if (!rumoursAreOneClaim(whole, await wholeOf(candidate.id), context, conceptThreshold).one) continue;
      const result = await mergeBridgedRumours(tx, null, { rumorId: id, score: 1, via: 'claim', matchedReportId: null, matchedLanguage: null, shared: [] }, [{ rumorId: candidate.id, score: 1, via: 'claim', matchedReportId: null, matchedLanguage: null, shared: [] }]);
      if (result.mergedIds.length === 0) continue;
      merged += result.mergedIds.length;
      await refreshRumorStats(tx, result.rumorId);
      // The survivor is a larger whole now: compared again in the next round.
      await tx.$executeRaw`UPDATE "Rumor" SET "consolidatePending" = true WHERE id = ${result.rumorId}::uuid`;
      break;
    }
  }
  return { checked: pending.length, merged };
}

