// How often detectLanguage (server/text/language.ts) names the language a set's author wrote each report
// in, per set and per language, with the Kazakh written without Kazakh letters counted apart (the
// reports a per-language rule misreads when it is read as Russian: concepts.ts qualifierTokens, stemming).
//
//   npx tsx bench/clustering/language-sets.ts [--sets=tuning,untouched,fresh,...] [--wrong]
//
// --wrong prints each report read as another language. Refuses the sets held back from tuning.
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../server/i18n/languages';
import { detectLanguage } from '../../server/text';
import { HELD_BACK_SETS, type XlangSet } from './check-sets';

const SPENT = ['tuning', 'untouched', 'fresh', ...Array.from({ length: 11 }, (_, i) => `fresh${i + 2}`)];
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sets = (arg('sets') ?? SPENT.join(',')).split(',');
if (sets.some((s) => HELD_BACK_SETS.includes(s))) throw new Error(`${HELD_BACK_SETS.join(', ')} is held back from tuning`);
const wrong = process.argv.includes('--wrong');

/** Kazakh Cyrillic typed without any of the letters Russian lacks. */
const bareKazakh = (language: Language, text: string) => language === 'kk' && /\p{Script=Cyrillic}/u.test(text) && !/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u.test(text);

type Tally = { right: number; all: number };
const rate = (t: Tally) => (t.all ? `${((100 * t.right) / t.all).toFixed(1)} % of ${t.all}` : '—');
const total: Record<string, Tally> = {};
for (const name of sets) {
  const set = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `xlang-${name}.json`), 'utf8')) as XlangSet;
  const tally: Record<string, Tally> = {};
  for (const report of set.reports) {
    const detected = detectLanguage(report.text).language;
    const keys = [report.language, ...(bareKazakh(report.language, report.text) ? ['kk without Kazakh letters'] : [])];
    for (const key of keys) {
      for (const t of [(tally[key] ??= { right: 0, all: 0 }), (total[key] ??= { right: 0, all: 0 })]) {
        t.all += 1;
        if (detected === report.language) t.right += 1;
      }
    }
    if (wrong && detected !== report.language) console.log(`  ${name} ${report.language} → ${detected}: ${report.text}`);
  }
  console.log(`${name}: ${Object.entries(tally).map(([k, t]) => `${k} ${rate(t)}`).join(', ')}`);
}
console.log(`all: ${Object.entries(total).map(([k, t]) => `${k} ${rate(t)}`).join(', ')}`);
