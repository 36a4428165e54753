// "Already checked?" search and clustering lookups at scale. Loads a throwaway embedded PostgreSQL
// with 10,000 published notices (3 translations each) and 200,000 reports in 30,000 rumours —
// generated from claim templates × places × slot values in kk/ru/en, so trigram distributions look
// like real text, not copies — with bulk SQL (multi-row INSERT … SELECT FROM unnest), then times
//   - 1,000 searches through the real searchPublishedNotices with partial queries, and
//   - 1,000 calls of the real findClusterCandidate with new reports (inside a transaction, as at intake).
// Prints p50/p95/p99; targets: search p95 ≤ 30 ms, clustering p95 ≤ 50 ms (reported, not enforced).
//
//   npx tsx bench/matching.ts [--port=55481] [--notices=10000] [--rumours=30000] [--reports=200000]
//                             [--queries=1000] [--seed=42] [--only=search|clustering] [--explain] [--buffers] [--cpu] [--reference] [--hold]
//                             [--compare=<another checkout> [--compare-database=<url>]] [--database=<url> --now=<iso time>]
//
// --explain prints EXPLAIN (ANALYZE, BUFFERS) of the search SQL for the slowest queries.
// --buffers times nothing: it counts the buffers (shared hit + read) each search statement touches
// for the same queries, this checkout's SQL and, with --compare, the other's: a measure of a change
// of HOW that load does not blur (a search is as slow as the pages it reads, at any load average).
// It also sums EXPLAIN's planning and execution times and, for the slowest 1 % of the title
// statements, splits them CTE by CTE for both checkouts (to be read side by side, not as absolutes).
// --cpu also measures the CPU time of each search (Node's and its database connections', from
// /proc: the database must run on this machine), which a loaded machine stretches far less than the
// wall clock; with --compare the other checkout runs on its own connections.
// --reference also runs, after each timed call, the search before the word index and the exhaustive
// clustering scan on the same input (timed under the same load) and reports how often they agree.
// --compare=<dir> times another checkout's searchPublishedNotices and decideCluster (e.g. `git archive <commit> | tar -x -C
// /tmp/old`, with node_modules and server/db/generated linked from this one) alternating with this one's,
// query by query (which goes first alternates too), on this checkout's database, and counts the queries
// whose answers are deep-equal: old and new side by side under the same load, for changes of HOW only.
// --compare-database=<url> runs the other checkout on another database holding the same data in its
// own schema (a copy of the --hold database with a migration undone): a change of schema timed too.
// --hold loads the data, prints the database URL and keeps it running (no timing) for your own
// EXPLAIN session; Ctrl-C stops the server and deletes its files. It also prints the
// `--database=… --now=…` with which later runs time against that data instead of loading their own
// (same seed and sizes): the queries are generated again, nothing is written, and a side by side
// costs minutes instead of the load's 10–30 at the load of a busy machine.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { createPrismaClient, type Db } from '../server/db/client';
import { noticeSearchSql, SEARCH_NOTICES_SCORED, searchPublishedNotices } from '../server/notices/search-notices';
import { noticeTitleKey, noticeTitleWords } from '../server/notices/notice-search-fields';
import { clearPlaceCache, clusterCandidatesSql, decideCluster, findClusterCandidate } from '../server/reports/cluster-report';
import { clearSettingsCache, readSetting } from '../server/settings/read-settings';
import { loadClaimContext, representClaim, type ClaimContext } from '../server/lexicon/represent-claim';
import { conceptLookupTokens } from '../server/text/concepts';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH, normalizeReportText } from '../server/text';
import { LANGUAGE_MIX, makeClaim, partialQuery, reportText, TEMPLATE_COUNT, type Claim, type Lang, type Place } from './lib/rumour-text';
import { insertBatches, sightingCounts } from './lib/bulk-load';
import { loadAverage, ms, pick, seededRandom, shuffled, summarize } from './lib/stats';
import { startThrowawayPostgres } from './lib/throwaway-postgres';
import { LANGUAGES } from '../server/i18n/languages';

function parseArgs(argv: string[]) {
  const get = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  return {
    port: get('port', 55481),
    notices: get('notices', 10_000),
    rumours: get('rumours', 30_000),
    reports: get('reports', 200_000),
    queries: get('queries', 1_000),
    seed: get('seed', 42),
    explain: argv.includes('--explain'),
    buffers: argv.includes('--buffers'),
    cpu: argv.includes('--cpu'),
    reference: argv.includes('--reference'),
    hold: argv.includes('--hold'),
    compare: argv.find((a) => a.startsWith('--compare='))?.split('=')[1],
    compareDatabase: argv.find((a) => a.startsWith('--compare-database='))?.slice('--compare-database='.length),
    only: argv.find((a) => a.startsWith('--only='))?.split('=')[1] as 'search' | 'clustering' | undefined,
    database: argv.find((a) => a.startsWith('--database='))?.slice('--database='.length),
    now: argv.find((a) => a.startsWith('--now='))?.slice('--now='.length),
  };
}

const DAY = 86_400_000;
/** Tables whose triggers keep the word indexes (migration 20261121123041_search_word_index). */
const WORD_INDEXED_TABLES = ['Rumor', 'Report', 'NoticeTranslation'];
/** PostgreSQL `timestamp(3)` columns hold UTC wall-clock time (as Prisma writes them). */
const ts = (d: Date) => d.toISOString().replace('Z', '');

function trackingCode(i: number): string {
  let code = '';
  for (let n = i; code.length < TRACKING_CODE_LENGTH; n = Math.floor(n / TRACKING_CODE_ALPHABET.length)) {
    code = TRACKING_CODE_ALPHABET[n % TRACKING_CODE_ALPHABET.length] + code;
  }
  return code;
}

interface RumourSeed {
  id: string;
  claim: Claim;
  place: Place;
  status: 'NEW' | 'INVESTIGATING' | 'AWAITING_APPROVAL' | 'PUBLISHED' | 'DISMISSED';
  sightings: number;
  firstSeen: Date;
}

const VERDICTS = ['FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'MISLEADING', 'MISLEADING', 'TRUE', 'UNVERIFIED', 'CHECKING'] as const;
const VERDICT_WORDS: Record<(typeof VERDICTS)[number], Record<Lang, string>> = {
  FALSE: { ru: 'Ложь', kk: 'Жалған', en: 'False' },
  MISLEADING: { ru: 'Вводит в заблуждение', kk: 'Адастырады', en: 'Misleading' },
  TRUE: { ru: 'Правда', kk: 'Рас', en: 'True' },
  UNVERIFIED: { ru: 'Не подтверждено', kk: 'Расталмаған', en: 'Unverified' },
  CHECKING: { ru: 'Проверяем', kk: 'Тексеріп жатырмыз', en: 'We are checking' },
};
const SOURCES: readonly Record<Lang, string>[] = [
  { ru: 'Акимат', kk: 'Әкімдік', en: 'The akimat' },
  { ru: 'Департамент полиции', kk: 'Полиция департаменті', en: 'The police department' },
  { ru: 'Прокуратура области', kk: 'Облыс прокуратурасы', en: 'The regional prosecutor' },
  { ru: 'ДЧС', kk: 'ТЖД', en: 'The emergencies department' },
  { ru: 'Наш корреспондент на месте', kk: 'Біздің тілшіміз', en: 'Our field verifier' },
];
const STATEMENTS: readonly Record<Lang, string>[] = [
  { ru: 'информация не подтвердилась', kk: 'ақпарат расталмады', en: 'says the information was not confirmed' },
  { ru: 'ничего подобного не происходило', kk: 'мұндай оқиға болған жоқ', en: 'says nothing of the kind happened' },
  { ru: 'сообщил, что ситуация под контролем', kk: 'жағдай бақылауда екенін хабарлады', en: 'says the situation is under control' },
  { ru: 'опубликовал официальное заявление', kk: 'ресми мәлімдеме жасады', en: 'has published an official statement' },
];

function noticeTexts(claim: Claim, place: Place, verdict: (typeof VERDICTS)[number], r: () => number) {
  const source = pick(SOURCES, r);
  const statement = pick(STATEMENTS, r);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const titles: Record<Lang, string> = { ru: `Утверждение, что ${claim.ru}`, kk: `${cap(claim.kk)} деген ақпарат`, en: `Claim that ${claim.en}` };
  const summaries: Record<Lang, string> = {
    ru: `${VERDICT_WORDS[verdict].ru}. ${source.ru} ${place.ruIn}: ${statement.ru}.`,
    kk: `${VERDICT_WORDS[verdict].kk}. ${place.kkLoc} ${source.kk.toLowerCase()}: ${statement.kk}.`,
    en: `${VERDICT_WORDS[verdict].en}. ${source.en} in ${place.en} ${statement.en}.`,
  };
  return LANGUAGES.map((language) => ({
    language,
    title: titles[language],
    summary: summaries[language],
    body: `${summaries[language]}\n\n${titles[language]}.`,
    smsText: titles[language].slice(0, 70),
    searchText: normalizeReportText(`${titles[language]} ${summaries[language]}`),
  }));
}

/**
 * Generates the data (from `r`) and loads it; with `write` false only generates it, drawing from
 * `r` exactly as the load does, for a run on a database a --hold run loaded (--database).
 */
async function load(url: string, args: ReturnType<typeof parseArgs>, r: () => number, now: Date, write = true): Promise<{ rumours: RumourSeed[]; published: RumourSeed[] }> {
  // Concept keys as the worker and publishing write them (lexicon and places from the seeded database).
  const contextDb = createPrismaClient(url, 1);
  const context: ClaimContext = await loadClaimContext(contextDb).finally(() => contextDb.$disconnect());
  const conceptKey = (text: string, norm: string, language: string) => (write ? representClaim(context, { text, normalizedText: norm, kazakh: language === 'kk' }).conceptKey : '');
  const client = write ? new pg.Client({ connectionString: url }) : nothingWritten;
  await client.connect();
  try {
    // Build the trigram indexes once after loading instead of updating them row by row.
    const trigramIndexes = (
      await client.query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('Report', 'Rumor', 'NoticeTranslation') AND indexdef LIKE '%gin_trgm_ops%'`,
      )
    ).rows;
    for (const index of trigramIndexes) await client.query(`DROP INDEX ${client.escapeIdentifier(index.indexname)}`);
    // The word indexes behind search and clustering (kept by triggers) are rebuilt in one go too.
    for (const table of WORD_INDEXED_TABLES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);

    // Rumours: each a claim (template × place × slots) first heard some time in the last 90 days.
    const counts = sightingCounts(args.rumours, args.reports, r);
    const publishedIndexes = new Set(shuffled(Array.from({ length: args.rumours }, (_, i) => i), r).slice(0, args.notices));
    const rumours: RumourSeed[] = counts.map((sightings, i) => {
      const { claim, place } = makeClaim(r, i % TEMPLATE_COUNT);
      const status = publishedIndexes.has(i) ? 'PUBLISHED' : pick(['NEW', 'NEW', 'NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'DISMISSED'] as const, r);
      return { id: randomUUID(), claim, place, status, sightings, firstSeen: new Date(now.getTime() - r() * 90 * DAY) };
    });

    // Reports: sightings spread over the days after the rumour started, in the language mix.
    const rep = { id: [] as string[], clientId: [] as string[], code: [] as string[], channel: [] as string[], rumorId: [] as string[], text: [] as string[], norm: [] as string[], concepts: [] as string[], lang: [] as string[], script: [] as string[], region: [] as (string | null)[], at: [] as string[] };
    const founding = new Map<string, { text: string; norm: string; lang: Lang }>();
    const lastSeen = new Map<string, Date>();
    for (const rumour of rumours) {
      for (let k = 0; k < rumour.sightings; k++) {
        const language = pick(LANGUAGE_MIX, r);
        const { text, script } = reportText(rumour.claim, language, r);
        const norm = normalizeReportText(text);
        const at = new Date(Math.min(now.getTime() - 60_000, rumour.firstSeen.getTime() + (k === 0 ? 0 : -Math.log(1 - r()) * 1.5 * DAY)));
        if (k === 0) founding.set(rumour.id, { text, norm, lang: language });
        if (at > (lastSeen.get(rumour.id) ?? rumour.firstSeen)) lastSeen.set(rumour.id, at);
        rep.id.push(randomUUID());
        rep.clientId.push(randomUUID());
        rep.code.push(trackingCode(rep.id.length));
        rep.channel.push(pick(['WEB', 'WEB', 'WEB', 'API', 'SMS', 'TELEGRAM'], r));
        rep.rumorId.push(rumour.id);
        rep.text.push(text);
        rep.norm.push(norm);
        rep.concepts.push(conceptKey(text, norm, language));
        rep.lang.push(language);
        rep.script.push(script);
        rep.region.push(r() < 0.9 ? rumour.place.region : null);
        rep.at.push(ts(at));
      }
    }

    await insertBatches(
      client,
      `INSERT INTO "Rumor" (id, claim, "normalizedClaim", language, status, "priorityScore", "sightingCount", "regionCodes", "firstSeenAt", "lastSeenAt", "updatedAt")
       SELECT id, claim, nc, lang::"Language", st::"RumorStatus", ps, sc, ARRAY[rc], fs, ls, now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::int[], $8::text[], $9::timestamp[], $10::timestamp[])
         AS t(id, claim, nc, lang, st, ps, sc, rc, fs, ls)`,
      [
        rumours.map((m) => m.id),
        rumours.map((m) => founding.get(m.id)!.text.slice(0, 500)),
        rumours.map((m) => founding.get(m.id)!.norm),
        rumours.map((m) => founding.get(m.id)!.lang),
        rumours.map((m) => m.status),
        rumours.map((m) => Math.round(Math.log2(1 + m.sightings) * 10) / 10),
        rumours.map((m) => m.sightings),
        rumours.map((m) => m.place.region),
        rumours.map((m) => ts(m.firstSeen)),
        rumours.map((m) => ts(lastSeen.get(m.id) ?? m.firstSeen)),
      ],
      'Rumor',
    );
    await insertBatches(
      client,
      `INSERT INTO "Report" (id, "clientId", "trackingCode", channel, "rumorId", text, "normalizedText", "conceptKey", language, script, "regionCode", "heardAt", "receivedAt")
       SELECT id, cid, code, ch::"ReportChannel", rid, text, norm, ck, lang::"Language", script, region, at, at
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::timestamp[])
         AS t(id, cid, code, ch, rid, text, norm, ck, lang, script, region, at)`,
      [rep.id, rep.clientId, rep.code, rep.channel, rep.rumorId, rep.text, rep.norm, rep.concepts, rep.lang, rep.script, rep.region, rep.at],
      'Report',
    );

    // Notices: one per published rumour, version 1 with kk/ru/en translations.
    const published = rumours.filter((m) => m.status === 'PUBLISHED');
    const notice = { id: [] as string[], rumorId: [] as string[], slug: [] as string[], verdict: [] as string[], region: [] as string[], at: [] as string[] };
    const version = { id: [] as string[], noticeId: [] as string[], verdict: [] as string[], at: [] as string[] };
    const tr = { id: [] as string[], versionId: [] as string[], lang: [] as string[], title: [] as string[], summary: [] as string[], body: [] as string[], sms: [] as string[], search: [] as string[], concepts: [] as string[], titleKeys: [] as string[], titleWords: [] as string[] };
    for (const [i, rumour] of published.entries()) {
      const verdict = pick(VERDICTS, r);
      const noticeId = randomUUID();
      const versionId = randomUUID();
      const at = ts(new Date(Math.min(now.getTime() - 60_000, rumour.firstSeen.getTime() + (0.1 + r()) * DAY)));
      notice.id.push(noticeId);
      notice.rumorId.push(rumour.id);
      notice.slug.push(`${rumour.place.en.toLowerCase().replace(/[^a-z]+/g, '-')}-claim-${i}`);
      notice.verdict.push(verdict);
      notice.region.push(rumour.place.region);
      notice.at.push(at);
      version.id.push(versionId);
      version.noticeId.push(noticeId);
      version.verdict.push(verdict);
      version.at.push(at);
      for (const t of noticeTexts(rumour.claim, rumour.place, verdict, r)) {
        tr.id.push(randomUUID());
        tr.versionId.push(versionId);
        tr.lang.push(t.language);
        tr.title.push(t.title);
        tr.summary.push(t.summary);
        tr.body.push(t.body);
        tr.sms.push(t.smsText);
        tr.search.push(t.searchText);
        tr.concepts.push(conceptKey(`${t.title} ${t.summary}`, t.searchText, t.language));
        tr.titleKeys.push(write ? noticeTitleKey(context, t.language, t.title) : '');
        tr.titleWords.push(write ? noticeTitleWords(t.title) : '');
      }
    }
    if (!write) return { rumours, published };
    await insertBatches(
      client,
      `INSERT INTO "Notice" (id, "rumorId", slug, verdict, status, "regionCodes", "currentVersion", "firstPublishedAt", "lastPublishedAt", "updatedAt")
       SELECT id, rid, slug, v::"Verdict", 'PUBLISHED', ARRAY[rc], 1, at, at, now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamp[]) AS t(id, rid, slug, v, rc, at)`,
      [notice.id, notice.rumorId, notice.slug, notice.verdict, notice.region, notice.at],
      'Notice',
    );
    await insertBatches(
      client,
      `INSERT INTO "NoticeVersion" (id, "noticeId", version, verdict, "publishedAt")
       SELECT id, nid, 1, v::"Verdict", at FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamp[]) AS t(id, nid, v, at)`,
      [version.id, version.noticeId, version.verdict, version.at],
      'NoticeVersion',
    );
    await insertBatches(
      client,
      // keyed with the seeded lexicon's revision, as publishing and the re-key job write them
      `INSERT INTO "NoticeTranslation" (id, "noticeVersionId", language, title, summary, body, "smsText", "searchText", "conceptKey", "titleKey", "titleWords", "conceptKeyRevision")
       SELECT id, vid, lang::"Language", title, summary, body, sms, search, ck, tk, tw, ${Number(context.lexicon.revision)}
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[]) AS t(id, vid, lang, title, summary, body, sms, search, ck, tk, tw)`,
      [tr.id, tr.versionId, tr.lang, tr.title, tr.summary, tr.body, tr.sms, tr.search, tr.concepts, tr.titleKeys, tr.titleWords],
      'NoticeTranslation',
    );

    const began = performance.now();
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of trigramIndexes) await client.query(index.indexdef);
    await client.query('SELECT raspa_rebuild_search_words()');
    // The concept postings the triggers would have written (migration 20261204235949_claim_lexicon),
    // with the notice each translation is shown for (20261207141000_notice_translation_shown).
    await client.query(`INSERT INTO "NoticeTranslationConcept"(token, "translationId", "shownNoticeId")
      SELECT DISTINCT x, t.id, raspa_shown_notice(n, v.version) FROM "NoticeTranslation" t JOIN "NoticeVersion" v ON v.id = t."noticeVersionId" JOIN "Notice" n ON n.id = v."noticeId", raspa_concept_tokens(t."conceptKey") x`);
    await client.query(`INSERT INTO "RumorConcept"(token, "rumorId")
      SELECT DISTINCT x, r."rumorId" FROM "Report" r, raspa_concept_tokens(r."conceptKey") x WHERE r."rumorId" IS NOT NULL
      UNION SELECT x, n."rumorId" FROM "Notice" n JOIN "NoticeVersion" v ON v."noticeId" = n.id JOIN "NoticeTranslation" t ON t."noticeVersionId" = v.id, raspa_concept_tokens(t."conceptKey") x`);
    for (const table of WORD_INDEXED_TABLES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    await client.query('VACUUM ANALYZE');
    process.stderr.write(`  trigram indexes, word indexes rebuilt and VACUUM ANALYZE in ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
    return { rumours, published };
  } finally {
    await client.end();
  }
}

/** The client of a run on loaded data (--database): generating reads no indexes and writes nothing. */
const nothingWritten = {
  connect: async () => {},
  end: async () => {},
  query: async () => ({ rows: [] as never[] }),
} as unknown as pg.Client;

interface PlanNode {
  'Node Type': string;
  'Subplan Name'?: string;
  'Actual Total Time': number;
  'Actual Loops': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}
/** What one search statement cost the database, from its EXPLAIN (ANALYZE, BUFFERS). */
interface StatementCost {
  buffers: number;
  planningMs: number;
  executionMs: number;
  /** Each CTE's (InitPlan's) own plan: ms and buffers, children included. */
  ctes: Map<string, { ms: number; buffers: number }>;
}

/** EXPLAIN (ANALYZE, BUFFERS) of each of the two search statements for one query, of the given checkout's noticeSearchSql. */
async function searchCosts(client: pg.Client, searchSql: typeof noticeSearchSql, query: { q: string; language: Lang }, threshold: number, context: ClaimContext): Promise<Record<'titles' | 'sightings', StatementCost>> {
  const normalizedText = normalizeReportText(query.q);
  const { tokens } = representClaim(context, { text: query.q, normalizedText });
  const costs = {} as Record<'titles' | 'sightings', StatementCost>;
  for (const part of ['titles', 'sightings'] as const) {
    const sql = searchSql(normalizedText, threshold, query.language, SEARCH_NOTICES_SCORED, conceptLookupTokens(tokens, context.lexicon), part);
    const plan = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }] }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql.text}`, sql.values as unknown[]);
    const explained = plan.rows[0]!['QUERY PLAN'][0];
    const ctes = new Map<string, { ms: number; buffers: number }>();
    const walk = (node: PlanNode) => {
      if (node['Subplan Name']?.startsWith('CTE ')) ctes.set(node['Subplan Name'].slice(4), { ms: node['Actual Total Time'] * node['Actual Loops'], buffers: node['Shared Hit Blocks'] + node['Shared Read Blocks'] });
      node.Plans?.forEach(walk);
    };
    walk(explained.Plan);
    const top = explained.Plan;
    costs[part] = { buffers: top['Shared Hit Blocks'] + top['Shared Read Blocks'], planningMs: explained['Planning Time'], executionMs: explained['Execution Time'], ctes };
  }
  return costs;
}

/** `url` with its connections named, so their server processes can be told apart (pg_stat_activity.application_name). */
function named(url: string, applicationName: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', applicationName);
  return u.toString();
}

/**
 * CPU time (ms) the server processes of the connections named `applicationName` have used so far
 * (/proc/<pid>/schedstat: nanoseconds on a CPU; the database runs on this machine): what the
 * database spent on a search, however long it waited for a core meanwhile.
 */
async function databaseCpuMs(monitor: pg.Client, applicationName: string): Promise<number> {
  const { rows } = await monitor.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
  let ns = 0;
  for (const { pid } of rows) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the connection closed meanwhile
    }
  }
  return ns / 1e6;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the search statements of server/notices/search-notices.ts as it runs (it sets what it needs itself). */
async function explainSearch(url: string, query: { q: string; language: Lang }, threshold: number, context: ClaimContext): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const normalizedText = normalizeReportText(query.q);
    const { tokens } = representClaim(context, { text: query.q, normalizedText });
    const plans: string[] = [];
    // its two statements (fetchNoticeCandidates runs them at once), one after the other here
    for (const part of ['titles', 'sightings'] as const) {
      const sql = noticeSearchSql(normalizedText, threshold, query.language, SEARCH_NOTICES_SCORED, conceptLookupTokens(tokens, context.lexicon), part);
      const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values as unknown[]);
      plans.push(`-- ${part}\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
    return plans.join('\n');
  } finally {
    await client.end();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of clustering's candidate SQL for one report (its region and neighbours). */
async function explainClustering(url: string, input: { normalizedText: string; regionCode?: string; now: Date }, threshold: number, windowDays: number, context: ClaimContext): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const regions = input.regionCode
      ? (await client.query<{ codes: string[] }>(`SELECT array_append("neighbourCodes", code) AS codes FROM "Region" WHERE code = $1`, [input.regionCode])).rows[0]?.codes ?? [input.regionCode]
      : [];
    await client.query('BEGIN');
    const { tokens } = representClaim(context, { text: input.normalizedText, normalizedText: input.normalizedText });
    const sql = clusterCandidatesSql(input.normalizedText, regions, new Date(input.now.getTime() - windowDays * DAY), conceptLookupTokens(tokens, context.lexicon));
    const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values as unknown[]);
    await client.query('COMMIT');
    return plan.rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

/**
 * The search before the word index (commit 8a151a7): every translation sharing enough trigrams
 * with the query (GIN `<%`) rechecked with word_similarity. The reference for the new search's
 * answers, and timed alongside it under the same load.
 */
async function referenceSearch(db: Db, q: string, threshold: number, limit = 5): Promise<{ id: string; score: number }[]> {
  const query = normalizeReportText(q);
  if (query.length < 3) return [];
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true), set_config('enable_seqscan', 'off', true)`;
    return tx.$queryRaw<{ slug: string; score: number }[]>`
      SELECT n.slug, max(word_similarity(${query}, t."searchText"))::float8 AS score
      FROM "NoticeTranslation" t
      JOIN "NoticeVersion" v ON v.id = t."noticeVersionId"
      JOIN "Notice" n ON n.id = v."noticeId" AND n."currentVersion" = v.version
      WHERE ${query} <% t."searchText" AND n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING'
      GROUP BY n.slug
      ORDER BY score DESC, n.slug
      LIMIT ${limit}`;
  });
  return rows.filter((r) => r.score >= threshold).map((r) => ({ id: r.slug, score: r.score }));
}

/**
 * Agreement of two ranked answers. Search answers are compared by score, rank by rank: this data
 * has many equally good notices (one claim template about many places), so which of the tied
 * notices fills the top 5 is arbitrary; a lower score at some rank is a worse answer.
 */
function compareAnswers(agreement: Agreement, reference: readonly { id: string; score: number }[], actual: readonly { id: string; score: number }[]) {
  const round = (x: number) => Math.round(x * 100) / 100;
  agreement.n++;
  if (round(reference[0]?.score ?? 0) === round(actual[0]?.score ?? 0)) agreement.sameTop++;
  if (reference.length === actual.length && reference.every((x, i) => round(x.score) === round(actual[i]!.score))) agreement.sameSet++;
  agreement.referenceItems += reference.length;
  reference.forEach((x, i) => {
    const other = actual[i];
    if (!other || round(other.score) < round(x.score)) agreement.missed++;
    else if (round(other.score) > round(x.score)) agreement.extra++;
  });
  agreement.extra += Math.max(0, actual.length - reference.length);
}
interface Agreement {
  n: number;
  sameTop: number;
  sameSet: number;
  referenceItems: number;
  /** Ranks where the reference had a better (or any) answer. */
  missed: number;
  /** Ranks where the answer is better than the reference's (or the reference had none). */
  extra: number;
}
const newAgreement = (): Agreement & { sameRumour: number } => ({ n: 0, sameTop: 0, sameSet: 0, referenceItems: 0, missed: 0, extra: 0, sameRumour: 0 });

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const r = seededRandom(args.seed);
  // On a held database the data's "now" is the --hold run's: the queries' windows are reckoned from it.
  const now = args.now ? new Date(args.now) : new Date();
  const postgres = args.database ? { version: '(the --hold run’s)', stop: async () => {} } : await startThrowawayPostgres({ name: 'matching', port: args.port });
  try {
    const url = args.database ?? (await (postgres as Awaited<ReturnType<typeof startThrowawayPostgres>>).createDatabase('bench_matching'));
    process.stderr.write(`${args.database ? 'Generating (on the loaded database)' : 'Generating and loading'} ${args.notices} notices, ${args.rumours} rumours, ${args.reports} reports…\n`);
    const loadStart = performance.now();
    const { rumours, published } = await load(url, args, r, now, !args.database);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    if (args.hold) {
      const same = `--seed=${args.seed} --notices=${args.notices} --rumours=${args.rumours} --reports=${args.reports}`;
      console.log(`Loaded in ${loadSeconds.toFixed(0)} s. Database: ${url}\nTime against it: npx tsx bench/matching.ts --database=${url} --now=${now.toISOString()} ${same} …\nCtrl-C stops the server and deletes its files.`);
      await new Promise(() => {}); // until Ctrl-C: startThrowawayPostgres cleans up on SIGINT
    }

    // --cpu tells this checkout's connections from the other's by name
    const db = createPrismaClient(args.cpu ? named(url, 'bench-this') : url, 4);
    // The other checkout's search runs on a client of its own making: a client of this checkout's is not
    // one its server/db/client.ts knows (its queryRows would read through Prisma's $queryRaw instead).
    const otherClient = args.compare ? ((await import(path.resolve(args.compare, 'server/db/client.ts'))) as { createPrismaClient: typeof createPrismaClient }).createPrismaClient : null;
    const otherDb = otherClient ? otherClient(args.cpu ? named(args.compareDatabase ?? url, 'bench-other') : (args.compareDatabase ?? url), 4) : args.cpu ? createPrismaClient(named(url, 'bench-other'), 4) : db;
    try {
      clearSettingsCache();
      clearPlaceCache();
      const matchingThreshold = await readSetting(db, 'matching.threshold');
      const clusteringThreshold = await readSetting(db, 'clustering.threshold');

      // Queries: 70 % about published claims, 30 % about claims without a notice. Each part has its
      // own random stream, so --only=… times the same inputs as a full run.
      const unpublished = rumours.filter((m) => m.status !== 'PUBLISHED');
      const q = seededRandom(args.seed + 1);
      const makeQuery = () => {
        const source = q() < 0.7 ? pick(published, q) : pick(unpublished, q);
        return partialQuery(source.claim, source.place, q);
      };
      const loadBefore = loadAverage();
      const searchTimes: number[] = [];
      const referenceSearchTimes: number[] = [];
      const searchAgreement = newAgreement();
      const slowest: { ms: number; query: { q: string; language: Lang } }[] = [];
      let answered = 0;
      // The other checkout's search, its own module graph (caches included) on this database, or on
      // --compare-database (the same data in the other checkout's schema: a change of schema timed).
      const otherSearch = args.compare ? ((await import(path.resolve(args.compare, 'server/notices/search-notices.ts'))) as { searchPublishedNotices: typeof searchPublishedNotices }).searchPublishedNotices : null;
      const other = otherSearch && ((_: Db, query: Parameters<typeof searchPublishedNotices>[1]) => otherSearch(otherDb, query));
      const compareTimes: number[] = [];
      let identical = 0;
      if (args.buffers) {
        const otherSql = args.compare ? ((await import(path.resolve(args.compare, 'server/notices/search-notices.ts'))) as { noticeSearchSql: typeof noticeSearchSql }).noticeSearchSql : null;
        const otherName = args.compare ? path.basename(path.resolve(args.compare)) : '';
        const context = await loadClaimContext(db);
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const otherClient = args.compareDatabase ? new pg.Client({ connectionString: args.compareDatabase }) : client;
        if (otherClient !== client) await otherClient.connect();
        const mine: Record<'titles' | 'sightings', StatementCost>[] = [];
        const theirs: Record<'titles' | 'sightings', StatementCost>[] = [];
        const queries: { q: string; language: Lang }[] = [];
        try {
          // the timed run's warm-up queries first (the same stream: the same 1,000 queries after it), 5 of them explained (the first plans on a new connection read the catalogue)
          for (let i = 0; i < 50 + args.queries; i++) {
            const query = makeQuery();
            if (i >= 5 && i < 50) continue;
            // which goes first alternates, as when timed
            const otherFirst = otherSql && i % 2 === 1 ? await searchCosts(otherClient, otherSql, query, matchingThreshold, context) : null;
            const costs = await searchCosts(client, noticeSearchSql, query, matchingThreshold, context);
            const other = otherFirst ?? (otherSql ? await searchCosts(otherClient, otherSql, query, matchingThreshold, context) : null);
            if (i < 50) continue;
            queries.push(query);
            mine.push(costs);
            if (other) theirs.push(other);
          }
        } finally {
          await client.end();
          if (otherClient !== client) await otherClient.end();
        }
        // Buffers cannot be blurred by load; EXPLAIN's times can (and ANALYZE's clock reads add to them): compare them side by side only.
        console.log(`What each search statement cost the database (EXPLAIN ANALYZE, BUFFERS), ${args.queries} queries (seed ${args.seed}), load before ${loadBefore}, after ${loadAverage()}:`);
        console.log('statement                                     |    n |    mean |     p50 |     p95 |     p99 |     max |       sum');
        const line = (label: string, sample: number[], digits: number) => {
          const b = summarize(sample);
          const f = (x: number) => x.toFixed(digits);
          console.log(`${label.slice(0, 45).padEnd(46)}| ${String(b.n).padStart(4)} | ${f(b.mean).padStart(7)} | ${f(b.p50).padStart(7)} | ${f(b.p95).padStart(7)} | ${f(b.p99).padStart(7)} | ${f(b.max).padStart(7)} | ${f(sample.reduce((s, x) => s + x, 0)).padStart(9)}`);
        };
        const measures = [['buffers', (c: StatementCost) => c.buffers, 0], ['planning ms', (c: StatementCost) => c.planningMs, 1], ['execution ms', (c: StatementCost) => c.executionMs, 1]] as const;
        for (const [measure, of, digits] of measures) {
          for (const part of ['titles', 'sightings'] as const) {
            line(`${part} ${measure} (this checkout)`, mine.map((c) => of(c[part])), digits);
            if (otherSql) line(`${part} ${measure} (${otherName})`, theirs.map((c) => of(c[part])), digits);
          }
        }
        // The slowest 1 % (this checkout's title statement, planning + execution) and where their time went, CTE by CTE, both checkouts on the same queries.
        const total = (c: StatementCost) => c.planningMs + c.executionMs;
        const slow = mine.map((c, i) => i).sort((a, b) => total(mine[b]!.titles) - total(mine[a]!.titles)).slice(0, Math.max(1, Math.round(args.queries / 100)));
        console.log(`\nThe slowest 1 % of this checkout's title statements (${slow.length} queries), ms / buffers${otherSql ? ` (this checkout → ${otherName})` : ''}:`);
        const sum = (indexes: number[], costs: typeof mine, of: (c: StatementCost) => number) => indexes.reduce((s, i) => s + of(costs[i]!.titles), 0);
        const cteNames = [...new Set(slow.flatMap((i) => [...mine[i]!.titles.ctes.keys(), ...(theirs[i]?.titles.ctes.keys() ?? [])]))];
        const both = (of: (c: StatementCost) => number, digits: number) => `${sum(slow, mine, of).toFixed(digits)}${otherSql ? ` | ${sum(slow, theirs, of).toFixed(digits)}` : ''}`;
        console.log(`  planning ms: ${both((c) => c.planningMs, 1)}; execution ms: ${both((c) => c.executionMs, 1)}; buffers: ${both((c) => c.buffers, 0)}`);
        for (const name of cteNames) console.log(`  CTE ${name}: ms ${both((c) => c.ctes.get(name)?.ms ?? 0, 1)}; buffers ${both((c) => c.ctes.get(name)?.buffers ?? 0, 0)}`);
        for (const i of slow) {
          const m = mine[i]!.titles;
          const t = theirs[i]?.titles;
          console.log(`  ${JSON.stringify(queries[i]!.q)} (${queries[i]!.language}): planning ${m.planningMs.toFixed(1)}${t ? ` | ${t.planningMs.toFixed(1)}` : ''}, execution ${m.executionMs.toFixed(1)}${t ? ` | ${t.executionMs.toFixed(1)}` : ''}, buffers ${m.buffers}${t ? ` | ${t.buffers}` : ''}; ${[...m.ctes].map(([name, x]) => `${name} ${x.ms.toFixed(1)}${t?.ctes.get(name) ? `|${t.ctes.get(name)!.ms.toFixed(1)}` : ''}`).join(', ')}`);
        }
        return;
      }
      if (args.only !== 'clustering') for (let i = 0; i < 50; i++) {
        const query = makeQuery();
        await searchPublishedNotices(db, query); // warm-up
        await other?.(db, query);
      }
      // --cpu: the CPU time of each search, Node's and its database connections', which load does not stretch as it stretches the wall clock
      const monitor = args.cpu ? new pg.Client({ connectionString: url }) : null;
      await monitor?.connect();
      const cpu = { node: [] as number[], database: [] as number[], otherNode: [] as number[], otherDatabase: [] as number[] };
      for (let i = 0; i < (args.only === 'clustering' ? 0 : args.queries); i++) {
        const query = makeQuery();
        const timed = async (search: typeof searchPublishedNotices, name: string) => {
          const databaseBefore = monitor ? await databaseCpuMs(monitor, name) : 0;
          const nodeBefore = process.cpuUsage();
          const start = performance.now();
          const matches = await search(db, query);
          const elapsed = performance.now() - start;
          const node = process.cpuUsage(nodeBefore);
          return { matches, ms: elapsed, nodeCpu: (node.user + node.system) / 1000, databaseCpu: monitor ? (await databaseCpuMs(monitor, name)) - databaseBefore : 0 };
        };
        const otherFirst = other && i % 2 === 1 ? await timed(other, 'bench-other') : null;
        const { matches, ms: elapsed, nodeCpu, databaseCpu } = await timed(searchPublishedNotices, 'bench-this');
        const compared = otherFirst ?? (other ? await timed(other, 'bench-other') : null);
        cpu.node.push(nodeCpu);
        cpu.database.push(databaseCpu);
        if (compared) {
          compareTimes.push(compared.ms);
          cpu.otherNode.push(compared.nodeCpu);
          cpu.otherDatabase.push(compared.databaseCpu);
          if (isDeepStrictEqual(compared.matches, matches)) identical++;
        }
        searchTimes.push(elapsed);
        slowest.push({ ms: elapsed, query });
        if (matches.length) answered++;
        if (args.reference) {
          const start = performance.now();
          const expected = await referenceSearch(db, query.q, matchingThreshold);
          referenceSearchTimes.push(performance.now() - start);
          compareAnswers(searchAgreement, expected, matches.map((m) => ({ id: m.slug, score: m.score })));
        }
      }

      // Clustering: new reports of existing claims (80 %) and of new ones (20 %), as at intake.
      const clusterTimes: number[] = [];
      const transactionTimes: number[] = [];
      const referenceClusterTimes: number[] = [];
      const clusterAgreement = newAgreement();
      const slowestClustering: { ms: number; input: { normalizedText: string; regionCode?: string; now: Date } }[] = [];
      let joined = 0;
      const recent = rumours.filter((m) => m.firstSeen.getTime() > now.getTime() - 14 * DAY);
      const c = seededRandom(args.seed + 2);
      // The other checkout's clustering decision (--compare), alternating with this one's as search's.
      const otherDecide = args.compare ? ((await import(path.resolve(args.compare, 'server/reports/cluster-report.ts'))) as { decideCluster: typeof decideCluster }).decideCluster : null;
      const compareClusterTimes: number[] = [];
      let identicalDecisions = 0;
      // The rumours a decision joins (chosen, then bridged): which of a rumour's equally good texts is
      // named as the match may differ where a change orders ties otherwise; the rumours may not.
      let sameRumours = 0;
      const rumoursOf = (d: Awaited<ReturnType<typeof decideCluster>>) => [d.candidate?.rumorId ?? null, ...d.sameClaim.map((c) => c.rumorId)];
      for (let i = 0; i < (args.only === 'search' ? 0 : 50 + args.queries); i++) {
        const known = c() < 0.8;
        const { claim, place } = known ? pick(recent.length ? recent : rumours, c) : makeClaim(c);
        const { text } = reportText(claim, pick(LANGUAGE_MIX, c), c);
        const input = { normalizedText: normalizeReportText(text), regionCode: c() < 0.9 ? place.region : undefined, now };
        const timedDecision = async (decide: typeof decideCluster, on: Db = db) => {
          let inner = 0;
          const began = performance.now();
          const decision = await on.$transaction(async (tx) => {
            const start = performance.now();
            const found = await decide(tx, input);
            inner = performance.now() - start;
            return found;
          });
          return { decision, inner, wrapped: performance.now() - began };
        };
        const otherFirst = otherDecide && i % 2 === 1 ? await timedDecision(otherDecide, otherDb) : null;
        const { decision, inner, wrapped } = await timedDecision(decideCluster);
        const compared = otherFirst ?? (otherDecide ? await timedDecision(otherDecide, otherDb) : null);
        const candidate = decision.candidate;
        if (i < 50) continue; // warm-up
        if (compared) {
          compareClusterTimes.push(compared.inner);
          if (isDeepStrictEqual(compared.decision, decision)) identicalDecisions++;
          if (isDeepStrictEqual(rumoursOf(compared.decision), rumoursOf(decision))) sameRumours++;
        }
        transactionTimes.push(wrapped);
        clusterTimes.push(inner);
        slowestClustering.push({ ms: inner, input });
        if (candidate) joined++;
        if (args.reference) {
          const start = performance.now();
          const expected = await db.$transaction((tx) => findClusterCandidate(tx, input, { exhaustive: true }));
          referenceClusterTimes.push(performance.now() - start);
          const decision = (x: typeof candidate) => (x ? [{ id: x.rumorId, score: 1 }] : []);
          compareAnswers(clusterAgreement, decision(expected), decision(candidate));
          if (expected?.rumorId === candidate?.rumorId) clusterAgreement.sameRumour++;
        }
      }

      const search = summarize(searchTimes);
      const cluster = summarize(clusterTimes);
      const wrapped = summarize(transactionTimes);
      console.log(`PostgreSQL: ${postgres.version}`);
      console.log(`Data: ${published.length} published notices (${published.length * 3} translations), ${args.rumours} rumours, ${args.reports} reports; ${args.database ? `loaded by a --hold run (${args.now}), generated again` : 'generated and loaded'} in ${loadSeconds.toFixed(0)} s (seed ${args.seed})`);
      console.log(`Settings: matching.threshold ${matchingThreshold}, clustering.threshold ${clusteringThreshold}`);
      console.log(`Load average (1/5/15 min) before timing: ${loadBefore}; after: ${loadAverage()} (2 cores shared with other work)\n`);
      console.log('measure                                       |    n |  p50 ms |  p95 ms |  p99 ms |  max ms | target');
      console.log('----------------------------------------------|------|---------|---------|---------|---------|-------');
      const row = (label: string, s: ReturnType<typeof summarize>, target: string) =>
        console.log(`${label.padEnd(46)}| ${String(s.n).padStart(4)} | ${ms(s.p50).padStart(7)} | ${ms(s.p95).padStart(7)} | ${ms(s.p99).padStart(7)} | ${ms(s.max).padStart(7)} | ${target}`);
      if (search.n) row('searchPublishedNotices (already checked?)', search, 'p95 ≤ 30');
      if (cluster.n) row('findClusterCandidate', cluster, 'p95 ≤ 50');
      if (wrapped.n) row('findClusterCandidate incl. its transaction', wrapped, '');
      if (referenceSearchTimes.length) row('reference: search before the word index', summarize(referenceSearchTimes), '');
      if (compareTimes.length) row(`--compare: ${path.basename(path.resolve(args.compare!))}'s search`.slice(0, 45), summarize(compareTimes), '');
      if (monitor) {
        const otherName = args.compare ? path.basename(path.resolve(args.compare)) : '';
        const sum = (a: number[], b: number[]) => a.map((x, i) => x + b[i]!);
        row('search CPU ms: Node + database', summarize(sum(cpu.node, cpu.database)), '');
        row('  of it Node', summarize(cpu.node), '');
        row('  of it the database', summarize(cpu.database), '');
        if (compareTimes.length) {
          row(`${otherName}'s search CPU ms: Node + database`.slice(0, 45), summarize(sum(cpu.otherNode, cpu.otherDatabase)), '');
          row('  of it Node', summarize(cpu.otherNode), '');
          row('  of it the database', summarize(cpu.otherDatabase), '');
        }
        await monitor.end();
      }
      if (compareClusterTimes.length) row(`--compare: ${path.basename(path.resolve(args.compare!))}'s findClusterCandidate`.slice(0, 45), summarize(compareClusterTimes), '');
      if (referenceClusterTimes.length) row('reference: exhaustive clustering (in its tx)', summarize(referenceClusterTimes), '');
      console.log(`\nSearches with at least one match: ${answered}/${search.n}; clustering lookups that found a rumour: ${joined}/${cluster.n}`);
      if (compareTimes.length) console.log(`Search vs ${args.compare}: identical answers (deep-equal, slugs, titles, scores, dates) ${identical}/${compareTimes.length}; the two alternate which goes first`);
      if (compareClusterTimes.length) console.log(`Clustering vs ${args.compare}: identical decisions (deep-equal: rumour, score, matched report, shared, rumours bridged, concept key) ${identicalDecisions}/${compareClusterTimes.length}, the same rumours (chosen and bridged) ${sameRumours}/${compareClusterTimes.length}; the two alternate which goes first`);
      const pct = (x: number, n: number) => `${((100 * x) / Math.max(1, n)).toFixed(1)} %`;
      if (searchAgreement.n) {
        const a = searchAgreement;
        console.log(`Search vs reference (top 5 at the threshold, by score): same best score ${pct(a.sameTop, a.n)}, same 5 scores ${pct(a.sameSet, a.n)}; ranks where the reference scored higher ${a.missed}/${a.referenceItems}, lower ${a.extra}`);
      }
      if (clusterAgreement.n) {
        const a = clusterAgreement;
        console.log(`Clustering vs exhaustive reference: same rumour (or both none) ${pct(a.sameRumour, a.n)}; the reference joined where this made a new rumour ${a.missed}, the reverse ${a.extra}`);
      }

      if (args.explain) {
        slowest.sort((a, b) => b.ms - a.ms);
        for (const { ms: took, query } of slowest.slice(0, 3)) {
          console.log(`\n--- EXPLAIN ANALYZE for a slow query (${took.toFixed(1)} ms): ${JSON.stringify(query.q)} → ${JSON.stringify(normalizeReportText(query.q))} (${query.language})`);
          console.log(await explainSearch(url, query, matchingThreshold, await loadClaimContext(db)));
        }
        slowestClustering.sort((a, b) => b.ms - a.ms);
        const windowDays = await readSetting(db, 'clustering.windowDays');
        for (const { ms: took, input } of slowestClustering.slice(0, 2)) {
          console.log(`\n--- EXPLAIN ANALYZE of clustering candidates for a slow report (${took.toFixed(1)} ms, region ${input.regionCode ?? 'none'}): ${JSON.stringify(input.normalizedText)}`);
          console.log(await explainClustering(url, input, clusteringThreshold, windowDays, await loadClaimContext(db)));
        }
      }
    } finally {
      await db.$disconnect();
      if (otherDb !== db) await otherDb.$disconnect();
    }
  } finally {
    await postgres.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
