// "Has this already been checked?": published notices whose claim resembles the text, in any
// language or script (trigram similarity over match keys), shown in the reader's language.
import type { Db } from '../db/client';
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
  // word_similarity: how much of the query is found in one stretch of the title + summary, so a
  // short query matches inside a long notice. It is never below similarity (it divides the shared
  // trigrams by the query's alone), so it alone decides the match and the score, and a single
  // index-served operator (<%) finds every candidate. No sequential scans in this transaction: the
  // planner thinks word_similarity is cheap and would otherwise compute it on every translation
  // (seconds at 30,000 translations, bench/matching.ts).
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true), set_config('enable_seqscan', 'off', true)`;
    return tx.$queryRaw<{ noticeId: string; score: number }[]>`
    SELECT v."noticeId", max(word_similarity(${query}, t."searchText"))::float8 AS score
    FROM "NoticeTranslation" t
    JOIN "NoticeVersion" v ON v.id = t."noticeVersionId"
    JOIN "Notice" n ON n.id = v."noticeId" AND n."currentVersion" = v.version
    WHERE ${query} <% t."searchText" AND n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING'
    GROUP BY v."noticeId"
    ORDER BY score DESC
    LIMIT ${input.limit}`;
  });
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
