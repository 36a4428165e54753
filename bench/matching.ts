// "Already checked?" search and clustering lookups at scale. Loads a throwaway embedded PostgreSQL
// with 10,000 published notices (3 translations each) and 200,000 reports in 30,000 rumours —
// generated from claim templates × places × slot values in kk/ru/en, so trigram distributions look
// like real text, not copies — with bulk SQL (multi-row INSERT … SELECT FROM unnest), then times
//   - 1,000 searches through the real searchPublishedNotices with partial queries, and
//   - 1,000 calls of the real findClusterCandidate with new reports (inside a transaction, as at intake).
// Prints p50/p95/p99; targets: search p95 ≤ 30 ms, clustering p95 ≤ 50 ms (reported, not enforced).
//
//   npx tsx bench/matching.ts [--port=55481] [--notices=10000] [--rumours=30000] [--reports=200000]
//                             [--queries=1000] [--seed=42] [--only=search|clustering] [--explain] [--hold]
//
// --explain prints EXPLAIN (ANALYZE, BUFFERS) of the search SQL for the slowest queries.
// --hold loads the data, prints the database URL and keeps it running (no timing) for your own
// EXPLAIN session; Ctrl-C stops the server and deletes its files.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../server/db/client';
import { searchPublishedNotices } from '../server/notices/search-notices';
import { clearPlaceCache, findClusterCandidate } from '../server/reports/cluster-report';
import { clearSettingsCache, readSetting } from '../server/settings/read-settings';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH, normalizeReportText } from '../server/text';
import { LANGUAGE_MIX, makeClaim, partialQuery, reportText, TEMPLATE_COUNT, type Claim, type Lang, type Place } from './lib/rumour-text';
import { insertBatches, sightingCounts } from './lib/bulk-load';
import { loadAverage, ms, pick, seededRandom, shuffled, summarize } from './lib/stats';
import { startThrowawayPostgres } from './lib/throwaway-postgres';

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
    hold: argv.includes('--hold'),
    only: argv.find((a) => a.startsWith('--only='))?.split('=')[1] as 'search' | 'clustering' | undefined,
  };
}

const DAY = 86_400_000;
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
  return (['kk', 'ru', 'en'] as const).map((language) => ({
    language,
    title: titles[language],
    summary: summaries[language],
    body: `${summaries[language]}\n\n${titles[language]}.`,
    smsText: titles[language].slice(0, 70),
    searchText: normalizeReportText(`${titles[language]} ${summaries[language]}`),
  }));
}

async function load(url: string, args: ReturnType<typeof parseArgs>, r: () => number, now: Date): Promise<{ rumours: RumourSeed[]; published: RumourSeed[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Build the trigram indexes once after loading instead of updating them row by row.
    const trigramIndexes = (
      await client.query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('Report', 'Rumor', 'NoticeTranslation') AND indexdef LIKE '%gin_trgm_ops%'`,
      )
    ).rows;
    for (const index of trigramIndexes) await client.query(`DROP INDEX ${client.escapeIdentifier(index.indexname)}`);

    // Rumours: each a claim (template × place × slots) first heard some time in the last 90 days.
    const counts = sightingCounts(args.rumours, args.reports, r);
    const publishedIndexes = new Set(shuffled(Array.from({ length: args.rumours }, (_, i) => i), r).slice(0, args.notices));
    const rumours: RumourSeed[] = counts.map((sightings, i) => {
      const { claim, place } = makeClaim(r, i % TEMPLATE_COUNT);
      const status = publishedIndexes.has(i) ? 'PUBLISHED' : pick(['NEW', 'NEW', 'NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'DISMISSED'] as const, r);
      return { id: randomUUID(), claim, place, status, sightings, firstSeen: new Date(now.getTime() - r() * 90 * DAY) };
    });

    // Reports: sightings spread over the days after the rumour started, in the language mix.
    const rep = { id: [] as string[], clientId: [] as string[], code: [] as string[], channel: [] as string[], rumorId: [] as string[], text: [] as string[], norm: [] as string[], lang: [] as string[], script: [] as string[], region: [] as (string | null)[], at: [] as string[] };
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
      `INSERT INTO "Report" (id, "clientId", "trackingCode", channel, "rumorId", text, "normalizedText", language, script, "regionCode", "heardAt", "receivedAt")
       SELECT id, cid, code, ch::"ReportChannel", rid, text, norm, lang::"Language", script, region, at, at
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamp[])
         AS t(id, cid, code, ch, rid, text, norm, lang, script, region, at)`,
      [rep.id, rep.clientId, rep.code, rep.channel, rep.rumorId, rep.text, rep.norm, rep.lang, rep.script, rep.region, rep.at],
      'Report',
    );

    // Notices: one per published rumour, version 1 with kk/ru/en translations.
    const published = rumours.filter((m) => m.status === 'PUBLISHED');
    const notice = { id: [] as string[], rumorId: [] as string[], slug: [] as string[], verdict: [] as string[], region: [] as string[], at: [] as string[] };
    const version = { id: [] as string[], noticeId: [] as string[], verdict: [] as string[], at: [] as string[] };
    const tr = { id: [] as string[], versionId: [] as string[], lang: [] as string[], title: [] as string[], summary: [] as string[], body: [] as string[], sms: [] as string[], search: [] as string[] };
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
      }
    }
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
      `INSERT INTO "NoticeTranslation" (id, "noticeVersionId", language, title, summary, body, "smsText", "searchText")
       SELECT id, vid, lang::"Language", title, summary, body, sms, search
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(id, vid, lang, title, summary, body, sms, search)`,
      [tr.id, tr.versionId, tr.lang, tr.title, tr.summary, tr.body, tr.sms, tr.search],
      'NoticeTranslation',
    );

    const began = performance.now();
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of trigramIndexes) await client.query(index.indexdef);
    await client.query('VACUUM ANALYZE');
    process.stderr.write(`  trigram indexes rebuilt and VACUUM ANALYZE in ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
    return { rumours, published };
  } finally {
    await client.end();
  }
}

/** The search SQL of server/notices/search-notices.ts (keep in step), for EXPLAIN only. */
async function explainSearch(url: string, query: string, threshold: number): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true), set_config('enable_seqscan', 'off', true)`, [String(threshold)]);
    const plan = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS)
       SELECT v."noticeId", max(word_similarity($1, t."searchText"))::float8 AS score
       FROM "NoticeTranslation" t
       JOIN "NoticeVersion" v ON v.id = t."noticeVersionId"
       JOIN "Notice" n ON n.id = v."noticeId" AND n."currentVersion" = v.version
       WHERE $1 <% t."searchText" AND n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING'
       GROUP BY v."noticeId" ORDER BY score DESC LIMIT 5`,
      [normalizeReportText(query)],
    );
    await client.query('COMMIT');
    return plan.rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const r = seededRandom(args.seed);
  const now = new Date();
  const postgres = await startThrowawayPostgres({ name: 'matching', port: args.port });
  try {
    const url = await postgres.createDatabase('bench_matching');
    process.stderr.write(`Generating and loading ${args.notices} notices, ${args.rumours} rumours, ${args.reports} reports…\n`);
    const loadStart = performance.now();
    const { rumours, published } = await load(url, args, r, now);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    if (args.hold) {
      console.log(`Loaded in ${loadSeconds.toFixed(0)} s. Database: ${url}\nCtrl-C stops the server and deletes its files.`);
      await new Promise(() => {}); // until Ctrl-C: startThrowawayPostgres cleans up on SIGINT
    }

    const db = createPrismaClient(url, 4);
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
      const slowest: { ms: number; q: string }[] = [];
      let answered = 0;
      if (args.only !== 'clustering') for (let i = 0; i < 50; i++) await searchPublishedNotices(db, makeQuery()); // warm-up
      for (let i = 0; i < (args.only === 'clustering' ? 0 : args.queries); i++) {
        const query = makeQuery();
        const began = performance.now();
        const matches = await searchPublishedNotices(db, query);
        const elapsed = performance.now() - began;
        searchTimes.push(elapsed);
        slowest.push({ ms: elapsed, q: query.q });
        if (matches.length) answered++;
      }

      // Clustering: new reports of existing claims (80 %) and of new ones (20 %), as at intake.
      const clusterTimes: number[] = [];
      const transactionTimes: number[] = [];
      let joined = 0;
      const recent = rumours.filter((m) => m.firstSeen.getTime() > now.getTime() - 14 * DAY);
      const c = seededRandom(args.seed + 2);
      for (let i = 0; i < (args.only === 'search' ? 0 : 50 + args.queries); i++) {
        const known = c() < 0.8;
        const { claim, place } = known ? pick(recent.length ? recent : rumours, c) : makeClaim(c);
        const { text } = reportText(claim, pick(LANGUAGE_MIX, c), c);
        const input = { normalizedText: normalizeReportText(text), regionCode: c() < 0.9 ? place.region : undefined, now };
        let inner = 0;
        const began = performance.now();
        const candidate = await db.$transaction(async (tx) => {
          const start = performance.now();
          const found = await findClusterCandidate(tx, input);
          inner = performance.now() - start;
          return found;
        });
        if (i < 50) continue; // warm-up
        transactionTimes.push(performance.now() - began);
        clusterTimes.push(inner);
        if (candidate) joined++;
      }

      const search = summarize(searchTimes);
      const cluster = summarize(clusterTimes);
      const wrapped = summarize(transactionTimes);
      console.log(`PostgreSQL: ${postgres.version}`);
      console.log(`Data: ${published.length} published notices (${published.length * 3} translations), ${args.rumours} rumours, ${args.reports} reports; generated and loaded in ${loadSeconds.toFixed(0)} s (seed ${args.seed})`);
      console.log(`Settings: matching.threshold ${matchingThreshold}, clustering.threshold ${clusteringThreshold}`);
      console.log(`Load average (1/5/15 min) before timing: ${loadBefore}; after: ${loadAverage()} (2 cores shared with other work)\n`);
      console.log('measure                                       |    n |  p50 ms |  p95 ms |  p99 ms |  max ms | target');
      console.log('----------------------------------------------|------|---------|---------|---------|---------|-------');
      const row = (label: string, s: ReturnType<typeof summarize>, target: string) =>
        console.log(`${label.padEnd(46)}| ${String(s.n).padStart(4)} | ${ms(s.p50).padStart(7)} | ${ms(s.p95).padStart(7)} | ${ms(s.p99).padStart(7)} | ${ms(s.max).padStart(7)} | ${target}`);
      if (search.n) row('searchPublishedNotices (already checked?)', search, 'p95 ≤ 30');
      if (cluster.n) row('findClusterCandidate', cluster, 'p95 ≤ 50');
      if (wrapped.n) row('findClusterCandidate incl. its transaction', wrapped, '');
      console.log(`\nSearches with at least one match: ${answered}/${search.n}; clustering lookups that found a rumour: ${joined}/${cluster.n}`);

      if (args.explain) {
        slowest.sort((a, b) => b.ms - a.ms);
        for (const { ms: took, q } of slowest.slice(0, 3)) {
          console.log(`\n--- EXPLAIN ANALYZE for a slow query (${took.toFixed(1)} ms): ${JSON.stringify(q)} → ${JSON.stringify(normalizeReportText(q))}`);
          console.log(await explainSearch(url, q, matchingThreshold));
        }
      }
    } finally {
      await db.$disconnect();
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
