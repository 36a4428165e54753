// Issue 11 probe: how well can a text-similarity method alone tell "same claim" from "different
// claim" across kk (Cyrillic and Latin), ru and en — before any clustering or search logic? Scores
// every pair of reports of a cross-language set and every report against every notice, in memory
// (no database), and prints for each method:
//  - score spreads of same-claim vs different-claim report pairs, within a language family (kk
//    Cyrillic + kk Latin count as one) and across languages, and ROC AUC;
//  - precision at recall 0.6 / 0.8 and recall at precision 0.97 (what a threshold on the score
//    alone would give: the issue asks precision ≥ 0.97 at cross-language recall ≥ 0.6);
//  - contrast pairs (hardNegatives: two claims that differ in one member): how their reports score
//    against each other, the AUC against same-claim pairs of the same groups, how many pass the
//    threshold that gives cross-language recall 0.6, and — for methods with guards — which guard
//    vetoes how many same-claim pairs (counts only, no texts);
//  - "already checked?": recall@1 / @3 of reports against the notices (title + summary, best of
//    the three translations; top 3 within search's RELATIVE_CUT), contrasting notices shown and
//    unrelated queries matched, with no threshold, at the lowest threshold with no unrelated match
//    and at the lowest that also shows ≤ 2 % contrasting notices (both chosen on the set itself),
//    and at --threshold (chosen on another set: pass the tuning set's); and with notices in one
//    language only;
//  - ms per report and per notice text (p50 / p95, one core, warm) and the heap the
//    representations hold.
//
// No multilingual sentence-embedding model can be had here (bench/RESULTS.md "Embeddings probe
// (issue 11)" lists what was checked), so the methods are the current lexicon's similarity and
// cheaper vector methods. A dense model would be one more `Method` whose score is the cosine of its
// vectors.
//
//   node --expose-gc --import tsx bench/clustering/embeddings-probe.ts --set=tuning|untouched|fresh|fresh2
//     [--methods=chargram,lexicon,lexicon-guard,hybrid-guard,hybrid-max-guard] [--threshold=chargram:0.408,…]
import { performance } from 'node:perf_hooks';
import { conceptSeeds } from '../../prisma/seed/concept-lexicon';
import { settlementSeeds } from '../../prisma/seed/settlements';
import type { Language } from '../../server/i18n/languages';
import { LANGUAGES } from '../../server/i18n/languages';
import { RELATIVE_CUT } from '../../server/notices/search-notices';
import { placesInText, type PlaceKey } from '../../server/settlements/place-index';
import { detectLanguage, normalizeReportText, toMatchKey } from '../../server/text';
import { compileLexicon, conceptSimilarity, contrastBetween, extractConcepts, textWordKeys, unconfirmedObject, unknownNames, type CompiledLexicon } from '../../server/text/concepts';
import { removeFillerWords } from '../../server/text/stopwords';
import { HELD_BACK_SETS, loadXlangSet, XLANG_SETS, type XlangSet, type XlangSetName } from './check-sets';
import { loadAverage, percentile } from '../lib/stats';

// ---------------------------------------------------------------------------------------------
// Methods: a text is represented once (timed), pairs are scored from the representations.

interface Method<R> {
  name: string;
  describe: string;
  /** Why a pair is vetoed (scored 0 whatever its similarity), for methods with guards. */
  veto?: (a: R, b: R) => string | null;
  /** Called once with every text of the set before anything is represented (IDF statistics). */
  fit?: (texts: readonly string[]) => void;
  represent: (text: string) => R;
  score: (a: R, b: R) => number;
}

type SparseVector = Map<string, number>;

function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, value] of small) dot += value * (large.get(key) ?? 0);
  return dot; // both are unit length
}

function unit(vector: SparseVector): SparseVector {
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [key, value] of vector) vector.set(key, value / norm);
  return vector;
}

/**
 * Character n-grams (3–5) of each word of the text's match key (every script to one ASCII Latin
 * spelling, filler words dropped), word boundaries marked, sublinear TF × IDF, unit length. The
 * IDF comes from the set's own reports and notices (no labels): in production it would come from
 * the stored reports.
 */
function charGrams(text: string): string[] {
  const grams: string[] = [];
  for (const word of normalizeReportText(text).split(' ')) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

function charGramMethod(): Method<SparseVector> {
  const documentFrequency = new Map<string, number>();
  let documents = 0;
  const idf = (gram: string) => Math.log((1 + documents) / (1 + (documentFrequency.get(gram) ?? 0))) + 1;
  return {
    name: 'chargram',
    describe: 'char 3–5-gram TF-IDF of the cross-script match key (toMatchKey), cosine',
    fit(texts) {
      documents = texts.length;
      for (const text of texts) for (const gram of new Set(charGrams(text))) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
    },
    represent(text) {
      const counts = new Map<string, number>();
      for (const gram of charGrams(text)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
      const vector: SparseVector = new Map();
      for (const [gram, count] of counts) vector.set(gram, (1 + Math.log(count)) * idf(gram));
      return unit(vector);
    },
    score: cosine,
  };
}

/** The lexicon as the app compiles it from its seed (admins' later edits are not in it). */
function seedLexicon(): CompiledLexicon {
  return compileLexicon(conceptSeeds.flatMap((c) => LANGUAGES.flatMap((language) => c[language].map((term) => ({ conceptId: c.id, contrastClass: c.contrastClass, weight: c.weight, term, language })))));
}

/** Place keys as loadPlaceIndex builds them from the seeded settlements' aliases. */
function seedPlaceKeys(): PlaceKey[] {
  const keys = new Map<string, string>();
  for (const s of settlementSeeds) {
    for (const alias of s.aliases) {
      const key = removeFillerWords(toMatchKey(alias));
      if (key.length < 4) continue;
      keys.set(key, s.nameEn);
      const stem = key.replace(/[aeiou]+$/, '');
      if (stem !== key && stem.length >= 5) keys.set(stem, s.nameEn);
    }
  }
  return [...keys].map(([key, settlementId]) => ({ key, settlementId })).sort((a, b) => b.key.length - a.key.length);
}

interface Claim {
  tokens: Set<string>;
  /** Every word by its first letters (for unconfirmedObject). */
  words: Set<string>;
}

/** The current method's claim representation (server/lexicon/represent-claim.ts, in memory). */
function representClaim(lexicon: CompiledLexicon, placeKeys: readonly PlaceKey[], text: string): Claim {
  const normalizedText = normalizeReportText(text);
  const places = placesInText(normalizedText, placeKeys);
  const { tokens } = extractConcepts(normalizedText, lexicon, { kazakh: detectLanguage(text).language === 'kk', skipWords: places.wordIndexes });
  for (const name of unknownNames(text, tokens)) tokens.add(name);
  for (const id of places.settlementIds) tokens.add(`@${id}`);
  return { tokens, words: textWordKeys(normalizedText) };
}

/**
 * The pairwise guards clustering applies (cluster-report.ts), as the reason they veto or null: a
 * contrast ("worship", "number", "name" …) or an object one side names and the other does not
 * confirm ("unconfirmed worship").
 */
function vetoReason(a: Claim, b: Claim): string | null {
  const contrast = contrastBetween(a.tokens, b.tokens, { names: true });
  if (contrast) return contrast;
  const unconfirmed = unconfirmedObject(a.tokens, b.tokens, b.words) ?? unconfirmedObject(b.tokens, a.tokens, a.words);
  return unconfirmed ? `unconfirmed ${unconfirmed}` : null;
}
const guarded = (a: Claim, b: Claim): boolean => vetoReason(a, b) !== null;

interface Hybrid extends Claim {
  grams: SparseVector;
}

function methods(): Method<unknown>[] {
  const lexicon = seedLexicon();
  const placeKeys = seedPlaceKeys();
  const lexiconScore = (a: Claim, b: Claim) => conceptSimilarity(a.tokens, b.tokens, lexicon).score;
  const grams = charGramMethod();
  const lexiconMethod: Method<Claim> = {
    name: 'lexicon',
    describe: 'current method: concept/number/place tokens (representClaim), conceptSimilarity, no guards',
    represent: (text) => representClaim(lexicon, placeKeys, text),
    score: lexiconScore,
  };
  const lexiconGuard: Method<Claim> = {
    ...lexiconMethod,
    name: 'lexicon-guard',
    describe: 'the same, 0 where the pairwise guards (contrastBetween, unconfirmedObject both ways) veto, as clustering does',
    veto: vetoReason,
    score: (a, b) => (guarded(a, b) ? 0 : lexiconScore(a, b)),
  };
  const hybridGuard: Method<Hybrid> = {
    name: 'hybrid-guard',
    describe: 'mean of lexicon score and chargram cosine, 0 where the guards veto',
    fit: grams.fit,
    represent: (text) => ({ ...representClaim(lexicon, placeKeys, text), grams: grams.represent(text) }),
    score: (a, b) => (guarded(a, b) ? 0 : (lexiconScore(a, b) + cosine(a.grams, b.grams)) / 2),
  };
  const hybridMaxGuard: Method<Hybrid> = {
    ...hybridGuard,
    name: 'hybrid-max-guard',
    describe: 'the higher of lexicon score and chargram cosine, 0 where the guards veto (wording as a fallback where the lexicon reads little)',
    score: (a, b) => (guarded(a, b) ? 0 : Math.max(lexiconScore(a, b), cosine(a.grams, b.grams))),
  };
  return [grams, lexiconMethod, lexiconGuard, hybridGuard, hybridMaxGuard] as Method<unknown>[];
}

// ---------------------------------------------------------------------------------------------
// Measures.

interface ScoredPair {
  score: number;
  same: boolean;
}

/** Precision when the threshold is lowered until `recall` of the positives is reached (ties taken whole). */
function precisionAtRecall(pairs: readonly ScoredPair[], recall: number): { precision: number; threshold: number } {
  const sorted = [...pairs].sort((a, b) => b.score - a.score);
  const positives = sorted.filter((p) => p.same).length;
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < sorted.length; ) {
    const score = sorted[i]!.score;
    while (i < sorted.length && sorted[i]!.score === score) {
      if (sorted[i]!.same) tp++;
      else fp++;
      i++;
    }
    if (tp >= recall * positives) return { precision: tp / (tp + fp), threshold: score };
  }
  return { precision: positives / sorted.length, threshold: 0 };
}

/** The largest recall at which the pairs scored at or above some threshold are still ≥ `precision` precise. */
function recallAtPrecision(pairs: readonly ScoredPair[], precision: number): { recall: number; threshold: number } {
  const sorted = [...pairs].sort((a, b) => b.score - a.score);
  const positives = sorted.filter((p) => p.same).length;
  let tp = 0;
  let fp = 0;
  let best = { recall: 0, threshold: Infinity };
  for (let i = 0; i < sorted.length; ) {
    const score = sorted[i]!.score;
    while (i < sorted.length && sorted[i]!.score === score) {
      if (sorted[i]!.same) tp++;
      else fp++;
      i++;
    }
    if (score > 0 && tp / (tp + fp) >= precision && tp / positives > best.recall) best = { recall: tp / positives, threshold: score };
  }
  return best;
}

/** Probability that a random positive outscores a random negative (ties count half). */
function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (!positives.length || !negatives.length) return NaN;
  const all = [...positives.map((s) => ({ s, p: true })), ...negatives.map((s) => ({ s, p: false }))].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.s === all[i]!.s) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.p) rankSum += averageRank;
    i = j;
  }
  return (rankSum - (positives.length * (positives.length + 1)) / 2) / (positives.length * negatives.length);
}

const f2 = (x: number) => (Number.isNaN(x) ? '  –  ' : x.toFixed(2));
/** Thresholds are printed to be passed back with --threshold, so with enough digits to give the same result. */
const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}`;
const spread = (sample: readonly number[]) => `${f2(percentile(sample, 10))} / ${f2(percentile(sample, 50))} / ${f2(percentile(sample, 90))}`;

interface SearchOutcome {
  recallAt1: number;
  recallAt3: number;
  contrastShown: number;
  contrastQueries: number;
  unrelatedWithMatch: number;
  unrelated: number;
}

function main() {
  const argv = process.argv.slice(2);
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const setName = (get('set') ?? 'tuning') as XlangSetName;
  if (!(setName in XLANG_SETS)) throw new Error(`--set must be one of ${Object.keys(XLANG_SETS).join(', ')}`);
  // The sets held back for the final, never-tuned measurement are not opened here, even once listed.
  if (HELD_BACK_SETS.includes(setName)) throw new Error(`${setName} is never opened`);
  const wanted = get('methods')?.split(',');
  const fixedThresholds = new Map((get('threshold') ?? '').split(',').filter(Boolean).map((s) => [s.split(':')[0]!, Number(s.split(':')[1])] as const));
  const set: XlangSet = loadXlangSet(setName);
  const groups = Object.keys(set.groups);
  const noticeTexts = groups.flatMap((g) => LANGUAGES.map((language) => ({ group: g, language, text: `${set.groups[g]!.notice[language].title}. ${set.groups[g]!.notice[language].summary}` })));
  const partners = new Map<string, Set<string>>();
  for (const h of set.hardNegatives) for (const [a, b] of [h.groups, [h.groups[1], h.groups[0]]] as const) partners.set(a, new Set([...(partners.get(a) ?? []), b]));
  console.log(`Set ${setName}: ${set.reports.length} reports in ${groups.length} claims, ${set.hardNegatives.length} contrast pairs, ${set.unrelatedQueries.length} unrelated queries, ${noticeTexts.length} notice texts`);
  console.log(`Node ${process.version}, one core used; load average at the start ${loadAverage()}\n`);

  for (const method of methods()) {
    if (wanted && !wanted.includes(method.name)) continue;
    console.log(`== ${method.name}: ${method.describe}`);
    const allTexts = [...set.reports.map((r) => r.text), ...noticeTexts.map((n) => n.text), ...set.unrelatedQueries.map((q) => q.text)];
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    method.fit?.(allTexts);
    // One untimed pass first: the numbers below are a warm process's, as a worker's would be.
    const coldBegan = performance.now();
    for (const text of allTexts) method.represent(text);
    const coldMs = performance.now() - coldBegan;
    const timings: number[] = [];
    const represent = (text: string) => {
      const began = performance.now();
      const r = method.represent(text);
      timings.push(performance.now() - began);
      return r;
    };
    const reports = set.reports.map((r) => represent(r.text));
    const reportTimings = timings.slice();
    const notices = noticeTexts.map((n) => represent(n.text));
    const unrelated = set.unrelatedQueries.map((q) => represent(q.text));
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;

    // Report pairs.
    const within: ScoredPair[] = [];
    const cross: ScoredPair[] = [];
    const pairScore = new Map<string, number>();
    for (let i = 0; i < set.reports.length; i++) {
      for (let j = i + 1; j < set.reports.length; j++) {
        const a = set.reports[i]!;
        const b = set.reports[j]!;
        const score = method.score(reports[i], reports[j]);
        pairScore.set(`${i} ${j}`, score);
        (a.language === b.language ? within : cross).push({ score, same: a.group === b.group });
      }
    }
    const at = (pairs: readonly ScoredPair[], same: boolean) => pairs.filter((p) => p.same === same).map((p) => p.score);
    console.log('  report pairs              same claim p10/p50/p90   other claim p10/p50/p90   AUC    P@R0.6 (t)      P@R0.8 (t)      R@P0.97 (t)');
    for (const [label, pairs] of [['within family', within], ['across languages', cross], ['all', [...within, ...cross]]] as const) {
      const r60 = precisionAtRecall(pairs, 0.6);
      const r80 = precisionAtRecall(pairs, 0.8);
      const p97 = recallAtPrecision(pairs, 0.97);
      console.log(`  ${label.padEnd(18)}        ${spread(at(pairs, true))}        ${spread(at(pairs, false))}        ${f2(auc(at(pairs, true), at(pairs, false)))}   ${pct(r60.precision).padStart(5)} (${f2(r60.threshold)})   ${pct(r80.precision).padStart(5)} (${f2(r80.threshold)})   ${pct(p97.recall).padStart(5)} (${f2(p97.threshold)})`);
    }

    // Contrast pairs: every report of one group against every report of its partner.
    const t60 = precisionAtRecall(cross, 0.6).threshold;
    const contrastScores: number[] = [];
    const sameInContrastGroups: number[] = [];
    const contrastGroups = new Set(set.hardNegatives.flatMap((h) => h.groups));
    let pairsOverT60 = 0;
    const separable: boolean[] = [];
    for (const h of set.hardNegatives) {
      let maxContrast = -Infinity;
      let minSame = Infinity;
      for (let i = 0; i < set.reports.length; i++) {
        for (let j = i + 1; j < set.reports.length; j++) {
          const gi = set.reports[i]!.group;
          const gj = set.reports[j]!.group;
          const score = pairScore.get(`${i} ${j}`)!;
          if ((gi === h.groups[0] && gj === h.groups[1]) || (gi === h.groups[1] && gj === h.groups[0])) {
            contrastScores.push(score);
            maxContrast = Math.max(maxContrast, score);
          } else if (gi === gj && h.groups.includes(gi)) minSame = Math.min(minSame, score);
        }
      }
      if (maxContrast >= t60) pairsOverT60++;
      separable.push(maxContrast < minSame);
    }
    for (let i = 0; i < set.reports.length; i++) for (let j = i + 1; j < set.reports.length; j++) if (set.reports[i]!.group === set.reports[j]!.group && contrastGroups.has(set.reports[i]!.group)) sameInContrastGroups.push(pairScore.get(`${i} ${j}`)!);
    console.log(`  contrast pairs: report pairs p10/p50/p90 ${spread(contrastScores)} vs same claim in those groups ${spread(sameInContrastGroups)}; AUC ${f2(auc(sameInContrastGroups, contrastScores))}`);
    // A guard's veto scores 0: what it costs (same-claim pairs) against what it saves (contrast pairs).
    const zero = (scores: readonly number[]) => pct(scores.filter((x) => x <= 0).length / scores.length);
    console.log(`    scored 0: ${zero(at([...within, ...cross], true))} % of all same-claim pairs, ${zero(contrastScores)} % of contrast report pairs`);
    if (method.veto) {
      // Which guard vetoes same-claim pairs (recall lost): counts by reason, no texts.
      const reasons = new Map<string, number>();
      let sameTotal = 0;
      for (let i = 0; i < set.reports.length; i++) {
        for (let j = i + 1; j < set.reports.length; j++) {
          if (set.reports[i]!.group !== set.reports[j]!.group) continue;
          sameTotal++;
          const reason = method.veto(reports[i], reports[j]);
          if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
      }
      console.log(`    same-claim pairs vetoed, by guard (% of ${sameTotal}): ${[...reasons].sort((x, y) => y[1] - x[1]).map(([r, n]) => `${r} ${pct(n / sameTotal)}`).join(', ')}`);
    }
    console.log(`    contrast claim pairs with any report pair ≥ t(cross R0.6) = ${f2(t60)}: ${pairsOverT60} of ${set.hardNegatives.length}; fully separable (every same-claim pair above every contrast pair): ${separable.filter(Boolean).length} of ${separable.length}`);

    // "Already checked?": a notice's score is its best translation's.
    const ranked = (query: unknown, only?: Language) => {
      const best = new Map<string, number>();
      noticeTexts.forEach((n, k) => {
        if (only && n.language !== only) return;
        const score = method.score(query, notices[k]);
        if (score > (best.get(n.group) ?? -Infinity)) best.set(n.group, score);
      });
      return [...best].sort((a, b) => b[1] - a[1]);
    };
    const reportRankings = set.reports.map((r, i) => ranked(reports[i]));
    const unrelatedTop = unrelated.map((q) => ranked(q)[0]?.[1] ?? 0);
    // What search shows: the best three at or above the threshold and within RELATIVE_CUT of the best (search-notices.ts).
    const visible = (list: [string, number][], threshold: number) => list.slice(0, 3).filter(([, s]) => s >= threshold && s > 0 && s >= list[0]![1] * RELATIVE_CUT).map(([g]) => g);
    const searchAt = (threshold: number): SearchOutcome => {
      let at1 = 0;
      let at3 = 0;
      let contrastShown = 0;
      let contrastQueries = 0;
      set.reports.forEach((r, i) => {
        const shown = visible(reportRankings[i]!, threshold);
        if (shown[0] === r.group) at1++;
        if (shown.includes(r.group)) at3++;
        const contrasts = partners.get(r.group);
        if (contrasts) {
          contrastQueries++;
          if (shown.some((g) => contrasts.has(g))) contrastShown++;
        }
      });
      return { recallAt1: at1 / set.reports.length, recallAt3: at3 / set.reports.length, contrastShown, contrastQueries, unrelatedWithMatch: unrelatedTop.filter((s) => s >= threshold && s > 0).length, unrelated: unrelated.length };
    };
    // Thresholds: the lowest at which no unrelated query is shown anything (the best recall@1 under
    // that rule), and the lowest at which also at most 2 % of contrast queries see a contrasting notice.
    const candidates = [...new Set([...unrelatedTop, ...reportRankings.flatMap((list) => list.slice(0, 3).map(([, s]) => s))])].sort((a, b) => a - b);
    const noUnrelated = candidates.find((t) => searchAt(t).unrelatedWithMatch === 0) ?? Infinity;
    let chosen = candidates.find((t) => {
      const o = searchAt(t);
      return o.unrelatedWithMatch === 0 && o.contrastShown <= 0.02 * o.contrastQueries;
    }) ?? Infinity;
    const chosenHere = chosen;
    if (fixedThresholds.has(method.name)) chosen = fixedThresholds.get(method.name)!;
    const line = (label: string, o: SearchOutcome) => console.log(`  ${label.padEnd(34)} recall@1 ${pct(o.recallAt1)}  @3 ${pct(o.recallAt3)}  contrasting notice shown ${pct(o.contrastQueries ? o.contrastShown / o.contrastQueries : 0)} % (${o.contrastShown}/${o.contrastQueries})  unrelated ${o.unrelatedWithMatch}/${o.unrelated}`);
    console.log('  "already checked?" (notices in kk, ru and en)');
    line('no threshold', searchAt(0));
    line(`lowest with unrelated 0 here: ${f3(noUnrelated)}`, searchAt(noUnrelated));
    line(`… and contrast ≤ 2 % here: ${f3(chosenHere)}`, searchAt(chosenHere));
    if (fixedThresholds.has(method.name)) line(`threshold given ${f3(chosen)}`, searchAt(chosen));
    const oneLanguage = (['ru', 'kk', 'en'] as const).map((language) => {
      const queries = set.reports.map((r, i) => ({ r, i })).filter(({ r }) => r.language !== language);
      const hit = (threshold: number) => queries.filter(({ r, i }) => {
        const [top] = visible(ranked(reports[i], language), threshold);
        return top === r.group;
      }).length / queries.length;
      return `${language} ${pct(hit(0))} / ${pct(hit(chosen))}`;
    });
    console.log(`  notices in one language only, recall@1 of the other languages (no threshold / at ${f3(chosen)}): ${oneLanguage.join(';  ')}`);
    const noticeTimings = timings.slice(reportTimings.length, reportTimings.length + noticeTexts.length);
    const meanChars = (texts: readonly string[]) => (texts.reduce((sum, t) => sum + t.length, 0) / texts.length).toFixed(0);
    console.log(`  ms per report p50 / p95 / max ${percentile(reportTimings, 50).toFixed(3)} / ${percentile(reportTimings, 95).toFixed(3)} / ${Math.max(...reportTimings).toFixed(1)} (${reportTimings.length} reports, mean ${meanChars(set.reports.map((r) => r.text))} chars); per notice text p50 / p95 ${percentile(noticeTimings, 50).toFixed(3)} / ${percentile(noticeTimings, 95).toFixed(3)} (mean ${meanChars(noticeTexts.map((n) => n.text))} chars)`);
    console.log(`  first (cold) pass over all ${allTexts.length} texts ${coldMs.toFixed(0)} ms; heap held by the representations ${((heapAfter - heapBefore) / 1048576).toFixed(1)} MB${global.gc ? '' : ' (run with node --expose-gc for a steadier number)'}\n`);
  }
  console.log(`RSS at the end ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
}

main();
