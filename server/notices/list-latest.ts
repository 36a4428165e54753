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

/** Published notices, newest first, in the requested language (or the first available one). */
export async function listLatestNotices(db: Db, rawInput: LatestNoticesInput): Promise<NoticeSummary[]> {
  const input = latestNoticesInput.parse(rawInput);
  const notices = await db.notice.findMany({
    where: { status: 'PUBLISHED', ...(input.regionCode ? { regionCodes: { has: input.regionCode } } : {}) },
    orderBy: { lastPublishedAt: 'desc' },
    take: input.limit,
    select: {
      slug: true,
      verdict: true,
      urgency: true,
      regionCodes: true,
      lastPublishedAt: true,
      currentVersion: true,
      isDemo: true,
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        take: 1,
        select: { translations: { select: { language: true, title: true, summary: true } } },
      },
    },
  });
  return notices.flatMap((notice) => {
    const translations = notice.versions[0]?.translations ?? [];
    const translation = translations.find((t) => t.language === input.language) ?? translations[0];
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
