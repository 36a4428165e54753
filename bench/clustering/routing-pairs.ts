// Same-claim pairs of a labelled set that the routing alone keeps apart: a report is compared only
// with rumours of its own regions and their neighbours — the region its reporter chose and the
// regions of the settlements its text names (seeded settlements and district names), else none (the
// national queue, which meets only rumours of no region; cluster-report.ts decideCluster,
// server/reports/report-regions.ts; --route-chosen: the chosen region alone, as before RESULTS 1za). Counts,
// per set, the pairs of one claim whose two reports can never meet, by how each was routed. No
// database: the seed's settlements are read directly, so run it after editing the seed to see what a
// new place or nickname changes (bench/RESULTS.md 1x).
//
//   npx tsx bench/clustering/routing-pairs.ts [--sets=tuning,untouched,fresh,fresh2,fresh3,fresh4,fresh5] [--route-chosen]
import fs from 'node:fs';
import path from 'node:path';
import { neighbourCodes } from '../../prisma/seed/regions';
import { settlementSeeds } from '../../prisma/seed/settlements';
import { reportRegions } from '../../server/reports/report-regions';
import { districtKeys, placesNamed, type PlaceKey } from '../../server/settlements/place-index';
import { normalizeReportText } from '../../server/text/normalize';
import { removeFillerWords } from '../../server/text/stopwords';
import { toMatchKey } from '../../server/text/transliterate';
import { HELD_BACK_SETS } from './check-sets';


interface SetFile {
  groups: Record<string, { regionCode: string | null }>;
  reports: { group: string; text: string; regionCode: string | null }[];
}

/** The keys loadPlaceIndex builds from the database, built from the seed (settlement ids: region|nameEn). */
function seedPlaceKeys(): { keys: PlaceKey[]; regionOf: Map<string, string> } {
  const keys = new Map<string, string>();
  const regionOf = new Map<string, string>();
  for (const s of settlementSeeds) {
    const id = `${s.regionCode}|${s.nameEn}`;
    regionOf.set(id, s.regionCode);
    for (const alias of s.aliases) {
      const key = removeFillerWords(toMatchKey(alias));
      if (key.length < 4) continue;
      keys.set(key, id);
      const stem = key.replace(/[aeiou]+$/, '');
      if (stem !== key && stem.length >= 5) keys.set(stem, id);
    }
  }
  const districts = settlementSeeds.flatMap((s) => (s.district ? [{ settlementId: `${s.regionCode}|${s.nameEn}`, regionCode: s.regionCode, districtKk: s.district.nameKk, districtRu: s.district.nameRu, districtEn: s.district.nameEn }] : []));
  const all = [...[...keys].map(([key, settlementId]) => ({ key, settlementId })), ...districtKeys(districts)].sort((a, b) => b.key.length - a.key.length);
  return { keys: all, regionOf };
}

function main() {
  const sets = (process.argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'tuning,untouched,fresh,fresh2,fresh3,fresh4,fresh5').split(',');
  if (sets.some((s) => HELD_BACK_SETS.includes(s))) throw new Error(`${HELD_BACK_SETS.join(', ')} is held back from tuning`);
  const routeChosen = process.argv.includes('--route-chosen');
  const { keys, regionOf } = seedPlaceKeys();
  const near = (codes: readonly string[]) => new Set(codes.flatMap((c) => [c, ...(neighbourCodes[c] ?? [])]));
  for (const name of sets) {
    const set = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `xlang-${name}.json`), 'utf8')) as SetFile;
    const routed = set.reports.map((r) => {
      const named = [...new Set([...placesNamed(normalizeReportText(r.text), keys)].map((id) => regionOf.get(id)!))];
      const own = routeChosen && r.regionCode ? [r.regionCode] : reportRegions(r.regionCode, named);
      const how = r.regionCode ? (named.length === 0 ? 'chosen, no place named' : named.includes(r.regionCode) ? 'chosen = named' : 'chosen ≠ named') : named.length ? 'named' : 'national queue';
      return { group: r.group, own, how };
    });
    const counts = new Map<string, number>();
    let pairs = 0;
    for (let i = 0; i < routed.length; i++) {
      for (let j = i + 1; j < routed.length; j++) {
        const a = routed[i]!;
        const b = routed[j]!;
        if (a.group !== b.group) continue;
        pairs++;
        const meet = a.own.length === 0 || b.own.length === 0 ? a.own.length === b.own.length : a.own.some((c) => near(b.own).has(c));
        if (meet) continue;
        const key = `${set.groups[a.group]!.regionCode === null ? 'nationwide' : 'regional'} claim: ${[a.how, b.how].sort().join(' + ')}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const apart = [...counts.values()].reduce((x, y) => x + y, 0);
    console.log(`${name}: ${apart} of ${pairs} same-claim pairs can never meet (${((100 * apart) / pairs).toFixed(1)} %)`);
    for (const [key, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${key}`);
  }
}

main();
