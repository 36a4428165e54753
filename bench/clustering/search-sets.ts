// "Already checked?" on every set that may be tuned on, side by side in one run: the search part of
// evaluate-xlang.ts (recall@1 / @3, contrasting notice shown, unrelated queries with a match, and
// recall@1 with notices in one language only) for tuning, untouched, fresh, fresh2 and fresh3, so a
// rule can be judged leave-one-set-out (chosen on some sets, read on the others). Two protocols side
// by side (notice-sightings.ts): notices alone (each rumour holds no report), and with sightings
// (each rumour holds its group's first SIGHTINGS_PER_GROUP reports; only the other reports are asked).
//
//   npx tsx bench/clustering/search-sets.ts --hold [--port=55579]     loads the databases and waits (Ctrl-C ends)
//   npx tsx bench/clustering/search-sets.ts [--sets=tuning,fresh] [--save=<name>] [--diff=<name>] [--reindex] [--why]
//
// --hold starts a throwaway PostgreSQL with one database per set, protocol and notice language choice
// (all three, only ru, only kk, only en), each notice published and indexed, and writes their URLs to
// $RASPA_SEARCH_SETS_DIR (default /tmp)/raspa-search-sets.json; the second form runs the current code against them (a new process
// each time, so code changes count; --reindex recomputes the notices' search fields first, for
// changes to what a notice is indexed by). --save keeps each query's top three there, --diff prints
// the queries whose first result changed since a saved run, and --why prints every miss with why
// the right notice was not first (not a candidate, a contrast, the object or titles gate, below the
// threshold, the relative cut, hidden as a sibling) and counts the causes per set, after every unrelated
// question that got an answer. Besides each set's own unrelated questions, the near misses of
// unrelated-extra.json are asked of its set's notices and counted by half ('tune' / 'check').
// Never a held-back set: a set nobody has tuned on is run only by evaluate-xlang.ts, once.
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient, type Db } from '../../server/db/client';
import type { Language } from '../../server/i18n/languages';
import { LANGUAGES } from '../../server/i18n/languages';
import { indexNoticeTranslations } from '../../server/notices/notice-search-fields';
import { loadClaimContext, representClaim, type ClaimContext } from '../../server/lexicon/represent-claim';
import { fetchNoticeCandidates, rankNoticeMatches, type NoticeMatchRow } from '../../server/notices/search-notices';
import { searchNoticesInput } from '../../server/notices/schema';
import { readSetting } from '../../server/settings/read-settings';
import { normalizeReportText } from '../../server/text';
import { conceptLookupTokens } from '../../server/text/concepts';
import { startThrowawayPostgres } from '../lib/throwaway-postgres';
import { loadAverage } from '../lib/stats';
import { HELD_BACK_SETS } from './check-sets';
import { addSightings, sightingIndices, SIGHTINGS_PER_GROUP, type Protocol } from './notice-sightings';

// fresh3 … fresh11 had their untuned runs (bench/RESULTS.md 1n, 1q, 1t, 1y, 1z, 1zc/1zf, 1zf/1zh, 1zh/1zi) and are spent: they may be tuned on now.
// A set held back from tuning (check-sets.ts HELD_BACK_SETS) is never listed here, and refused if it is.
const SETS = { tuning: 'xlang-tuning.json', untouched: 'xlang-untouched.json', fresh: 'xlang-fresh.json', fresh2: 'xlang-fresh2.json', fresh3: 'xlang-fresh3.json', fresh4: 'xlang-fresh4.json', fresh5: 'xlang-fresh5.json', fresh6: 'xlang-fresh6.json', fresh7: 'xlang-fresh7.json', fresh8: 'xlang-fresh8.json', fresh9: 'xlang-fresh9.json', fresh10: 'xlang-fresh10.json', fresh11: 'xlang-fresh11.json', fresh12: 'xlang-fresh12.json' } as const;
for (const held of HELD_BACK_SETS) if (held in SETS) throw new Error(`${held} is held back from tuning: run evaluate-xlang.ts on it, once`);
type SetName = keyof typeof SETS;
const CHOICES = ['all', 'ru', 'kk', 'en'] as const;
type Choice = (typeof CHOICES)[number];
// Both protocols, side by side: notices alone (each group's rumour holds no report, as before), and
// with sightings (its rumour holds the group's first reports; notice-sightings.ts).
const PROTOCOLS: readonly Protocol[] = ['notices', 'sightings'];
const dbKey = (set: SetName, choice: Choice, protocol: Protocol) => `${set}/${choice}${protocol === 'sightings' ? '/sightings' : ''}`;
// RASPA_SEARCH_SETS_DIR keeps two checkouts' databases, row caches and saved runs apart.
const TMP = process.env.RASPA_SEARCH_SETS_DIR ?? '/tmp';
const STATE = `${TMP}/raspa-search-sets.json`;

interface XlangSet {
  groups: Record<string, { claim: string; regionCode: string | null; notice: Partial<Record<Language, { title: string; summary: string }>> }>;
  hardNegatives: { groups: [string, string] }[];
  reports: { group: string; language: Language; text: string }[];
  unrelatedQueries: { language: Language; text: string }[];
}

const load = (set: SetName) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, SETS[set]), 'utf8')) as XlangSet;
const slugOf = (i: number, group: string) => `x-${i}-${group}`.slice(0, 90);
const groupOfSlug = (set: XlangSet) => new Map(Object.keys(set.groups).map((g, i) => [slugOf(i, g), g]));

async function publish(db: Db, set: XlangSet, languages: readonly Language[], protocol: Protocol) {
  const now = new Date();
  const sightings = sightingIndices(set.reports);
  for (const [i, [group, g]] of Object.entries(set.groups).entries()) {
    const texts = languages.flatMap((language) => (g.notice[language] ? [{ language, ...g.notice[language]! }] : []));
    if (!texts.length) continue;
    const regionCodes = g.regionCode ? [g.regionCode] : [];
    const rumor = await db.rumor.create({ data: { claim: g.claim, normalizedClaim: g.claim.toLowerCase(), language: 'en', status: 'PUBLISHED', firstSeenAt: now, lastSeenAt: now, regionCodes } });
    if (protocol === 'sightings') await addSightings(db, rumor.id, set.reports.filter((r, j) => r.group === group && sightings.has(j)), now);
    const notice = await db.notice.create({
      data: {
        rumorId: rumor.id, slug: slugOf(i, group), verdict: 'FALSE', status: 'PUBLISHED', regionCodes, currentVersion: 1, firstPublishedAt: now, lastPublishedAt: now,
        versions: { create: { version: 1, verdict: 'FALSE', publishedAt: now, translations: { create: texts.map((t) => ({ language: t.language, title: t.title, summary: t.summary, body: t.summary, smsText: t.title.slice(0, 70), searchText: '' })) } } },
      },
      select: { versions: { select: { id: true } } },
    });
    await indexNoticeTranslations(db, notice.versions.map((v) => v.id));
  }
}

async function hold(port: number) {
  const postgres = await startThrowawayPostgres({ name: 'search-sets', port });
  const urls: Record<string, string> = {};
  for (const set of Object.keys(SETS) as SetName[]) {
    const data = load(set);
    for (const protocol of PROTOCOLS) {
      for (const choice of CHOICES) {
        const url = await postgres.createDatabase(`s_${set}_${choice}${protocol === 'sightings' ? '_s' : ''}`);
        const db = createPrismaClient(url, 1);
        await publish(db, data, choice === 'all' ? LANGUAGES : [choice], protocol);
        await db.$disconnect();
        urls[dbKey(set, choice, protocol)] = url;
      }
    }
  }
  fs.writeFileSync(STATE, JSON.stringify(urls, null, 1));
  console.log(`Ready: ${Object.keys(urls).length} databases (${STATE}). Ctrl-C ends.`);
  await new Promise(() => {});
}

interface QueryResult { set: SetName; choice: Choice; protocol: Protocol; /** The query is one of its group's sightings (in the rumour under the sightings protocol, so not asked there). */ sighting: boolean; kind: 'report' | 'unrelated'; group: string | null; language: Language; text: string; found: (string | null)[]; /** Why the right notice was not first (--why). */ why?: string; /** A near miss of unrelated-extra.json, and the half it belongs to. */ extra?: ExtraHalf }

/**
 * Near-miss unrelated questions written for the spent sets' notices (unrelated-extra.json): same town and
 * subject with another claim, the same claim about another town, another member of a class. Half of them
 * ('tune') may be read to derive a rule; the other half ('check') is only counted.
 */
type ExtraHalf = 'tune' | 'check';
interface ExtraQuery { set: string; half: ExtraHalf; kind: string; language: Language; text: string }
const EXTRA: readonly ExtraQuery[] = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'unrelated-extra.json'), 'utf8')) as { queries: ExtraQuery[] }).queries;

/**
 * searchPublishedNotices in its two halves: the candidate rows of its SQL (fetchNoticeCandidates) (kept per
 * database and query under /tmp, so a change to the ranking is judged in seconds; --fetch reads
 * them anew, as it must after a change to the statement, the lexicon or the notices' search
 * fields) and the exact ranking of the current code.
 */
type Cache = Map<string, NoticeMatchRow[]>;
const cacheFile = (key: string) => `${TMP}/raspa-search-rows-${key.replaceAll('/', '-')}.json`;
async function cachedSearch(db: Db, cache: Cache, context: ClaimContext, q: string, language: Language, trace?: (slug: string, reason: string) => void): Promise<string[]> {
  const input = searchNoticesInput.parse({ q, language, limit: 3 });
  const normalizedText = normalizeReportText(input.q);
  const [threshold, conceptThreshold, sightingThreshold, sightingConceptThreshold] = await Promise.all([readSetting(db, 'matching.threshold'), readSetting(db, 'matching.conceptThreshold'), readSetting(db, 'clustering.threshold'), readSetting(db, 'clustering.conceptThreshold')]);
  const claim = representClaim(context, { text: input.q, normalizedText });
  let rows = cache.get(`${language} ${q}`);
  if (!rows) {
    rows = await fetchNoticeCandidates(db, normalizedText, threshold, input.language, conceptLookupTokens(claim.tokens, context.lexicon));
    cache.set(`${language} ${q}`, rows);
  }
  return rankNoticeMatches(context, { text: input.q, normalizedText, tokens: claim.tokens }, rows, { threshold, conceptThreshold, sightingThreshold, sightingConceptThreshold, limit: input.limit, trace }).map((m) => m.slug);
}

async function run(sets: SetName[], reindex: boolean, fetch: boolean) {
  const urls = JSON.parse(fs.readFileSync(STATE, 'utf8')) as Record<string, string>;
  const results: QueryResult[] = [];
  for (const set of sets) {
    const data = load(set);
    const groups = groupOfSlug(data);
    const sightings = sightingIndices(data.reports);
    for (const [protocol, choice] of PROTOCOLS.flatMap((p) => CHOICES.map((c) => [p, c] as const))) {
      const key = dbKey(set, choice, protocol);
      const db = createPrismaClient(urls[key]!, 2);
      const cache: Cache = new Map(!fetch && !reindex && fs.existsSync(cacheFile(key)) ? (JSON.parse(fs.readFileSync(cacheFile(key), 'utf8')) as [string, NoticeMatchRow[]][]) : []);
      const cached = cache.size;
      const context = await loadClaimContext(db);
      const slugs = new Map([...groups].map(([slug, group]) => [group, slug]));
      // found, and (for a query with a right notice) why that notice was dropped or not first
      const search = async (q: string, language: Language, group?: string) => {
        const reasons = new Map<string, string>();
        const found = await cachedSearch(db, cache, context, q, language, (slug, reason) => reasons.set(slug, reason));
        const right = group === undefined ? undefined : slugs.get(group);
        const why = right === undefined || found[0] === right ? undefined : found.includes(right) ? `ranked below ${groups.get(found[0]!)}` : (reasons.get(right) ?? (cache.get(`${language} ${q}`)!.some((r) => r.slug === right) ? 'unknown' : 'not a candidate'));
        return { found: found.map((slug) => groups.get(slug) ?? null), why };
      };
      try {
        if (reindex) await indexNoticeTranslations(db, (await db.noticeVersion.findMany({ select: { id: true } })).map((v) => v.id));
        // never a query that is itself in the rumour
        const queries = data.reports.map((r, i) => ({ ...r, sighting: sightings.has(i) })).filter((r) => (choice === 'all' || r.language !== choice) && !(protocol === 'sightings' && r.sighting));
        for (const r of queries) {
          const { found, why } = await search(r.text, r.language, r.group);
          results.push({ set, choice, protocol, sighting: r.sighting, kind: 'report', group: r.group, language: r.language, text: r.text, found, why });
        }
        if (choice === 'all') {
          for (const q of data.unrelatedQueries) {
            const { found } = await search(q.text, q.language);
            results.push({ set, choice, protocol, sighting: false, kind: 'unrelated', group: null, language: q.language, text: q.text, found });
          }
          for (const q of EXTRA.filter((e) => e.set === set)) {
            const { found } = await search(q.text, q.language);
            results.push({ set, choice, protocol, sighting: false, kind: 'unrelated', group: null, language: q.language, text: q.text, found, extra: q.half });
          }
        }
        if (cache.size > cached) fs.writeFileSync(cacheFile(key), JSON.stringify([...cache]));
      } finally {
        await db.$disconnect();
      }
    }
  }
  return results;
}

const pct = (x: number) => (x * 100).toFixed(1);

/** The three views side by side: notices alone on every query (as before), and both protocols on the same queries. */
function summariseProtocols(results: QueryResult[], sets: SetName[]) {
  console.log('notices alone, every report a query (as before)');
  summarise(results.filter((r) => r.protocol === 'notices'), sets);
  console.log(`\nnotices alone, only the reports not among each group's first ${SIGHTINGS_PER_GROUP}`);
  summarise(results.filter((r) => r.protocol === 'notices' && !r.sighting), sets);
  console.log(`\nwith sightings: each notice's rumour holds its group's first ${SIGHTINGS_PER_GROUP} reports; the same queries`);
  summarise(results.filter((r) => r.protocol === 'sightings'), sets);
}

function summarise(results: QueryResult[], sets: SetName[]) {
  const rows: string[][] = [['measure', ...sets]];
  const col = (f: (set: SetName, data: XlangSet, rs: QueryResult[]) => string) => sets.map((s) => f(s, load(s), results.filter((r) => r.set === s)));
  rows.push(['recall@1 / @3', ...col((_, __, rs) => {
    const q = rs.filter((r) => r.choice === 'all' && r.kind === 'report');
    return `${pct(q.filter((r) => r.found[0] === r.group).length / q.length)} / ${pct(q.filter((r) => r.found.includes(r.group)).length / q.length)}`;
  })]);
  rows.push(['contrasting notice shown', ...col((_, data, rs) => {
    const partners = new Map<string, Set<string>>();
    for (const h of data.hardNegatives) for (const [a, b] of [h.groups, [h.groups[1], h.groups[0]]] as const) partners.set(a, new Set([...(partners.get(a) ?? []), b]));
    const q = rs.filter((r) => r.choice === 'all' && r.kind === 'report' && partners.has(r.group!));
    const shown = q.filter((r) => r.found.some((g) => g && partners.get(r.group!)!.has(g))).length;
    return `${pct(shown / q.length)} % (${shown} of ${q.length})`;
  })]);
  rows.push(['unrelated with a match', ...col((_, __, rs) => {
    const q = rs.filter((r) => r.kind === 'unrelated' && !r.extra);
    return `${q.filter((r) => r.found.length > 0).length} of ${q.length}`;
  })]);
  rows.push(['near misses matched tune / check', ...col((_, __, rs) => (['tune', 'check'] as const).map((half) => {
    const q = rs.filter((r) => r.kind === 'unrelated' && r.extra === half);
    return `${q.filter((r) => r.found.length > 0).length}/${q.length}`;
  }).join(' '))]);
  rows.push(['only ru / kk / en: recall@1', ...col((_, __, rs) => ['ru', 'kk', 'en'].map((c) => {
    const q = rs.filter((r) => r.choice === c);
    return pct(q.filter((r) => r.found[0] === r.group).length / q.length);
  }).join(' / '))]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}

async function main() {
  const argv = process.argv.slice(2);
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  if (argv.includes('--hold')) return hold(Number(get('port') ?? 55579));
  const sets = (get('sets')?.split(',') ?? Object.keys(SETS)) as SetName[];
  for (const s of sets) if (!(s in SETS)) throw new Error(`--sets: one of ${Object.keys(SETS).join(', ')}`);
  const began = Date.now();
  const results = await run(sets, argv.includes('--reindex'), argv.includes('--fetch'));
  console.log(`${results.length} searches in ${((Date.now() - began) / 1000).toFixed(0)} s; load average ${loadAverage()}\n`);
  summariseProtocols(results, sets);
  const save = get('save');
  if (save) fs.writeFileSync(`${TMP}/raspa-search-sets-${save}.json`, JSON.stringify(results));
  if (argv.includes('--why')) {
    // every miss of the all-languages databases with its cause, then the causes counted per set
    // every unrelated question that got an answer (the 'check' half of unrelated-extra.json only counted, never shown)
    for (const r of results.filter((x) => x.kind === 'unrelated' && x.found.length > 0 && x.extra !== 'check')) console.log(`${r.set}${r.protocol === 'sightings' ? '+s' : ''} unrelated${r.extra ? ' (extra)' : ''} ${r.language}: ${r.text.slice(0, 120)}\n    → ${r.found.join(', ')}`);
    const misses = results.filter((r) => r.choice === 'all' && r.why !== undefined);
    for (const r of misses) console.log(`${r.set}${r.protocol === 'sightings' ? '+s' : ''} [${r.group}] ${r.language}: ${r.text.slice(0, 120)}\n    → ${r.found[0] ?? '∅'}; right notice: ${r.why}`);
    const causes = new Map<string, number[]>();
    for (const r of misses) {
      const cause = r.why!.split(' ')[0]!;
      if (!causes.has(cause)) causes.set(cause, sets.map(() => 0));
      causes.get(cause)![sets.indexOf(r.set)]! += 1;
    }
    console.log(`\ncause of a miss (all languages; both protocols)  ${sets.join(' / ')}`);
    for (const [cause, counts] of [...causes].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y))) console.log(`  ${cause.padEnd(16)} ${counts.join(' / ')}`);
  }
  const diff = get('diff');
  if (diff) {
    const before = new Map((JSON.parse(fs.readFileSync(`${TMP}/raspa-search-sets-${diff}.json`, 'utf8')) as QueryResult[]).map((r) => [`${r.set}/${r.choice}/${r.protocol}/${r.text}`, r]));
    for (const r of results) {
      const b = before.get(`${r.set}/${r.choice}/${r.protocol}/${r.text}`);
      if (!b || b.found[0] === r.found[0]) continue;
      const mark = r.found[0] === r.group ? '+' : b.found[0] === r.group ? '-' : '~';
      console.log(`${mark} ${r.set}/${r.choice}/${r.protocol} [${r.group ?? 'unrelated'}] ${r.text.slice(0, 110)}  ${b.found[0] ?? '∅'} → ${r.found[0] ?? '∅'}`);
    }
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
