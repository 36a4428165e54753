import type { Db } from '../db/client';
import type { Language } from '../db/generated/enums';
import { latestNoticesInput, type LatestNoticesInput } from './schema';

export interface NoticeSummary {
  slug: string;
  verdict: string;
  urgency: string;
  regionCodes: string[];
  publishedAt: Date | null;
  language: Language;
  title: string;
  summary: string;
  isDemo: boolean;
}

/** What a notice list shows: the notice and its latest published version's texts. */
const summarySelect = {
  slug: true,
  verdict: true,
  urgency: true,
  regionCodes: true,
  lastPublishedAt: true,
  isDemo: true,
  versions: {
    where: { publishedAt: { not: null } },
    orderBy: { version: 'desc' },
    take: 1,
    select: { translations: { select: { language: true, title: true, summary: true } } },
  },
} as const;

type SummaryRow = {
  slug: string;
  verdict: string;
  urgency: string;
  regionCodes: string[];
  lastPublishedAt: Date | null;
  isDemo: boolean;
  versions: { translations: { language: Language; title: string; summary: string }[] }[];
};

/** Each notice in the requested language (or the first available one); notices with no text are left out. */
function toSummaries(notices: SummaryRow[], language: Language): NoticeSummary[] {
  return notices.flatMap((notice) => {
    const translations = notice.versions[0]?.translations ?? [];
    const translation = translations.find((t) => t.language === language) ?? translations[0];
    if (!translation) return [];
    return [
      {
        slug: notice.slug,
        verdict: notice.verdict,
        urgency: notice.urgency,
        regionCodes: notice.regionCodes,
        publishedAt: notice.lastPublishedAt,
        language: translation.language,
        title: translation.title,
        summary: translation.summary,
        isDemo: notice.isDemo,
      },
    ];
  });
}

/** Published notices, newest first, in the requested language (or the first available one). */
export async function listLatestNotices(db: Db, rawInput: LatestNoticesInput): Promise<NoticeSummary[]> {
  const input = latestNoticesInput.parse(rawInput);
  const notices = await db.notice.findMany({
    where: { status: 'PUBLISHED', ...(input.regionCode ? { regionCodes: { has: input.regionCode } } : {}) },
    orderBy: { lastPublishedAt: 'desc' },
    take: input.limit,
    select: summarySelect,
  });
  return toSummaries(notices, input.language);
}

/**
 * Urgent published notices a visitor should see first: those for their region, plus nationwide
 * ones (a notice with no target region concerns the whole country). Without a chosen region,
 * only nationwide ones. Recent only: an urgent notice from last month is no longer a warning.
 */
export async function listUrgentNotices(
  db: Db,
  input: { language: Language; regionCode?: string; /** How far back an urgent notice still counts. */ withinMs: number; limit?: number },
): Promise<NoticeSummary[]> {
  const regionFilter = input.regionCode ? [{ regionCodes: { isEmpty: true } }, { regionCodes: { has: input.regionCode } }] : [{ regionCodes: { isEmpty: true } }];
  const notices = await db.notice.findMany({
    where: { status: 'PUBLISHED', urgency: 'URGENT', lastPublishedAt: { gte: new Date(Date.now() - input.withinMs) }, OR: regionFilter },
    orderBy: { lastPublishedAt: 'desc' },
    take: input.limit ?? 3,
    select: summarySelect,
  });
  return toSummaries(notices, input.language);
}
