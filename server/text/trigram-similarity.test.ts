// Clustering scores its candidates' wording with trigram-similarity.ts instead of asking pg_trgm
// row by row: it must give PostgreSQL's similarity() exactly (a threshold compares it), and leave
// to PostgreSQL every text it cannot read the same way.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { normalizeReportText } from './normalize';
import { float4AsPrinted, plainTrigrams, trigramSimilarity } from './trigram-similarity';

const t = setupTestDatabase();

const TEXTS = [
  'В Таразе в водопровод подмешали яд, не пейте воду!',
  'Таразда су құбырына у қосылды',
  'Poison was added to the Taraz water supply',
  'Шымкентте 3 мектеп жабылады, карантин 14 күн',
  'В Шымкенте закрывают 3 школы на карантин на 14 дней',
  'aa aa aa b', 'a', '', '   ', 'x1 22 333 4444', 'aaa aab aba baa',
  'Алматыда жер сілкінісі болады деп айтып жатыр 7 балл',
  'Almaty earthquake tomorrow magnitude 7 they say',
].map(normalizeReportText);

describe('trigram similarity', () => {
  it('equals PostgreSQL’s similarity() for match keys, bit for bit', async () => {
    const rows = await t.db.$queryRaw<{ a: string; b: string; score: number }[]>`
      SELECT a, b, similarity(a, b)::float8 AS score FROM unnest(${TEXTS}::text[]) a, unnest(${TEXTS}::text[]) b`;
    expect(rows).toHaveLength(TEXTS.length ** 2);
    for (const { a, b, score } of rows) expect({ a, b, score: trigramSimilarity(plainTrigrams(a)!, plainTrigrams(b)!) }).toEqual({ a, b, score });
    // not trivially equal: many pairs share some trigrams and not all
    expect(rows.filter((r) => r.score > 0 && r.score < 1).length).toBeGreaterThan(20);
  });

  it('has as many trigrams as show_trgm()', async () => {
    const rows = await t.db.$queryRaw<{ text: string; trigrams: number }[]>`SELECT x AS text, cardinality(show_trgm(x)) AS trigrams FROM unnest(${TEXTS}::text[]) x`;
    for (const { text, trigrams } of rows) expect(plainTrigrams(text)).toHaveLength(trigrams);
  });

  it('leaves to PostgreSQL any text whose trigrams it cannot read the same way', () => {
    // letters of another script (hashed by pg_trgm; what forms a word depends on the locale), capitals, punctuation
    for (const text of ['東京 地震', 'ქართული ტექსტი', 'Taraz', 'taraz, water', 'voda-net', 'ı']) expect(plainTrigrams(text)).toBeNull();
    expect(plainTrigrams('taraz water 5')).not.toBeNull();
  });

  it('reads a similarity as PostgreSQL prints it into JSON (search’s sightings carried it so)', async () => {
    // every share of a few hundred trigrams, and powers of two (whose decimal ties round to even)
    const rows = await t.db.$queryRaw<{ a: number; b: number; json: { s: number } }[]>`
      SELECT a, b, jsonb_build_object('s', a::float4 / b::float4) AS json FROM generate_series(1, 200) b, generate_series(0, b) a
      UNION ALL SELECT 1, 2 ^ k, jsonb_build_object('s', 1::float4 / (2 ^ k)::float4) FROM generate_series(0, 20) k`;
    let differs = 0;
    const wrong: { a: number; b: number; printed: number; json: number }[] = [];
    for (const { a, b, json } of rows) {
      const value = Math.fround(a / b);
      if (float4AsPrinted(value) !== json.s) wrong.push({ a, b, printed: float4AsPrinted(value), json: json.s });
      if (value !== json.s) differs++;
    }
    expect(wrong).toEqual([]);
    // not trivially: most float4 values read as JSON are not the float's exact double
    expect(differs).toBeGreaterThan(rows.length / 2);
  });
});

