// Public notices, most recently changed first — a publication, a correction or a withdrawal — the
// one list behind the home, region and "check" pages, the REST list and the feeds. One page at a
// time with a keyset cursor so paging stays correct while notices change. An interim notice that a
// final notice replaced is left out (the final notice stands for it). Withdrawn notices stay in the
// machines' list with their status and reason (a partner or feed reader who took the notice must
// learn to take it down); the pages list published notices only (includeWithdrawn: false). Each
// notice comes in the reader's language or the nearest one it has (pickTranslation).
import type { Db } from '../db/client';
import type { NoticeUrgency, Verdict } from '../db/generated/enums';
import type { Prisma } from '../db/generated/client';
import { pickTranslation, type Language } from '../i18n/languages';
import { encodeNoticeCursor, listPublishedNoticesInput, urgentNoticesInput, type ListPublishedNoticesInput, type UrgentNoticesInput } from './public-api-schema';
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
  /** Demonstration content (the seed): pages mark it, the API does not carry it. */
  isDemo: boolean;
}

/** Every list of public notices: published at least once, not replaced by a final notice. */
const LISTED = { supersededById: null, lastPublishedAt: { not: null }, lastChangedAt: { not: null } } satisfies Prisma.NoticeWhereInput;
/** The notice and its latest published version's texts. */
const LIST_SELECT = {
  id: true,
  slug: true,
  verdict: true,
  status: true,
  urgency: true,
  regionCodes: true,
  isDemo: true,
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
} satisfies Prisma.NoticeSelect;
const NEWEST_FIRST = [{ lastChangedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.NoticeOrderByWithRelationInput[];

type ListRow = Prisma.NoticeGetPayload<{ select: typeof LIST_SELECT }>;

/** Each row in the reader's language (or the nearest one); a notice with no text at all is left out. */
function toListItems(rows: ListRow[], language: Language): PublishedNoticeListItem[] {
  return rows.flatMap((row): PublishedNoticeListItem[] => {
    const version = row.versions[0];
    const translation = version && pickTranslation(version.translations, language);
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
        withdrawnReason: withdrawn ? withdrawalReasonIn(row, language) : null,
        isDemo: row.isDemo,
      },
    ];
  });
}

export async function listPublishedNotices(db: Db, rawInput: ListPublishedNoticesInput): Promise<{ notices: PublishedNoticeListItem[]; nextCursor: string | null }> {
  const input = listPublishedNoticesInput.parse(rawInput);
  const where: Prisma.NoticeWhereInput = {
    ...LISTED,
    status: input.includeWithdrawn ? { in: ['PUBLISHED', 'WITHDRAWN'] } : 'PUBLISHED',
    ...(input.regionCode ? { regionCodes: { has: input.regionCode } } : {}),
    ...(input.cursor ? { OR: [{ lastChangedAt: { lt: input.cursor.changedAt } }, { lastChangedAt: input.cursor.changedAt, id: { lt: input.cursor.id } }] } : {}),
  };
  const rows = await db.notice.findMany({ where, orderBy: NEWEST_FIRST, take: input.limit + 1, select: LIST_SELECT });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > input.limit && last?.lastChangedAt ? encodeNoticeCursor({ changedAt: last.lastChangedAt, id: last.id }) : null;
  return { notices: toListItems(page, input.language), nextCursor };
}

/**
 * Urgent published notices a visitor should see first: those for their region, plus nationwide
 * ones (a notice with no target region concerns the whole country). Without a chosen region,
 * only nationwide ones. Recent only: an urgent notice from last month is no longer a warning.
 */
export async function listUrgentNotices(db: Db, rawInput: UrgentNoticesInput): Promise<PublishedNoticeListItem[]> {
  const input = urgentNoticesInput.parse(rawInput);
  const regionFilter = input.regionCode ? [{ regionCodes: { isEmpty: true } }, { regionCodes: { has: input.regionCode } }] : [{ regionCodes: { isEmpty: true } }];
  const rows = await db.notice.findMany({
    where: { ...LISTED, status: 'PUBLISHED', urgency: 'URGENT', lastPublishedAt: { gte: new Date(Date.now() - input.withinMs) }, OR: regionFilter },
    orderBy: NEWEST_FIRST,
    take: input.limit,
    select: LIST_SELECT,
  });
  return toListItems(rows, input.language);
}
