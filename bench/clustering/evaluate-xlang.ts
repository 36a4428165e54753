// Cross-language quality: one claim written in kk (Cyrillic and Latin), ru and en, with contrast pairs
// (claims that differ only in which place of worship, community, platform, institution, utility,
// settlement or number they name). Runs the real code paths on a throwaway PostgreSQL:
//  - clustering: every report through submitReport + the worker's clusterPendingReports, in one
//    fixed shuffled order; pairwise precision / recall / F1 within a language family and across
//    languages, rumours per real claim, contrast pairs merged;
//  - "already checked?": each group's notice published (kk/ru/en), every report as a query
//    (searchPublishedNotices): recall@1, recall@3, share of queries shown a contrasting claim's
//    notice, unrelated queries with any match; then notices published in ONE language only
//    (ru, kk or en): recall@1 of queries in the other languages. Both in two protocols: notices
//    alone (each rumour holds no report) and with sightings (each rumour holds its group's first
//    SIGHTINGS_PER_GROUP reports, in every language, and only the other reports are queries;
//    notice-sightings.ts).
//
//   npx tsx bench/clustering/evaluate-xlang.ts --set=tuning|untouched|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16 [--port=55494] [--seed=20261204] [--verbose [--why]] [--trace] [--only=clustering|search]
//
// --verbose lists misses, merged contrast pairs, other merged claims and claims split over several
// rumours; --trace also prints the reports of every rumour holding more than one claim, in arrival
// order (the bridge is visible); --why (with --verbose) says why each search miss's right notice was not first.
// --only runs one part (no one-language runs).
//
// The fresh3 set is never tuned on: run it once, at the end, and record only its summary. (The
// untouched set had that role until it was spent; since issue 11's fifth round it is a second
// tuning set. The fresh set replaced it and is spent in turn: tuned on in issue 11's sixth round.
// The fresh2 set replaced that and is spent too: run twice with code nobody had tuned on it, then
// opened for tuning in session 27. The fresh4 set, written blind in session 28, is the next
// never-tuned set: not run yet, held back like fresh3. The fresh5 set, written blind in session 29,
// is the one after it: held back the same way, and so are fresh6, written blind in session 30, and
// fresh7, written blind in session 31. fresh7 is spent (session 32); fresh8, written blind in session 32,
// is the never-tuned set now, and fresh9, written blind in session 33, is the next one (both held back
// through check-sets.ts HELD_BACK_SETS). fresh8 is spent (session 33), fresh9 too (session 34); fresh10,
// written blind in session 34, is spent after its second untuned run (session 35); fresh11, written blind in
// session 35 and run once at its end, was opened in session 36 (spent); fresh12, written blind in session 36
// and run untuned twice (end of sessions 36 and 37), is spent; fresh13, written blind in session 37 and run
// untuned twice (end of sessions 38 and 39, RESULTS 1zl and 1zm), is spent; fresh14, written blind in session 38
// and run untuned twice (end of sessions 40 and 41, RESULTS 1zn and 1zo), is spent; fresh15, written blind in
// session 39 and not run yet, is the never-tuned set; fresh16, written blind in session 40 and not run yet, is
// the next (both in HELD_BACK_SETS). See xlang-README.md.)
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient, type Db } from '../../server/db/client';
import { indexNoticeTranslations } from '../../server/notices/notice-search-fields';
import { fetchNoticeCandidates, rankNoticeMatches, searchPublishedNotices } from '../../server/notices/search-notices';
import { loadClaimContext, representClaim } from '../../server/lexicon/represent-claim';
import { readSetting } from '../../server/settings/read-settings';
import { normalizeReportText } from '../../server/text/normalize';
import { conceptLookupTokens } from '../../server/text/concepts';
import type { RegionCode } from '../../server/regions/codes';
import { clusterPendingReports } from '../../server/reports/cluster-pending-reports';
import { submitReport } from '../../server/reports/submit-report';
import { clearSettingsCache } from '../../server/settings/read-settings';
import { loadAverage, seededRandom, shuffled } from '../lib/stats';
import { startThrowawayPostgres } from '../lib/throwaway-postgres';
import type { Language } from '../../server/i18n/languages';
import { LANGUAGES } from '../../server/i18n/languages';
import { HELD_BACK_SETS, XLANG_SETS, type XlangSetName } from './check-sets';
import { addSightings, sightingIndices, SIGHTINGS_PER_GROUP, type Protocol } from './notice-sightings';

const PROTOCOL_NAMES: Record<Protocol, string> = { notices: 'notices alone, every report a query', sightings: `with sightings (each rumour holds its group's first ${SIGHTINGS_PER_GROUP} reports; the other reports are the queries)` };

type Lang = Language;
interface NoticeText {
  title: string;
  summary: string;
}
interface XlangSet {
  groups: Record<string, { claim: string; regionCode: string | null; notice: Partial<Record<Lang, NoticeText>> }>;
  hardNegatives: { groups: [string, string]; kind: string; class: string }[];
  reports: { group: string; language: Lang; script: 'cyrl' | 'latn'; style: string; text: string; regionCode: string | null }[];
  unrelatedQueries: { language: Lang; text: string }[];
}

// Sets held back from tuning (check-sets.ts HELD_BACK_SETS): no --verbose or --trace, their misses stay unseen.

function parseArgs(argv: string[]) {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const set = get('set') ?? 'tuning';
  if (!(set in XLANG_SETS)) throw new Error(`--set must be one of ${Object.keys(XLANG_SETS).join(', ')}`);
  return { set: set as XlangSetName, file: get('file'), port: Number(get('port') ?? 55494), seed: Number(get('seed') ?? 20261204), verbose: argv.includes('--verbose') && !HELD_BACK_SETS.includes(set), trace: argv.includes('--trace') && !HELD_BACK_SETS.includes(set), why: argv.includes('--why') && argv.includes('--verbose') && !HELD_BACK_SETS.includes(set), only: get('only') };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const prf = (c: Counts) => {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};
const pct = (x: number) => `${(x * 100).toFixed(1)}`;

async function evaluateClustering(db: Db, set: XlangSet, seed: number, verbose: boolean, trace: boolean) {
  const order = shuffled(set.reports.map((_, i) => i), seededRandom(seed));
  const rumourOf: string[] = new Array<string>(set.reports.length);
  const start = Date.now() - (order.length + 10) * 60_000;
  const encryptionKey = Buffer.alloc(32, 5).toString('base64');
  const began = performance.now();
  for (const [step, index] of order.entries()) {
    const item = set.reports[index]!;
    const { report } = await submitReport(db, { clientId: randomUUID(), text: item.text, regionCode: (item.regionCode ?? undefined) as RegionCode | undefined }, { channel: 'API', encryptionKey, now: new Date(start + step * 60_000) });
    await clusterPendingReports(db);
    rumourOf[index] = report.id;
  }
  const msPerReport = (performance.now() - began) / order.length;
  // Where each report ended, not where it was placed: a later report may merge rumours it bridges.
  const ended = new Map((await db.report.findMany({ where: { id: { in: rumourOf } }, select: { id: true, rumorId: true } })).map((r) => [r.id, r.rumorId]));
  for (const [index, reportId] of rumourOf.entries()) rumourOf[index] = ended.get(reportId) ?? `none:${reportId}`;
  const within: Counts = { tp: 0, fp: 0, fn: 0 };
  const cross: Counts = { tp: 0, fp: 0, fn: 0 };
  const reports = set.reports;
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const a = reports[i]!;
      const b = reports[j]!;
      const same = a.group === b.group;
      const together = rumourOf[i] === rumourOf[j];
      const bucket = a.language === b.language ? within : cross;
      if (same && together) bucket.tp++;
      else if (!same && together) bucket.fp++;
      else if (same && !together) bucket.fn++;
    }
  }
  const all = { tp: within.tp + cross.tp, fp: within.fp + cross.fp, fn: within.fn + cross.fn };
  const groups = [...new Set(reports.map((r) => r.group))];
  const rumoursPerClaim = groups.reduce((sum, g) => sum + new Set(reports.flatMap((r, i) => (r.group === g ? [rumourOf[i]] : []))).size, 0) / groups.length;
  const mergedContrasts = set.hardNegatives.filter((h) => {
    const ra = new Set(reports.flatMap((r, i) => (r.group === h.groups[0] ? [rumourOf[i]] : [])));
    return reports.some((r, i) => r.group === h.groups[1] && ra.has(rumourOf[i]!));
  });
  if (verbose) for (const h of mergedContrasts) console.log(`  merged contrast pair: ${h.groups.join(' × ')} (${h.class})`);
  if (verbose) {
    // Every other pair of claims that share a rumour (not only the contrast pairs): what costs precision.
    const membersOf = new Map<string, Set<string>>();
    reports.forEach((r, i) => membersOf.set(rumourOf[i]!, new Set([...(membersOf.get(rumourOf[i]!) ?? []), r.group])));
    const contrastKeys = new Set(set.hardNegatives.map((h) => [...h.groups].sort().join(' × ')));
    const merged = new Set<string>();
    for (const members of membersOf.values()) {
      const list = [...members].sort();
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) merged.add(`${list[x]} × ${list[y]}`);
    }
    for (const pair of merged) if (!contrastKeys.has(pair)) console.log(`  merged other claims: ${pair}`);
    // Claims told in more than one rumour (what costs recall): the reports outside the claim's largest rumour.
    for (const g of groups) {
      const byRumour = new Map<string, number[]>();
      reports.forEach((r, i) => { if (r.group === g) byRumour.set(rumourOf[i]!, [...(byRumour.get(rumourOf[i]!) ?? []), i]); });
      if (byRumour.size < 2) continue;
      const sorted = [...byRumour.values()].sort((a, b) => b.length - a.length);
      console.log(`  split claim ${g}: ${sorted.map((l) => l.length).join(' + ')}`);
      for (const list of sorted.slice(1)) for (const i of list) console.log(`     apart: ${reports[i]!.text}`);
    }
    if (trace) {
      for (const [rumour, members] of membersOf) {
        if (members.size < 2) continue;
        console.log(`  rumour ${rumour.slice(-6)} holds ${[...members].join(', ')}:`);
        order.forEach((index) => { if (rumourOf[index] === rumour) console.log(`     [${reports[index]!.group}] ${reports[index]!.text}`); });
      }
    }
  }
  return { within: { ...within, ...prf(within) }, cross: { ...cross, ...prf(cross) }, all: { ...all, ...prf(all) }, rumoursPerClaim, mergedContrasts: mergedContrasts.length, contrastPairs: set.hardNegatives.length, msPerReport };
}

/**
 * Publishes each group's notice in the given languages (its rumour in the group's region); with
 * sightings, its rumour holds the group's first reports in every language (notice-sightings.ts).
 */
async function publishNotices(db: Db, set: XlangSet, languages: readonly Lang[], protocol: Protocol): Promise<Map<string, string>> {
  const slugOf = new Map<string, string>();
  const now = new Date();
  const sightings = sightingIndices(set.reports);
  for (const [i, [group, g]] of Object.entries(set.groups).entries()) {
    const texts = languages.flatMap((language) => (g.notice[language] ? [{ language, ...g.notice[language]! }] : []));
    if (!texts.length) continue;
    const slug = `x-${i}-${group}`.slice(0, 90);
    const regionCodes = g.regionCode ? [g.regionCode] : [];
    const rumor = await db.rumor.create({ data: { claim: g.claim, normalizedClaim: g.claim.toLowerCase(), language: 'en', status: 'PUBLISHED', firstSeenAt: now, lastSeenAt: now, regionCodes } });
    if (protocol === 'sightings') await addSightings(db, rumor.id, set.reports.filter((r, j) => r.group === group && sightings.has(j)), now);
    const notice = await db.notice.create({
      data: {
        rumorId: rumor.id, slug, verdict: 'FALSE', status: 'PUBLISHED', regionCodes, currentVersion: 1, firstPublishedAt: now, lastPublishedAt: now,
        versions: { create: { version: 1, verdict: 'FALSE', publishedAt: now, translations: { create: texts.map((t) => ({ language: t.language, title: t.title, summary: t.summary, body: t.summary, smsText: t.title.slice(0, 70), searchText: '' })) } } },
      },
      select: { versions: { select: { id: true } } },
    });
    await indexNoticeTranslations(db, notice.versions.map((v) => v.id));
    slugOf.set(slug, group);
  }
  return slugOf;
}

/** The queries of a protocol: with sightings, only the reports that are not in their rumour. */
function queriesOf(set: XlangSet, protocol: Protocol): XlangSet['reports'] {
  const sightings = sightingIndices(set.reports);
  return protocol === 'sightings' ? set.reports.filter((_, i) => !sightings.has(i)) : set.reports;
}

/**
 * --why: what the ranking said of the right notice (search-notices.ts rankNoticeMatches' trace): not a candidate of
 * the statement, a contrast, the object or titles gate, below the threshold (with its wording and claim standing), the
 * relative cut, a sibling. The query's concept key follows.
 */
async function whyNotFirst(db: Db, q: string, language: Lang, slug: string): Promise<string> {
  const [threshold, conceptThreshold, sightingThreshold, sightingConceptThreshold, context] = await Promise.all([readSetting(db, 'matching.threshold'), readSetting(db, 'matching.conceptThreshold'), readSetting(db, 'clustering.threshold'), readSetting(db, 'clustering.conceptThreshold'), loadClaimContext(db)]);
  const normalizedText = normalizeReportText(q);
  const claim = representClaim(context, { text: q, normalizedText });
  const rows = await fetchNoticeCandidates(db, normalizedText, threshold, language, conceptLookupTokens(claim.tokens, context.lexicon));
  const reasons: string[] = [];
  rankNoticeMatches(context, { text: q, normalizedText, tokens: claim.tokens }, rows, { threshold, conceptThreshold, sightingThreshold, sightingConceptThreshold, limit: 3, trace: (s, reason) => { if (s === slug) reasons.push(reason); } });
  return `${rows.some((row) => row.slug === slug) ? reasons.join('; ') || 'ranked below' : 'not a candidate'} | ${[...claim.tokens].sort().join(' ')}`;
}

async function evaluateSearch(db: Db, set: XlangSet, verbose: boolean, protocol: Protocol, why = false) {
  const groupOf = await publishNotices(db, set, LANGUAGES, protocol);
  const reports = queriesOf(set, protocol);
  const partners = new Map<string, Set<string>>();
  for (const h of set.hardNegatives) {
    for (const [a, b] of [h.groups, [h.groups[1], h.groups[0]]] as const) partners.set(a, new Set([...(partners.get(a) ?? []), b]));
  }
  let at1 = 0;
  let at3 = 0;
  let contrastQueries = 0;
  let contrastShown = 0;
  for (const r of reports) {
    const found = (await searchPublishedNotices(db, { q: r.text, language: r.language, limit: 3 })).map((m) => groupOf.get(m.slug));
    if (found[0] === r.group) at1++;
    if (found.includes(r.group)) at3++;
    const contrasts = partners.get(r.group);
    if (contrasts) {
      contrastQueries++;
      if (found.some((g) => g && contrasts.has(g))) {
        contrastShown++;
        if (verbose) console.log(`  contrasting notice shown: [${r.group}] ${r.text} → ${found.join(', ')}`);
      }
    }
    if (verbose && found[0] !== r.group) console.log(`  miss@1: [${r.group}] ${r.text} → ${found.join(', ') || 'nothing'}${why ? `\n      why: ${await whyNotFirst(db, r.text, r.language, [...groupOf].find(([, g]) => g === r.group)?.[0] ?? '')}` : ''}`);
  }
  let unrelatedWithMatch = 0;
  for (const q of set.unrelatedQueries) {
    const found = await searchPublishedNotices(db, { q: q.text, language: q.language, limit: 3 });
    if (found.length) {
      unrelatedWithMatch++;
      if (verbose) console.log(`  unrelated matched: ${q.text} → ${found.map((f) => f.slug).join(', ')}`);
    }
  }
  const n = reports.length;
  return { queries: n, recallAt1: at1 / n, recallAt3: at3 / n, contrastQueries, contrastShown, contrastShare: contrastQueries ? contrastShown / contrastQueries : 0, unrelated: set.unrelatedQueries.length, unrelatedWithMatch };
}

async function evaluateOneLanguage(db: Db, set: XlangSet, language: Lang, protocol: Protocol) {
  const groupOf = await publishNotices(db, set, [language], protocol);
  const queries = queriesOf(set, protocol).filter((r) => r.language !== language);
  let at1 = 0;
  for (const r of queries) {
    const [top] = await searchPublishedNotices(db, { q: r.text, language: r.language, limit: 3 });
    if (top && groupOf.get(top.slug) === r.group) at1++;
  }
  return { language, queries: queries.length, recallAt1: queries.length ? at1 / queries.length : 0 };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const file = args.file ?? path.join(import.meta.dirname, XLANG_SETS[args.set].file);
  const set = JSON.parse(fs.readFileSync(file, 'utf8')) as XlangSet;
  const postgres = await startThrowawayPostgres({ name: 'xlang', port: args.port });
  try {
    console.log(`PostgreSQL: ${postgres.version}`);
    console.log(`Set ${args.set}: ${set.reports.length} reports in ${Object.keys(set.groups).length} claims, ${set.hardNegatives.length} contrast pairs, ${set.unrelatedQueries.length} unrelated queries; shuffle seed ${args.seed}\n`);
    const withDb = async <T>(name: string, run: (db: Db) => Promise<T>): Promise<T> => {
      const url = await postgres.createDatabase(name);
      const db = createPrismaClient(url, 2);
      clearSettingsCache();
      try {
        return await run(db);
      } finally {
        await db.$disconnect();
        await postgres.dropDatabase(name);
      }
    };
    const clustering = args.only === 'search' ? null : await withDb('xlang_clustering', (db) => evaluateClustering(db, set, args.seed, args.verbose, args.trace));
    // Both protocols: notices alone (every report a query, as before) and with sightings.
    const searches = [];
    const oneLanguage = [];
    for (const protocol of ['notices', 'sightings'] as const) {
      if (args.only !== 'clustering') searches.push({ protocol, ...(await withDb(`xlang_search_${protocol}`, (db) => evaluateSearch(db, set, args.verbose, protocol, args.why))) });
      if (!args.only) for (const language of ['ru', 'kk', 'en'] as const) oneLanguage.push({ protocol, ...(await withDb(`xlang_only_${language}_${protocol}`, (db) => evaluateOneLanguage(db, set, language, protocol))) });
    }

    console.log(`Load average (1/5/15 min) at the end: ${loadAverage()}\n`);
    const c = clustering;
    if (c) {
      console.log('Clustering (targets on the untouched set: precision ≥ 97 % overall, cross-language recall ≥ 60 %, within-family F1 ≥ 90 %, 0 contrast pairs merged)');
      console.log(`  overall pairs        P / R / F1  ${pct(c.all.precision)} / ${pct(c.all.recall)} / ${pct(c.all.f1)}`);
      console.log(`  within family        P / R / F1  ${pct(c.within.precision)} / ${pct(c.within.recall)} / ${pct(c.within.f1)}`);
      console.log(`  across languages     P / R / F1  ${pct(c.cross.precision)} / ${pct(c.cross.recall)} / ${pct(c.cross.f1)}`);
      console.log(`  rumours per real claim           ${c.rumoursPerClaim.toFixed(2)}`);
      console.log(`  contrast pairs merged            ${c.mergedContrasts} of ${c.contrastPairs}`);
      console.log(`  ms per report (intake + worker)  ${c.msPerReport.toFixed(1)}`);
    }
    for (const s of searches) {
      console.log(`\n"Already checked?", ${PROTOCOL_NAMES[s.protocol]} (targets: recall@1 ≥ 90 %, recall@3 ≥ 95 %, contrasting notice shown ≤ 2 %, unrelated 0)`);
      console.log(`  recall@1 / recall@3              ${pct(s.recallAt1)} / ${pct(s.recallAt3)}  (${s.queries} paraphrases)`);
      console.log(`  contrasting notice shown         ${pct(s.contrastShare)} % (${s.contrastShown} of ${s.contrastQueries} queries with a contrast partner)`);
      console.log(`  unrelated queries with a match   ${s.unrelatedWithMatch} of ${s.unrelated}`);
    }
    if (oneLanguage.length) console.log('\nNotices published in one language only: recall@1 of queries in the other languages');
    for (const o of oneLanguage) console.log(`  only ${o.language}, ${o.protocol.padEnd(9)}: ${pct(o.recallAt1)} (${o.queries} queries)`);
  } finally {
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
