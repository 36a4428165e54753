// How a change to the reading of text (concepts.ts, numbers.ts, the seeded lexicon) changes what the spent sets'
// texts read as — every report, unrelated query and notice (title, and title with summary) — without a database:
// the seeded lexicon compiled in memory (server/testing/seeded-lexicon.ts). A set none of whose texts reads
// differently clusters and searches exactly as before (the benches are deterministic), so only the sets listed
// need a before/after run.
//
//   npx tsx bench/clustering/reading-diff.ts --save=/tmp/readings-before.json     (on the code before)
//   npx tsx bench/clustering/reading-diff.ts --diff=/tmp/readings-before.json     (on the code after)
//
// Never reads a set held back from tuning (check-sets.ts HELD_BACK_SETS).
import fs from 'node:fs';
import { seededTokens } from '../../server/testing/seeded-lexicon';
import { HELD_BACK_SETS, loadXlangSet, XLANG_SETS, type XlangSetName } from './check-sets';

const get = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const save = get('save');
const diff = get('diff');
if (!save === !diff) throw new Error('give --save=<file> or --diff=<file>');

const readings: Record<string, Record<string, string>> = {};
for (const name of Object.keys(XLANG_SETS) as XlangSetName[]) {
  if (HELD_BACK_SETS.includes(name)) continue;
  const set = loadXlangSet(name);
  const texts = [...set.reports.map((r) => r.text), ...set.unrelatedQueries.map((q) => q.text)];
  for (const group of Object.values(set.groups)) for (const notice of Object.values(group.notice)) if (notice) texts.push(notice.title, `${notice.title} ${notice.summary}`);
  readings[name] = Object.fromEntries(texts.map((text) => [text, [...seededTokens(text)].sort().join(' ')]));
}
if (save) {
  fs.writeFileSync(save, JSON.stringify(readings));
  console.log(`saved the readings of ${Object.keys(readings).length} sets to ${save}`);
} else {
  const before = JSON.parse(fs.readFileSync(diff!, 'utf8')) as typeof readings;
  for (const [name, texts] of Object.entries(readings)) {
    const changed = Object.entries(texts).filter(([text, tokens]) => before[name]?.[text] !== undefined && before[name]![text] !== tokens);
    console.log(`${name}: ${changed.length} texts read differently`);
    for (const [text, tokens] of changed) {
      const was = new Set(before[name]![text]!.split(' '));
      const now = new Set(tokens.split(' '));
      console.log(`  - ${[...was].filter((t) => t && !now.has(t)).join(' ') || '∅'}  + ${[...now].filter((t) => t && !was.has(t)).join(' ') || '∅'}  | ${text.slice(0, 120)}`);
    }
  }
}
