import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { fanOutNoticeVersion } from './fan-out';
import { getNoticeReach } from './reach';
import { createSubscription, latestVersionId } from '../testing/delivery';

const t = setupTestDatabase();

describe('notice reach', () => {
  it('counts deliveries per channel, time to first and to 95 % of deliveries, and page views', async () => {
    const { notice } = await createPublishedNotice(t.db, { slug: `reach-${Date.now()}`, verdict: 'FALSE', regionCodes: ['KZ-43'], titles: { kk: 'a', ru: 'б', en: 'c' } });
    for (let i = 0; i < 19; i++) await createSubscription(t.db, { regionCodes: ['KZ-43'] });
    await createSubscription(t.db, { channel: 'EMAIL', regionCodes: ['KZ-43'] });
    const versionId = await latestVersionId(t.db, notice.id);
    const publishedAt = new Date(Date.now() - 60_000);
    await t.db.noticeVersion.update({ where: { id: versionId }, data: { publishedAt } });
    await fanOutNoticeVersion(t.db, versionId);
    const push = await t.db.delivery.findMany({ where: { noticeVersionId: versionId, channel: 'WEB_PUSH' }, orderBy: { id: 'asc' } });
    // 19 sent 1 s, 2 s, … 19 s after publishing; the e-mail failed.
    for (const [i, d] of push.entries()) await t.db.delivery.update({ where: { id: d.id }, data: { status: 'SENT', sentAt: new Date(publishedAt.getTime() + (i + 1) * 1000) } });
    await t.db.delivery.updateMany({ where: { noticeVersionId: versionId, channel: 'EMAIL' }, data: { status: 'FAILED' } });
    await t.db.noticeViewDay.createMany({ data: [{ noticeId: notice.id, day: new Date('2026-11-20'), views: 40 }, { noticeId: notice.id, day: new Date('2026-11-21'), views: 2 }] });

    const reach = await getNoticeReach(t.db, notice.id);
    expect(reach.channels).toEqual([
      { channel: 'WEB_PUSH', queued: 0, sent: 19, failed: 0, cancelled: 0 },
      { channel: 'EMAIL', queued: 0, sent: 0, failed: 1, cancelled: 0 },
    ]);
    expect(reach.totals).toEqual({ queued: 0, sent: 19, failed: 1, cancelled: 0 });
    expect(reach.withdrawal).toBeNull();
    expect(reach.versions).toEqual([expect.objectContaining({ version: 1, total: 20, sent: 19, msToFirstDelivery: 1000, msTo95Percent: 19_000 })]);
    expect(reach.pageViews).toBe(42);
  });
});
