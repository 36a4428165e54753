// One notice for the public API: what the notice page shows (getPublicNotice) plus its published
// versions with their "what changed" notes and, for an interim notice, the final one replacing it.
import type { Db } from '../db/client';
import { getPublicNotice, type PublicNotice } from './get-notice';
import { noticeDetailInput, type NoticeDetailInput } from './public-api-schema';

export interface NoticeDetail extends Omit<PublicNotice, 'supersededBy'> {
  versions: { version: number; publishedAt: Date; changeNote: string | null }[];
  /** Slug of the final notice that replaced this interim one. */
  supersededBy: string | null;
}

export async function getNoticeDetail(db: Db, rawInput: NoticeDetailInput): Promise<NoticeDetail | null> {
  const parsed = noticeDetailInput.safeParse(rawInput);
  if (!parsed.success) return null;
  const { slug, language } = parsed.data;
  const [notice, extra] = await Promise.all([
    getPublicNotice(db, slug, language),
    db.notice.findUnique({
      where: { slug },
      select: {
        supersededById: true,
        versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'asc' }, select: { version: true, publishedAt: true, changeNote: true } },
      },
    }),
  ]);
  if (!notice || !extra) return null;
  const supersededBy = extra.supersededById ? await db.notice.findUnique({ where: { id: extra.supersededById }, select: { slug: true, status: true } }) : null;
  return {
    ...notice,
    versions: extra.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt!, changeNote: v.version > 1 && v.changeNote?.trim() ? v.changeNote : null })),
    supersededBy: supersededBy && supersededBy.status !== 'DRAFT' ? supersededBy.slug : null,
  };
}
