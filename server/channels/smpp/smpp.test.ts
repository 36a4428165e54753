// The SMPP channel against a local SMSC (server/testing/fake-smsc.ts, real SMPP over TCP on
// 127.0.0.1): a citizen's SMS in → report + tracking-code reply out; a published notice → the
// subscriber's SMS (UCS-2, concatenated, joined again by the SMSC); delivery receipts → statuses;
// reconnect after the SMSC drops us; the account's rate; one bind among several workers.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serverEnv } from '../../config/env';
import { fanOutNoticeVersion } from '../../delivery/fan-out';
import { runDeliveryBatch } from '../../delivery/run-delivery-batch';
import { publishNotice } from '../../notices/publish-notice';
import { createFinalNoticeRow } from '../../testing/notices';
import type { Actor } from '../../policy';
import { clusterPendingReports } from '../../reports/cluster-pending-reports';
import { setupTestDatabase } from '../../testing/database';
import { FakeSmsc } from '../../testing/fake-smsc';
import { createStaff } from '../../testing/fixtures';
import { claimOutboundBatch } from '../sms/outbox';
import { createSmsSender } from '../sms/sms-sender';
import { SMPP_DEFAULTS, type SmppSettingsInput } from './schema';
import { SmppService } from './service';
import { getSmppStatus, isSmppRouteLive, saveSmppSettings } from './settings';

const t = setupTestDatabase();
const KEY = serverEnv().RASPA_ENCRYPTION_KEY;
const silent = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
const FAST = { enquireLinkMs: 300, backoffInitialMs: 50, backoffMaxMs: 400, lockRetryMs: 100, settingsPollMs: 150, heartbeatMs: 150, idlePollMs: 50, throttlePauseMs: 100, responseTimeoutMs: 2000, connectTimeoutMs: 2000 };
const senders = { SMS: createSmsSender({ encryptionKey: KEY }) };

let smsc: FakeSmsc;
let admin: Actor;
let moderator: Actor;
const running: { controller: AbortController; done: Promise<void> }[] = [];

function startWorker(): { controller: AbortController; done: Promise<void> } {
  const controller = new AbortController();
  const service = new SmppService({ db: t.db, connectionString: t.url, encryptionKey: KEY, publicOrigin: 'https://raspa.test', log: silent, timings: FAST });
  const worker = { controller, done: service.run(controller.signal) };
  running.push(worker);
  return worker;
}

async function stopWorkers(): Promise<void> {
  for (const worker of running.splice(0)) {
    worker.controller.abort();
    await worker.done;
  }
}

async function configure(overrides: Partial<SmppSettingsInput> = {}): Promise<void> {
  await saveSmppSettings(
    t.db,
    admin,
    { ...SMPP_DEFAULTS, enabled: true, host: '127.0.0.1', port: smsc.port, systemId: 'raspa', password: 'secret1', sourceAddress: 'Raspa', ratePerSecond: 200, ...overrides },
    { encryptionKey: KEY },
  );
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const bound = () => until(() => getSmppStatus(t.db, admin), (s) => s.state === 'bound', 'the bind');

beforeAll(async () => {
  smsc = await FakeSmsc.start({ systemId: 'raspa', password: 'secret1' });
  const a = await createStaff(t.db, 'ADMIN', []);
  admin = { id: a.id, name: a.name, role: 'ADMIN', regionCodes: [], nationalQueue: false, canViewContacts: true };
  const m = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
  moderator = { id: m.id, name: m.name, role: 'MODERATOR', regionCodes: ['KZ-47'], nationalQueue: false, canViewContacts: false };
});

afterEach(async () => {
  await stopWorkers();
  smsc.submits.length = 0;
  smsc.messages.length = 0;
});

afterAll(async () => {
  await smsc.close();
});

describe('SMPP channel', () => {
  it('answers a citizen’s SMS with the tracking code by submit_sm, in UCS-2, and routes SMS away from the phones while bound', async () => {
    await configure();
    startWorker();
    await bound();
    expect(smsc.binds.at(-1)).toMatchObject({ systemId: 'raspa', mode: 'transceiver', ok: true });

    const [response] = await smsc.deliverSms('+77015550111', 'Говорят, в Актау на неделю отключат воду во всех микрорайонах');
    expect(response!.command_status).toBe(0);
    const [reply] = await smsc.waitForMessages(1);
    const report = await t.db.report.findFirstOrThrow({ where: { channel: 'SMS' }, orderBy: { receivedAt: 'desc' } });
    expect(reply!.to).toBe('77015550111');
    expect(reply!.from).toBe('Raspa');
    expect(reply!.text).toBe(`Raspa: получили, код ${report.trackingCode.slice(0, 4)}-${report.trackingCode.slice(4)}. Ответ пришлём по SMS.`);
    expect(reply!.parts[0]!.dataCoding).toBe(8);
    expect(reply!.parts[0]!.sourceTon).toBe(5);
    const stored = await until(() => t.db.smsMessage.findFirstOrThrow({ where: { direction: 'OUTBOUND', reportId: report.id } }), (m) => m.status === 'SENT', 'the reply marked sent');
    expect(stored.route).toBe('SMPP');

    // While SMPP is bound, SMS take that route: an SMSSync phone polling gets none.
    expect(await isSmppRouteLive(t.db)).toBe(true);

    // A command is answered the same way as through a phone.
    await smsc.deliverSms('+77015550111', 'HELP');
    const [, help] = await smsc.waitForMessages(2);
    expect(help!.text).toMatch(/^Raspa: /);
    expect(help!.parts[0]!.dataCoding).toBe(0); // plain Latin: the GSM default alphabet
  }, 90_000); // a real bind, submit and receipt round trip: slow on a loaded machine

  it('records a delivery receipt that overtook its submit_sm_resp by more than a second', async () => {
    // A busy SMSC receipted the reply before it answered the submit: the receipt names a message id the
    // worker has not recorded yet. It was looked for once more after 500 ms, then dropped — the reply
    // stayed SENT for good (6 of 10,000 in a loaded bench run).
    await configure();
    startWorker();
    await bound();
    smsc.receiptBeforeAnswerNext(1, 1_500);
    await smsc.deliverSms('+77015550444', 'Говорят, в Жанаозене закроют рынок на карантин');
    const [reply] = await smsc.waitForMessages(1);
    expect(reply!.to).toBe('77015550444');
    const report = await t.db.report.findFirstOrThrow({ where: { channel: 'SMS' }, orderBy: { receivedAt: 'desc' } });
    const stored = await until(() => t.db.smsMessage.findFirstOrThrow({ where: { direction: 'OUTBOUND', reportId: report.id } }), (m) => m.status === 'DELIVERED', 'the reply marked delivered', 15_000);
    expect(stored.deliveredAt).toBeInstanceOf(Date);
  }, 90_000);

  it('sends a published notice to an SMS subscriber as concatenated UCS-2 parts, and maps delivery receipts to the statuses', async () => {
    await configure();
    startWorker();
    await bound();
    await smsc.deliverSms('87015550222', 'ПОДПИСКА Мангистау');
    const [subscribed] = await smsc.waitForMessages(1);
    expect(subscribed!.text).toBe('Raspa: подписка — Мангистауская область. Отписка: СТОП');

    // A reporter too, so that one delivery can fail.
    await smsc.deliverSms('+77015550333', 'Говорят, что порт Актау закроют на месяц и всех уволят');
    await smsc.waitForMessages(2);
    await clusterPendingReports(t.db);
    const report = await t.db.report.findFirstOrThrow({ where: { channel: 'SMS', contactKind: 'PHONE' }, orderBy: { receivedAt: 'desc' } });

    await t.db.rumor.update({ where: { id: report.rumorId! }, data: { status: 'INVESTIGATING', regionCodes: ['KZ-47'] } });
    await t.db.verdictDraft.create({ data: { rumorId: report.rumorId!, verdict: 'FALSE', rationale: 'Акимат опроверг.', status: 'APPROVED', draftedById: moderator.id, reviewedById: moderator.id, reviewedAt: new Date() } });
    const notice = await createFinalNoticeRow(t.db, report.rumorId!, { published: false, regionCodes: ['KZ-47'] });
    const published = await publishNotice(t.db, moderator, { noticeId: notice.id }, { enqueueFanout: async () => undefined });
    await fanOutNoticeVersion(t.db, published.noticeVersionId);
    const batch = await runDeliveryBatch(t.db, { senders, limit: 50 });
    expect(batch.pending).toBe(2);

    const all = await smsc.waitForMessages(4);
    const verdicts = all.slice(2);
    expect(verdicts.map((m) => m.to).sort()).toEqual(['77015550222', '77015550333']);
    for (const message of verdicts) {
      expect(message.text).toMatch(new RegExp(`^Raspa: порт Актау не закрывают\\. Акимат подтвердил\\. Проверка: [0-9A-Z]{5}-[0-9A-Z]{5} http://\\S+/ru/notices/${notice.slug}$`));
      expect(message.parts.length).toBe(Math.ceil(message.text.length / 67));
      expect(message.parts.every((p) => p.dataCoding === 8 && p.concat?.via === 'udh' && p.concat.total === message.parts.length)).toBe(true);
      expect(new Set(message.parts.map((p) => p.concat!.ref)).size).toBe(1);
    }
    const deliveries = await until(
      () => t.db.delivery.findMany({ where: { noticeVersionId: published.noticeVersionId } }),
      (ds) => ds.every((d) => d.status === 'SENT'),
      'deliveries settled as sent',
    );
    expect(deliveries).toHaveLength(2);

    // Receipts: the subscriber's parts are delivered; the reporter's phone never got the second part.
    const [toSubscriber, toReporter] = [verdicts.find((m) => m.to === '77015550222')!, verdicts.find((m) => m.to === '77015550333')!];
    for (const part of toSubscriber.parts) expect((await smsc.sendReceipt(part.messageId, 'DELIVRD')).command_status).toBe(0);
    await smsc.sendReceipt(toReporter.parts[0]!.messageId, 'DELIVRD');
    await smsc.sendReceipt(toReporter.parts[1]!.messageId, 'UNDELIV', '034');
    const smsRows = await t.db.smsMessage.findMany({ where: { deliveryId: { in: deliveries.map((d) => d.id) } }, include: { smppParts: true } });
    const subscriberSms = smsRows.find((m) => m.smppParts.some((p) => p.smscMessageId === toSubscriber.parts[0]!.messageId))!;
    const reporterSms = smsRows.find((m) => m.id !== subscriberSms.id)!;
    expect(subscriberSms.status).toBe('DELIVERED');
    expect(subscriberSms.deliveredAt).toBeInstanceOf(Date);
    expect(reporterSms.status).toBe('FAILED');
    expect(reporterSms.resultMessage).toBe('delivery receipt: UNDELIV err:034');
    const reporterDelivery = await t.db.delivery.findUniqueOrThrow({ where: { id: reporterSms.deliveryId! } });
    expect(reporterDelivery.status).toBe('FAILED');
    expect(reporterDelivery.lastError).toContain('UNDELIV');
  });

  it('joins a long SMS that arrives in parts, in any order, into one report', async () => {
    await configure();
    startWorker();
    await bound();
    const long = 'Говорят, что завтра в Жанаозене перекроют все дороги, отключат интернет и связь, а в школах отменят занятия на неделю. Это правда?';
    expect(long.length).toBeGreaterThan(70);
    const responses = await smsc.deliverSms('+77015550444', long, { shuffle: true });
    expect(responses.every((r) => r.command_status === 0)).toBe(true);
    const inbound = await until(() => t.db.smsMessage.findMany({ where: { direction: 'INBOUND', text: long } }), (rows) => rows.length === 1, 'the joined SMS');
    expect(inbound[0]!.reportId).not.toBeNull();
    expect(await t.db.smppInboundPart.count()).toBe(0);
    // The SMSC re-delivers the same SMS (our response was "lost"): no second report, no second reply.
    await smsc.deliverSms('+77015550444', long);
    await smsc.waitForMessages(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await t.db.smsMessage.count({ where: { direction: 'INBOUND', text: long } })).toBe(1);
    expect(smsc.messages).toHaveLength(1);
  });

  it('binds again with backoff after the SMSC drops the connection, and sends what was queued meanwhile', async () => {
    await configure();
    startWorker();
    await bound();
    const bindsBefore = smsc.binds.length;
    smsc.dropConnections();
    await until(() => getSmppStatus(t.db, admin), (s) => s.state !== 'bound', 'the drop to be noticed');
    await smsc.waitFor(() => smsc.binds.length > bindsBefore && smsc.boundSessions === 1, 5000, 'the re-bind');
    const status = await bound();
    expect(status.lastError).toMatch(/closed|error/);

    await smsc.deliverSms('+77015550555', 'STATUS 12345678');
    const [reply] = await smsc.waitForMessages(1);
    expect(reply!.to).toBe('77015550555');
  });

  it('keeps the link alive with enquire_link and unbinds cleanly on shutdown', async () => {
    await configure();
    const worker = startWorker();
    await bound();
    const before = smsc.enquireLinks.length;
    await smsc.waitFor(() => smsc.enquireLinks.length >= before + 2, 3000, 'enquire_link');
    const unbindsBefore = smsc.unbinds.length;
    worker.controller.abort();
    await worker.done;
    expect(smsc.unbinds.length).toBe(unbindsBefore + 1);
    expect((await getSmppStatus(t.db, admin)).state).toBe('stopped');

    // Without the bind the phones take the outbox again.
    expect(await isSmppRouteLive(t.db)).toBe(false);
    const source = await t.db.smsMessage.findFirstOrThrow({ where: { direction: 'INBOUND' } });
    await t.db.smsMessage.create({ data: { uuid: 'for-the-phones', direction: 'OUTBOUND', status: 'PENDING', phoneCipher: source.phoneCipher, phoneHash: source.phoneHash, text: 'Raspa: test' } });
    expect((await claimOutboundBatch(t.db, { deviceId: 'phone-1', encryptionKey: KEY })).map((m) => m.uuid)).toEqual(['for-the-phones']);
    expect((await t.db.smsMessage.findUniqueOrThrow({ where: { uuid: 'for-the-phones' } })).route).toBe('SMSSYNC');
  });

  it('never sends faster than the account’s rate, and retries what the SMSC throttled', async () => {
    await configure({ ratePerSecond: 20, windowSize: 5 });
    startWorker();
    await bound();
    const cipherSource = await t.db.smsMessage.findFirstOrThrow({ where: { direction: 'INBOUND' } });
    smsc.throttleNext(3);
    await t.db.smsMessage.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ uuid: `rate-${i}`, direction: 'OUTBOUND' as const, status: 'PENDING' as const, phoneCipher: cipherSource.phoneCipher, phoneHash: cipherSource.phoneHash, text: `Raspa test ${i}` })),
    });
    const messages = await smsc.waitForMessages(60, 15_000);
    expect(new Set(messages.map((m) => m.text)).size).toBe(60); // each exactly once, the throttled ones too
    const times = smsc.submits.map((s) => s.at).sort((a, b) => a - b);
    // 63 submits (3 throttled) at 20/s, one token in the bucket. The SMSC shares this process's event
    // loop, so arrival times can bunch up after a pause: count over two-second windows.
    let worst = 0;
    for (let i = 0; i < times.length; i++) worst = Math.max(worst, times.filter((x) => x >= times[i]! && x < times[i]! + 2000).length);
    expect(worst).toBeLessThanOrEqual(2 * 20 + 1 + 2);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(((times.length - 2) / 20) * 1000 - 150);
  });

  it('lets only one of several workers hold the bind, and another take over when it stops', async () => {
    await configure();
    const first = startWorker();
    const second = startWorker();
    await bound();
    await new Promise((r) => setTimeout(r, 400));
    expect(smsc.boundSessions).toBe(1);
    const holder = (await getSmppStatus(t.db, admin)).holder;
    expect(holder).toMatch(/:\d+$/);

    // Whichever holds it stops; the other binds.
    const bindsBefore = smsc.binds.filter((b) => b.ok).length;
    first.controller.abort();
    await first.done;
    second.controller.abort();
    await second.done;
    running.length = 0;
    const third = startWorker();
    await smsc.waitFor(() => smsc.binds.filter((b) => b.ok).length > bindsBefore, 5000, 'a new holder');
    expect(smsc.boundSessions).toBe(1);
    third.controller.abort();
    await third.done;
  });

  it('after a crash re-sends only the parts that were in flight, under the same reference', async () => {
    await configure();
    const cipherSource = await t.db.smsMessage.findFirstOrThrow({ where: { direction: 'INBOUND' } });
    const text = 'Ж'.repeat(150); // 3 parts
    const sms = await t.db.smsMessage.create({
      data: { uuid: 'crashed-mid-send', direction: 'OUTBOUND', status: 'HANDED_OUT', route: 'SMPP', handedOutAt: new Date(), phoneCipher: cipherSource.phoneCipher, phoneHash: cipherSource.phoneHash, text },
    });
    // The dead holder had part 1 accepted and part 2 written without an answer; part 3 never went.
    await t.db.smppPart.createMany({
      data: [
        { smsMessageId: sms.id, partNumber: 1, partsTotal: 3, concatRef: 77, status: 'ACCEPTED', smscMessageId: 'old-1' },
        { smsMessageId: sms.id, partNumber: 2, partsTotal: 3, concatRef: 77, status: 'SUBMITTING' },
      ],
    });
    startWorker();
    await bound();
    await smsc.waitFor(() => smsc.submits.length >= 2, 5000, 'the re-send');
    await new Promise((r) => setTimeout(r, 200));
    expect(smsc.submits.map((s) => s.concat)).toEqual([
      { ref: 77, total: 3, seq: 2, via: 'udh' },
      { ref: 77, total: 3, seq: 3, via: 'udh' },
    ]);
    expect((await t.db.smsMessage.findUniqueOrThrow({ where: { id: sms.id } })).status).toBe('SENT');
  });

  it('re-binds with the new values when an admin changes the settings, and lets go when disabled', async () => {
    await configure({ concatenation: 'udh' });
    startWorker();
    await bound();
    const bindsBefore = smsc.binds.length;
    await configure({ bindMode: 'transmitter_receiver' });
    await smsc.waitFor(() => smsc.binds.slice(bindsBefore).filter((b) => b.ok).length >= 2, 5000, 'transmitter + receiver binds');
    expect(smsc.binds.slice(bindsBefore).map((b) => b.mode)).toEqual(['transmitter', 'receiver']);
    await bound();
    await smsc.deliverSms('+77015550666', 'HELP');
    await smsc.waitForMessages(1);

    await configure({ enabled: false });
    await smsc.waitFor(() => smsc.boundSessions === 0, 5000, 'the unbind');
    expect((await getSmppStatus(t.db, admin)).state).toBe('off');
  });

  it('reports a refused bind as the error with the SMSC’s reason', async () => {
    await configure({ password: 'wrong' });
    startWorker();
    const status = await until(() => getSmppStatus(t.db, admin), (s) => s.state === 'error', 'the refusal');
    expect(status.lastError).toBe('bind_transceiver: ESME_RINVPASWD (0x0E)');
  });
});
