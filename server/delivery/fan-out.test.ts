import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice, createRumor } from '../testing/fixtures';
import { fanOutNoticeVersion } from './fan-out';
import { createReport, createSubscription, latestVersionId, publishCorrection } from '../testing/delivery';

const t = setupTestDatabase();
const titles = { kk: 'Ақтауда су өшіріледі', ru: 'В Актау отключат воду', en: 'Water will be cut off in Aktau' };
let slugCounter = 0;
const newNotice = (regionCodes = ['KZ-47']) => createPublishedNotice(t.db, { slug: `fanout-${++slugCounter}-${Date.now()}`, verdict: 'FALSE', regionCodes, titles });

async function recipients(versionId: string) {
  const rows = await t.db.delivery.findMany({ where: { noticeVersionId: versionId }, select: { subscriptionId: true, reportId: true, channel: true } });
  return rows;
}

describe('fan-out of a published notice', () => {
  it('reaches subscribers of its regions and of all regions, confirmed e-mail only, and reporters who asked', async () => {
    const { notice, rumor } = await newNotice(['KZ-47']);
    const mangystau = await createSubscription(t.db, { regionCodes: ['KZ-47', 'KZ-75'] });
    const everywhere = await createSubscription(t.db, { regionCodes: [] });
    const almaty = await createSubscription(t.db, { regionCodes: ['KZ-75'] });
    const confirmedMail = await createSubscription(t.db, { channel: 'EMAIL', regionCodes: ['KZ-47'] });
    const unconfirmedMail = await createSubscription(t.db, { channel: 'EMAIL', regionCodes: ['KZ-47'], confirmed: false });
    const stopped = await createSubscription(t.db, { regionCodes: ['KZ-47'], active: false });
    const wantsMail = await createReport(t.db, rumor.id, { wantsFeedback: true, contactKind: 'EMAIL', contact: 'reporter@example.kz' });
    const wantsSms = await createReport(t.db, rumor.id, { wantsFeedback: true, contactKind: 'PHONE', contact: '+77011234567' });
    const silent = await createReport(t.db, rumor.id, { wantsFeedback: false, contactKind: 'EMAIL', contact: 'quiet@example.kz' });

    const versionId = await latestVersionId(t.db, notice.id);
    const result = await fanOutNoticeVersion(t.db, versionId);
    const rows = await recipients(versionId);
    const subscriptionIds = rows.flatMap((r) => (r.subscriptionId ? [r.subscriptionId] : []));
    expect(subscriptionIds).toEqual(expect.arrayContaining([mangystau.id, everywhere.id, confirmedMail.id]));
    expect(subscriptionIds).not.toContain(almaty.id);
    expect(subscriptionIds).not.toContain(unconfirmedMail.id);
    expect(subscriptionIds).not.toContain(stopped.id);
    expect(rows.find((r) => r.reportId === wantsMail.id)?.channel).toBe('EMAIL');
    expect(rows.find((r) => r.reportId === wantsSms.id)?.channel).toBe('SMS');
    expect(rows.some((r) => r.reportId === silent.id)).toBe(false);
    expect(result.reporters).toBe(2);
    expect((await t.db.noticeVersion.findUniqueOrThrow({ where: { id: versionId } })).fanoutDoneAt).not.toBeNull();
  });

  it('is idempotent: a second run and a run after a crash half-way create each delivery once', async () => {
    const { notice } = await newNotice(['KZ-23']);
    const subs = await Promise.all(Array.from({ length: 6 }, () => createSubscription(t.db, { regionCodes: ['KZ-23'] })));
    const versionId = await latestVersionId(t.db, notice.id);
    // The crashed run had written deliveries for the first two subscribers, then died.
    for (const sub of subs.slice(0, 2)) await t.db.delivery.create({ data: { noticeVersionId: versionId, channel: 'WEB_PUSH', subscriptionId: sub.id, nextAttemptAt: new Date() } });
    await fanOutNoticeVersion(t.db, versionId);
    await fanOutNoticeVersion(t.db, versionId);
    const rows = await recipients(versionId);
    const mine = rows.filter((r) => subs.some((s) => s.id === r.subscriptionId));
    expect(mine).toHaveLength(6);
    expect(new Set(mine.map((r) => r.subscriptionId)).size).toBe(6);
  });

  it('a report-bound push subscription hears only about its own rumour (and rumours merged into it)', async () => {
    const { notice, rumor } = await newNotice(['KZ-31']);
    const merged = await createRumor(t.db, 'Дубликат слуха', ['KZ-31'], 'MERGED');
    await t.db.rumor.update({ where: { id: merged.id }, data: { mergedIntoId: rumor.id } });
    const ownReport = await createReport(t.db, rumor.id);
    const mergedReport = await createReport(t.db, merged.id, { wantsFeedback: true, contactKind: 'EMAIL', contact: 'merged@example.kz' });
    const otherRumor = await createRumor(t.db, 'Совсем другой слух', ['KZ-31']);
    const otherReport = await createReport(t.db, otherRumor.id);
    const boundHere = await createSubscription(t.db, { reportId: ownReport.id });
    const boundToMerged = await createSubscription(t.db, { reportId: mergedReport.id });
    const boundElsewhere = await createSubscription(t.db, { reportId: otherReport.id });

    const versionId = await latestVersionId(t.db, notice.id);
    await fanOutNoticeVersion(t.db, versionId);
    const rows = await recipients(versionId);
    const ids = rows.map((r) => r.subscriptionId);
    expect(ids).toContain(boundHere.id);
    expect(ids).toContain(boundToMerged.id);
    expect(ids).not.toContain(boundElsewhere.id);
    expect(rows.some((r) => r.reportId === mergedReport.id)).toBe(true);
  });

  it('a correction re-notifies everyone who got the earlier version, even if they no longer match', async () => {
    const { notice } = await newNotice(['KZ-19']);
    const moved = await createSubscription(t.db, { regionCodes: ['KZ-19'] });
    const failedBefore = await createSubscription(t.db, { regionCodes: ['KZ-19'] });
    const v1 = await latestVersionId(t.db, notice.id);
    await fanOutNoticeVersion(t.db, v1);
    await t.db.delivery.updateMany({ where: { noticeVersionId: v1, subscriptionId: moved.id }, data: { status: 'SENT', sentAt: new Date() } });
    await t.db.delivery.updateMany({ where: { noticeVersionId: v1, subscriptionId: failedBefore.id }, data: { status: 'FAILED' } });
    // The subscriber has since changed their regions; the notice still reaches them as a correction.
    await t.db.subscription.update({ where: { id: moved.id }, data: { regionCodes: ['KZ-75'] } });

    const v2 = await publishCorrection(t.db, notice.id);
    const result = await fanOutNoticeVersion(t.db, v2.id);
    const ids = (await recipients(v2.id)).map((r) => r.subscriptionId);
    expect(ids).toContain(moved.id);
    expect(ids).toContain(failedBefore.id); // still matches the regions
    expect(result.earlierRecipients).toBe(1);
  });

  it('a final notice replacing an interim one reaches those who got the interim notice', async () => {
    const { notice: interim, rumor } = await createPublishedNotice(t.db, { slug: `interim-${Date.now()}`, verdict: 'CHECKING', regionCodes: ['KZ-55'], titles });
    const listener = await createSubscription(t.db, { regionCodes: ['KZ-55'] });
    const interimVersion = await latestVersionId(t.db, interim.id);
    await fanOutNoticeVersion(t.db, interimVersion);
    await t.db.delivery.updateMany({ where: { noticeVersionId: interimVersion }, data: { status: 'SENT', sentAt: new Date() } });
    await t.db.subscription.update({ where: { id: listener.id }, data: { regionCodes: ['KZ-10'] } });

    const final = await t.db.notice.create({
      data: {
        rumorId: rumor.id,
        slug: `final-${Date.now()}`,
        verdict: 'FALSE',
        status: 'PUBLISHED',
        regionCodes: ['KZ-55'],
        currentVersion: 1,
        versions: { create: { version: 1, verdict: 'FALSE', regionCodes: ['KZ-55'], publishedAt: new Date(), translations: { create: [{ language: 'ru', title: 'Итог', summary: 'Ложь', body: 'Ложь', smsText: 'Ложь', searchText: 'итог' }] } } },
      },
      include: { versions: true },
    });
    await t.db.notice.update({ where: { id: interim.id }, data: { supersededById: final.id } });
    await fanOutNoticeVersion(t.db, final.versions[0]!.id);
    expect((await recipients(final.versions[0]!.id)).map((r) => r.subscriptionId)).toContain(listener.id);
  });

  it('a new verdict after a withdrawn one reaches those who were told it was withdrawn', async () => {
    const { notice: first, rumor } = await createPublishedNotice(t.db, { slug: `withdrawn-first-${Date.now()}`, verdict: 'FALSE', regionCodes: ['KZ-55'], titles });
    const listener = await createSubscription(t.db, { regionCodes: ['KZ-55'] });
    const firstVersion = await latestVersionId(t.db, first.id);
    await fanOutNoticeVersion(t.db, firstVersion);
    await t.db.delivery.updateMany({ where: { noticeVersionId: firstVersion }, data: { status: 'SENT', sentAt: new Date() } });
    await t.db.notice.update({ where: { id: first.id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReasonRu: 'Ошибка' } });
    // The listener moved to another region meanwhile; the new verdict still reaches them.
    await t.db.subscription.update({ where: { id: listener.id }, data: { regionCodes: ['KZ-10'] } });
    const second = await t.db.notice.create({
      data: {
        rumorId: rumor.id,
        slug: `second-verdict-${Date.now()}`,
        verdict: 'MISLEADING',
        status: 'PUBLISHED',
        regionCodes: ['KZ-55'],
        currentVersion: 1,
        versions: { create: { version: 1, verdict: 'MISLEADING', regionCodes: ['KZ-55'], publishedAt: new Date(), translations: { create: [{ language: 'ru', title: 'Итог', summary: 'Не совсем', body: 'Не совсем', smsText: 'Не совсем', searchText: 'итог' }] } } },
      },
      include: { versions: true },
    });
    const result = await fanOutNoticeVersion(t.db, second.versions[0]!.id);
    expect((await recipients(second.versions[0]!.id)).map((r) => r.subscriptionId)).toContain(listener.id);
    expect(result.earlierRecipients).toBeGreaterThanOrEqual(1);
  });
});
