// "Has this already been checked?": published notices whose claim resembles the text, in any
// language or script (trigram similarity over match keys), shown in the reader's language.
import type { Db } from '../db/client';
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
  const threshold = await readSetting(db, 'matching.threshold'); // cached in memory (30 s)
  // One statement, one round trip: no transaction, no second query for the texts.
  const rows = await db.$queryRaw<NoticeMatchRow[]>(noticeSearchSql(query, threshold, input.language, input.limit));
  return rows.map((row) => ({ ...row, score: Math.round(row.score * 100) / 100 }));
}

/** A row of noticeSearchSql: a NoticeMatch with the exact score. */
type NoticeMatchRow = NoticeMatch;

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
 * roughly the score itself (two spellings of one query word in one text count twice; rare). Only
 * the best SEARCH_CANDIDATES are scored exactly, with the same threshold as before. The best
 * `limit` notices then get their texts in the reader's language (else another one) from their
 * latest published version.
 *
 * One statement, so one round trip and no transaction. `<%` reads the GUC
 * pg_trgm.word_similarity_threshold (default 0.6); the statement sets it itself, local to its own
 * implicit transaction, in the WHERE clause of query_words. Every `<%` compares a query word, and a
 * query word leaves that CTE only after its row has run set_config, so whatever plan is chosen,
 * the threshold is in force before the first comparison or index scan (`<%` is neither hashable
 * nor mergeable, so the dictionary can only be read per query word or filtered row by row against
 * the CTE's rows). Callers pass a client, not an open transaction (Db has no $transaction inside
 * one), so the setting never outlives this statement. A planner setting cannot be changed by the
 * statement being planned, so the old `enable_seqscan = off` is gone: at 10,000 notices the plan is
 * index lookups at every step without it (bench/matching.ts --explain prints it). Exported for that.
 */
export function noticeSearchSql(query: string, threshold: number, language: Language, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH query_words AS MATERIALIZED (
      SELECT w AS query_word, cardinality(show_trgm(w)) AS trigrams
      FROM raspa_text_words(${query}) AS w
      -- a query of short words only ("5 кг") still looks them up
      WHERE length(w) >= least(${MIN_LOOKUP_WORD_LENGTH}::int, (SELECT max(length(x)) FROM raspa_text_words(${query}) AS x))
        AND set_config('pg_trgm.word_similarity_threshold', ${String(QUERY_WORD_MATCH)}, true) IS NOT NULL
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
    -- candidates that cannot be shown (drafts, old versions, interim notices) are not scored
    scored AS MATERIALIZED (
      SELECT v."noticeId", word_similarity(${query}, t."searchText") AS score
      FROM candidates c
      JOIN "NoticeTranslation" t ON t.id = c."translationId"
      JOIN "NoticeVersion" v ON v.id = t."noticeVersionId"
      JOIN "Notice" n ON n.id = v."noticeId" AND n."currentVersion" = v.version
      WHERE n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING'
    ),
    best AS MATERIALIZED (
      SELECT "noticeId", max(score)::float8 AS score
      FROM scored
      WHERE score >= ${threshold}::float8
      GROUP BY 1
      ORDER BY 2 DESC, 1
      LIMIT ${limit}
    )
    SELECT n.slug, n.verdict::text AS verdict, n."lastPublishedAt" AS "publishedAt", b.score, shown.language::text AS language, shown.title, shown.summary
    FROM best b
    JOIN "Notice" n ON n.id = b."noticeId"
    CROSS JOIN LATERAL (
      SELECT t.language, t.title, t.summary
      FROM "NoticeTranslation" t
      WHERE t."noticeVersionId" = (
        SELECT pv.id FROM "NoticeVersion" pv
        WHERE pv."noticeId" = n.id AND pv."publishedAt" IS NOT NULL
        ORDER BY pv.version DESC
        LIMIT 1
      )
      -- the reader's language, else the first other one
      ORDER BY t.language = ${language}::"Language" DESC, t.language
      LIMIT 1
    ) shown
    ORDER BY b.score DESC, b."noticeId"`;
}
