// SMSSync conformance: every request shape the SMSSync app (and Ushahidi's server) uses, form-encoded
// and JSON, against the real endpoint handler and a real database.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleSmssyncRequest } from '../../api/smssync';
import { serverEnv } from '../../config/env';
import { decryptText } from '../../crypto/secret-box';
import type { Actor } from '../../policy';
import { setupTestDatabase } from '../../testing/database';
import { clusterPendingReports } from '../../reports/cluster-pending-reports';
import { createPublishedNotice, createStaff } from '../../testing/fixtures';
import { ENDPOINT, FakeGatewayPhone, smssyncDeps } from '../../testing/fake-smssync-phone';
import { createGatewaySecret, listGatewaySecrets, revokeGatewaySecret } from './gateway-secrets';
import { listGatewayPhones, listSmsLog } from './message-log';
import { HAND_OUT_TIMEOUT_MS, outboundSmsRow, SEND_BATCH_LIMIT } from './outbox';

const t = setupTestDatabase();
const KEY = serverEnv().RASPA_ENCRYPTION_KEY;
let secret: string;
let admin: Actor;

const call = (request: Request, now?: Date) => handleSmssyncRequest(request, { ...smssyncDeps(t.db), ...(now ? { now: () => now } : {}) });
const form = (fields: Record<string, string>, query = '') =>
  new Request(`${ENDPOINT}${query}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
const json = (body: unknown, query = '') => new Request(`${ENDPOINT}${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const inbound = (overrides: Record<string, string> = {}) => ({
  from: '+77011112233',
  message: 'Говорят, что в Актау завтра отключат воду во всём городе',
  message_id: randomUUID(),
  sent_timestamp: String(Date.now()),
  sent_to: '+77010000001',
  device_id: 'conformance-phone',
  secret,
  ...overrides,
});

async function queueOutbound(count: number, createdAt = new Date()) {
  const uuids: string[] = [];
  for (let i = 0; i < count; i++) {
    const uuid = randomUUID();
    uuids.push(uuid);
    await t.db.smsMessage.create({ data: { ...outboundSmsRow({ uuid, phone: `+7702000${String(i).padStart(4, '0')}`, text: `Test ${i}` }, KEY), createdAt } });
  }
  return uuids;
}

beforeAll(async () => {
  const user = await createStaff(t.db, 'ADMIN', []);
  admin = { id: user.id, name: user.name, role: 'ADMIN', regionCodes: [], nationalQueue: false, canViewContacts: true };
  secret = (await createGatewaySecret(t.db, admin, { label: 'Conformance phone' })).secret;
});

describe('secrets', () => {
  it('refuses a wrong or missing secret with 403 in the payload shape', async () => {
    for (const request of [form(inbound({ secret: 'wrong' })), form({ ...inbound(), secret: '' }), new Request(`${ENDPOINT}?task=send`), new Request(`${ENDPOINT}?task=send&secret=nope`), json({ message_result: [] }, '?task=result')]) {
      const response = await call(request);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ payload: { success: false, error: expect.any(String) } });
    }
  });

  it('accepts any of several labelled secrets, shows none of them again, and stops accepting a revoked one', async () => {
    const second = await createGatewaySecret(t.db, admin, { label: 'Second phone' });
    expect((await call(new Request(`${ENDPOINT}?task=result&secret=${second.secret}`))).status).toBe(200);
    const listed = await listGatewaySecrets(t.db, admin);
    expect(listed.map((s) => s.label)).toEqual(['Conformance phone', 'Second phone']);
    expect(JSON.stringify(listed)).not.toContain(second.secret);
    expect(JSON.stringify(await t.db.setting.findMany())).not.toContain(second.secret);
    await revokeGatewaySecret(t.db, admin, { id: second.id });
    expect((await call(new Request(`${ENDPOINT}?task=result&secret=${second.secret}`))).status).toBe(403);
    expect((await call(new Request(`${ENDPOINT}?task=result&secret=${secret}`))).status).toBe(200);
  });

  it('lets only admins manage secrets', async () => {
    const moderator: Actor = { ...admin, role: 'MODERATOR', regionCodes: ['KZ-47'] };
    await expect(createGatewaySecret(t.db, moderator, { label: 'x' })).rejects.toThrow();
    await expect(listGatewaySecrets(t.db, moderator)).rejects.toThrow();
  });
});

describe('inbound SMS', () => {
  it.each([
    ['form-encoded', (f: Record<string, string>) => form(f)],
    ['JSON', (f: Record<string, string>) => json(f)],
    ['JSON with numbers as numbers', (f: Record<string, string>) => json({ ...f, sent_timestamp: Number(f.sent_timestamp) })],
    [
      'multipart',
      (f: Record<string, string>) => {
        const body = new FormData();
        for (const [name, value] of Object.entries(f)) body.append(name, value);
        return new Request(ENDPOINT, { method: 'POST', body });
      },
    ],
  ])('stores a %s SMS, answers success with the tracking-code auto-reply, and records the phone as seen', async (_kind, build) => {
    const fields = inbound({ device_id: `phone-${randomUUID().slice(0, 6)}` });
    const response = await call(build(fields));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { payload: { success: boolean; error: null; messages: { to: string; message: string; uuid: string }[] } };
    expect(body.payload).toMatchObject({ success: true, error: null });
    expect(body.payload.messages).toHaveLength(1);
    expect(body.payload.messages[0]!.to).toBe('+77011112233');
    expect(body.payload.messages[0]!.message).toMatch(/код [A-Z0-9]{4}-[A-Z0-9]{4}/);

    const stored = await t.db.smsMessage.findUniqueOrThrow({ where: { uuid: fields.message_id } });
    expect(stored).toMatchObject({ direction: 'INBOUND', status: 'RECEIVED', deviceId: fields.device_id });
    expect(stored.sentAt?.getTime()).toBe(Number(fields.sent_timestamp));
    expect(stored.phoneCipher).not.toContain('7011112233');
    expect(decryptText(stored.phoneCipher, KEY)).toBe('+77011112233');

    const report = await t.db.report.findUniqueOrThrow({ where: { id: stored.reportId! } });
    expect(report).toMatchObject({ channel: 'SMS', externalId: fields.message_id, wantsFeedback: true, contactKind: 'PHONE', language: 'ru' });
    expect(decryptText(report.contactCipher!, KEY)).toBe('+77011112233');
    expect(body.payload.messages[0]!.message).toContain(report.trackingCode.slice(0, 4));

    // The auto-reply is logged as handed to the phone that forwarded the SMS.
    const reply = await t.db.smsMessage.findUniqueOrThrow({ where: { uuid: body.payload.messages[0]!.uuid } });
    expect(reply).toMatchObject({ direction: 'OUTBOUND', status: 'HANDED_OUT', deviceId: fields.device_id, attempts: 1, reportId: report.id });
    expect((await t.db.smsGateway.findUniqueOrThrow({ where: { deviceId: fields.device_id } })).lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('answers an SMS about an already checked rumour with the tracking code and the verdict in one SMS', async () => {
    await createPublishedNotice(t.db, {
      slug: 'aral-bridge-closed',
      verdict: 'FALSE',
      regionCodes: ['KZ-43'],
      titles: { ru: 'Мост в Аральске закрывают на год', kk: 'Арал көпірі бір жылға жабылады', en: 'The Aralsk bridge is closing for a year' },
    });
    const response = await call(form(inbound({ message: 'Говорят мост в Аральске закрывают на год' })));
    const body = (await response.json()) as { payload: { messages: { message: string }[] } };
    expect(body.payload.messages).toHaveLength(1);
    expect(body.payload.messages[0]!.message).toMatch(/^Raspa: код [A-Z0-9]{4}-[A-Z0-9]{4}\. Уже проверено: ЛОЖЬ\. https:\/\/raspa\.test\/ru\/notices\/aral-bridge-closed$/);
  });

  it('answers 400 in the payload shape when from or message is missing', async () => {
    for (const [fields, error] of [
      [{ ...inbound(), from: '' }, 'Missing from value'],
      [{ ...inbound(), message: '   ' }, 'Missing message'],
    ] as const) {
      const response = await call(form(fields));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ payload: { success: false, error } });
    }
    const { from: _from, ...withoutFrom } = inbound();
    const response = await call(json(withoutFrom));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ payload: { success: false, error: 'Missing from value' } });
  });

  it('acknowledges a repeated message_id without storing it, or its report, twice', async () => {
    const fields = inbound();
    const first = await call(form(fields));
    const second = await call(form(fields));
    const third = await call(json(fields));
    for (const response of [first, second, third]) expect(response.status).toBe(200);
    expect((await second.json()) as unknown).toEqual({ payload: { success: true, error: null } });
    expect(await t.db.smsMessage.count({ where: { uuid: fields.message_id } })).toBe(1);
    expect(await t.db.report.count({ where: { externalId: fields.message_id } })).toBe(1);
    expect(await t.db.smsMessage.count({ where: { direction: 'OUTBOUND', reportId: (await t.db.report.findFirstOrThrow({ where: { externalId: fields.message_id } })).id } })).toBe(1);
  });

  it('handles the same SMS forwarded by two phones at the same moment as one', async () => {
    const fields = inbound();
    const responses = await Promise.all([call(form({ ...fields, device_id: 'twin-a' })), call(form({ ...fields, device_id: 'twin-b' }))]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(await t.db.smsMessage.count({ where: { uuid: fields.message_id } })).toBe(1);
    expect(await t.db.report.count({ where: { externalId: fields.message_id } })).toBe(1);
  });

  it('answers an oversized SMS politely by SMS instead of failing, and refuses a huge body with 413', async () => {
    const fields = inbound({ message: 'Слух '.repeat(400) });
    const response = await call(form(fields));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { payload: { messages: { message: string }[] } };
    expect(body.payload.messages[0]!.message).toContain('1600');
    expect(await t.db.report.count({ where: { externalId: fields.message_id } })).toBe(0);

    const huge = await call(form(inbound({ message: 'x'.repeat(300_000) })));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ payload: { success: false, error: expect.any(String) } });
  });

  it('answers malformed bodies and unknown tasks with 400, never 500', async () => {
    for (const [index, request] of [
      json('{"from": "+7701", "message": ', ''),
      json('[1,2,3]'),
      json({ ...inbound(), from: { nested: true } }),
      new Request(`${ENDPOINT}?task=dance&secret=${secret}`),
      form(inbound(), '?task=dance'),
      json({ queued_messages: 'not-a-list' }, '?task=sent'),
      json({ message_result: [{ no_uuid: true }] }, `?task=result&secret=${secret}`),
      json({ message_result: 'x' }, `?task=result&secret=${secret}`),
    ].entries()) {
      const response = await call(request);
      expect(response.status, `request #${index}`).toBe(400);
      const body = (await response.json()) as { payload: { success: boolean; error: string } };
      expect(body.payload.success).toBe(false);
      expect(body.payload.error.length).toBeGreaterThan(5);
    }
  });

  it('stores an SMS from an alphanumeric sender (an operator) but answers nothing and files no report', async () => {
    const fields = inbound({ from: 'Beeline', message: 'Ваш баланс пополнен на 1000 тенге, спасибо' });
    const response = await call(form(fields));
    expect(await response.json()).toEqual({ payload: { success: true, error: null } });
    expect(await t.db.report.count({ where: { externalId: fields.message_id } })).toBe(0);
    expect(await t.db.smsMessage.count({ where: { uuid: fields.message_id } })).toBe(1);
  });

  it('answers GET without a task with success, as Ushahidi does', async () => {
    const response = await call(new Request(`${ENDPOINT}?secret=${secret}`));
    expect(await response.json()).toEqual({ payload: { success: true, error: null } });
  });
});

describe('outbound polling and reports', () => {
  it('hands out a bounded batch with the shape SMSSync expects, each message once', async () => {
    await t.db.smsMessage.updateMany({ where: { direction: 'OUTBOUND', status: 'PENDING' }, data: { status: 'SENT' } });
    const uuids = await queueOutbound(SEND_BATCH_LIMIT + 5);
    const phone = new FakeGatewayPhone(t.db, secret);
    const response = await call(new Request(`${ENDPOINT}?task=send&secret=${secret}&device_id=${phone.deviceId}`));
    const body = (await response.json()) as { payload: { task: string; secret: string; messages: { to: string; message: string; uuid: string }[] } };
    expect(body.payload.task).toBe('send');
    expect(body.payload.secret).toBe(secret);
    expect(body.payload.messages).toHaveLength(SEND_BATCH_LIMIT);
    expect(body.payload.messages[0]).toEqual({ to: '+77020000000', message: 'Test 0', uuid: uuids[0] });
    const rest = await phone.poll();
    expect(rest.map((m) => m.uuid)).toEqual(uuids.slice(SEND_BATCH_LIMIT));
    expect(await phone.poll()).toEqual([]);
    const handedOut = await t.db.smsMessage.findMany({ where: { uuid: { in: uuids } } });
    expect(handedOut.every((m) => m.status === 'HANDED_OUT' && m.attempts === 1 && m.handedOutAt)).toBe(true);
  });

  it('never gives two phones polling at once the same message', async () => {
    await t.db.smsMessage.updateMany({ where: { direction: 'OUTBOUND', status: { in: ['PENDING', 'HANDED_OUT'] } }, data: { status: 'SENT' } });
    const uuids = await queueOutbound(30);
    const phones = [new FakeGatewayPhone(t.db, secret, 'racer-1'), new FakeGatewayPhone(t.db, secret, 'racer-2'), new FakeGatewayPhone(t.db, secret, 'racer-3')];
    const batches = await Promise.all([...phones, ...phones].map((p) => p.poll()));
    const got = batches.flat().map((m) => m.uuid);
    expect(new Set(got).size).toBe(got.length);
    expect(new Set(got)).toEqual(new Set(uuids));
    const rows = await t.db.smsMessage.findMany({ where: { uuid: { in: uuids } }, select: { deviceId: true, attempts: true } });
    expect(rows.every((r) => r.attempts === 1 && r.deviceId?.startsWith('racer-'))).toBe(true);
  });

  it('hands a message out again after the timeout when no phone confirmed it, and never after task=sent', async () => {
    await t.db.smsMessage.updateMany({ where: { direction: 'OUTBOUND', status: { in: ['PENDING', 'HANDED_OUT'] } }, data: { status: 'SENT' } });
    const [lost, confirmed] = await queueOutbound(2);
    const deadPhone = new FakeGatewayPhone(t.db, secret, 'dead-phone');
    expect((await deadPhone.poll()).map((m) => m.uuid)).toEqual([lost, confirmed]);
    expect(await deadPhone.confirmQueued([confirmed!])).toEqual([confirmed]);

    const soon = new Date(Date.now() + HAND_OUT_TIMEOUT_MS / 2);
    const early = await call(new Request(`${ENDPOINT}?task=send&secret=${secret}&device_id=other-phone`), soon);
    expect(((await early.json()) as { payload: { messages: unknown[] } }).payload.messages).toEqual([]);

    const later = new Date(Date.now() + HAND_OUT_TIMEOUT_MS + 1000);
    const retried = await call(new Request(`${ENDPOINT}?task=send&secret=${secret}&device_id=other-phone`), later);
    expect(((await retried.json()) as { payload: { messages: { uuid: string }[] } }).payload.messages.map((m) => m.uuid)).toEqual([lost]);
    expect(await t.db.smsMessage.findUniqueOrThrow({ where: { uuid: lost } })).toMatchObject({ status: 'HANDED_OUT', deviceId: 'other-phone', attempts: 2 });
    expect(await t.db.smsMessage.findUniqueOrThrow({ where: { uuid: confirmed } })).toMatchObject({ status: 'QUEUED_ON_PHONE' });
  });

  it('task=sent answers only the uuids it knows, form-encoded or JSON, with or without the secret', async () => {
    const [a, b] = await queueOutbound(2);
    const phone = new FakeGatewayPhone(t.db, secret);
    await phone.poll();
    const unknown = randomUUID();
    expect(await phone.confirmQueued([a!, unknown])).toEqual([a]);
    const formBody = new URLSearchParams();
    formBody.append('queued_messages', b!);
    formBody.append('queued_messages', unknown);
    const response = await call(new Request(`${ENDPOINT}?task=sent&secret=${secret}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: formBody }));
    expect(await response.json()).toEqual({ message_uuids: [b] });
    expect((await call(json({ queued_messages: [b] }, '?task=sent&secret=wrong'))).status).toBe(403);
  });

  it('task=result records sent, delivered and failed with their codes, and GET task=result lists what it still wants', async () => {
    const [sent, delivered, failed] = await queueOutbound(3);
    const phone = new FakeGatewayPhone(t.db, secret);
    await phone.poll();
    await phone.confirmQueued([sent!, delivered!, failed!]);
    const wanted = await phone.reportResults({ [sent!]: 'sent', [delivered!]: 'delivered', [failed!]: 'failed' });
    expect(wanted).toEqual(expect.arrayContaining([sent, delivered, failed]));

    const rows = new Map((await t.db.smsMessage.findMany({ where: { uuid: { in: [sent!, delivered!, failed!] } } })).map((r) => [r.uuid, r]));
    expect(rows.get(sent!)).toMatchObject({ status: 'SENT', resultCode: '-1/0' });
    expect(rows.get(sent!)!.sentAt).toBeInstanceOf(Date);
    expect(rows.get(delivered!)).toMatchObject({ status: 'DELIVERED' });
    expect(rows.get(delivered!)!.deliveredAt).toBeInstanceOf(Date);
    expect(rows.get(failed!)).toMatchObject({ status: 'FAILED', resultCode: '4/0', resultMessage: 'No service' });

    const stillWanted = (await (await call(new Request(`${ENDPOINT}?task=result&secret=${secret}`))).json()) as { message_uuids: string[] };
    expect(stillWanted.message_uuids).toContain(sent); // a delivery report may still come
    expect(stillWanted.message_uuids).not.toContain(delivered);
    expect(stillWanted.message_uuids).not.toContain(failed);

    // Form-encoded result with the list as a JSON string, and a late "sent" that must not undo "delivered".
    const late = new URLSearchParams({ message_result: JSON.stringify([{ uuid: delivered, sent_result_code: 0, sent_timestamp: 'Nov 21, 2026 12:00:00 PM' }]) });
    const response = await call(new Request(`${ENDPOINT}?task=result&secret=${secret}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: late }));
    expect(await response.json()).toEqual({ payload: { success: true, error: null } });
    expect((await t.db.smsMessage.findUniqueOrThrow({ where: { uuid: delivered } })).status).toBe('DELIVERED');
  });
});

describe('admin log', () => {
  it('shows numbers masked, finds a sender by full number, filters by direction, and lists the phones', async () => {
    const fields = inbound({ from: '8 701 777 66 55', message: 'Говорят, что под Жанаозеном закрыли трассу из-за бурана до завтра', device_id: 'log-phone' });
    await call(form(fields));
    // The report is placed by the town it names (Zhanaozen, Mangystau) when it is clustered.
    await clusterPendingReports(t.db);
    const moderator: Actor = { ...admin, role: 'MODERATOR', regionCodes: ['KZ-47'], canViewContacts: false };
    // Words find it; the number is masked for a moderator without the contact permission…
    const byWords = await listSmsLog(t.db, moderator, { q: 'трассу' }, KEY);
    expect(byWords.items.map((i) => i.direction)).toEqual(['INBOUND']);
    expect(byWords.items.every((i) => i.phone === '+7 ••• •• 55')).toBe(true);
    expect(JSON.stringify(byWords)).not.toContain('7017776655');
    // …who may not search by number either.
    await expect(listSmsLog(t.db, moderator, { q: '+7 701 777-66-55' }, KEY)).rejects.toThrow('phoneSearchNotAllowed');
    // With the permission: the full number, a search by it, and an audit record of the search (by the number's hash).
    const contactReader: Actor = { ...moderator, canViewContacts: true };
    const byNumber = await listSmsLog(t.db, contactReader, { q: '+7 701 777-66-55' }, KEY);
    expect(byNumber.items.map((i) => i.direction).sort()).toEqual(['INBOUND', 'OUTBOUND']);
    expect(byNumber.items.every((i) => i.phone === '+77017776655')).toBe(true);
    const searched = await t.db.auditEvent.findFirstOrThrow({ where: { actorId: admin.id, action: 'sms.log_searched_by_number' }, orderBy: { id: 'desc' } });
    expect(searched.after).toEqual({ phoneHash: expect.any(String), found: 2 });
    expect(JSON.stringify(searched.after)).not.toContain("7017776655");
    // A moderator of another region sees none of it.
    const turkistan: Actor = { ...contactReader, regionCodes: ['KZ-61'] };
    expect((await listSmsLog(t.db, turkistan, { q: 'трассу' }, KEY)).items).toEqual([]);
    const inboundOnly = await listSmsLog(t.db, moderator, { q: 'трассу', direction: 'INBOUND' }, KEY);
    expect(inboundOnly.items).toHaveLength(1);
    expect(inboundOnly.items[0]).toMatchObject({ kind: 'report', status: 'RECEIVED', deviceId: 'log-phone' });
    const phones = await listGatewayPhones(t.db, moderator);
    expect(phones.phones.find((p) => p.deviceId === 'log-phone')).toMatchObject({ online: true });
    await expect(listSmsLog(t.db, { ...admin, role: 'VERIFIER' }, {}, KEY)).rejects.toThrow();
  });
});
