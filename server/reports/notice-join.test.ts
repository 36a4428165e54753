// A report that "already checked?" answered with a notice it was sure of is a sighting of that
// notice's rumour (the automatic "yes, this is what I heard"), even when clustering alone would not
// find the rumour any more (last seen before the clustering window), and the join is marked in
// the rumour's history as made through the notice.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { clusterPendingReports, CONFIDENT_NOTICE_MATCH } from './cluster-pending-reports';
import { submitReport } from './submit-report';

const t = setupTestDatabase();
const KEY = Buffer.alloc(32, 4).toString('base64');

describe('a report sure of a notice', () => {
  it('joins the notice’s rumour last seen two months ago, marked as joined through the notice', async () => {
    const { rumor } = await createPublishedNotice(t.db, {
      slug: 'zhanatas-bridge-closed',
      verdict: 'FALSE',
      regionCodes: ['KZ-31'],
      titles: { kk: 'Жаңатастағы көпір жабылмайды', ru: 'Мост в Жанатасе не закрывают', en: 'The bridge in Zhanatas is not being closed' },
    });
    const longAgo = new Date(Date.now() - 60 * 86_400_000);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { firstSeenAt: longAgo, lastSeenAt: longAgo } });

    const { report } = await submitReport(t.db, { clientId: randomUUID(), text: 'Жаңатастағы көпір жабылады дейді', regionCode: 'KZ-31' }, { channel: 'API', encryptionKey: KEY });
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id }, select: { intakeMatches: true } });
    const top = (stored.intakeMatches as { slug: string; score: number }[])[0];
    expect(top?.slug).toBe('zhanatas-bridge-closed');
    expect(top!.score).toBeGreaterThanOrEqual(CONFIDENT_NOTICE_MATCH);

    await clusterPendingReports(t.db);
    expect((await t.db.report.findUniqueOrThrow({ where: { id: report.id } })).rumorId).toBe(rumor.id);
    const clustered = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'report.clustered', entityId: report.id } });
    expect(clustered.after).toMatchObject({ rumorId: rumor.id, via: 'notice' });
  });

  it('starts a rumour of its own when "already checked?" was not sure', async () => {
    const { rumor } = await createPublishedNotice(t.db, {
      slug: 'taraz-market-fire',
      verdict: 'FALSE',
      regionCodes: ['KZ-31'],
      titles: { kk: 'Тараздағы базар өртенген жоқ', ru: 'Рынок в Таразе не горел', en: 'The market in Taraz did not burn' },
    });
    const longAgo = new Date(Date.now() - 60 * 86_400_000);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { firstSeenAt: longAgo, lastSeenAt: longAgo } });
    const { report } = await submitReport(t.db, { clientId: randomUUID(), text: 'В Таразе завтра отключат свет на весь день', regionCode: 'KZ-31' }, { channel: 'API', encryptionKey: KEY });
    await clusterPendingReports(t.db);
    expect((await t.db.report.findUniqueOrThrow({ where: { id: report.id } })).rumorId).not.toBe(rumor.id);
  });
});
