// How fast 2 clusterers could drain bench/clustering-drain.ts's backlog at best, from its order
// alone (issue 17): a simulation of the partition rules of server/reports/cluster-pending-reports.ts
// with no cost of looking for work, no database and a free core per worker. A batch takes up to 25
// of its partition's oldest pending reports, none past the oldest report pending in a partition it
// touches; two batches run together only if they do not touch. A partition is a region (the
// reporter's, or for a report that chose none the one its text names) or the national queue (no
// region, no place named). None of the backlog's no-region texts names a known place (the drain
// bench prints how many were routed: 0), so here a report's partition is its region or null.
// Rumours seen from two regions (which make more pairs touch) are left out, so the ceiling is
// optimistic. Costs in units: a report 1 (a text's first sighting --original-cost, since later
// copies join their twin by a look-up), a batch --batch-cost (finding, locking, recounting).
//
//   npx tsx bench/clustering-drain-ceiling.ts [--reports=10000] [--original-cost=10] [--batch-cost=3]
import fs from 'node:fs';
import path from 'node:path';
import { neighbourCodes } from '../prisma/seed/regions';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const REPORTS = arg('reports', 10_000);
const ORIGINAL_COST = arg('original-cost', 10);
const BATCH_COST = arg('batch-cost', 3);
const BATCH = 25;

// The drain bench's backlog: these texts in this order, again and again (its regions are what matter here).
const texts = ['labelled-reports.json', 'holdout-reports.json'].flatMap(
  (file) => (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'clustering', file), 'utf8')) as { reports: { regionCode: string | null }[] }).reports,
);
const regionOf = Array.from({ length: REPORTS }, (_, i) => texts[i % texts.length]!.regionCode);
const costOf = (i: number) => (i < texts.length ? ORIGINAL_COST : 1);

type Touches = (a: string | null, b: string | null) => boolean;
const near = (code: string) => new Set([code, ...(neighbourCodes[code] ?? [])]);
const rules: Record<string, Touches> = {
  // Now: a region's batch holds its region alone and its neighbours shared; the national queue
  // meets only rumours of no region, which no region meets, so it touches no region.
  'now: region alone, neighbours shared, national queue a partition of its own': (a, b) => (a === null || b === null ? a === b : a === b || near(a).has(b)),
  // Before (session 27): the national queue was compared with every rumour, so it touched every
  // region: each of its reports waited for every older report, and every region for it.
  'before: national queue touches every region': (a, b) => a === null || b === null || a === b || near(a).has(b),
  // Earlier: a region's batch held its region and its neighbours alone, so regions sharing a neighbour waited.
  'earlier: region and neighbours alone, national queue touches every region': (a, b) => a === null || b === null || [...near(a)].some((code) => near(b).has(code)),
};

/** Time to drain the backlog with `workers` workers that never wait for anything but each other. */
function drainTime(workers: number, touches: Touches): number {
  const done = new Array<boolean>(REPORTS).fill(false);
  const running: { region: string | null; ids: number[]; until: number }[] = [];
  let left = REPORTS;
  let now = 0;
  while (left > 0) {
    while (running.length < workers) {
      const oldestPending = new Map<string | null, number>();
      const oldestFree = new Map<string | null, number>();
      const taken = new Set(running.flatMap((r) => r.ids));
      for (let i = 0; i < REPORTS; i++) {
        if (done[i]) continue;
        if (!oldestPending.has(regionOf[i]!)) oldestPending.set(regionOf[i]!, i);
        if (!taken.has(i) && !oldestFree.has(regionOf[i]!)) oldestFree.set(regionOf[i]!, i);
      }
      let batch: { region: string | null; ids: number[] } | undefined;
      for (const [region, first] of [...oldestFree].sort((a, b) => a[1] - b[1])) {
        if (running.some((r) => touches(r.region, region))) continue;
        const bound = Math.min(REPORTS, ...[...oldestPending].filter(([other]) => other !== region && touches(other, region)).map(([, i]) => i));
        const ids: number[] = [];
        for (let i = first; i < bound && ids.length < BATCH; i++) if (regionOf[i] === region && !done[i]) ids.push(i);
        if (ids.length > 0) {
          batch = { region, ids };
          break;
        }
      }
      if (!batch) break;
      running.push({ ...batch, until: now + BATCH_COST + batch.ids.reduce((sum, i) => sum + costOf(i), 0) });
    }
    now = Math.min(...running.map((r) => r.until));
    for (const finished of running.filter((r) => r.until === now)) {
      for (const i of finished.ids) done[i] = true;
      left -= finished.ids.length;
      running.splice(running.indexOf(finished), 1);
    }
  }
  return now;
}

console.log(`backlog: ${REPORTS} reports (${texts.length} texts, ${regionOf.filter((r) => r === null).length} in the national queue); costs: report 1, first sighting ${ORIGINAL_COST}, batch ${BATCH_COST}`);
for (const [name, touches] of Object.entries(rules)) {
  const one = drainTime(1, touches);
  const two = drainTime(2, touches);
  const many = drainTime(64, touches);
  console.log(`${name}: 1 worker ${one}, 2 workers ${two} — at best ${(one / two).toFixed(2)}× (any number of workers: ${(one / many).toFixed(2)}×)`);
}
