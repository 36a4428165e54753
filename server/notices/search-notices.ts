// "Has this already been checked?": published notices whose claim resembles the text, in any
// language or script (trigram similarity over match keys), shown in the reader's language.
import type { Db, DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import type { Language, Verdict } from '../db/generated/enums';
import { readSetting } from '../settings/read-settings';
import { normalizeReportText } from '../text';
import { searchNoticesInput, type SearchNoticesInput } from './schema';

export interface NoticeMatch {
  slug: string;
  verdict: Verdict;
  title: string;
  summary: string;
  language: Language;
  score: number;
  publishedAt: Date | null;
}

export async function searchPublishedNotices(db: Db, rawInput: SearchNoticesInput): Promise<NoticeMatch[]> {
  const input = searchNoticesInput.parse(rawInput);
  const query = normalizeReportText(input.q);
  if (query.length < 3) return [];
  const threshold = await readSetting(db, 'matching.threshold');
  const rows = await db.$transaction((tx) => matchingNotices(tx, query, threshold, input.limit));
  const matches = rows.filter((r) => r.score >= threshold);
  if (matches.length === 0) return [];
  const notices = await db.notice.findMany({
    where: { id: { in: matches.map((m) => m.noticeId) } },
    select: {
      id: true,
      slug: true,
      verdict: true,
      lastPublishedAt: true,
      currentVersion: true,
      versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { translations: { select: { language: true, title: true, summary: true } } } },
    },
  });
  const byId = new Map(notices.map((n) => [n.id, n]));
  return matches.flatMap((match) => {
    const notice = byId.get(match.noticeId);
    const translations = notice?.versions[0]?.translations ?? [];
    const translation = translations.find((t) => t.language === input.language) ?? translations[0];
    if (!notice || !translation) return [];
    return [{ slug: notice.slug, verdict: notice.verdict, title: translation.title, summary: translation.summary, language: translation.language, score: Math.round(match.score * 100) / 100, publishedAt: notice.lastPublishedAt }];
  });
}

/** How much of a query word a dictionary word must contain to count as the same word (typos, endings). */
export const QUERY_WORD_MATCH = 0.5;
/** Translations scored exactly; the rest cannot outrank them (see matchingNotices). */
export const SEARCH_CANDIDATES = 150;
/** Query words shorter than this say too little to look up (every word starting with "po" …). */
const MIN_LOOKUP_WORD_LENGTH = 3;

/**
 * The score is word_similarity(query, searchText): how much of the query is found in one stretch
 * of the title + summary, so a short query matches inside a long notice. Computing it on every
 * translation sharing a trigram with the query is what made search slow (thousands of rechecks
 * for a query naming a common place, bench/matching.ts). So candidates come first from the word
 * dictionary the database keeps by trigger (migration 20261121123041_search_word_index): each
 * query word is looked up among the distinct words of all notices (`<%`, a small trigram index),
 * and translations are ranked by how many of the query's trigrams their similar words hold —
 * roughly the score itself (two spellings of one query word in one text count twice; rare). Only the best SEARCH_CANDIDATES are scored exactly, with the same
 * threshold as before. No sequential scans in this transaction: the planner thinks trigram
 * functions are cheap.
 */
async function matchingNotices(tx: DbTx, query: string, threshold: number, limit: number): Promise<{ noticeId: string; score: number }[]> {
  await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(QUERY_WORD_MATCH)}, true), set_config('enable_seqscan', 'off', true)`;
  return tx.$queryRaw<{ noticeId: string; score: number }[]>(noticeMatchSql(query, threshold, limit));
}

/** The matching SQL (exported for bench/matching.ts --explain); needs the settings matchingNotices makes. */
export function noticeMatchSql(query: string, threshold: number, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH query_words AS MATERIALIZED (
      SELECT w AS query_word, cardinality(show_trgm(w)) AS trigrams
      FROM raspa_text_words(${query}) AS w
      -- a query of short words only ("5 кг") still looks them up
      WHERE length(w) >= least(${MIN_LOOKUP_WORD_LENGTH}::int, (SELECT max(length(x)) FROM raspa_text_words(${query}) AS x))
    ),
    similar_words AS MATERIALIZED (
      SELECT q.query_word, d.word, max(word_similarity(q.query_word, d.word) * q.trigrams) AS shared
      FROM query_words q JOIN "SearchWord" d ON q.query_word <% d.word
      GROUP BY 1, 2
    ),
    candidates AS MATERIALIZED (
      SELECT l."translationId"
      FROM similar_words s JOIN "NoticeTranslationWord" l ON l.word = s.word
      GROUP BY 1
      ORDER BY sum(s.shared) DESC, 1
      LIMIT ${SEARCH_CANDIDATES}
    ),
    scored AS MATERIALIZED (
      SELECT t."noticeVersionId", word_similarity(${query}, t."searchText") AS score
      FROM candidates c JOIN "NoticeTranslation" t ON t.id = c."translationId"
    )
    SELECT v."noticeId", max(s.score)::float8 AS score
    FROM scored s
    JOIN "NoticeVersion" v ON v.id = s."noticeVersionId"
    JOIN "Notice" n ON n.id = v."noticeId" AND n."currentVersion" = v.version
    WHERE s.score >= ${threshold}::float8 AND n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING'
    GROUP BY v."noticeId"
    ORDER BY score DESC, v."noticeId"
    LIMIT ${limit}`;
}
