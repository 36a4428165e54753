// Clustering: a new report joins the most similar open rumour — trigram similarity (pg_trgm) of
// script-neutral normalised text without filler words, within the recent window, in the same or a
// neighbouring region — or starts a new rumour. A report without a region is placed by the
// settlements its text names ("… в Жанаозене" → Mangystau), so it is compared with rumours there.
//
// Trigrams cannot tell which shared words matter, so two guards veto a match whatever its score:
// texts naming different known settlements ("schools close in Almaty" / "… in Konaev") and texts
// naming different everyday subjects ("no power in Aktau" / "no water in Aktau") are different
// claims. A wrong merge hides one claim inside another; two rumours of one claim cost a moderator
// one merge. The threshold and window are admin settings, tuned on bench/clustering.
import type { DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { readSetting } from '../settings/read-settings';
import { toMatchKey } from '../text';
import { removeFillerWords } from '../text/stopwords';

export interface ClusterCandidate {
  rumorId: string;
  score: number;
}

const OPEN_FOR_SIGHTINGS = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED'];
/** Best-scoring texts considered; more than one rumour's worth, so a place conflict can be skipped. */
const CANDIDATE_ROWS = 50;

/** The given regions and their neighbours. */
async function regionsNear(tx: DbTx, regionCodes: readonly string[]): Promise<string[]> {
  if (regionCodes.length === 0) return [];
  const regions = await tx.region.findMany({ where: { code: { in: [...regionCodes] } }, select: { code: true, neighbourCodes: true } });
  return [...new Set([...regionCodes, ...regions.flatMap((r) => r.neighbourCodes)])];
}

// ------------------------------------------------------------------ places named in a text

interface PlaceKey {
  /** Match key of one spelling of a settlement, e.g. "zhanaozen", "novy uzen". */
  key: string;
  settlementId: string;
}

interface PlaceIndex {
  keys: PlaceKey[];
  regionOf: Map<string, string>;
}

const PLACE_CACHE_MS = 30_000;
/** Shorter keys ("bi", "su") would be found inside ordinary words. */
const MIN_PLACE_KEY_LENGTH = 4;
let placeCache: ({ at: number } & PlaceIndex) | undefined;

export function clearPlaceCache(): void {
  placeCache = undefined;
}

/**
 * Match keys of every settlement alias, plus a stem for names ending in a vowel so that
 * Russian case endings are found too (Караганда → Караганде, Маловодное → Маловодном).
 * Kazakh endings are suffixes (Ақтауда, Алматыға) and are found by the prefix match itself.
 */
async function loadPlaces(tx: DbTx): Promise<PlaceIndex> {
  if (!placeCache || Date.now() - placeCache.at > PLACE_CACHE_MS) {
    const aliases = await tx.settlementAlias.findMany({ select: { matchKey: true, settlementId: true, settlement: { select: { regionCode: true } } } });
    const keys = new Map<string, string>();
    const regionOf = new Map<string, string>();
    for (const { matchKey, settlementId, settlement } of aliases) {
      regionOf.set(settlementId, settlement.regionCode);
      const key = removeFillerWords(matchKey);
      if (key.length < MIN_PLACE_KEY_LENGTH) continue;
      keys.set(key, settlementId);
      const stem = key.replace(/[aeiou]+$/, '');
      if (stem !== key && stem.length >= 5) keys.set(stem, settlementId);
    }
    placeCache = { at: Date.now(), keys: [...keys].map(([key, settlementId]) => ({ key, settlementId })), regionOf };
  }
  return placeCache;
}

/** Settlements a normalised text names, found at the start of a word (so with any ending). */
export function placesNamed(normalizedText: string, placeKeys: readonly PlaceKey[]): Set<string> {
  const haystack = ` ${normalizedText}`;
  const found = new Set<string>();
  for (const { key, settlementId } of placeKeys) if (haystack.includes(` ${key}`)) found.add(settlementId);
  return found;
}

// ------------------------------------------------------------------ subjects of everyday rumours

/**
 * The things outage and price rumours are about. Short words are listed with their endings
 * (exact match: "су" must not match "суд"); long ones as stems (prefix match). Kazakh, Russian
 * and English, compared as match keys.
 */
const CLAIM_SUBJECTS: Record<string, { words: string[]; stems: string[] }> = {
  power: {
    words: ['свет', 'света', 'светом', 'свету', 'жарық', 'жарығы', 'жарықты', 'жарықсыз', 'электр', 'power', 'electricity', 'light', 'lights', 'blackout'],
    stems: ['электричеств', 'электроэнерг', 'электроснабж'],
  },
  water: {
    words: ['вода', 'воды', 'воду', 'водой', 'воде', 'су', 'суы', 'суды', 'суға', 'сусыз', 'water'],
    stems: ['водоснабж', 'водоканал'],
  },
  gas: { words: ['газ', 'газа', 'газом', 'газу', 'газы', 'газдың', 'газды', 'газға', 'газсыз', 'gas'], stems: [] },
  heating: { words: ['тепло', 'тепла', 'жылу', 'жылуы', 'жылусыз', 'heating', 'heat'], stems: ['отоплен'] },
  connectivity: {
    words: ['связь', 'связи', 'мобильная', 'мобильную', 'мобильной', 'mobile', 'network', 'networks', 'connection', 'wifi'],
    stems: ['интернет', 'internet', 'байланыс'],
  },
  fuel: { words: ['дизель', 'солярка', 'солярки', 'petrol', 'fuel', 'diesel'], stems: ['бензин', 'жанармай'] },
  bread: { words: ['хлеб', 'хлеба', 'хлебом', 'нан', 'нанның', 'нанды', 'bread'], stems: [] },
};

const subjectWords = new Map<string, string>();
const subjectStems: [string, string][] = [];
for (const [subject, { words, stems }] of Object.entries(CLAIM_SUBJECTS)) {
  for (const word of words) subjectWords.set(toMatchKey(word), subject);
  for (const stem of stems) subjectStems.push([toMatchKey(stem), subject]);
}

/** Everyday subjects (power, water, gas, …) a normalised text names. */
export function subjectsNamed(normalizedText: string): Set<string> {
  const found = new Set<string>();
  for (const word of normalizedText.split(' ')) {
    const subject = subjectWords.get(word) ?? subjectStems.find(([stem]) => word.startsWith(stem))?.[1];
    if (subject) found.add(subject);
  }
  return found;
}

/** Both sets are non-empty and share nothing: different claims whatever else the texts share. */
function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const place of a) if (b.has(place)) return false;
  return true;
}

// ------------------------------------------------------------------ clustering

interface CandidateRow {
  rumorId: string;
  score: number;
  text: string;
}

/** Rumours whose recent texts are scored exactly, best-ranked by the word index first. */
export const CLUSTER_CANDIDATE_RUMOURS = 25;
/**
 * Recent report texts of one candidate rumour scored exactly (plus its claim). A rumour in a surge
 * has thousands of sightings; scoring all of them for every new report made clustering cost grow
 * with the rumour (30 reports/s at ~100 per rumour). Its latest texts say what it is now.
 */
export const TEXTS_PER_RUMOUR = 40;
/** How much of a report word a dictionary word must contain to count as the same word. */
export const REPORT_WORD_MATCH = 0.5;
const MIN_LOOKUP_WORD_LENGTH = 3;

/** Open rumours seen in the window, in the given regions (or with no region) unless regions is null. */
function nearRumoursSql(regions: string[] | null, since: Date): Prisma.Sql {
  const regionFilter = regions ? Prisma.sql`AND (cardinality(m."regionCodes") = 0 OR m."regionCodes" && ${regions}::text[])` : Prisma.empty;
  return Prisma.sql`
    SELECT m.id, m."normalizedClaim" FROM "Rumor" m
    WHERE m."lastSeenAt" > ${since} AND m.status::text = ANY(${OPEN_FOR_SIGHTINGS}) ${regionFilter}`;
}

/**
 * The texts to compare a new report with: the claims and latest report texts (TEXTS_PER_RUMOUR) of the
 * CLUSTER_CANDIDATE_RUMOURS nearby open rumours whose words (RumorWord, kept by a database
 * trigger on every report and claim) hold most of the report's trigrams, found through the
 * dictionary of distinct words (SearchWord, trigram-indexed). Scoring every recent text nearby
 * instead costs as much as recent activity in the region (thousands of texts, bench/matching.ts);
 * the word ranking is close to the trigram score, so the best texts are among these (the
 * bench checks it against `exhaustive`).
 */
function candidatesByWords(tx: DbTx, normalizedText: string, regions: string[] | null, since: Date, threshold: number): Promise<CandidateRow[]> {
  return tx.$queryRaw<CandidateRow[]>(clusterCandidatesSql(normalizedText, regions, since, threshold));
}

/** The SQL of candidatesByWords (exported for bench/matching.ts --explain); needs REPORT_WORD_MATCH set. */
export function clusterCandidatesSql(normalizedText: string, regions: string[] | null, since: Date, threshold: number): Prisma.Sql {
  return Prisma.sql`
    WITH query_words AS MATERIALIZED (
      SELECT w AS query_word, cardinality(show_trgm(w)) AS trigrams
      FROM raspa_text_words(${normalizedText}) AS w
      WHERE length(w) >= least(${MIN_LOOKUP_WORD_LENGTH}::int, (SELECT max(length(x)) FROM raspa_text_words(${normalizedText}) AS x))
    ),
    similar_words AS MATERIALIZED (
      SELECT q.query_word, d.word, max(word_similarity(q.query_word, d.word) * q.trigrams) AS shared
      FROM query_words q JOIN "SearchWord" d ON q.query_word <% d.word
      GROUP BY 1, 2
    ),
    near AS MATERIALIZED (${nearRumoursSql(regions, since)}),
    ranked AS MATERIALIZED (
      SELECT "rumorId" FROM (
        SELECT w."rumorId", s.query_word, max(s.shared) AS shared
        FROM similar_words s JOIN "RumorWord" w ON w.word = s.word
        WHERE w."rumorId" IN (SELECT id FROM near)
        GROUP BY 1, 2
      ) per_query_word
      GROUP BY 1
      ORDER BY sum(shared) DESC, 1
      LIMIT ${CLUSTER_CANDIDATE_RUMOURS}
    ),
    texts AS MATERIALIZED (
      SELECT k."rumorId", r."normalizedText" AS text
      FROM ranked k CROSS JOIN LATERAL (
        SELECT x."normalizedText" FROM "Report" x
        WHERE x."rumorId" = k."rumorId" AND x."receivedAt" > ${since}
        ORDER BY x."receivedAt" DESC LIMIT ${TEXTS_PER_RUMOUR}
      ) r
      UNION
      SELECT n.id, n."normalizedClaim" FROM near n WHERE n.id IN (SELECT "rumorId" FROM ranked)
    )
    SELECT s."rumorId", s.score, s.text
    FROM (SELECT t."rumorId", similarity(t.text, ${normalizedText})::float8 AS score, t.text FROM texts t) s
    WHERE s.score >= ${threshold}::float8
    ORDER BY s.score DESC, s."rumorId"
    LIMIT ${CANDIDATE_ROWS}`;
}

/**
 * Every recent text of every open rumour nearby, scored one by one: the reference the word
 * ranking is checked against (bench/matching.ts), too slow for intake at scale.
 */
function candidatesExhaustive(tx: DbTx, normalizedText: string, regions: string[] | null, since: Date, threshold: number): Promise<CandidateRow[]> {
  return tx.$queryRaw<CandidateRow[]>`
    WITH near AS MATERIALIZED (${nearRumoursSql(regions, since)}),
    texts AS MATERIALIZED (
      SELECT r."rumorId", r."normalizedText" AS text FROM "Report" r
      WHERE r."receivedAt" > ${since} AND r."rumorId" IN (SELECT id FROM near)
      UNION
      SELECT id, "normalizedClaim" FROM near
    )
    SELECT s."rumorId", s.score, s.text
    FROM (SELECT t."rumorId", similarity(t.text, ${normalizedText})::float8 AS score, t.text FROM texts t) s
    WHERE s.score >= ${threshold}::float8
    ORDER BY s.score DESC, s."rumorId"
    LIMIT ${CANDIDATE_ROWS}`;
}

/**
 * The open rumour a new report belongs to, or null for a new rumour. The report's region — or,
 * when it gives none, the regions of the settlements its text names — and their neighbours bound
 * the search; with neither, every region is searched.
 */
export async function findClusterCandidate(
  tx: DbTx,
  input: { normalizedText: string; regionCode?: string; settlementId?: string; now?: Date },
  options: { threshold?: number; /** Score every recent text nearby (reference for the bench). */ exhaustive?: boolean } = {},
): Promise<ClusterCandidate | null> {
  if (!input.normalizedText) return null;
  const threshold = options.threshold ?? (await readSetting(tx, 'clustering.threshold'));
  const windowDays = await readSetting(tx, 'clustering.windowDays');
  const since = new Date((input.now ?? new Date()).getTime() - windowDays * 86_400_000);
  const placeIndex = await loadPlaces(tx);
  const places = placesNamed(input.normalizedText, placeIndex.keys);
  if (input.settlementId) places.add(input.settlementId);
  const ownRegions = input.regionCode ? [input.regionCode] : [...places].flatMap((id) => placeIndex.regionOf.get(id) ?? []);
  const regions = await regionsNear(tx, ownRegions);
  const candidates = options.exhaustive ? candidatesExhaustive : candidatesByWords;
  await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(REPORT_WORD_MATCH)}, true)`;
  const rows = await candidates(tx, input.normalizedText, regions.length ? regions : null, since, threshold);

  const subjects = subjectsNamed(input.normalizedText);
  const establishedPlaces = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.score < threshold) break;
    if (disjoint(places, placesNamed(row.text, placeIndex.keys)) || disjoint(subjects, subjectsNamed(row.text))) continue;
    // The best-matching text may name no place ("police drove into the crowd, they say"); the rumour
    // as a whole still has its places. Without this, place-less reports chain one town's claim to
    // the same words about another town, region by neighbouring region.
    if (!establishedPlaces.has(row.rumorId)) establishedPlaces.set(row.rumorId, await placesOfRumor(tx, row.rumorId, placeIndex));
    if (disjoint(places, establishedPlaces.get(row.rumorId)!)) continue;
    return { rumorId: row.rumorId, score: row.score };
  }
  return null;
}

/** Settlements a rumour is already about: chosen by its reporters or named in its claim. */
async function placesOfRumor(tx: DbTx, rumorId: string, placeIndex: PlaceIndex): Promise<Set<string>> {
  const [rumor, chosen] = await Promise.all([
    tx.rumor.findUnique({ where: { id: rumorId }, select: { normalizedClaim: true } }),
    tx.report.findMany({ where: { rumorId, settlementId: { not: null } }, select: { settlementId: true }, distinct: ['settlementId'], take: 50 }),
  ]);
  const places = placesNamed(rumor?.normalizedClaim ?? '', placeIndex.keys);
  for (const report of chosen) if (report.settlementId) places.add(report.settlementId);
  return places;
}
