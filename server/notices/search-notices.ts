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
  // word_similarity lets a short query match inside a long title + summary, and similarity lets a
  // long paraphrase match a short title; both are served by the GIN trigram index. One branch per
  // operator, and no sequential scans in this transaction: otherwise the planner, which thinks
  // word_similarity is cheap, scans every translation and computes it on each (seconds at 30,000
  // translations, bench/matching.ts). Filtering at the threshold itself loses nothing: the score
  // is the greater of the two, so a match passes one of the operators.
  const rows = await db.$transaction(async (tx) => {
    const cut = String(threshold);
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${cut}, true), set_config('pg_trgm.word_similarity_threshold', ${cut}, true), set_config('enable_seqscan', 'off', true)`;
    return tx.$queryRaw<{ noticeId: string; score: number }[]>`
    WITH hits AS (
      SELECT t."noticeVersionId", greatest(similarity(t."searchText", ${query}), word_similarity(${query}, t."searchText")) AS score
      FROM "NoticeTranslation" t WHERE t."searchText" % ${query}
      UNION ALL
      SELECT t."noticeVersionId", word_similarity(${query}, t."searchText")
      FROM "NoticeTranslation" t WHERE ${query} <% t."searchText"
    )
    SELECT v."noticeId", max(h.score)::float8 AS score
    FROM hits h
    JOIN "NoticeVersion" v ON v.id = h."noticeVersionId"
    JOIN "Notice" n ON n.id = v."noticeId" AND n."currentVersion" = v.version
    WHERE n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING'
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
