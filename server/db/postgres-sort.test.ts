// Clustering sorts its candidate texts in JS now, as `ORDER BY score DESC, "rumorId"` sorted them:
// rows equal on both keys (a rumour's texts scoring alike) must come out in PostgreSQL's order, or
// another of them would be named as the match.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { sortAsPostgres } from './postgres-sort';

const t = setupTestDatabase();

interface Row {
  seq: number;
  score: number;
  rumorId: string;
}
const byScoreThenRumour = (a: Row, b: Row) => (a.score > b.score ? -1 : a.score < b.score ? 1 : a.rumorId < b.rumorId ? -1 : a.rumorId > b.rumorId ? 1 : 0);

/** Rows with many ties on both keys, in a seeded random order (n rows, k rumours, s distinct scores). */
function rowsOf(n: number, k: number, s: number, seed: number): Row[] {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rumours = Array.from({ length: k }, (_, i) => `00000000-0000-4000-8000-${String(1000 + i * 7).padStart(12, '0')}`);
  return Array.from({ length: n }, (_, seq) => ({ seq, score: Math.floor(next() * s) / s, rumorId: rumours[Math.floor(next() * k)]! }));
}

describe('sortAsPostgres', () => {
  it('orders rows equal on every key as PostgreSQL’s ORDER BY does', async () => {
    let differsFromStable = 0;
    for (const [n, k, s, seed] of [[5, 2, 2, 1], [7, 2, 3, 2], [40, 3, 4, 3], [41, 5, 3, 4], [274, 30, 20, 5], [500, 10, 6, 6], [1000, 40, 50, 7]] as const) {
      const rows = rowsOf(n, k, s, seed);
      const expected = await t.db.$queryRaw<{ seq: number }[]>`
        SELECT seq FROM unnest(${rows.map((r) => r.seq)}::int[], ${rows.map((r) => r.score)}::float8[], ${rows.map((r) => r.rumorId)}::uuid[]) AS x(seq, score, "rumorId")
        ORDER BY score DESC, "rumorId"`;
      const sorted = sortAsPostgres([...rows], byScoreThenRumour).map((r) => r.seq);
      expect(sorted).toEqual(expected.map((r) => r.seq));
      if (sorted.join() !== [...rows].sort(byScoreThenRumour).map((r) => r.seq).join()) differsFromStable++;
    }
    // the ties are real: a stable sort would have ordered them otherwise
    expect(differsFromStable).toBeGreaterThan(3);
  });

  it('sorts like any sort where no two rows are equal', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ seq: i, score: ((i * 7919) % 301) / 301, rumorId: 'r' }));
    expect(sortAsPostgres([...rows], byScoreThenRumour)).toEqual([...rows].sort(byScoreThenRumour));
  });
});
