// Shared by the data generators of bench/matching.ts and bench/moderation.ts.
import type pg from 'pg';
import { shuffled } from './stats';

/** Rows per multi-row INSERT (UNNEST of column arrays). */
export const BATCH = 5_000;

/** Sightings per rumour: a long tail (a few rumours with hundreds of reports, most with a handful). */
export function sightingCounts(rumours: number, reports: number, r: () => number): number[] {
  const weights = shuffled(
    Array.from({ length: rumours }, (_, i) => 1 / (i + 20) ** 0.9),
    r,
  );
  const sum = weights.reduce((s, w) => s + w, 0);
  const counts = weights.map((w) => Math.max(1, Math.round((reports * w) / sum)));
  let diff = reports - counts.reduce((s, c) => s + c, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % rumours) {
    if (diff > 0) {
      counts[i]! += 1;
      diff--;
    } else if (counts[i]! > 1) {
      counts[i]! -= 1;
      diff++;
    }
  }
  return counts;
}

/** Inserts column-wise rows in batches with one parameterised statement (`$1::…[]` per column). */
export async function insertBatches(client: pg.Client, sql: string, columns: unknown[][], label: string): Promise<void> {
  const rows = columns[0]?.length ?? 0;
  const began = performance.now();
  for (let start = 0; start < rows; start += BATCH) {
    await client.query(
      sql,
      columns.map((c) => c.slice(start, start + BATCH)),
    );
  }
  process.stderr.write(`  ${label}: ${rows} rows in ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
}
