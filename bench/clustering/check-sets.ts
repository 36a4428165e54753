// Validates the cross-language labelled sets (xlang-tuning.json, xlang-untouched.json,
// xlang-fresh.json, xlang-fresh2.json, xlang-fresh3.json, xlang-fresh4.json, xlang-fresh5.json, xlang-fresh6.json, xlang-fresh7.json, xlang-fresh8.json, xlang-fresh9.json, xlang-fresh10.json, xlang-fresh11.json, xlang-fresh12.json, xlang-fresh13.json, xlang-fresh14.json, xlang-fresh15.json, xlang-fresh16.json) and prints their make-up. Fails (exit 1) on anything that
// would make the numbers measured on them meaningless: a report of a group that does not exist, a hard negative
// naming an unknown group, a group missing one of kk Cyrillic / kk 2021 Latin / kk ASCII Latin / ru
// / en, a contrast class with too few pairs, or a claim, group id, report or notice shared between
// two sets — and, for the fresh sets, a group id or report text of the older labelled sets
// (labelled-reports.json, holdout-reports.json). An untouched set only says something if the
// algorithm never saw its claims.
//
//   npx tsx bench/clustering/check-sets.ts
import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../../server/i18n/languages';

export { LANGUAGES, type Language };
export const SCRIPTS = ['cyrl', 'latn'] as const;
export const STYLES = ['plain', 'typo', 'slang', 'forwarded', 'numberWords', 'brandOtherScript', 'short', 'long'] as const;
export const CONTRAST_CLASSES = ['worship', 'faith', 'ethnic', 'platform', 'institution', 'utility', 'settlement', 'number', 'other'] as const;
export const VERDICTS = ['FALSE', 'MISLEADING', 'TRUE', 'UNVERIFIED'] as const;

export interface XlangNotice {
  title: string;
  summary: string;
}

export interface XlangGroup {
  claim: string;
  regionCode: string | null;
  verdict: (typeof VERDICTS)[number];
  notice: Record<Language, XlangNotice>;
}

export interface XlangReport {
  group: string;
  language: Language;
  script: (typeof SCRIPTS)[number];
  style: (typeof STYLES)[number];
  regionCode: string | null;
  text: string;
}

export interface XlangSet {
  about: string;
  groups: Record<string, XlangGroup>;
  hardNegatives: { groups: [string, string]; kind: string; class: (typeof CONTRAST_CLASSES)[number] }[];
  reports: XlangReport[];
  unrelatedQueries: { language: Language; text: string }[];
}

/**
 * The sets and how many pairs each must hold in every contrast class. `untouched` was spent (run
 * several times, then tuned on); `fresh` replaced it as the set never tuned on, and is spent in turn
 * (tuned on in issue 11's sixth round); `fresh2` replaced it and is spent too (run twice with code
 * nobody had tuned on it, then opened for tuning in session 27); `fresh3` is the set never tuned on, and
 * `fresh4` (written blind in session 28, not run yet) is the next one, for when fresh3 is spent;
 * `fresh5` (written blind in session 29, not run yet) is the one after fresh4; `fresh6` (written blind in
 * session 30, not run yet) is the one after fresh5. fresh3–fresh9 are spent now; `fresh10` (written blind in
 * session 34, run twice) and `fresh11` (written blind in session 35, run once, opened in session 36) are spent;
 * `fresh13` (written blind in session 37, not run yet) is the never-tuned set; `fresh12` (written blind in session
 * 36) was run untuned twice and is spent. `fresh14` (written blind in session 38, not run yet) is the second
 * held-back set; fresh13 stays the never-tuned set until its first untuned run at the end of session 38.
 * `fresh15` (written blind in session 39, not run yet) is the third held-back set: fresh13 has its second
 * untuned run at the end of session 39, then fresh14, then fresh15. `fresh16` (written blind in session 40, not
 * run yet) is the third held-back set: fresh14 has its first untuned run at the end of session 40, then fresh15,
 * then fresh16. fresh14 was run untuned twice (end of sessions 40 and 41) and is spent.
 */
export const XLANG_SETS = {
  tuning: { file: 'xlang-tuning.json', minPairsPerClass: 3 },
  untouched: { file: 'xlang-untouched.json', minPairsPerClass: 2 },
  fresh: { file: 'xlang-fresh.json', minPairsPerClass: 2 },
  fresh2: { file: 'xlang-fresh2.json', minPairsPerClass: 2 },
  fresh3: { file: 'xlang-fresh3.json', minPairsPerClass: 2 },
  fresh4: { file: 'xlang-fresh4.json', minPairsPerClass: 2 },
  fresh5: { file: 'xlang-fresh5.json', minPairsPerClass: 2 },
  fresh6: { file: 'xlang-fresh6.json', minPairsPerClass: 2 },
  fresh7: { file: 'xlang-fresh7.json', minPairsPerClass: 2 },
  fresh8: { file: 'xlang-fresh8.json', minPairsPerClass: 2 },
  fresh9: { file: 'xlang-fresh9.json', minPairsPerClass: 2 },
  fresh10: { file: 'xlang-fresh10.json', minPairsPerClass: 2 },
  fresh11: { file: 'xlang-fresh11.json', minPairsPerClass: 2 },
  fresh12: { file: 'xlang-fresh12.json', minPairsPerClass: 2 },
  fresh13: { file: 'xlang-fresh13.json', minPairsPerClass: 2 },
  fresh14: { file: 'xlang-fresh14.json', minPairsPerClass: 2 },
  fresh15: { file: 'xlang-fresh15.json', minPairsPerClass: 2 },
  fresh16: { file: 'xlang-fresh16.json', minPairsPerClass: 2 },
} as const;
export type XlangSetName = keyof typeof XLANG_SETS;

/**
 * The never-tuned sets: no bench prints their reports, misses or merged pairs (xlang-README.md "The rule").
 * The one list every bench checks. fresh9 (written blind in session 33) was spent after its second untuned
 * run at the end of session 34 (RESULTS 1zh); fresh10, written blind in session 34 and run once then, is the
 * never-tuned set; fresh11, written blind in session 35, run once at its end (precision 95.8, 3 of 18 contrast
 * pairs merged) and opened in session 36 to find why, is spent. fresh12, written blind in session 36 and run
 * untuned twice (end of sessions 36 and 37, RESULTS 1zj and 1zk), is spent. fresh13, written blind in session 37
 * and not run yet, is the never-tuned set; fresh14, written blind in session 38 and not run yet, is the second
 * held-back set (fresh13 stays the never-tuned set until its first untuned run at the end of session 38). Both
 * are held back. fresh15, written blind in session 39 and not run yet, is the third held-back set. fresh13's
 * second untuned run (end of session 39, RESULTS 1zm) spent it: fresh14 is the never-tuned set now, fresh15 the next.
 * fresh16, written blind in session 40 and not run yet, is the third held-back set (fresh14 has its first untuned
 * run at the end of session 40, then fresh15, then fresh16). fresh14's second untuned run (end of session 41,
 * RESULTS 1zo) spent it: fresh15 is the never-tuned set now, fresh16 the next.
 */
export const HELD_BACK_SETS: readonly string[] = ['fresh15', 'fresh16'];

export function loadXlangSet(name: XlangSetName): XlangSet {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, XLANG_SETS[name].file), 'utf8')) as XlangSet;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Letters only Kazakh Cyrillic has: a kk Cyrillic text with none of them lost them (phone keyboard). */
const KAZAKH_CYRILLIC_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
/** Letters of the 2021 Kazakh Latin alphabet that plain ASCII ("SMS Latin") does not have. */
const KAZAKH_2021_LETTERS = /[äöüğñūışçÄÖÜĞÑŪİŞÇ]/u;

/** kk Latin in the 2021 alphabet, kk Latin in ASCII, or the report's language and script. */
export function variantOf(r: Pick<XlangReport, 'language' | 'script' | 'text'>): string {
  if (r.language === 'kk' && r.script === 'latn') return KAZAKH_2021_LETTERS.test(r.text) ? 'kk-latn-2021' : 'kk-latn-ascii';
  return `${r.language}-${r.script}`;
}

const normalised = (text: string) => text.toLocaleLowerCase('ru').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Dice coefficient over character trigrams of the normalised texts: 1 = same letters. */
export function trigramSimilarity(a: string, b: string): number {
  const grams = (text: string) => {
    const padded = ` ${normalised(text)} `;
    const out = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return ga.size + gb.size === 0 ? 1 : (2 * shared) / (ga.size + gb.size);
}

/**
 * Claims of the two sets this close (trigram Dice) differ by about one word: a rewording, or a
 * contrast pair split across the sets, and the untouched one would not be unseen. (Within a set,
 * contrast pairs, which differ by one member, score 0.75 and more; claims that share only a rumour
 * pattern, such as an outage in another town for another time, stay below 0.7.)
 */
const CROSS_SET_CLAIM_LIMIT = 0.7;
const REPORTS_PER_GROUP = { min: 8, max: 12 };

function regionCodes(): Set<string> {
  const file = path.join(import.meta.dirname, '..', '..', 'prisma', 'seed', 'kz-regions.json');
  const { regions } = JSON.parse(fs.readFileSync(file, 'utf8')) as { regions: { code: string }[] };
  return new Set(regions.map((r) => r.code));
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);
const filled = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** Every problem with one set on its own, as readable lines (empty = valid). */
export function checkSet(set: XlangSet, minPairsPerClass: number, regions: Set<string>): string[] {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(message);
  if (!filled(set.about)) problem('"about" is missing');
  for (const key of ['groups', 'hardNegatives', 'reports', 'unrelatedQueries'] as const) if (!set[key]) problem(`"${key}" is missing`);
  if (problems.length) return problems;

  const validRegion = (code: unknown) => code === null || (typeof code === 'string' && regions.has(code));
  for (const [id, g] of Object.entries(set.groups)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problem(`group id "${id}" is not kebab-case`);
    if (!filled(g.claim)) problem(`group ${id}: no claim`);
    if (!validRegion(g.regionCode)) problem(`group ${id}: unknown regionCode ${String(g.regionCode)}`);
    if (!isOneOf(VERDICTS, g.verdict)) problem(`group ${id}: verdict must be one of ${VERDICTS.join(', ')}`);
    for (const language of LANGUAGES) {
      const notice = g.notice?.[language];
      if (!filled(notice?.title) || !filled(notice?.summary)) {
        problem(`group ${id}: notice.${language} needs a title and a summary`);
        continue;
      }
      const text = `${notice.title} ${notice.summary}`;
      if (language === 'kk' && !KAZAKH_CYRILLIC_LETTERS.test(text)) problem(`group ${id}: notice.kk has no Kazakh letter — is it Kazakh?`);
      if (language === 'ru' && !CYRILLIC.test(text)) problem(`group ${id}: notice.ru is not in Cyrillic`);
      if (language === 'en' && CYRILLIC.test(text)) problem(`group ${id}: notice.en contains Cyrillic`);
    }
  }

  const seenTexts = new Map<string, string>();
  const byGroup = new Map<string, XlangReport[]>();
  set.reports.forEach((r, i) => {
    const where = `report ${i} (${r.group})`;
    if (!(r.group in set.groups)) problem(`${where}: group "${r.group}" does not exist`);
    if (!isOneOf(LANGUAGES, r.language)) problem(`${where}: language "${r.language}"`);
    if (!isOneOf(SCRIPTS, r.script)) problem(`${where}: script "${r.script}"`);
    if (!isOneOf(STYLES, r.style)) problem(`${where}: style "${r.style}" is not one of ${STYLES.join(', ')}`);
    if (!validRegion(r.regionCode)) problem(`${where}: unknown regionCode ${String(r.regionCode)}`);
    if (!filled(r.text)) return problem(`${where}: empty text`);
    if (CYRILLIC.test(r.text) !== (r.script === 'cyrl')) problem(`${where}: script "${r.script}" does not match the text "${r.text}"`);
    const key = normalised(r.text);
    const earlier = seenTexts.get(key);
    if (earlier !== undefined) problem(`${where}: same text as a report of ${earlier}: "${r.text}"`);
    seenTexts.set(key, r.group);
    byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);
  });

  for (const id of Object.keys(set.groups)) {
    const reports = byGroup.get(id) ?? [];
    const count = (test: (r: XlangReport) => boolean) => reports.filter(test).length;
    if (reports.length < REPORTS_PER_GROUP.min || reports.length > REPORTS_PER_GROUP.max) problem(`group ${id}: ${reports.length} reports (want ${REPORTS_PER_GROUP.min}–${REPORTS_PER_GROUP.max})`);
    const needs: [string, number, number][] = [
      ['kk Cyrillic with Kazakh letters', 1, count((r) => r.language === 'kk' && r.script === 'cyrl' && KAZAKH_CYRILLIC_LETTERS.test(r.text))],
      ['kk Latin, 2021 alphabet', 1, count((r) => variantOf(r) === 'kk-latn-2021')],
      ['kk Latin, ASCII', 1, count((r) => variantOf(r) === 'kk-latn-ascii')],
      ['kk', 2, count((r) => r.language === 'kk')],
      ['ru', 2, count((r) => r.language === 'ru')],
      ['en', 1, count((r) => r.language === 'en')],
    ];
    for (const [what, min, have] of needs) if (have < min) problem(`group ${id}: ${have} report(s) in ${what}, want ≥ ${min}`);
  }

  const pairs = new Set<string>();
  set.hardNegatives.forEach((h, i) => {
    const [a, b] = h.groups ?? [];
    if (!a || !b || h.groups.length !== 2 || a === b) return problem(`hardNegatives[${i}]: needs two different groups`);
    for (const g of [a, b]) if (!(g in set.groups)) problem(`hardNegatives[${i}]: group "${g}" does not exist`);
    if (!isOneOf(CONTRAST_CLASSES, h.class)) problem(`hardNegatives[${i}]: class "${String(h.class)}" is not one of ${CONTRAST_CLASSES.join(', ')}`);
    if (!filled(h.kind)) problem(`hardNegatives[${i}]: no kind`);
    const key = [a, b].sort().join('|');
    if (pairs.has(key)) problem(`hardNegatives[${i}]: pair ${a} × ${b} listed twice`);
    pairs.add(key);
  });
  for (const cls of CONTRAST_CLASSES) {
    const have = set.hardNegatives.filter((h) => h.class === cls).length;
    if (have < minPairsPerClass) problem(`class ${cls}: ${have} hard-negative pair(s), want ≥ ${minPairsPerClass}`);
  }

  set.unrelatedQueries.forEach((q, i) => {
    if (!isOneOf(LANGUAGES, q.language)) problem(`unrelatedQueries[${i}]: language "${String(q.language)}"`);
    if (!filled(q.text)) problem(`unrelatedQueries[${i}]: empty text`);
    else if (seenTexts.has(normalised(q.text))) problem(`unrelatedQueries[${i}] is the text of a report: "${q.text}"`);
  });
  return problems;
}

/**
 * Problems between two sets: the later set must share no group, claim, report, query or notice with the earlier one.
 * A held-back set's claims and texts are never quoted (only group ids and the similarity): its blind
 * author runs this checker against every other set, and the next author against theirs.
 */
export function checkDisjoint(earlier: XlangSet, later: XlangSet, heldBack: { earlier?: boolean; later?: boolean } = {}): { problems: string[]; closestClaims: { similarity: number; earlier: string; later: string } } {
  const quote = (held: boolean | undefined, text: string) => (held ? '(held back, not shown)' : `"${text}"`);
  const problems: string[] = [];
  for (const id of Object.keys(later.groups)) if (id in earlier.groups) problems.push(`group id "${id}" is in both sets`);
  let closestClaims = { similarity: 0, earlier: '', later: '' };
  for (const [lid, l] of Object.entries(later.groups)) {
    for (const [eid, e] of Object.entries(earlier.groups)) {
      const similarity = trigramSimilarity(l.claim, e.claim);
      if (similarity > closestClaims.similarity) closestClaims = { similarity, earlier: eid, later: lid };
      if (similarity >= CROSS_SET_CLAIM_LIMIT) problems.push(`claims too alike (${similarity.toFixed(2)}): ${eid} ${quote(heldBack.earlier, e.claim)} ~ ${lid} ${quote(heldBack.later, l.claim)}`);
    }
  }
  const texts = (set: XlangSet) =>
    new Set([
      ...set.reports.map((r) => normalised(r.text)),
      ...set.unrelatedQueries.map((q) => normalised(q.text)),
      ...Object.values(set.groups).flatMap((g) => LANGUAGES.map((l) => normalised(g.notice[l].title))),
    ]);
  const earlierTexts = texts(earlier);
  for (const text of texts(later)) if (earlierTexts.has(text)) problems.push(`text in both sets: ${quote(heldBack.earlier || heldBack.later, text)}`);
  return { problems, closestClaims };
}

/** The older labelled sets (issue 5's format: groups named only by their reports, no claims or notices). */
const OLDER_LABELLED_FILES = ['labelled-reports.json', 'holdout-reports.json'] as const;

/**
 * Problems between a set and the older labelled sets: no shared group id, and no report or query of
 * the set that is the text of one of their reports. (They have no claim sentences to compare.)
 */
export function checkDisjointFromOlder(set: XlangSet, older: { file: string; reports: { group: string; text: string }[] }[], heldBack = false): string[] {
  const problems: string[] = [];
  for (const { file, reports } of older) {
    const ids = new Set(reports.map((r) => r.group));
    const texts = new Set(reports.map((r) => normalised(r.text)));
    for (const id of Object.keys(set.groups)) if (ids.has(id)) problems.push(`group id "${id}" is also in ${file}`);
    for (const text of [...set.reports.map((r) => r.text), ...set.unrelatedQueries.map((q) => q.text)]) if (texts.has(normalised(text))) problems.push(`text also in ${file}: ${heldBack ? '(held back, not shown)' : `"${text}"`}`);
  }
  return problems;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

export function describe(set: XlangSet): string[] {
  const groups = Object.values(set.groups);
  const perGroup = Object.keys(set.groups).map((id) => set.reports.filter((r) => r.group === id).length);
  const paired = new Set(set.hardNegatives.flatMap((h) => h.groups));
  return [
    `${groups.length} groups (${paired.size} in hard-negative pairs), ${set.reports.length} reports (${Math.min(...perGroup)}–${Math.max(...perGroup)} per group), ${set.hardNegatives.length} hard-negative pairs, ${set.unrelatedQueries.length} unrelated queries`,
    `  language/script: ${countBy(set.reports, variantOf)}`,
    `  style:           ${countBy(set.reports, (r) => r.style)}`,
    `  region:          ${set.reports.filter((r) => r.regionCode === null).length} reports without a region; ${groups.filter((g) => g.regionCode === null).length} nationwide groups`,
    `  hard negatives:  ${countBy(set.hardNegatives, (h) => h.class)}`,
    `  verdicts:        ${countBy(groups, (g) => g.verdict)}`,
    `  unrelated:       ${countBy(set.unrelatedQueries, (q) => q.language)}`,
  ];
}

function main() {
  const regions = regionCodes();
  let failed = false;
  const sets = {} as Record<XlangSetName, XlangSet>;
  for (const name of Object.keys(XLANG_SETS) as XlangSetName[]) {
    const { file, minPairsPerClass } = XLANG_SETS[name];
    let set: XlangSet;
    try {
      set = loadXlangSet(name);
    } catch (error) {
      console.log(`${file}: does not parse: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    sets[name] = set;
    const problems = checkSet(set, minPairsPerClass, regions);
    console.log(`${file}: ${problems.length ? `${problems.length} problem(s)` : 'valid'}`);
    for (const p of problems) console.log(`  ✗ ${p}`);
    for (const line of describe(set)) console.log(`  ${line}`);
    failed ||= problems.length > 0;
  }
  const pairs: [XlangSetName, XlangSetName][] = [
    ['tuning', 'untouched'],
    ['tuning', 'fresh'],
    ['untouched', 'fresh'],
    ['tuning', 'fresh2'],
    ['untouched', 'fresh2'],
    ['fresh', 'fresh2'],
    ['tuning', 'fresh3'],
    ['untouched', 'fresh3'],
    ['fresh', 'fresh3'],
    ['fresh2', 'fresh3'],
    ['tuning', 'fresh4'],
    ['untouched', 'fresh4'],
    ['fresh', 'fresh4'],
    ['fresh2', 'fresh4'],
    ['fresh3', 'fresh4'],
    ['tuning', 'fresh5'],
    ['untouched', 'fresh5'],
    ['fresh', 'fresh5'],
    ['fresh2', 'fresh5'],
    ['fresh3', 'fresh5'],
    ['fresh4', 'fresh5'],
    ['tuning', 'fresh6'],
    ['untouched', 'fresh6'],
    ['fresh', 'fresh6'],
    ['fresh2', 'fresh6'],
    ['fresh3', 'fresh6'],
    ['fresh4', 'fresh6'],
    ['fresh5', 'fresh6'],
    ['tuning', 'fresh7'],
    ['untouched', 'fresh7'],
    ['fresh', 'fresh7'],
    ['fresh2', 'fresh7'],
    ['fresh3', 'fresh7'],
    ['fresh4', 'fresh7'],
    ['fresh5', 'fresh7'],
    ['fresh6', 'fresh7'],
    ['tuning', 'fresh8'],
    ['untouched', 'fresh8'],
    ['fresh', 'fresh8'],
    ['fresh2', 'fresh8'],
    ['fresh3', 'fresh8'],
    ['fresh4', 'fresh8'],
    ['fresh5', 'fresh8'],
    ['fresh6', 'fresh8'],
    ['fresh7', 'fresh8'],
    ['tuning', 'fresh9'],
    ['untouched', 'fresh9'],
    ['fresh', 'fresh9'],
    ['fresh2', 'fresh9'],
    ['fresh3', 'fresh9'],
    ['fresh4', 'fresh9'],
    ['fresh5', 'fresh9'],
    ['fresh6', 'fresh9'],
    ['fresh7', 'fresh9'],
    ['fresh8', 'fresh9'],
    ['tuning', 'fresh10'],
    ['untouched', 'fresh10'],
    ['fresh', 'fresh10'],
    ['fresh2', 'fresh10'],
    ['fresh3', 'fresh10'],
    ['fresh4', 'fresh10'],
    ['fresh5', 'fresh10'],
    ['fresh6', 'fresh10'],
    ['fresh7', 'fresh10'],
    ['fresh8', 'fresh10'],
    ['fresh9', 'fresh10'],
    ['tuning', 'fresh11'],
    ['untouched', 'fresh11'],
    ['fresh', 'fresh11'],
    ['fresh2', 'fresh11'],
    ['fresh3', 'fresh11'],
    ['fresh4', 'fresh11'],
    ['fresh5', 'fresh11'],
    ['fresh6', 'fresh11'],
    ['fresh7', 'fresh11'],
    ['fresh8', 'fresh11'],
    ['fresh9', 'fresh11'],
    ['fresh10', 'fresh11'],
    ['tuning', 'fresh12'],
    ['untouched', 'fresh12'],
    ['fresh', 'fresh12'],
    ['fresh2', 'fresh12'],
    ['fresh3', 'fresh12'],
    ['fresh4', 'fresh12'],
    ['fresh5', 'fresh12'],
    ['fresh6', 'fresh12'],
    ['fresh7', 'fresh12'],
    ['fresh8', 'fresh12'],
    ['fresh9', 'fresh12'],
    ['fresh10', 'fresh12'],
    ['fresh11', 'fresh12'],
    ['tuning', 'fresh13'],
    ['untouched', 'fresh13'],
    ['fresh', 'fresh13'],
    ['fresh2', 'fresh13'],
    ['fresh3', 'fresh13'],
    ['fresh4', 'fresh13'],
    ['fresh5', 'fresh13'],
    ['fresh6', 'fresh13'],
    ['fresh7', 'fresh13'],
    ['fresh8', 'fresh13'],
    ['fresh9', 'fresh13'],
    ['fresh10', 'fresh13'],
    ['fresh11', 'fresh13'],
    ['fresh12', 'fresh13'],
    ['tuning', 'fresh14'],
    ['untouched', 'fresh14'],
    ['fresh', 'fresh14'],
    ['fresh2', 'fresh14'],
    ['fresh3', 'fresh14'],
    ['fresh4', 'fresh14'],
    ['fresh5', 'fresh14'],
    ['fresh6', 'fresh14'],
    ['fresh7', 'fresh14'],
    ['fresh8', 'fresh14'],
    ['fresh9', 'fresh14'],
    ['fresh10', 'fresh14'],
    ['fresh11', 'fresh14'],
    ['fresh12', 'fresh14'],
    ['fresh13', 'fresh14'],
    ['tuning', 'fresh15'],
    ['untouched', 'fresh15'],
    ['fresh', 'fresh15'],
    ['fresh2', 'fresh15'],
    ['fresh3', 'fresh15'],
    ['fresh4', 'fresh15'],
    ['fresh5', 'fresh15'],
    ['fresh6', 'fresh15'],
    ['fresh7', 'fresh15'],
    ['fresh8', 'fresh15'],
    ['fresh9', 'fresh15'],
    ['fresh10', 'fresh15'],
    ['fresh11', 'fresh15'],
    ['fresh12', 'fresh15'],
    ['fresh13', 'fresh15'],
    ['fresh14', 'fresh15'],
    ['tuning', 'fresh16'],
    ['untouched', 'fresh16'],
    ['fresh', 'fresh16'],
    ['fresh2', 'fresh16'],
    ['fresh3', 'fresh16'],
    ['fresh4', 'fresh16'],
    ['fresh5', 'fresh16'],
    ['fresh6', 'fresh16'],
    ['fresh7', 'fresh16'],
    ['fresh8', 'fresh16'],
    ['fresh9', 'fresh16'],
    ['fresh10', 'fresh16'],
    ['fresh11', 'fresh16'],
    ['fresh12', 'fresh16'],
    ['fresh13', 'fresh16'],
    ['fresh14', 'fresh16'],
    ['fresh15', 'fresh16'],
  ];
  console.log('');
  for (const [earlier, later] of pairs) {
    if (!sets[earlier] || !sets[later]) continue;
    const { problems, closestClaims } = checkDisjoint(sets[earlier], sets[later], { earlier: HELD_BACK_SETS.includes(earlier), later: HELD_BACK_SETS.includes(later) });
    console.log(`Between ${earlier} and ${later}: ${problems.length ? `${problems.length} problem(s)` : 'no shared group, claim, report or notice'}; closest claims ${closestClaims.similarity.toFixed(2)} (limit ${CROSS_SET_CLAIM_LIMIT})`);
    for (const p of problems) console.log(`  ✗ ${p}`);
    failed ||= problems.length > 0;
  }
  const older = OLDER_LABELLED_FILES.map((file) => ({ file, ...(JSON.parse(fs.readFileSync(path.join(import.meta.dirname, file), 'utf8')) as { reports: { group: string; text: string }[] }) }));
  for (const name of ['fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16'] as const) {
    if (!sets[name]) continue;
    const problems = checkDisjointFromOlder(sets[name], older, HELD_BACK_SETS.includes(name));
    console.log(`Between ${name} and ${OLDER_LABELLED_FILES.join(' / ')}: ${problems.length ? `${problems.length} problem(s)` : 'no shared group id or report'}`);
    for (const p of problems) console.log(`  ✗ ${p}`);
    failed ||= problems.length > 0;
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
