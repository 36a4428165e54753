// Daily and weekly digests on real PostgreSQL: a generated period whose digests hold exactly the
// notices of that period and the subscriber's regions; written once however often (and however
// concurrently) the job runs; nothing for an empty period; sent through the delivery engine as one
// mail with Message-ID and List-Unsubscribe; and a withdrawal of a notice a digest listed reaches
// its recipient at once, exactly once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { withdrawNotice } from '../notices/withdraw-notice';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { createSubscription } from '../testing/delivery';
import { asActor, createPublishedNotice, createStaff } from '../testing/fixtures';
import { composeDigests, composeDueDigests, latestDigestPeriod, type DigestPeriod } from './digest';
import { emailSender } from './email-sender';
import { fanOutNoticeVersion } from './fan-out';
import { mailsSentInTests } from './mailer';
import { getNoticeReach } from './reach';
import { runDeliveryBatch } from './run-delivery-batch';
import { fanOutNoticeWithdrawal } from './withdrawal-fan-out';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();
const senders = { EMAIL: emailSender };
const noEffects = { enqueueFanout: async () => null, enqueueWithdrawalFanout: async () => null };
const HOUR = 3_600_000;

let moderator: Actor;
beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47', 'KZ-75', 'KZ-11', 'KZ-35']));
});

let counter = 0;
/** A published notice whose version 1 went out at `publishedAt`. */
async function noticeAt(db: Db, publishedAt: Date, regionCodes: string[], tag: string) {
  const titles = { kk: `${tag} қазақша`, ru: `${tag} по-русски`, en: `${tag} in English` };
  const { notice } = await createPublishedNotice(db, { slug: `digest-${++counter}-${Date.now()}`, verdict: 'FALSE', regionCodes, titles });
  await db.noticeVersion.updateMany({ where: { noticeId: notice.id }, data: { publishedAt, fanoutDoneAt: publishedAt } });
  const version = await db.noticeVersion.findFirstOrThrow({ where: { noticeId: notice.id }, select: { id: true } });
  return { noticeId: notice.id, versionId: version.id, titles };
}

/** A correction (version 2) of a notice, published at `publishedAt`. */
async function correctionAt(db: Db, noticeId: string, publishedAt: Date) {
  const v1 = await db.noticeVersion.findFirstOrThrow({ where: { noticeId, version: 1 }, include: { translations: true } });
  const v2 = await db.noticeVersion.create({
    data: {
      noticeId,
      version: 2,
      verdict: v1.verdict,
      regionCodes: v1.regionCodes,
      changeNote: 'Уточнили',
      publishedAt,
      fanoutDoneAt: publishedAt,
      translations: { create: v1.translations.map(({ id: _id, noticeVersionId: _v, ...tr }) => ({ ...tr, title: `${tr.title} (v2)` })) },
    },
  });
  await db.notice.update({ where: { id: noticeId }, data: { currentVersion: 2, lastPublishedAt: publishedAt } });
  return v2.id;
}

/** A subscriber as the subscribe flow leaves one, subscribed before the period. */
async function subscriber(db: Db, options: { cadence: 'IMMEDIATE' | 'DAILY' | 'WEEKLY'; regionCodes: string[]; channel?: 'EMAIL' | 'TELEGRAM' | 'WEB_PUSH'; language?: Language; address?: string; since: Date }) {
  const sub = await createSubscription(db, { channel: options.channel ?? 'EMAIL', regionCodes: options.regionCodes, language: options.language, address: options.address });
  return db.subscription.update({ where: { id: sub.id }, data: { cadence: options.cadence, createdAt: options.since, confirmedAt: options.since } });
}

async function listed(db: Db, subscriptionId: string, period: DigestPeriod): Promise<string[]> {
  const digest = await db.digest.findUnique({ where: { subscriptionId_periodEnd: { subscriptionId, periodEnd: period.end } }, select: { items: { select: { noticeVersionId: true } } } });
  return digest ? digest.items.map((i) => i.noticeVersionId).sort() : [];
}

describe('digest periods', () => {
  it('end at 08:00 Kazakhstan time (weekly: on Mondays), the latest that has ended', () => {
    // 2026-03-10 is a Tuesday; 05:00 UTC is 10:00 in Almaty.
    expect(latestDigestPeriod('DAILY', new Date('2026-03-10T05:00:00Z'))).toMatchObject({ start: new Date('2026-03-09T03:00:00Z'), end: new Date('2026-03-10T03:00:00Z') });
    // 02:59 UTC is 07:59 in Almaty: today's digest is not due yet.
    expect(latestDigestPeriod('DAILY', new Date('2026-03-10T02:59:00Z')).end).toEqual(new Date('2026-03-09T03:00:00Z'));
    // 20:00 UTC on Sunday 2026-03-15 is already Monday 01:00 in Almaty, before 08:00.
    expect(latestDigestPeriod('DAILY', new Date('2026-03-15T20:00:00Z')).end).toEqual(new Date('2026-03-15T03:00:00Z'));
    expect(latestDigestPeriod('WEEKLY', new Date('2026-03-10T05:00:00Z'))).toMatchObject({ start: new Date('2026-03-02T03:00:00Z'), end: new Date('2026-03-09T03:00:00Z') });
    expect(latestDigestPeriod('WEEKLY', new Date('2026-03-09T03:00:00Z')).end).toEqual(new Date('2026-03-09T03:00:00Z'));
    expect(latestDigestPeriod('WEEKLY', new Date('2026-03-09T02:59:59Z')).end).toEqual(new Date('2026-03-02T03:00:00Z'));
  });
});

describe('composing digests', () => {
  it('a digest holds exactly the notices published or corrected in the period and the subscriber’s regions', async () => {
    const period = latestDigestPeriod('DAILY', new Date('2026-03-10T05:00:00Z'));
    const inside = (hours: number) => new Date(period.start.getTime() + hours * HOUR);
    const before = new Date(period.start.getTime() - HOUR);

    const since = new Date(period.start.getTime() - 48 * HOUR);
    const mangystau = await subscriber(t.db, { cadence: 'DAILY', regionCodes: ['KZ-47'], since });
    const everywhere = await subscriber(t.db, { cadence: 'DAILY', regionCodes: [], channel: 'TELEGRAM', since });
    const quietRegion = await subscriber(t.db, { cadence: 'DAILY', regionCodes: ['KZ-11'], since });
    const weekly = await subscriber(t.db, { cadence: 'WEEKLY', regionCodes: ['KZ-47'], since });
    const atOnce = await subscriber(t.db, { cadence: 'IMMEDIATE', regionCodes: ['KZ-47'], since });
    const tooLate = await subscriber(t.db, { cadence: 'DAILY', regionCodes: ['KZ-47'], since: new Date(period.end.getTime() + HOUR) });

    const a = await noticeAt(t.db, inside(2), ['KZ-47'], 'A');
    const old = await noticeAt(t.db, before, ['KZ-47'], 'Old');
    const almaty = await noticeAt(t.db, inside(3), ['KZ-75'], 'Almaty');
    const corrected = await noticeAt(t.db, inside(1), ['KZ-47'], 'Corrected');
    const correctedV2 = await correctionAt(t.db, corrected.noticeId, inside(5));
    const correctedOld = await noticeAt(t.db, before, ['KZ-47'], 'CorrectedOld');
    const correctedOldV2 = await correctionAt(t.db, correctedOld.noticeId, inside(6));
    const withdrawn = await noticeAt(t.db, inside(4), ['KZ-47'], 'Withdrawn');
    await withdrawNotice(t.db, moderator, { noticeId: withdrawn.noticeId, reasons: { ru: 'Ошибка' } }, noEffects);
    const urgent = await noticeAt(t.db, inside(7), ['KZ-47'], 'Urgent');
    // The urgent one already reached the Mangystau subscriber at once.
    await t.db.delivery.create({ data: { noticeVersionId: urgent.versionId, channel: 'EMAIL', subscriptionId: mangystau.id, status: 'SENT', sentAt: inside(7) } });
    const afterEnd = await noticeAt(t.db, new Date(period.end.getTime() + 1), ['KZ-47'], 'AfterEnd');

    const result = await composeDigests(t.db, period);
    expect(result.digests).toBe(2);

    expect(await listed(t.db, mangystau.id, period)).toEqual([a.versionId, correctedV2, correctedOldV2].sort());
    expect(await listed(t.db, everywhere.id, period)).toEqual([a.versionId, almaty.versionId, correctedV2, correctedOldV2, urgent.versionId].sort());
    for (const none of [quietRegion, weekly, atOnce, tooLate]) expect(await t.db.digest.count({ where: { subscriptionId: none.id } })).toBe(0);
    for (const notListed of [old.versionId, afterEnd.versionId, withdrawn.versionId]) expect(await t.db.digestItem.count({ where: { noticeVersionId: notListed } })).toBe(0);

    // One delivery per digest, on the subscriber's channel, due now.
    const deliveries = await t.db.delivery.findMany({ where: { digest: { periodEnd: period.end } }, select: { channel: true, subscriptionId: true, status: true, noticeVersionId: true } });
    expect(deliveries.map((d) => [d.subscriptionId, d.channel]).sort()).toEqual([[mangystau.id, 'EMAIL'], [everywhere.id, 'TELEGRAM']].sort());
    expect(deliveries.every((d) => d.status === 'QUEUED' && d.noticeVersionId === null)).toBe(true);
    // The tests below count who is reached; these subscribers have done their part.
    await t.db.subscription.updateMany({ where: { id: { in: [mangystau.id, everywhere.id, quietRegion.id, weekly.id, atOnce.id, tooLate.id] } }, data: { active: false } });
  });

  it('is written once per subscription and period when the job runs twice at the same time, and again later', async () => {
    const period = latestDigestPeriod('WEEKLY', new Date('2026-04-08T05:00:00Z'));
    const since = new Date(period.start.getTime() - 24 * HOUR);
    const subs = await Promise.all(Array.from({ length: 5 }, () => subscriber(t.db, { cadence: 'WEEKLY', regionCodes: ['KZ-35'], since })));
    await noticeAt(t.db, new Date(period.start.getTime() + 30 * HOUR), ['KZ-35'], 'Twice');

    const [first, second] = await Promise.all([composeDigests(t.db, period), composeDigests(t.db, period)]);
    expect(first.digests + second.digests).toBe(5);
    const third = await composeDueDigests(t.db, new Date(period.end.getTime() + 10 * HOUR));
    expect(third.find((r) => r.period.cadence === 'WEEKLY')).toMatchObject({ digests: 0 });

    for (const sub of subs) {
      expect(await t.db.digest.count({ where: { subscriptionId: sub.id } })).toBe(1);
      expect(await t.db.delivery.count({ where: { subscriptionId: sub.id } })).toBe(1);
    }
  });

  it('writes nothing for a period without notices', async () => {
    const period = latestDigestPeriod('DAILY', new Date('2026-05-20T05:00:00Z'));
    const sub = await subscriber(t.db, { cadence: 'DAILY', regionCodes: [], since: new Date(period.start.getTime() - 24 * HOUR) });
    expect(await composeDigests(t.db, period)).toMatchObject({ digests: 0, items: 0 });
    expect(await t.db.digest.count({ where: { subscriptionId: sub.id } })).toBe(0);
    await t.db.subscription.update({ where: { id: sub.id }, data: { active: false } });
  });
});

describe('digests and the rest of the delivery engine', () => {
  it('a normal notice waits for the digest; an urgent one goes out at once to digest subscribers too', async () => {
    const now = new Date();
    const digestSub = await subscriber(t.db, { cadence: 'DAILY', regionCodes: ['KZ-11'], since: new Date(now.getTime() - 48 * HOUR) });
    const atOnceSub = await subscriber(t.db, { cadence: 'IMMEDIATE', regionCodes: ['KZ-11'], since: new Date(now.getTime() - 48 * HOUR) });
    const normal = await noticeAt(t.db, now, ['KZ-11'], 'Normal');
    const urgent = await noticeAt(t.db, now, ['KZ-11'], 'UrgentNow');
    await t.db.noticeVersion.update({ where: { id: urgent.versionId }, data: { urgency: 'URGENT' } });
    await fanOutNoticeVersion(t.db, normal.versionId);
    await fanOutNoticeVersion(t.db, urgent.versionId);
    const reached = async (versionId: string) => (await t.db.delivery.findMany({ where: { noticeVersionId: versionId }, select: { subscriptionId: true } })).map((d) => d.subscriptionId);
    const mine = (ids: (string | null)[]) => ids.filter((id) => id === atOnceSub.id || id === digestSub.id).sort();
    expect(mine(await reached(normal.versionId))).toEqual([atOnceSub.id]);
    expect(mine(await reached(urgent.versionId))).toEqual([atOnceSub.id, digestSub.id].sort());

    // The next digest lists the normal one but not the urgent one the subscriber already got.
    const period = latestDigestPeriod('DAILY', new Date(now.getTime() + 24 * HOUR));
    await composeDigests(t.db, period);
    expect(await listed(t.db, digestSub.id, period)).toEqual([normal.versionId]);
  });

  it('sends one mail per digest, newest first, in the subscriber’s language, with Message-ID and List-Unsubscribe; a withdrawal of a listed notice reaches its recipient at once, once', async () => {
    const period = latestDigestPeriod('DAILY', new Date('2026-06-10T05:00:00Z'));
    const inside = (hours: number) => new Date(period.start.getTime() + hours * HOUR);
    const address = `digest-${Date.now()}@example.kz`;
    const sub = await subscriber(t.db, { cadence: 'DAILY', regionCodes: ['KZ-75'], language: 'kk', address, since: new Date(period.start.getTime() - 24 * HOUR) });
    const older = await noticeAt(t.db, inside(1), ['KZ-75'], 'Older');
    const newer = await noticeAt(t.db, inside(9), ['KZ-75'], 'Newer');
    const fixed = await noticeAt(t.db, inside(2), ['KZ-75'], 'Fixed');
    await correctionAt(t.db, fixed.noticeId, inside(5));
    await composeDigests(t.db, period);

    const sentBefore = mailsSentInTests().length;
    const batch = await runDeliveryBatch(t.db, { senders });
    expect(batch.sent).toBeGreaterThanOrEqual(1);
    const mails = mailsSentInTests().slice(sentBefore).filter((m) => m.to === address);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    // Kazakh words and Kazakh date formatting (the project's own, not the runtime's locale data).
    expect(mail.subject).toBe('Raspa күнделікті дайджесті: 2026 ж. 10 маусым');
    expect(mail.text).toContain('Хабарламалар саны: 3');
    expect(mail.text).toContain('Жарияланды: 2026 ж. 09 мау., 17:00');
    const order = ['Newer', 'Fixed', 'Older'].map((tag) => mail.text.indexOf(`${tag} қазақша`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(mail.text).toContain('[Түзетілді] Жалған: Fixed қазақша (v2)');
    expect(mail.text).toContain(`/kk/notices/`);
    expect(mail.messageId).toMatch(/^<delivery\.[0-9a-f-]+@/);
    expect(mail.headers?.['List-Unsubscribe']).toContain(sub.unsubscribeToken);
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.html).not.toContain('<script');

    // The reach of a listed notice counts the digest once; the speed figures leave it out.
    const reach = await getNoticeReach(t.db, newer.noticeId);
    expect(reach.totals.sent).toBe(1);
    expect(reach.channels).toEqual([{ channel: 'EMAIL', queued: 0, sent: 1, failed: 0, cancelled: 0 }]);
    expect(reach.versions[0]).toMatchObject({ total: 0 });

    // The newer notice is withdrawn: the digest's recipient is told at once, exactly once.
    await withdrawNotice(t.db, moderator, { noticeId: newer.noticeId, reasons: { kk: 'Хабарламада қате бар', ru: 'В сообщении ошибка' } }, noEffects);
    expect(await fanOutNoticeWithdrawal(t.db, newer.noticeId)).toMatchObject({ recipients: 1, inFlight: 0 });
    expect(await fanOutNoticeWithdrawal(t.db, newer.noticeId)).toMatchObject({ recipients: 0 });
    const withdrawals = await t.db.delivery.findMany({ where: { kind: 'WITHDRAWAL', noticeVersion: { noticeId: newer.noticeId } }, select: { subscriptionId: true, channel: true } });
    expect(withdrawals).toEqual([{ subscriptionId: sub.id, channel: 'EMAIL' }]);
    const beforeWithdrawalMail = mailsSentInTests().length;
    await runDeliveryBatch(t.db, { senders });
    const withdrawalMails = mailsSentInTests().slice(beforeWithdrawalMail).filter((m) => m.to === address);
    expect(withdrawalMails).toHaveLength(1);
    expect(withdrawalMails[0]!.subject).toContain('Newer қазақша');
    expect(withdrawalMails[0]!.text).toContain('Хабарламада қате бар');
    // The notice that was not withdrawn tells no one anything.
    await withdrawNotice(t.db, moderator, { noticeId: older.noticeId, reasons: { ru: 'Ошибка' } }, noEffects);
    expect(await fanOutNoticeWithdrawal(t.db, older.noticeId)).toMatchObject({ recipients: 1 });
  });

  it('a notice withdrawn before its digest went out is left out of it, and needs no withdrawal message', async () => {
    const period = latestDigestPeriod('DAILY', new Date('2026-07-10T05:00:00Z'));
    const inside = (hours: number) => new Date(period.start.getTime() + hours * HOUR);
    const address = `digest-late-${Date.now()}@example.kz`;
    const sub = await subscriber(t.db, { cadence: 'DAILY', regionCodes: ['KZ-47'], address, since: new Date(period.start.getTime() - 24 * HOUR) });
    const kept = await noticeAt(t.db, inside(1), ['KZ-47'], 'Kept');
    const gone = await noticeAt(t.db, inside(2), ['KZ-47'], 'Gone');
    const alone = await subscriber(t.db, { cadence: 'DAILY', regionCodes: ['KZ-11'], address: `alone-${Date.now()}@example.kz`, since: new Date(period.start.getTime() - 24 * HOUR) });
    const onlyOne = await noticeAt(t.db, inside(3), ['KZ-11'], 'OnlyOne');
    await composeDigests(t.db, period);
    await withdrawNotice(t.db, moderator, { noticeId: gone.noticeId, reasons: { ru: 'Ошибка' } }, noEffects);
    await withdrawNotice(t.db, moderator, { noticeId: onlyOne.noticeId, reasons: { ru: 'Ошибка' } }, noEffects);
    expect(await listed(t.db, sub.id, period)).toEqual([kept.versionId]);

    const sentBefore = mailsSentInTests().length;
    await runDeliveryBatch(t.db, { senders });
    const mails = mailsSentInTests().slice(sentBefore);
    const mine = mails.filter((m) => m.to === address);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toContain('Kept по-русски');
    expect(mine[0]!.text).not.toContain('Gone');
    // A digest whose every notice was withdrawn is not sent at all.
    expect(mails.filter((m) => m.to.startsWith('alone-'))).toHaveLength(0);
    expect((await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: alone.id } })).status).toBe('CANCELLED');
    expect(await fanOutNoticeWithdrawal(t.db, gone.noticeId)).toMatchObject({ recipients: 0, inFlight: 0 });
  });
});
