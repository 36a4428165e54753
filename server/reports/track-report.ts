// What a tracking code reveals: the report's progress and, once published, the verdict — or, when
// the verdict was withdrawn, that it was and why (the report is being checked again). Nothing else —
// not the text, the place or the contact — because anyone holding the code can see it.
import type { Db } from '../db/client';
import type { Verdict } from '../db/generated/enums';
import { pickTranslation, type Language } from '../i18n/languages';
import { searchPublishedNoticesCached } from '../notices/notice-search-cache';
import { WITHDRAWAL_REASON_SELECT, withdrawalReasonIn } from '../notices/withdrawal-reason';
import { normalizeTrackingCode } from '../text';
import { MATCH_QUERY_CHARS } from './submit-report';

export type TrackingStatus = 'received' | 'checking' | 'verdict' | 'closed';

export interface TrackedReport {
  trackingCode: string;
  status: TrackingStatus;
  receivedAt: Date;
  notice: { slug: string; verdict: Verdict; title: string; summary: string; publishedAt: Date | null } | null;
  /** The verdict that was published and then withdrawn, while no new one is out. */
  withdrawn: { slug: string; verdict: Verdict; title: string; reason: string | null; withdrawnAt: Date } | null;
}

const MAX_MERGE_HOPS = 10;

export async function trackReport(db: Db, rawCode: string, language: Language): Promise<TrackedReport | null> {
  const trackingCode = normalizeTrackingCode(rawCode);
  if (!trackingCode) return null;
  const report = await db.report.findUnique({ where: { trackingCode }, select: { receivedAt: true, rumorId: true } });
  if (!report) return null;

  // A rumour merged into another reports the verdict of the one it joined.
  let rumorId = report.rumorId;
  let rumor: { id: string; status: string; mergedIntoId: string | null } | null = null;
  for (let hop = 0; rumorId && hop < MAX_MERGE_HOPS; hop++) {
    rumor = await db.rumor.findUnique({ where: { id: rumorId }, select: { id: true, status: true, mergedIntoId: true } });
    if (rumor?.status !== 'MERGED' || !rumor.mergedIntoId) break;
    rumorId = rumor.mergedIntoId;
  }

  // The verdict wins over an interim "we are checking" notice, whichever was published last.
  const published = rumor
    ? await db.notice.findMany({
        where: { rumorId: rumor.id, status: 'PUBLISHED' },
        orderBy: { lastPublishedAt: 'desc' },
        take: 5,
        select: {
          slug: true,
          verdict: true,
          lastPublishedAt: true,
          versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { translations: { select: { language: true, title: true, summary: true } } } },
        },
      })
    : [];
  const notice = published.find((n) => n.verdict !== 'CHECKING') ?? published[0] ?? null;
  const translations = notice?.versions[0]?.translations ?? [];
  const translation = pickTranslation(translations, language);

  // A verdict moderators withdrew (not an interim notice the verdict replaced) — until a new verdict is out.
  const withdrawnRow =
    rumor && !(notice && notice.verdict !== 'CHECKING')
      ? await db.notice.findFirst({
          where: { rumorId: rumor.id, status: 'WITHDRAWN', supersededById: null, verdict: { not: 'CHECKING' }, withdrawnAt: { not: null } },
          orderBy: { withdrawnAt: 'desc' },
          select: {
            slug: true,
            verdict: true,
            withdrawnAt: true,
            ...WITHDRAWAL_REASON_SELECT,
            versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { translations: { select: { language: true, title: true } } } },
          },
        })
      : null;
  const withdrawnTitle = withdrawnRow && pickTranslation(withdrawnRow.versions[0]?.translations ?? [], language);

  let status: TrackingStatus = 'received';
  if (notice && translation && notice.verdict !== 'CHECKING') status = 'verdict';
  else if (rumor?.status === 'DISMISSED') status = 'closed';
  else if (notice || withdrawnRow || (rumor && rumor.status !== 'NEW')) status = 'checking';

  return {
    trackingCode,
    status,
    receivedAt: report.receivedAt,
    notice: notice && translation ? { slug: notice.slug, verdict: notice.verdict, title: translation.title, summary: translation.summary, publishedAt: notice.lastPublishedAt } : null,
    withdrawn:
      withdrawnRow && withdrawnTitle && status === 'checking'
        ? { slug: withdrawnRow.slug, verdict: withdrawnRow.verdict, title: withdrawnTitle.title, reason: withdrawalReasonIn(withdrawnRow, language), withdrawnAt: withdrawnRow.withdrawnAt! }
        : null,
  };
}

export interface IntakeNotice {
  slug: string;
  verdict: Verdict;
  title: string;
  summary: string;
  /** Language of title and summary (the page's, or the nearest one published). */
  language: Language;
}

/**
 * The published notices intake found for this report ("has this already been checked?"), as they
 * read now in `language` — for the page a citizen lands on right after sending without JavaScript,
 * which shows the answer at once. Withdrawn ones are left out.
 * Intake skips the search while its process is busy with others (submit-report.ts) and stores no
 * answer then; this page is where the citizen reads it, so the search runs here instead — otherwise
 * whether a citizen learns the claim was already checked would depend on the load at that second.
 */
export async function reportIntakeNotices(db: Db, rawCode: string, language: Language): Promise<IntakeNotice[]> {
  const trackingCode = normalizeTrackingCode(rawCode);
  if (!trackingCode) return [];
  const report = await db.report.findUnique({ where: { trackingCode }, select: { intakeMatches: true, text: true } });
  if (!report) return [];
  const slugs =
    report.intakeMatches === null
      ? (await searchPublishedNoticesCached(db, { q: report.text.slice(0, MATCH_QUERY_CHARS), language, limit: 3 })).map((m) => m.slug)
      : Array.isArray(report.intakeMatches)
        ? (report.intakeMatches as { slug?: unknown }[]).flatMap((m) => (typeof m?.slug === 'string' ? [m.slug] : []))
        : [];
  if (slugs.length === 0) return [];
  const notices = await db.notice.findMany({
    where: { slug: { in: slugs }, status: 'PUBLISHED' },
    select: {
      slug: true,
      verdict: true,
      versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { translations: { select: { language: true, title: true, summary: true } } } },
    },
  });
  return slugs.flatMap((slug) => {
    const notice = notices.find((n) => n.slug === slug);
    const translation = notice && pickTranslation(notice.versions[0]?.translations ?? [], language);
    return notice && translation ? [{ slug, verdict: notice.verdict, title: translation.title, summary: translation.summary, language: translation.language }] : [];
  });
}
