// Page views without cookies or personal data: the notice page loads a 1×1 image from
// /api/notice-views/<slug>; each load adds one to today's row of NoticeViewDay. Nothing about the
// reader (IP, user agent, referrer) is read or stored, and the page itself stays CDN-cacheable
// because the counter is a separate, uncached request.
import type { Db } from '../db/client';
import { kazakhstanDay } from '../i18n/format';

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** Adds one view of a public notice for today (Kazakhstan's calendar day). Returns false for unknown/draft notices. */
export async function countNoticeView(db: Db, slug: string, now: Date = new Date()): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug)) return false;
  const day = kazakhstanDay(now);
  const rows = await db.$executeRaw`
    INSERT INTO "NoticeViewDay" ("noticeId", "day", "views")
    SELECT "id", ${day}::date, 1 FROM "Notice" WHERE "slug" = ${slug} AND "status" <> 'DRAFT'
    ON CONFLICT ("noticeId", "day") DO UPDATE SET "views" = "NoticeViewDay"."views" + 1`;
  return rows > 0;
}
