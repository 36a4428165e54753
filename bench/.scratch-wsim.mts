import fs from 'node:fs';
import pg from 'pg';
import { makeClaim, reportText, partialQuery, LANGUAGE_MIX } from './lib/rumour-text';
import { pick, seededRandom } from './lib/stats';
import { normalizeReportText } from '../server/text';
const c = new pg.Client({ connectionString: fs.readFileSync('/tmp/raspa-bench-draft/pg.url', 'utf8').replace(/\/postgres$/, '/bench_template') });
await c.connect();
const r = seededRandom(3);
const a: string[] = [], b: string[] = [];
for (let i = 0; i < 20000; i++) {
  const x = makeClaim(r), y = r() < 0.5 ? x : makeClaim(r);
  const q = r() < 0.5 ? partialQuery(x.claim, x.place, r).q : reportText(x.claim, pick(LANGUAGE_MIX, r), r).text;
  a.push(normalizeReportText(q)); b.push(normalizeReportText(`Утверждение, что ${y.claim.ru} ${reportText(y.claim, pick(LANGUAGE_MIX, r), r).text}`));
}
const res = await c.query(`SELECT count(*) FILTER (WHERE similarity(a,b) > word_similarity(a,b) + 1e-6) AS violations, count(*) AS n, max(similarity(a,b) - word_similarity(a,b)) AS worst FROM unnest($1::text[], $2::text[]) AS t(a,b)`, [a, b]);
console.log(res.rows[0]);
await c.end();
