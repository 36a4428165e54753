// Clustering scores its candidates' wording with trigram-similarity.ts instead of asking pg_trgm
// row by row: it must give PostgreSQL's similarity() exactly (a threshold compares it), and leave
// to PostgreSQL every text it cannot read the same way.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { normalizeReportText } from './normalize';
import { plainTrigrams, trigramSimilarity } from './trigram-similarity';

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
});
