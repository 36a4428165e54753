// Clustering: a new report joins the most similar open rumour within the recent window, in the same
// or a neighbouring region, or starts a new rumour. Two similarities, either can join:
//  - wording: trigram similarity (pg_trgm) of script-neutral normalised text without filler words —
//    joins paraphrases within a language (Kazakh Cyrillic and Latin are one);
//  - claim: what the texts say in concepts of the claim lexicon, numbers and places
//    (server/text/concepts.ts) — joins the same claim across Kazakh, Russian and English. A rumour's
//    published notice (kk/ru/en) is one of its texts, a bridge into every language.
// A report is placed by the region its reporter chose and the regions of the settlements its text
// names (report-regions.ts); one with neither meets only the national queue's rumours of no region
// (the two sides meet once the queue is drained: reconcile-partitions.ts).
//
// Contrast vetoes a match whatever its score: texts naming different members of one contrast class
// (a mosque / a church, Almaty / Konaev, water / power, 70 / 14 dead) are different claims, and so
// is a rumour as a whole whose texts name other members than the report. A wrong merge sends one
// claim's verdict to people worried about another; two rumours of one claim cost a moderator one
// merge. Thresholds and window are admin settings, tuned on bench/clustering.
import type { DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { loadClaimContext, representClaim, type ClaimContext } from '../lexicon/represent-claim';
import { readSetting } from '../settings/read-settings';
import { regionNeighbours } from '../regions/neighbours';
import { loadPlaceIndex, placesNamed, type PlaceIndex } from '../settlements/place-index';
import { reportRegions } from './report-regions';
import { conceptLookupTokens, conceptSimilarity, type ConceptSimilarity, contrastBetween, deedsDiffer, isNameToken, namesDiffer, parseConceptKey, sameCore, textWordKeys, tokenWeight, unconfirmedObject } from '../text/concepts';
import { sameNumber } from '../text/numbers';
import { plainTrigrams, trigramSimilarity } from '../text/trigram-similarity';
import type { Language } from '../i18n/languages';


export interface ClusterCandidate {
  rumorId: string;
  score: number;
  /** Which similarity joined it. */
  via: 'wording' | 'claim';
  /** The report whose text matched (null: the rumour's claim or its notice). */
  matchedReportId: string | null;
  /** Language of the matched text. */
  matchedLanguage: Language | null;
  /** Concepts, numbers and places both texts name (what a moderator sees as "why"). */
  shared: string[];
}

/** Rumour statuses a new report may still join. */
export const OPEN_FOR_SIGHTINGS = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED'];

/** Forget the places and neighbours read (benches and tests that load their own): the place index's one invalidation path. */
export { clearPlaceCache } from '../settlements/place-index';

/** The given regions and their neighbours (regions/neighbours.ts: one cache with the partition locks'). */
async function regionsNear(tx: DbTx, regionCodes: readonly string[]): Promise<string[]> {
  if (regionCodes.length === 0) return [];
  const neighbours = await regionNeighbours(tx);
  return [...new Set([...regionCodes, ...regionCodes.flatMap((code) => neighbours.get(code) ?? [])])];
}

// ------------------------------------------------------------------ clustering

export interface CandidateRow {
  rumorId: string;
  /** Trigram similarity of the wording. */
  score: number;
  text: string;
  conceptKey: string | null;
  reportId: string | null;
  language: Language | null;
}

/** A row of the candidate statement: the claim's row also carries its reporters' settlements (null on the others). */
interface StatementRow extends CandidateRow {
  chosenSettlements: string[] | null;
}

/** Rumours whose recent texts are scored exactly, best-ranked by the word index first (and as many by shared concepts). */
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
/**
 * Weight of concepts, numbers and places two texts must share before their claim similarity may
 * join them: one shared concept ("closed") says nothing about which claim it is.
 */
export const MIN_SHARED_CONCEPT_WEIGHT = 2.5;
/**
 * Share of a report's concepts a rumour must name in its texts together to join it whole
 * (rumourCoverage): nearly all. 0.8 let a report of a strike at a college join the strike at a
 * hospital of one town (bench/RESULTS.md 1l).
 */
export const RUMOUR_COVERAGE = 0.9;
/**
 * How far past its threshold (1) a report must reach each of two rumours to bridge them
 * (chooseRumours): a report just over the line of a rumour of another claim (a water cut's report at
 * wording 0.37 of a power cut's) is no evidence the two are one. 1.2 kept fewer right merges and no
 * fewer wrong ones (bench/RESULTS.md 1p).
 */
export const BRIDGE_RANK = 1.1;
/** The claim threshold (setting clustering.conceptThreshold) sameCore and RUMOUR_COVERAGE were validated at. */
export const CORE_CONCEPT_THRESHOLD = 0.6;

/**
 * Open rumours seen in the window that touch the given regions — or, with none, those of no region
 * (the national queue's). Who is compared with whom is what the clusterer locks
 * (cluster-pending-reports.ts): a report that chose a region, or whose text names places, meets
 * only rumours of those regions and their neighbours; one with neither meets only rumours of no
 * region. So the national queue never reads or joins a regional rumour, nor a region a national
 * one, and neither waits for the other.
 */
function nearRumoursSql(regions: readonly string[], since: Date, across?: Across): Prisma.Sql {
  // Reconciling (reconcile-partitions.ts): the other side — every regional rumour for a report of
  // the national queue, the national queue's for a regional one.
  const regionFilter = across
    ? across.national
      ? Prisma.sql`AND cardinality(m."regionCodes") > 0`
      : Prisma.sql`AND cardinality(m."regionCodes") = 0`
    : regions.length === 0
      ? Prisma.sql`AND cardinality(m."regionCodes") = 0`
      : Prisma.sql`AND m."regionCodes" && ${[...regions]}::text[]`;
  return Prisma.sql`
    SELECT m.id, m."normalizedClaim" FROM "Rumor" m
    WHERE m."lastSeenAt" > ${since} AND m.status::text = ANY(${OPEN_FOR_SIGHTINGS}) ${regionFilter}`;
}

/**
 * The settlements a rumour's reporters chose (placesOfRumor): the first 50 distinct in order of
 * report id. Read with the rumour's claim in the candidate statement, so placing a rumour costs no
 * round trip of its own (it cost two per rumour that reached the place veto, ~¼ of a lookup); the
 * partial index Report_rumorId_settlementId_idx keeps it to the reports that chose one.
 */
function chosenSettlementsSql(rumorId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ARRAY(
      SELECT d."settlementId"::text FROM (
        SELECT DISTINCT ON (s."settlementId") s."settlementId", s.id FROM "Report" s
        WHERE s."rumorId" = ${rumorId} AND s."settlementId" IS NOT NULL
        ORDER BY s."settlementId", s.id
      ) d ORDER BY d.id LIMIT 50)`;
}

/**
 * Texts of the chosen rumours: latest reports, the claim (with its reporters' settlements) and the
 * current published notice's translations. Reports received at the same moment are ranked by id, so which 40 are compared
 * (and which report a join names) does not depend on the order rows were written or the plan.
 */
function rumourTextsSql(since: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT k."rumorId", r."normalizedText" AS text, r."conceptKey", r.id AS "reportId", r.language, NULL::text[] AS "chosenSettlements"
    FROM ranked k CROSS JOIN LATERAL (
      SELECT x.id, x."normalizedText", x."conceptKey", x.language FROM "Report" x
      WHERE x."rumorId" = k."rumorId" AND x."receivedAt" > ${since}
      ORDER BY x."receivedAt" DESC, x.id DESC LIMIT ${TEXTS_PER_RUMOUR}
    ) r
    UNION ALL
    SELECT n.id, n."normalizedClaim", NULL, NULL, NULL, ${chosenSettlementsSql(Prisma.sql`n.id`)} FROM near n WHERE n.id IN (SELECT "rumorId" FROM ranked)
    UNION ALL
    SELECT o."rumorId", t."searchText", t."conceptKey", NULL, t.language, NULL
    FROM "Notice" o
    JOIN "NoticeVersion" v ON v."noticeId" = o.id AND v.version = o."currentVersion"
    JOIN "NoticeTranslation" t ON t."noticeVersionId" = v.id
    WHERE o."rumorId" IN (SELECT "rumorId" FROM ranked) AND o.status = 'PUBLISHED'`;
}

/**
 * The texts to compare a new report with: those of the CLUSTER_CANDIDATE_RUMOURS nearby open
 * rumours whose words (RumorWord, kept by a database trigger on every report and claim) hold most
 * of the report's trigrams, found through the dictionary of distinct words (SearchWord,
 * trigram-indexed), and of as many whose concepts, numbers and places (RumorConcept, kept by
 * trigger from reports' and notices' concept keys) the report shares most. Scoring every recent
 * text nearby instead costs as much as recent activity in the region (bench/matching.ts).
 */
async function candidatesByWords(tx: DbTx, normalizedText: string, conceptTokens: string[], regions: readonly string[], since: Date, across?: Across): Promise<StatementRow[]> {
  return scoreByWording(tx, normalizedText, await tx.$queryRaw<UnscoredRow[]>(clusterCandidatesSql(normalizedText, regions, since, conceptTokens, across)));
}

/** A row of clusterCandidatesSql: its wording score is computed by scoreByWording. */
type UnscoredRow = Omit<StatementRow, 'score'> & { /** Its rumour was found by its words: only those can reach the wording threshold, the others score 0. */ byWords: boolean };

/**
 * The rows with pg_trgm's similarity of their text to the report's, in chooseRumours' order
 * (byWordingThenIds): computed here for plain texts (trigram-similarity.ts, exact), by PostgreSQL
 * for the rare others.
 */
async function scoreByWording(tx: DbTx, normalizedText: string, rows: readonly UnscoredRow[]): Promise<StatementRow[]> {
  const report = plainTrigrams(normalizedText);
  const scores = rows.map((row): number | null => {
    if (!row.byWords) return 0;
    const text = report && plainTrigrams(row.text);
    return text ? trigramSimilarity(report!, text) : null;
  });
  const others = rows.flatMap((row, i) => (scores[i] === null ? [row.text] : []));
  if (others.length > 0) {
    const exact = await tx.$queryRaw<{ score: number }[]>`SELECT similarity(u.text, ${normalizedText})::float8 AS score FROM unnest(${others}::text[]) WITH ORDINALITY AS u(text, i) ORDER BY u.i`;
    let next = 0;
    scores.forEach((score, i) => {
      if (score === null) scores[i] = exact[next++]!.score;
    });
  }
  return rows.map(({ byWords: _byWords, ...row }, i) => ({ ...row, score: scores[i]! })).sort(byWordingThenIds);
}

/**
 * The order chooseRumours reads candidate texts in: best wording first, then by rumour, then by
 * report — a rumour's claim and its notice's translations, which have none, after its reports, the
 * translations by language and the claim last (NULLS LAST, as candidatesExhaustive's ORDER BY).
 * Total, so which of a rumour's equally good texts is named as the match depends on nothing else:
 * not the order the statement returned the rows in, nor a sort's way with ties.
 */
export function byWordingThenIds(a: CandidateRow, b: CandidateRow): number {
  return b.score - a.score || compareIds(a.rumorId, b.rumorId) || compareIds(a.reportId, b.reportId) || compareIds(a.language, b.language);
}

/** Ascending, null last; code-unit order, which is PostgreSQL's for uuids (lower-case hex) and for language codes. */
function compareIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The SQL of candidatesByWords (exported for bench/matching.ts --explain). It sets `<%`'s threshold
 * (REPORT_WORD_MATCH) itself, as search does (search-notices.ts noticeSearchSql): a query word leaves
 * query_words only after its row ran set_config, so no `<%` runs before it, and a round trip is saved.
 * Local to the caller's transaction.
 */
export function clusterCandidatesSql(normalizedText: string, regions: readonly string[], since: Date, conceptTokens: string[] = [], across?: Across): Prisma.Sql {
  return Prisma.sql`
    WITH query_words AS MATERIALIZED (
      SELECT w AS query_word, cardinality(show_trgm(w)) AS trigrams
      FROM raspa_text_words(${normalizedText}) AS w
      WHERE length(w) >= least(${MIN_LOOKUP_WORD_LENGTH}::int, (SELECT max(length(x)) FROM raspa_text_words(${normalizedText}) AS x))
        AND set_config('pg_trgm.word_similarity_threshold', ${String(REPORT_WORD_MATCH)}, true) IS NOT NULL
    ),
    similar_words AS MATERIALIZED (
      SELECT q.query_word, d.word, max(word_similarity(q.query_word, d.word) * q.trigrams) AS shared
      FROM query_words q JOIN "SearchWord" d ON q.query_word <% d.word
      GROUP BY 1, 2
    ),
    near AS MATERIALIZED (${nearRumoursSql(regions, since, across)}),
    by_words AS MATERIALIZED (
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
    by_concepts AS MATERIALIZED (
      SELECT c."rumorId" FROM "RumorConcept" c
      WHERE c.token = ANY(${conceptTokens}::text[]) AND c."rumorId" IN (SELECT id FROM near)
      GROUP BY 1
      HAVING count(*) >= 2
      ORDER BY count(*) DESC, 1
      LIMIT ${CLUSTER_CANDIDATE_RUMOURS}
    ),
    ranked AS MATERIALIZED (SELECT "rumorId" FROM by_words UNION SELECT "rumorId" FROM by_concepts),
    texts AS MATERIALIZED (${rumourTextsSql(since)})
    -- only rumours found by their words can reach the wording threshold: only their texts are scored
    -- for it, by scoreByWording (pg_trgm's similarity, computed in JS)
    SELECT t."rumorId", t."rumorId" IN (SELECT "rumorId" FROM by_words) AS "byWords",
           t.text, t."conceptKey", t."reportId", t.language::text AS language, t."chosenSettlements"
    FROM texts t`;
}

/**
 * Every recent text of every open rumour nearby, scored one by one: the reference the word
 * ranking is checked against (bench/matching.ts), too slow for intake at scale.
 */
function candidatesExhaustive(tx: DbTx, normalizedText: string, _conceptTokens: string[], regions: readonly string[], since: Date, across?: Across): Promise<StatementRow[]> {
  return tx.$queryRaw<StatementRow[]>`
    WITH near AS MATERIALIZED (${nearRumoursSql(regions, since, across)}),
    ranked AS MATERIALIZED (SELECT id AS "rumorId" FROM near),
    texts AS MATERIALIZED (${rumourTextsSql(since)})
    SELECT t."rumorId", similarity(t.text, ${normalizedText})::float8 AS score, t.text, t."conceptKey", t."reportId", t.language::text AS language, t."chosenSettlements"
    FROM texts t
    ORDER BY score DESC, t."rumorId", t."reportId", t.language::text COLLATE "C"`;
}

export interface ClusterInput {
  normalizedText: string;
  /** The original text (its language decides whether "он" is ten) — the normalised one if absent. */
  text?: string;
  language?: Language;
  regionCode?: string;
  /**
   * The regions the text names, as routed at intake (Report.routedRegionCodes; with regionCode, what
   * the clusterer locked); computed from the text when not given.
   */
  routedRegionCodes?: readonly string[];
  settlementId?: string;
  now?: Date;
  /** Reconciling the rumour the report started with the other side (reconcile-partitions.ts), instead of placing it: only the other side is met. */
  across?: boolean;
}

/** What a report that started a rumour meets when it is reconciled with the other side (reconcile-partitions.ts). */
export interface Across {
  /** The report is of the national queue: it meets every regional rumour; else the national queue's rumours. */
  national: boolean;
}

export interface ClusterDecision {
  candidate: ClusterCandidate | null;
  /** Other rumours the report shows to be the candidate's claim (chooseRumours): merged by the worker. */
  sameClaim: ClusterCandidate[];
  /** The report's concept key, stored with it. */
  conceptKey: string;
  /** The lexicon revision the key was computed with (Report.conceptKeyRevision). */
  lexiconRevision: number;
}

/**
 * The open rumour a new report belongs to, or null for a new rumour. The report's region and the
 * regions of the settlements its text names, and their neighbours, bound the search; with neither,
 * only rumours of no region are searched (the national queue).
 */
export async function findClusterCandidate(tx: DbTx, input: ClusterInput, options: { threshold?: number; conceptThreshold?: number; /** Score every recent text nearby (reference for the bench). */ exhaustive?: boolean } = {}): Promise<ClusterCandidate | null> {
  return (await decideCluster(tx, input, options)).candidate;
}

export async function decideCluster(tx: DbTx, input: ClusterInput, options: { threshold?: number; conceptThreshold?: number; exhaustive?: boolean } = {}): Promise<ClusterDecision> {
  const context = await loadClaimContext(tx);
  const claim = representClaim(context, { text: input.text ?? input.normalizedText, normalizedText: input.normalizedText, settlementId: input.settlementId, kazakh: input.language ? input.language === 'kk' : undefined });
  if (!input.normalizedText) return { candidate: null, sameClaim: [], conceptKey: claim.conceptKey, lexiconRevision: context.lexicon.revision };
  const threshold = options.threshold ?? (await readSetting(tx, 'clustering.threshold'));
  const conceptThreshold = options.conceptThreshold ?? (await readSetting(tx, 'clustering.conceptThreshold'));
  const windowDays = await readSetting(tx, 'clustering.windowDays');
  const since = new Date((input.now ?? new Date()).getTime() - windowDays * 86_400_000);
  const placeIndex = await loadPlaceIndex(tx);
  // The chosen region and the regions the text names (report-regions.ts): a report from one region
  // about a village of another meets that village's rumours too.
  const ownRegions = reportRegions(input.regionCode, input.routedRegionCodes ?? [...claim.settlementIds].flatMap((id) => placeIndex.regionOf.get(id) ?? []));
  const regions = await regionsNear(tx, ownRegions);
  const candidates = options.exhaustive ? candidatesExhaustive : candidatesByWords;
  const lookupTokens = conceptLookupTokens(claim.tokens, context.lexicon);
  const across = input.across ? { national: ownRegions.length === 0 } : undefined;
  const rows = await candidates(tx, input.normalizedText, lookupTokens, regions, since, across);

  const claims = new Map(rows.flatMap((row) => (row.chosenSettlements ? [[row.rumorId, { claim: row.text, chosen: row.chosenSettlements }] as const] : [])));
  const placesOf = async (rumorId: string) => placesOfRumor(claims.get(rumorId), placeIndex);
  const { candidate, sameClaim } = await chooseRumours({ claim, normalizedText: input.normalizedText }, rows, context, { threshold, conceptThreshold, placesOf, placeKeys: placeIndex.keys });
  return { candidate, sameClaim, conceptKey: claim.conceptKey, lexiconRevision: context.lexicon.revision };
}

export interface ChooseInput {
  /** The report's claim (representClaim). */
  claim: { tokens: Set<string>; settlementIds: Set<string> };
  normalizedText: string;
}

/**
 * The decision itself, given the candidate texts: split from decideCluster so that
 * bench/clustering/simulate-xlang.ts runs the same rules on texts held in memory (seconds instead of
 * minutes per labelled set). `placesOf` gives the settlements a rumour is already about.
 */
export async function chooseRumour(input: ChooseInput, rows: readonly CandidateRow[], context: ClaimContext, options: ChooseOptions): Promise<ClusterCandidate | null> {
  return (await chooseRumours(input, rows, context, options)).candidate;
}

export interface ChooseOptions {
  threshold: number;
  conceptThreshold: number;
  placesOf: (rumorId: string) => Promise<Set<string>>;
  placeKeys: PlaceIndex['keys'];
  /** Told why a rumour that scored well enough was refused (the bench's miss analysis). */
  onRefused?: (rumorId: string, reason: string) => void;
  /** BRIDGE_RANK unless given (the bench tries others); Infinity bridges nothing. */
  bridgeRank?: number;
}

export interface ChooseResult {
  candidate: ClusterCandidate | null;
  /**
   * Other rumours this report would have joined as well (each passed every veto against it) and
   * that agree with the chosen one as whole rumours (sameClaimRumours): the report is evidence that
   * they are one claim split early. Best first.
   */
  sameClaim: ClusterCandidate[];
}

/** chooseRumour, and the other rumours the report bridges to the chosen one (ChooseResult.sameClaim). */
export async function chooseRumours(input: ChooseInput, rows: readonly CandidateRow[], context: ClaimContext, options: ChooseOptions): Promise<ChooseResult> {
  const { claim, threshold, conceptThreshold } = { claim: input.claim, ...options };
  const places = claim.settlementIds;
  // What each candidate rumour names as a whole (its texts' concepts, numbers and places).
  const rumourTokens = new Map<string, Set<string>>();
  // Its words, and the names more than one of its texts gives (one text's name may be noise: a chat's name).
  const rumourWords = new Map<string, Set<string>>();
  const nameCounts = new Map<string, Map<string, number>>();
  const rumourTexts = new Map<string, Set<string>[]>();
  // Every word of its texts and of the report (by first letters), for unconfirmedObject.
  const rumourWordKeys = new Map<string, Set<string>>();
  const reportWords = textWordKeys(input.normalizedText);
  const parsed = rows.map((row) => {
    rumourWordKeys.set(row.rumorId, textWordKeys(row.text, rumourWordKeys.get(row.rumorId)));
    const tokens = row.conceptKey === null ? null : parseConceptKey(row.conceptKey);
    if (tokens) {
      rumourTexts.set(row.rumorId, [...(rumourTexts.get(row.rumorId) ?? []), tokens]);
      const all = rumourTokens.get(row.rumorId) ?? new Set<string>();
      const words = rumourWords.get(row.rumorId) ?? new Set<string>();
      const names = nameCounts.get(row.rumorId) ?? new Map<string, number>();
      for (const token of tokens) {
        if (isNameToken(token)) names.set(token, (names.get(token) ?? 0) + 1);
        else if (token.startsWith('~')) words.add(token);
        else all.add(token);
      }
      rumourTokens.set(row.rumorId, all);
      rumourWords.set(row.rumorId, words);
      nameCounts.set(row.rumorId, names);
    }
    return { row, tokens };
  });
  for (const [rumorId, names] of nameCounts) {
    const words = rumourWords.get(rumorId)!;
    for (const [name, count] of names) if (count >= 2) words.add(name);
  }
  // The numbers a rumour states are those most of its texts state: "30 died, but they say three"
  // in one text of the three-dead rumour does not make it a rumour about thirty.
  const numberLists = new Map<string, number[][]>();
  for (const { row, tokens } of parsed) {
    const numbers = tokens ? [...tokens].filter((t) => t.startsWith('#')).map((t) => Number(t.slice(1))) : [];
    if (numbers.length) numberLists.set(row.rumorId, [...(numberLists.get(row.rumorId) ?? []), numbers]);
  }
  for (const [rumorId, lists] of numberLists) {
    const all = rumourTokens.get(rumorId)!;
    for (const token of [...all]) {
      if (!token.startsWith('#')) continue;
      const value = Number(token.slice(1));
      const support = lists.filter((numbers) => numbers.some((n) => sameNumber(n, value))).length;
      if (support * 2 < lists.length) all.delete(token);
    }
  }

  // The best passing text of each rumour (rank, then first seen): the chosen rumour is the best of
  // these, as before; the others may be bridged to it.
  const passing = new Map<string, { candidate: ClusterCandidate; rank: number; order: number }>();
  let order = 0;
  // A text that can be neither chosen (no better than a passing one already found) nor bridged
  // (under the bridge rank) is not scored further: its vetoes and its rumour's places cost the most.
  const bridgeRank = options.bridgeRank ?? BRIDGE_RANK;
  let bestPassingRank = 0;
  const vetoedRumours = new Set<string>();
  const establishedPlaces = new Map<string, Set<string>>();
  // Each rumour as a whole is one more candidate: what all its texts name together (see rumourCoverage).
  const wholeRumours = [...rumourTokens].map(([rumorId, all]) => ({ row: { rumorId, score: 0, text: '', conceptKey: null, reportId: null, language: null } satisfies CandidateRow, tokens: null, whole: all }));
  for (const { row, tokens, whole } of [...parsed.map((p) => ({ ...p, whole: null })), ...wholeRumours]) {
    if (vetoedRumours.has(row.rumorId)) continue;
    const best = passing.get(row.rumorId);
    const { similarity, byClaim } = whole ? rumourCoverage(claim.tokens, whole, context) : claimScore(claim.tokens, tokens, context);
    // Both scales meet at their thresholds: how far past its own threshold each similarity is. The
    // same core (concepts.ts sameCore) and the whole rumour's coverage join at the claim threshold
    // they were validated at; an admin raising it makes them stricter in proportion (1: off).
    const scored = whole ? ((byClaim / RUMOUR_COVERAGE) * CORE_CONCEPT_THRESHOLD) / conceptThreshold : Math.max(row.score / threshold, byClaim / conceptThreshold);
    // The core is compared only where it could decide (it is the costlier check).
    const coreRank = CORE_CONCEPT_THRESHOLD / conceptThreshold;
    const rank: number = !whole && tokens && scored < coreRank && coreRank >= 1 && (!best || coreRank > best.rank) && (coreRank > bestPassingRank || coreRank >= bridgeRank) && sameCore(claim.tokens, tokens, context.lexicon) ? coreRank : scored;
    if (rank < 1 || (best && rank <= best.rank) || (rank <= bestPassingRank && rank < bridgeRank)) continue;
    // Vetoes of this one text (only for a text that would win: they cost more than the scores).
    // The whole rumour's contrasts and objects are checked below; its deeds here.
    const veto = whole ? (deedsDiffer(claim.tokens, whole, context.lexicon) ? 'deeds' : null) : textVeto(claim.tokens, reportWords, row.text, tokens, context, options.placeKeys);
    if (veto) {
      options.onRefused?.(row.rumorId, veto);
      continue;
    }
    // The rumour as a whole: a contrast with any of its texts, its claim's places or its reporters' chosen settlements.
    const wordsOfRumour = rumourWords.get(row.rumorId) ?? new Set<string>();
    const rumourContrast = contrastBetween(claim.tokens, rumourTokens.get(row.rumorId) ?? [], { eachNumber: true });
    const rumourVeto = rumourContrast ? `rumour-contrast:${rumourContrast}` : namesDiffer(claim.tokens, wordsOfRumour) ? 'rumour-names' : unconfirmedObject(claim.tokens, rumourTexts.get(row.rumorId) ?? [], rumourWordKeys.get(row.rumorId), { broader: true }) ? 'rumour-object' : null;
    if (rumourVeto) {
      options.onRefused?.(row.rumorId, rumourVeto);
      vetoedRumours.add(row.rumorId);
      continue;
    }
    if (!establishedPlaces.has(row.rumorId)) establishedPlaces.set(row.rumorId, await options.placesOf(row.rumorId));
    if (disjoint(places, establishedPlaces.get(row.rumorId)!)) {
      options.onRefused?.(row.rumorId, 'places');
      vetoedRumours.add(row.rumorId);
      continue;
    }
    const via = row.score / threshold >= byClaim / conceptThreshold ? 'wording' : 'claim';
    bestPassingRank = Math.max(bestPassingRank, rank);
    passing.set(row.rumorId, {
      rank,
      order: order++,
      candidate: {
        rumorId: row.rumorId,
        score: Math.round(Math.max(row.score, byClaim) * 1000) / 1000,
        via,
        matchedReportId: row.reportId,
        matchedLanguage: row.language,
        shared: (similarity?.shared ?? []).filter((t) => !t.startsWith('~')),
      },
    });
  }
  const ranked = [...passing.values()].sort((a, b) => b.rank - a.rank || a.order - b.order);
  const chosen = ranked[0];
  if (!chosen) return { candidate: null, sameClaim: [] };
  // Rumours bridged by this report: each must agree as a whole with everything already bridged.
  const group = { tokens: new Set(rumourTokens.get(chosen.candidate.rumorId) ?? []), words: new Set(rumourWords.get(chosen.candidate.rumorId) ?? []), texts: [...(rumourTexts.get(chosen.candidate.rumorId) ?? [])], wordKeys: new Set(rumourWordKeys.get(chosen.candidate.rumorId) ?? []), places: establishedPlaces.get(chosen.candidate.rumorId) ?? new Set<string>() };
  const sameClaim: ClusterCandidate[] = [];
  if (chosen.rank < bridgeRank || !(ranked[1] && ranked[1].rank >= bridgeRank)) return { candidate: chosen.candidate, sameClaim: [] };
  // A bridge needs the report to agree with every text of each rumour, not only its best one.
  const agreesThroughout = (rumorId: string) => parsed.every(({ row, tokens }) => row.rumorId !== rumorId || !textVeto(claim.tokens, reportWords, row.text, tokens, context, options.placeKeys));
  if (!agreesThroughout(chosen.candidate.rumorId)) return { candidate: chosen.candidate, sameClaim: [] };
  for (const other of ranked.slice(1)) {
    if (other.rank < bridgeRank) break;
    const id = other.candidate.rumorId;
    const one = { tokens: rumourTokens.get(id) ?? new Set<string>(), words: rumourWords.get(id) ?? new Set<string>(), texts: rumourTexts.get(id) ?? [], wordKeys: rumourWordKeys.get(id) ?? new Set<string>(), places: establishedPlaces.get(id) ?? new Set<string>() };
    const refused = agreesThroughout(id) ? rumoursDiffer(group, one, context) : 'report';
    if (refused) {
      options.onRefused?.(id, `bridge-${refused}`);
      continue;
    }
    sameClaim.push(other.candidate);
    for (const t of one.tokens) group.tokens.add(t);
    for (const w of one.words) group.words.add(w);
    group.texts.push(...one.texts);
    for (const k of one.wordKeys) group.wordKeys.add(k);
    group.places = new Set([...group.places, ...one.places]);
  }
  return { candidate: chosen.candidate, sameClaim };
}

export interface RumourWhole {
  /** Concepts, numbers and places its texts name (numbers: those most of its texts state). */
  tokens: ReadonlySet<string>;
  /** Residual words, and names more than one text gives. */
  words: ReadonlySet<string>;
  texts: readonly ReadonlySet<string>[];
  wordKeys: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

/**
 * Why two rumours a report would join both may NOT be one claim, or null: the whole-rumour vetoes
 * in both directions — a contrast member or number, different names, what they are about not
 * confirmed by the other, different deeds, different settlements. A report near both is evidence
 * of one claim only where nothing in either rumour says otherwise.
 */
export function rumoursDiffer(a: RumourWhole, b: RumourWhole, context: ClaimContext, options: { placeless?: boolean } = {}): string | null {
  const contrast = contrastBetween(a.tokens, b.tokens, { eachNumber: true });
  if (contrast) return `contrast:${contrast}`;
  if (namesDiffer(a.words, b.words)) return 'names';
  // Strict: a rumour saying only "water" is not confirmed as the drinking-water one by its everyday sense when whole rumours merge.
  if (unconfirmedObject(a.tokens, b.texts, b.wordKeys, { broader: true, strict: true }) ?? unconfirmedObject(b.tokens, a.texts, a.wordKeys, { broader: true, strict: true })) return 'object';
  if (deedsDiffer(new Set(a.tokens), new Set(b.tokens), context.lexicon)) return 'deeds';
  if (disjoint(new Set(a.places), new Set(b.places))) return 'places';
  // And they tell one core — the same place, object and deed (concepts.ts sameCore): a report "in
  // Almaty X is closed" near both a schools rumour and a metro rumour of one city, each naming an
  // object of its own class, is no evidence they are one claim (bench/RESULTS.md 1p).
  if (!sameCore(new Set(a.tokens), new Set(b.tokens), context.lexicon, options)) return 'core';
  // Text by text as well: a rumour that already holds one stray text of a contrasting claim (the
  // numbers a rumour states are its majority's) must not pull in more of it.
  for (const x of a.texts) for (const y of b.texts) if (contrastBetween(x, y, { eachNumber: true })) return 'text-contrast';
  return null;
}

export interface ClaimScore {
  similarity: ConceptSimilarity | null;
  /** The claim similarity, 0 when it may not join by claim at all. */
  byClaim: number;
}

/**
 * The claim similarity of a report and one text, as chooseRumour weighs it. `tokens` null: a text
 * without a concept key (a rumour's claim).
 */
export function claimScore(claimTokens: ReadonlySet<string>, tokens: ReadonlySet<string> | null, context: ClaimContext): ClaimScore {
  const similarity = tokens ? conceptSimilarity(claimTokens, tokens, context.lexicon) : null;
  // A town, a number and "three days" in common say where and how much, not what: the claim
  // similarity needs a concept of what or whom as well (a misread "суды" — the water — as a court
  // and an unread "светті" — the power — had joined water and power cuts in one town).
  const saysWhat = (similarity?.shared ?? []).some((t) => !t.startsWith('~') && !t.startsWith('@') && !t.startsWith('#') && tokenWeight(t, context.lexicon) >= 1);
  const byClaim = similarity && saysWhat && similarity.sharedConceptWeight >= MIN_SHARED_CONCEPT_WEIGHT ? similarity.score : 0;
  return { similarity, byClaim };
}

/**
 * How much of a report's claim a rumour names in all its texts together: the weight of the report's
 * concepts, numbers and places found in the union of the rumour's (residual words aside). People
 * retelling one claim each keep some of its parts — one the place and the deed, another the object
 * and the number — so a short report may share too little with any one text yet have every part of
 * what it says in the rumour. Needs a concept of what (not only where and how much) and
 * MIN_SHARED_CONCEPT_WEIGHT in common; joins at RUMOUR_COVERAGE. A long rumour is not favoured: only
 * the report's own concepts are counted, and the whole rumour's contrasts veto it as always.
 */
export function rumourCoverage(claimTokens: ReadonlySet<string>, whole: ReadonlySet<string>, context: ClaimContext): ClaimScore {
  const numbers = [...whole].filter((t) => t.startsWith('#')).map((t) => Number(t.slice(1)));
  let own = 0;
  let covered = 0;
  let saysWhat = false;
  const shared: string[] = [];
  for (const token of claimTokens) {
    if (token.startsWith('~')) continue;
    const weight = tokenWeight(token, context.lexicon);
    own += weight;
    if (!whole.has(token) && !(token.startsWith('#') && numbers.some((n) => sameNumber(n, Number(token.slice(1)))))) continue;
    covered += weight;
    shared.push(token);
    if (!token.startsWith('@') && !token.startsWith('#') && weight >= 1) saysWhat = true;
  }
  const score = own ? covered / own : 0;
  return { similarity: { score, shared, sharedConceptWeight: covered }, byClaim: saysWhat && covered >= MIN_SHARED_CONCEPT_WEIGHT ? score : 0 };
}

/**
 * Why a report may not join by this one text whatever the scores, or null: the text names another
 * member or number, what the claim is about is not confirmed either way, or the deeds differ.
 * Exported so that bench/clustering/simulate-xlang.ts can say why a same-claim pair was refused.
 */
export function textVeto(claimTokens: ReadonlySet<string>, reportWords: ReadonlySet<string>, text: string, tokens: ReadonlySet<string> | null, context: ClaimContext, placeKeys: PlaceIndex['keys']): string | null {
  const textTokens = tokens ?? new Set([...placesNamed(text, placeKeys)].map((id) => `@${id}`));
  const contrast = contrastBetween(claimTokens, textTokens, { names: true, eachNumber: true });
  if (contrast) return `contrast:${contrast}`;
  // What the claim is about must agree, not merely not differ (concepts.ts unconfirmedObject).
  // (The rumour's claim, stored without a concept key, is read here: it is most often its first report.)
  const agreeing = tokens ?? representClaim(context, { text, normalizedText: text }).tokens;
  const unconfirmed = unconfirmedObject(claimTokens, agreeing, textWordKeys(text), { broader: true }) ?? unconfirmedObject(agreeing, claimTokens, reportWords, { broader: true });
  if (unconfirmed) return `object:${unconfirmed}`;
  // Same bridge, same town, but "collapsed" is not "closed for repair" (concepts.ts deedsDiffer).
  if (deedsDiffer(claimTokens, agreeing, context.lexicon)) return 'deeds';
  return null;
}

/** Both sets are non-empty and share nothing. */
function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** Settlements a rumour is already about: chosen by its reporters or named in its claim (both read by the candidate statement). */
function placesOfRumor(rumor: { claim: string; chosen: readonly string[] } | undefined, placeIndex: PlaceIndex): Set<string> {
  const places = placesNamed(rumor?.claim ?? '', placeIndex.keys);
  for (const id of rumor?.chosen ?? []) places.add(id);
  return places;
}
