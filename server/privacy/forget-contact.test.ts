import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { submitReport } from '../reports/submit-report';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { forgetReportContact } from './forget-contact';

const t = setupTestDatabase();
const KEY = Buffer.alloc(32, 7).toString('base64');

async function reportWithContact(text: string) {
  const { report } = await submitReport(t.db, { clientId: randomUUID(), text, regionCode: 'KZ-47', contact: { kind: 'PHONE', value: '+7 701 555 12 34' } }, { channel: 'API', encryptionKey: KEY });
  return report;
}

describe('"forget my contact" with a tracking code', () => {
  it('deletes the report’s contact, its push subscription, its unsent verdict messages and the SMS that brought it, and audits only how much', async () => {
    const report = await reportWithContact('Говорят, в Актау закроют школы на карантин');
    const other = await reportWithContact('Говорят, в Актау закроют рынок');
    const { notice } = await createPublishedNotice(t.db, { slug: `forget-${randomUUID().slice(0, 8)}`, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Тест', ru: 'Тест', en: 'Test' } });
    const version = await t.db.noticeVersion.findFirstOrThrow({ where: { noticeId: notice.id } });
    await t.db.delivery.create({ data: { noticeVersionId: version.id, channel: 'SMS', reportId: report.id } });
    await t.db.delivery.create({ data: { noticeVersionId: version.id, channel: 'SMS', reportId: other.id } });
    await t.db.subscription.create({ data: { channel: 'WEB_PUSH', regionCodes: [], language: 'ru', confirmed: true, addressCipher: 'sealed-endpoint', addressHash: `h-${randomUUID()}`, unsubscribeToken: randomUUID(), reportId: report.id } });
    await t.db.smsMessage.create({ data: { uuid: randomUUID(), direction: 'INBOUND', status: 'RECEIVED', phoneCipher: 'c', phoneHash: 'h-forget', text: 'Говорят, в Актау…', reportId: report.id } });

    // Typed as a reporter might: small letters, Cyrillic look-alikes, no dash.
    const removed = await forgetReportContact(t.db, report.trackingCode.toLowerCase());

    expect(removed).toEqual({ contact: true, pushSubscriptions: 1, queuedDeliveries: 1, smsMessages: 1 });
    const after = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(after).toMatchObject({ contactCipher: null, contactKind: null, wantsFeedback: false });
    expect(after.text).toContain('школы'); // the report itself stays
    expect(await t.db.subscription.count({ where: { reportId: report.id } })).toBe(0);
    expect(await t.db.delivery.findFirst({ where: { reportId: report.id }, select: { status: true } })).toEqual({ status: 'CANCELLED' });
    expect(await t.db.smsMessage.count({ where: { phoneHash: 'h-forget' } })).toBe(0);
    // Another reporter's contact and messages are untouched.
    expect((await t.db.report.findUniqueOrThrow({ where: { id: other.id } })).contactCipher).not.toBeNull();
    expect(await t.db.delivery.findFirst({ where: { reportId: other.id }, select: { status: true } })).toEqual({ status: 'QUEUED' });

    const events = await t.db.auditEvent.findMany({ where: { action: 'report.contact_forgotten', entityId: report.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, actorLabel: 'citizen', before: null, after: { contact: true, pushSubscriptions: 1, queuedDeliveries: 1, smsMessages: 1 } });
    expect(JSON.stringify({ before: events[0]!.before, after: events[0]!.after })).not.toMatch(/701|555|Актау/);

    // Asked again: nothing left, nothing more recorded.
    expect(await forgetReportContact(t.db, report.trackingCode)).toEqual({ contact: false, pushSubscriptions: 0, queuedDeliveries: 0, smsMessages: 0 });
    expect(await t.db.auditEvent.count({ where: { action: 'report.contact_forgotten', entityId: report.id } })).toBe(1);
  });

  it('answers an unknown code like a report without contact, and refuses only a malformed one', async () => {
    const before = await t.db.auditEvent.count({ where: { action: 'report.contact_forgotten' } });
    expect(await forgetReportContact(t.db, 'ZZZZ-ZZZZ')).toEqual({ contact: false, pushSubscriptions: 0, queuedDeliveries: 0, smsMessages: 0 });
    expect(await forgetReportContact(t.db, 'not a code')).toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: 'report.contact_forgotten' } })).toBe(before);
  });
});
