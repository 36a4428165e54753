// Each region's neighbours, as clustering reads them: which regions' rumours a report is compared
// with (cluster-report.ts) and which partitions' batches must not run at once
// (cluster-pending-reports.ts, and the lexicon re-key job that takes the same locks). One cache for
// all of them, so the comparison and the locks never disagree on a region's neighbourhood.
import type { DbTx } from '../db/client';

/** Neighbours change only when the seed runs: read at most every 30 s, not for every report and every look for work (a round trip each). */
const NEIGHBOURS_CACHE_MS = 30_000;
let cache: { at: number; map: Map<string, string[]> } | undefined;

/** Forgets the neighbours read; cleared with the place index (settlements/place-index.ts clearPlaceCache), its one invalidation path. */
export function clearRegionNeighbours(): void {
  cache = undefined;
}

/** Each region's neighbours, by region code. */
export async function regionNeighbours(tx: DbTx): Promise<ReadonlyMap<string, string[]>> {
  if (!cache || Date.now() - cache.at > NEIGHBOURS_CACHE_MS) {
    const regions = await tx.region.findMany({ select: { code: true, neighbourCodes: true } });
    cache = { at: Date.now(), map: new Map(regions.map((r) => [r.code, r.neighbourCodes])) };
  }
  return cache.map;
}

/** Regions and their neighbours: whose rumours their reports are compared with, and who sees the rumours they start. */
export function regionsAround(regions: Iterable<string>, neighbours: ReadonlyMap<string, readonly string[]>): Set<string> {
  const around = new Set<string>();
  for (const code of regions) for (const near of [code, ...(neighbours.get(code) ?? [])]) around.add(near);
  return around;
}
