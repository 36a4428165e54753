// What a digest's recipient gets: the notice versions it lists, each in their language (with the
// project's fallback), newest first — minus any notice withdrawn since the digest was written. Those
// are taken off the digest's list before it is sent (the withdrawal fan-out tells recipients of a
// sent digest about what it listed; what it never said needs no withdrawal).
import { publicBaseUrl } from '../config/public-url';
import type { Db } from '../db/client';
import type { Language } from '../i18n/languages';
import type { OutgoingDigest } from './channel-sender';
import type { NoticeInLanguage } from './outgoing-notice';

export interface LoadedDigest {
  /** Null when nothing is left to say (every listed notice withdrawn) or the digest is gone. */
  digest: OutgoingDigest | null;
  /** Listed versions whose notice was withdrawn meanwhile: not said, and dropped from the list. */
  withdrawnVersionIds: string[];
}

export async function loadOutgoingDigest(db: Db, digestId: string, language: Language, noticeText: (versionId: string) => Promise<NoticeInLanguage>): Promise<LoadedDigest> {
  const row = await db.digest.findUnique({
    where: { id: digestId },
    select: {
      id: true,
      cadence: true,
      periodStart: true,
      periodEnd: true,
      subscription: { select: { regionCodes: true } },
      items: { select: { noticeVersion: { select: { id: true, publishedAt: true, notice: { select: { status: true } } } } } },
    },
  });
  if (!row || row.cadence === 'IMMEDIATE') return { digest: null, withdrawnVersionIds: [] };
  const withdrawnVersionIds = row.items.filter((i) => i.noticeVersion.notice.status === 'WITHDRAWN').map((i) => i.noticeVersion.id);
  const items: OutgoingDigest['items'] = [];
  for (const { noticeVersion } of row.items) {
    if (noticeVersion.notice.status === 'WITHDRAWN' || !noticeVersion.publishedAt) continue;
    const text = (await noticeText(noticeVersion.id))(language);
    if (text) items.push({ ...text, publishedAt: noticeVersion.publishedAt });
  }
  items.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  if (items.length === 0) return { digest: null, withdrawnVersionIds };
  const regions = row.subscription.regionCodes;
  const base = publicBaseUrl();
  return {
    digest: {
      digestId: row.id,
      cadence: row.cadence,
      language,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      items,
      url: regions.length === 1 ? `${base}/${language}/regions/${encodeURIComponent(regions[0]!)}` : `${base}/${language}`,
    },
    withdrawnVersionIds,
  };
}
