// Published notices for machines (REST list, feeds): newest publication first, one page at a time
// with a keyset cursor so paging stays correct while new notices arrive. An interim notice that a
// final notice replaced is left out; withdrawn ones are left out (their pages stay readable).
import type { Db } from '../db/client';
import type { Language, NoticeUrgency, Verdict } from '../db/generated/enums';
import type { Prisma } from '../db/generated/client';
import { encodeNoticeCursor, listPublishedNoticesInput, type ListPublishedNoticesInput } from './public-api-schema';

export interface PublishedNoticeListItem {
  id: string;
  slug: string;
  verdict: Verdict;
  urgency: NoticeUrgency;
  regionCodes: string[];
  /** Language of title and summary; another one when the requested language has no translation. */
  language: Language;
  title: string;
  summary: string;
  version: number;
  firstPublishedAt: Date;
  lastPublishedAt: Date;
}

// A Kazakh reader is likelier to read Russian than English, and the other way round.
export const LANGUAGE_FALLBACK: Record<Language, readonly Language[]> = { kk: ['kk', 'ru', 'en'], ru: ['ru', 'kk', 'en'], en: ['en', 'ru', 'kk'] };

export function pickTranslation<T extends { language: Language }>(translations: readonly T[], language: Language): T | undefined {
  return LANGUAGE_FALLBACK[language].map((l) => translations.find((t) => t.language === l)).find((t) => t !== undefined);
}

export async function listPublishedNotices(db: Db, rawInput: ListPublishedNoticesInput): Promise<{ notices: PublishedNoticeListItem[]; nextCursor: string | null }> {
  const input = listPublishedNoticesInput.parse(rawInput);
  const where: Prisma.NoticeWhereInput = {
    status: 'PUBLISHED',
    supersededById: null,
    lastPublishedAt: { not: null },
    ...(input.regionCode ? { regionCodes: { has: input.regionCode } } : {}),
    ...(input.cursor
      ? { OR: [{ lastPublishedAt: { lt: input.cursor.lastPublishedAt } }, { lastPublishedAt: input.cursor.lastPublishedAt, id: { lt: input.cursor.id } }] }
      : {}),
  };
  const rows = await db.notice.findMany({
    where,
    orderBy: [{ lastPublishedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: {
      id: true,
      slug: true,
      verdict: true,
      urgency: true,
      regionCodes: true,
      firstPublishedAt: true,
      lastPublishedAt: true,
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        take: 1,
        select: { version: true, translations: { select: { language: true, title: true, summary: true } } },
      },
    },
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > input.limit && last?.lastPublishedAt ? encodeNoticeCursor({ lastPublishedAt: last.lastPublishedAt, id: last.id }) : null;
  const notices = page.flatMap((row): PublishedNoticeListItem[] => {
    const version = row.versions[0];
    const translation = version && pickTranslation(version.translations, input.language);
    if (!version || !translation || !row.lastPublishedAt) return [];
    return [
      {
        id: row.id,
        slug: row.slug,
        verdict: row.verdict,
        urgency: row.urgency,
        regionCodes: row.regionCodes,
        language: translation.language,
        title: translation.title,
        summary: translation.summary,
        version: version.version,
        firstPublishedAt: row.firstPublishedAt ?? row.lastPublishedAt,
        lastPublishedAt: row.lastPublishedAt,
      },
    ];
  });
  return { notices, nextCursor };
}
