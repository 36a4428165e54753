// Public notices for machines (REST list, feeds): the most recently changed first — a publication,
// a correction or a withdrawal — one page at a time with a keyset cursor so paging stays correct
// while notices change. Withdrawn notices stay in the list with their status and reason (a partner
// or feed reader who took the notice must learn to take it down); an interim notice that a final
// notice replaced is left out (the final notice stands for it).
import type { Db } from '../db/client';
import type { Language, NoticeUrgency, Verdict } from '../db/generated/enums';
import type { Prisma } from '../db/generated/client';
import { encodeNoticeCursor, listPublishedNoticesInput, type ListPublishedNoticesInput } from './public-api-schema';
import { WITHDRAWAL_REASON_SELECT, withdrawalReasonIn } from './withdrawal-reason';

export interface PublishedNoticeListItem {
  id: string;
  slug: string;
  verdict: Verdict;
  status: 'PUBLISHED' | 'WITHDRAWN';
  urgency: NoticeUrgency;
  regionCodes: string[];
  /** Language of title and summary; another one when the requested language has no translation. */
  language: Language;
  title: string;
  summary: string;
  version: number;
  firstPublishedAt: Date;
  lastPublishedAt: Date;
  /** The latest publication or the withdrawal, whichever came last. */
  lastChangedAt: Date;
  withdrawnAt: Date | null;
  /** In the requested language or the nearest one written; null unless withdrawn. */
  withdrawnReason: string | null;
}

// A Kazakh reader is likelier to read Russian than English, and the other way round.
export const LANGUAGE_FALLBACK: Record<Language, readonly Language[]> = { kk: ['kk', 'ru', 'en'], ru: ['ru', 'kk', 'en'], en: ['en', 'ru', 'kk'] };

export function pickTranslation<T extends { language: Language }>(translations: readonly T[], language: Language): T | undefined {
  return LANGUAGE_FALLBACK[language].map((l) => translations.find((t) => t.language === l)).find((t) => t !== undefined);
}

export async function listPublishedNotices(db: Db, rawInput: ListPublishedNoticesInput): Promise<{ notices: PublishedNoticeListItem[]; nextCursor: string | null }> {
  const input = listPublishedNoticesInput.parse(rawInput);
  const where: Prisma.NoticeWhereInput = {
    status: { in: ['PUBLISHED', 'WITHDRAWN'] },
    supersededById: null,
    lastPublishedAt: { not: null },
    lastChangedAt: { not: null },
    ...(input.regionCode ? { regionCodes: { has: input.regionCode } } : {}),
    ...(input.cursor ? { OR: [{ lastChangedAt: { lt: input.cursor.changedAt } }, { lastChangedAt: input.cursor.changedAt, id: { lt: input.cursor.id } }] } : {}),
  };
  const rows = await db.notice.findMany({
    where,
    orderBy: [{ lastChangedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: {
      id: true,
      slug: true,
      verdict: true,
      status: true,
      urgency: true,
      regionCodes: true,
      firstPublishedAt: true,
      lastPublishedAt: true,
      lastChangedAt: true,
      withdrawnAt: true,
      ...WITHDRAWAL_REASON_SELECT,
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
  const nextCursor = rows.length > input.limit && last?.lastChangedAt ? encodeNoticeCursor({ changedAt: last.lastChangedAt, id: last.id }) : null;
  const notices = page.flatMap((row): PublishedNoticeListItem[] => {
    const version = row.versions[0];
    const translation = version && pickTranslation(version.translations, input.language);
    if (!version || !translation || !row.lastPublishedAt || !row.lastChangedAt || row.status === 'DRAFT') return [];
    const withdrawn = row.status === 'WITHDRAWN';
    return [
      {
        id: row.id,
        slug: row.slug,
        verdict: row.verdict,
        status: row.status,
        urgency: row.urgency,
        regionCodes: row.regionCodes,
        language: translation.language,
        title: translation.title,
        summary: translation.summary,
        version: version.version,
        firstPublishedAt: row.firstPublishedAt ?? row.lastPublishedAt,
        lastPublishedAt: row.lastPublishedAt,
        lastChangedAt: row.lastChangedAt,
        withdrawnAt: withdrawn ? row.withdrawnAt : null,
        withdrawnReason: withdrawn ? withdrawalReasonIn(row, input.language) : null,
      },
    ];
  });
  return { notices, nextCursor };
}
