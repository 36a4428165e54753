// Page views without cookies or personal data: the notice page loads a 1×1 image from
// /api/notice-views/<slug>; each load adds one to today's row of NoticeViewDay. Nothing about the
// reader (IP, user agent, referrer) is read or stored, and the page itself stays cacheable because
// the counter is a separate, uncached request.
//
// A view is counted in memory and written with the others of the last seconds in one statement
// (recordNoticeView): a notice shared into a large group is read thousands of times a minute, and
// one database write per reader would make the cheapest page on the site the busiest writer. What a
// crash loses is the views of the last FLUSH_EVERY_MS.
import type { Db } from '../db/client';
import { kazakhstanDay } from '../i18n/format';
import { logger } from '../log';

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;
const FLUSH_EVERY_MS = 2_000;
/** Distinct notices × days held at most between two writes (more are written at once). */
const MAX_PENDING = 5_000;

/** Adds `views` views of a public notice on Kazakhstan's calendar day of `now`. Returns false for unknown/draft notices. */
export async function countNoticeView(db: Db, slug: string, now: Date = new Date(), views = 1): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug)) return false;
  return (await addNoticeViews(db, [{ slug, day: kazakhstanDay(now), views }])) > 0;
}

async function addNoticeViews(db: Db, rows: { slug: string; day: string; views: number }[]): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "NoticeViewDay" ("noticeId", "day", "views")
    SELECT n."id", v.day::date, v.views
    FROM unnest(${rows.map((r) => r.slug)}::text[], ${rows.map((r) => r.day)}::text[], ${rows.map((r) => r.views)}::int[]) AS v(slug, day, views)
    JOIN "Notice" n ON n."slug" = v.slug AND n."status" <> 'DRAFT'
    ON CONFLICT ("noticeId", "day") DO UPDATE SET "views" = "NoticeViewDay"."views" + EXCLUDED."views"`;
}

interface PendingViews {
  db: Db;
  counts: Map<string, number>;
  timer?: NodeJS.Timeout;
}
const globalForViews = globalThis as unknown as { raspaPendingNoticeViews?: Map<Db, PendingViews> };
const pendingByDb = (globalForViews.raspaPendingNoticeViews ??= new Map());

/** Counts one view, written with the others within FLUSH_EVERY_MS. Unknown slugs are dropped when written. */
export function recordNoticeView(db: Db, slug: string, now: Date = new Date()) {
  if (!SLUG_PATTERN.test(slug)) return;
  let pending = pendingByDb.get(db);
  if (!pending) pendingByDb.set(db, (pending = { db, counts: new Map() }));
  const key = `${slug}|${kazakhstanDay(now)}`;
  pending.counts.set(key, (pending.counts.get(key) ?? 0) + 1);
  if (pending.counts.size >= MAX_PENDING) void writePending(pending);
  else if (!pending.timer) {
    pending.timer = setTimeout(() => void writePending(pending), FLUSH_EVERY_MS);
    pending.timer.unref();
  }
}

async function writePending(pending: PendingViews) {
  clearTimeout(pending.timer);
  pending.timer = undefined;
  if (pending.counts.size === 0) return;
  const rows = [...pending.counts].map(([key, views]) => {
    const [slug = '', day = ''] = key.split('|');
    return { slug, day, views };
  });
  pending.counts.clear();
  try {
    await addNoticeViews(pending.db, rows);
  } catch (error) {
    // Counting must never break a page: the views are logged as lost, not retried forever.
    logger.warn({ err: error, views: rows.reduce((sum, r) => sum + r.views, 0) }, 'notice views not counted');
  }
}

/** Writes every view counted so far (tests; the timer does it within FLUSH_EVERY_MS otherwise). */
export async function flushNoticeViews() {
  await Promise.all([...pendingByDb.values()].map(writePending));
}
