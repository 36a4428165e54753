import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { submitReport } from '../reports/submit-report';
import { setupTestDatabase } from '../testing/database';
import { asActor, createPublishedNotice, createStaff } from '../testing/fixtures';
import { RETENTION_DAYS, retentionDaysInput } from './retention';
import { readRetentionDays, updateRetentionDays } from './retention-settings';
import { purgePersonalData } from './purge-personal-data';
import { retentionNotice } from './retention-notice';

const t = setupTestDatabase();
const KEY = Buffer.alloc(32, 5).toString('base64');
const NOW = new Date('2026-12-05T06:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

async function reportWithContact(text: string, receivedAt: Date, rumorId?: string) {
  const { report } = await submitReport(t.db, { clientId: randomUUID(), text, regionCode: 'KZ-47', contact: { kind: 'PHONE', value: '+7 701 555 12 34' } }, { channel: 'API', encryptionKey: KEY });
  await t.db.report.update({ where: { id: report.id }, data: { receivedAt, rumorId: rumorId ?? null, clusteringPending: false, approxLat: 43.65, approxLng: 51.2 } });
  await t.db.storedFile.create({ data: { mimeType: 'image/webp', byteSize: 3, sha256: 'x', data: Buffer.from([1, 2, 3]), reportId: report.id } });
  return report.id;
}

describe('keeping personal data no longer than needed', () => {
  it('removes contacts a month after the verdict (or half a year at most), old photos, locations and the old SMS log, and records only counts', async () => {
    const { notice } = await createPublishedNotice(t.db, { slug: `purge-${randomUUID().slice(0, 8)}`, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Тест', ru: 'Тест', en: 'Test' } });
    await t.db.noticeVersion.updateMany({ where: { noticeId: notice.id }, data: { publishedAt: daysAgo(40) } });
    const toldLongAgo = await reportWithContact('Говорят, в Актау закроют порт (давно проверено)', daysAgo(45), notice.rumorId);
    const stillWaiting = await reportWithContact('Говорят, в Актау нет воды (ждёт ответа)', daysAgo(20));
    const forgotten = await reportWithContact('Говорят, в Жанаозене отключат свет (очень давно)', daysAgo(200));
    await t.db.smsMessage.create({ data: { uuid: randomUUID(), direction: 'INBOUND', status: 'RECEIVED', phoneCipher: 'c', phoneHash: 'h-old', text: 'старое SMS', createdAt: daysAgo(100) } });
    await t.db.smsMessage.create({ data: { uuid: randomUUID(), direction: 'INBOUND', status: 'RECEIVED', phoneCipher: 'c', phoneHash: 'h-new', text: 'свежее SMS', createdAt: daysAgo(10) } });

    const counts = await purgePersonalData(t.db, NOW);

    const contact = async (id: string) => (await t.db.report.findUniqueOrThrow({ where: { id }, select: { contactCipher: true, wantsFeedback: true } })).contactCipher;
    expect(await contact(toldLongAgo)).toBeNull();
    expect(await contact(forgotten)).toBeNull();
    expect(await contact(stillWaiting)).not.toBeNull();
    const photos = async (id: string) => t.db.storedFile.count({ where: { reportId: id } });
    expect(await photos(forgotten)).toBe(0);
    expect(await photos(stillWaiting)).toBe(1);
    expect((await t.db.report.findUniqueOrThrow({ where: { id: forgotten } })).approxLat).toBeNull();
    expect(await t.db.smsMessage.count({ where: { phoneHash: 'h-old' } })).toBe(0);
    expect(await t.db.smsMessage.count({ where: { phoneHash: 'h-new' } })).toBe(1);
    expect(counts).toMatchObject({ contacts: 2, reportPhotos: 1, locations: 1, smsMessages: 1 });

    // The trail says how much, never what or whose.
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'privacy.purged' }, orderBy: { id: 'desc' } });
    expect(audit.after).toMatchObject({ contacts: 2, smsMessages: 1 });
    expect(JSON.stringify(audit.after)).not.toMatch(/701|SMS|Актау/);

    // Nothing left to remove: nothing recorded.
    const again = await purgePersonalData(t.db, NOW);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect(await t.db.auditEvent.count({ where: { action: 'privacy.purged' } })).toBe(1);
  });
});

describe('retention periods an admin sets', () => {
  it('are bounded, audited, refused to non-admins, and what the purge applies — conversation contacts included', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    expect(await readRetentionDays(t.db)).toEqual(RETENTION_DAYS);
    await expect(updateRetentionDays(t.db, moderator, { ...RETENTION_DAYS, smsLog: 30 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const problems = (input: object) => retentionDaysInput.safeParse(input).error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(problems({ ...RETENTION_DAYS, smsLog: 3 })).toEqual(['smsLog:retentionDaysInvalid']);
    expect(problems({ ...RETENTION_DAYS, smsLog: 10.5 })).toEqual(['smsLog:retentionDaysInvalid']);
    expect(problems({ ...RETENTION_DAYS, contactAfterVerdict: 60, contactAtMost: 45 })).toEqual(['contactAtMost:contactAtMostBelowAfterVerdict']);

    const saved = await updateRetentionDays(t.db, admin, { ...RETENTION_DAYS, smsLog: 14, channelContacts: 30 });
    expect(await readRetentionDays(t.db)).toEqual(saved);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'setting.retention_updated' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { smsLog: 90 }, after: { smsLog: 14, channelContacts: 30 } });

    // An SMS of 20 days ago: kept under the default 90 days, gone under 14.
    await t.db.smsMessage.create({ data: { uuid: randomUUID(), direction: 'INBOUND', status: 'RECEIVED', phoneCipher: 'c', phoneHash: 'h-20', text: 'SMS', createdAt: daysAgo(20) } });
    // Who wrote 40 days ago: forgotten under 30 days — unless subscribed.
    const quiet = await t.db.channelContact.create({ data: { channel: 'SMS', addressHash: `quiet-${randomUUID()}`, addressCipher: 'c', language: 'kk', updatedAt: daysAgo(40) } });
    const subscribed = await t.db.channelContact.create({ data: { channel: 'SMS', addressHash: `sub-${randomUUID()}`, addressCipher: 'c', language: 'ru', updatedAt: daysAgo(40) } });
    await t.db.subscription.create({ data: { channel: 'SMS', addressHash: subscribed.addressHash, addressCipher: 'c', language: 'ru', regionCodes: ['KZ-47'], confirmed: true, unsubscribeToken: randomUUID() } });
    const recent = await t.db.channelContact.create({ data: { channel: 'TELEGRAM', addressHash: `recent-${randomUUID()}`, addressCipher: 'c', updatedAt: daysAgo(5) } });
    const counts = await purgePersonalData(t.db, NOW, await readRetentionDays(t.db));
    expect(await t.db.smsMessage.count({ where: { phoneHash: 'h-20' } })).toBe(0);
    const left = new Set((await t.db.channelContact.findMany({ where: { id: { in: [quiet.id, subscribed.id, recent.id] } }, select: { id: true } })).map((c) => c.id));
    expect(left).toEqual(new Set([subscribed.id, recent.id]));
    expect(counts).toMatchObject({ smsMessages: 1, channelContacts: 1 });
  });

  it('shorter periods remove more and longer ones keep what the defaults would remove — contacts, the SMS log with its SMPP parts, Telegram resend guards, unfinished SMS parts', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const { notice } = await createPublishedNotice(t.db, { slug: `purge-set-${randomUUID().slice(0, 8)}`, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Тест', ru: 'Тест', en: 'Test' } });
    await t.db.noticeVersion.updateMany({ where: { noticeId: notice.id }, data: { publishedAt: daysAgo(10) } });
    // Told 10 days ago: kept under the default 30 days after the verdict, gone once an admin sets 7.
    const toldRecently = await reportWithContact('Говорят, в Актау закроют школы (проверено)', daysAgo(12), notice.rumorId);
    // 200 days old without a verdict: gone under the default 180 days at most, kept once an admin sets 365.
    const old = await reportWithContact('Говорят, в Актау будет землетрясение (давно)', daysAgo(200));
    const sent = await t.db.smsMessage.create({ data: { uuid: randomUUID(), direction: 'OUTBOUND', status: 'SENT', route: 'SMPP', phoneCipher: 'c', phoneHash: 'h-smpp-20', text: 'ответ', createdAt: daysAgo(20) } });
    await t.db.smppPart.create({ data: { smsMessageId: sent.id, partNumber: 1, partsTotal: 1, concatRef: 7, status: 'DELIVERED', smscMessageId: 'smsc-20' } });
    await t.db.telegramUpdate.create({ data: { updateId: 9_000_001n, receivedAt: daysAgo(3) } });
    await t.db.smppInboundPart.create({ data: { groupKey: 'g-1', partNumber: 1, partsTotal: 2, text: 'половина', phoneCipher: 'c', destination: '1414', receivedAt: daysAgo(1.5) } });

    await updateRetentionDays(t.db, admin, { ...RETENTION_DAYS, contactAfterVerdict: 7, contactAtMost: 365, smsLog: 14, telegramUpdates: 2, smppInboundParts: 1 });
    const days = await readRetentionDays(t.db);
    const counts = await purgePersonalData(t.db, NOW, days);

    const contactOf = async (id: string) => (await t.db.report.findUniqueOrThrow({ where: { id }, select: { contactCipher: true } })).contactCipher;
    expect(await contactOf(toldRecently)).toBeNull();
    expect(await contactOf(old)).not.toBeNull();
    expect(await t.db.smsMessage.count({ where: { phoneHash: 'h-smpp-20' } })).toBe(0);
    expect(await t.db.smppPart.count({ where: { smscMessageId: 'smsc-20' } })).toBe(0);
    expect(await t.db.telegramUpdate.count({ where: { updateId: 9_000_001n } })).toBe(0);
    expect(await t.db.smppInboundPart.count({ where: { groupKey: 'g-1' } })).toBe(0);
    expect(counts).toMatchObject({ contacts: 1, smsMessages: 1, telegramUpdates: 1, smppInboundParts: 1 });
    // What the privacy page states is what was applied; the purge's trail holds counts only.
    expect(retentionNotice(days)).toMatchObject({ contactAfterVerdictDays: 7, contactAtMostDays: 365, smsLogDays: 14, telegramUpdatesDays: 2 });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'privacy.purged' }, orderBy: { id: 'desc' } });
    expect(audit.after).toEqual(counts);
  });
});

describe('retention periods saved before a kind of data was added', () => {
  it('keep what the admin chose, and the new kind takes its default', async () => {
    const { auditDetails: _added, ...savedEarlier } = { ...RETENTION_DAYS, smsLog: 21 };
    await t.db.setting.upsert({ where: { key: 'privacy.retention' }, create: { key: 'privacy.retention', value: savedEarlier }, update: { value: savedEarlier } });
    expect(await readRetentionDays(t.db)).toEqual({ ...RETENTION_DAYS, smsLog: 21, auditDetails: RETENTION_DAYS.auditDetails });
  });
});
