// The full SMS round trip, with a test client playing the SMSSync gateway phone: a citizen's SMS
// becomes a report and gets its tracking code by SMS; a moderator publishes the verdict; the
// delivery engine (fan-out + delivery batch) queues it for the reporter and for an SMS subscriber of
// the region; the phone picks it up on its next poll; its result report settles the deliveries.
import { beforeAll, describe, expect, it } from 'vitest';
import { serverEnv } from '../../config/env';
import { fanOutNoticeVersion } from '../../delivery/fan-out';
import { runDeliveryBatch } from '../../delivery/run-delivery-batch';
import { publishNotice } from '../../notices/publish-notice';
import { clusterPendingReports } from '../../reports/cluster-pending-reports';
import { createFinalNoticeRow } from '../../testing/notices';
import type { Actor } from '../../policy';
import { setupTestDatabase } from '../../testing/database';
import { createStaff } from '../../testing/fixtures';
import { FakeGatewayPhone } from '../../testing/fake-smssync-phone';
import { createGatewaySecret } from './gateway-secrets';
import { createSmsSender } from './sms-sender';

const t = setupTestDatabase();
const KEY = serverEnv().RASPA_ENCRYPTION_KEY;
const senders = { SMS: createSmsSender({ encryptionKey: KEY }) };
let phone: FakeGatewayPhone;
let moderator: Actor;

const REPORTER = '+77015550101';
const SUBSCRIBER = '87015550202'; // typed the national way: the same person as +77015550202

/** A moderator publishes the verdict: approved verdict draft → notice draft → publishNotice (fan-out job captured). */
async function publishVerdict(rumorId: string): Promise<string> {
  await t.db.rumor.update({ where: { id: rumorId }, data: { status: 'INVESTIGATING', regionCodes: ['KZ-47'] } });
  await t.db.verdictDraft.create({
    data: { rumorId, verdict: 'FALSE', rationale: 'Водоканал и акимат опровергли, отключений в графике нет.', status: 'APPROVED', draftedById: moderator.id, reviewedById: moderator.id, reviewedAt: new Date() },
  });
  const notice = await createFinalNoticeRow(t.db, rumorId, { published: false, regionCodes: ['KZ-47'] });
  let fanOutRequested = '';
  const published = await publishNotice(t.db, moderator, { noticeId: notice.id }, { enqueueFanout: async (versionId) => (fanOutRequested = versionId) });
  expect(fanOutRequested).toBe(published.noticeVersionId);
  return published.noticeVersionId;
}

beforeAll(async () => {
  const admin = await createStaff(t.db, 'ADMIN', []);
  const user = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
  moderator = { id: user.id, name: user.name, role: 'MODERATOR', regionCodes: ['KZ-47'], nationalQueue: false, canViewContacts: false };
  const { secret } = await createGatewaySecret(t.db, { id: admin.id, name: admin.name, role: 'ADMIN', regionCodes: [], nationalQueue: false, canViewContacts: true }, { label: 'Round-trip phone' });
  phone = new FakeGatewayPhone(t.db, secret, 'gateway-aktau');
});

describe('SMS round trip', () => {
  it('SMS in → tracking code out → verdict published → verdict SMS out → result report settles the deliveries', async () => {
    // 1. A citizen texts a rumour; the phone forwards it and gets the tracking-code reply at once.
    const inbound = await phone.forward(REPORTER, 'Говорят, в Актау на неделю отключат воду во всех микрорайонах');
    expect(inbound.status).toBe(200);
    expect(inbound.replies).toHaveLength(1);
    const codeReply = inbound.replies[0]!;
    expect(codeReply.to).toBe(REPORTER);
    await clusterPendingReports(t.db); // the worker's step
    const report = await t.db.report.findFirstOrThrow({ where: { channel: 'SMS', externalId: { not: null } }, orderBy: { receivedAt: 'desc' } });
    expect(codeReply.message).toBe(`Raspa: получили, код ${report.trackingCode.slice(0, 4)}-${report.trackingCode.slice(4)}. Ответ пришлём по SMS.`);
    expect(await phone.confirmQueued([codeReply.uuid])).toEqual([codeReply.uuid]);
    await phone.reportResults({ [codeReply.uuid]: 'delivered' });
    expect((await t.db.smsMessage.findUniqueOrThrow({ where: { uuid: codeReply.uuid } })).status).toBe('DELIVERED');

    // 2. Someone else subscribes to Mangystau by SMS.
    const subscribed = await phone.forward(SUBSCRIBER, 'ПОДПИСКА Мангистау');
    expect(subscribed.replies[0]!.message).toBe('Raspa: подписка — Мангистауская область. Отписка: СТОП');
    await phone.confirmQueued([subscribed.replies[0]!.uuid]);
    await phone.reportResults({ [subscribed.replies[0]!.uuid]: 'sent' });
    expect(await phone.poll()).toEqual([]);

    // 3. The moderator publishes; the delivery engine fans out and hands the SMS deliveries to our sender.
    const versionId = await publishVerdict(report.rumorId!);
    const fanOut = await fanOutNoticeVersion(t.db, versionId);
    expect(fanOut.reporters).toBe(1);
    expect(fanOut.subscribers).toBeGreaterThanOrEqual(1);
    const batch = await runDeliveryBatch(t.db, { senders, limit: 50 });
    expect(batch.pending).toBe(2);
    // A second engine pass (a crashed worker's lease ran out) queues nothing twice.
    await t.db.delivery.updateMany({ where: { noticeVersionId: versionId }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await runDeliveryBatch(t.db, { senders, limit: 50 });
    const deliveries = await t.db.delivery.findMany({ where: { noticeVersionId: versionId } });
    expect(deliveries).toHaveLength(2);
    expect(deliveries.every((d) => d.channel === 'SMS' && d.status === 'QUEUED')).toBe(true);

    // 4. The phone's next poll carries the verdict SMS to both, in their language, with the link when it fits.
    const verdicts = await phone.poll();
    expect(verdicts.map((m) => m.to).sort()).toEqual([REPORTER, '+77015550202']);
    const notice = await t.db.notice.findFirstOrThrow({ where: { versions: { some: { id: versionId } } } });
    // …and the code of the signed notice, so that a forwarded SMS can be checked as genuine.
    const { code } = await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId: notice.id, state: 'PUBLISHED' } });
    for (const sms of verdicts) expect(sms.message).toBe(`Raspa: порт Актау не закрывают. Акимат подтвердил. Проверка: ${code.slice(0, 5)}-${code.slice(5)} http://localhost:3000/ru/notices/${notice.slug}`);
    expect(await t.db.smsMessage.count({ where: { deliveryId: { in: deliveries.map((d) => d.id) } } })).toBe(2);

    // 5. Sent and delivered: the deliveries are settled as SENT.
    expect(await phone.confirmQueued(verdicts.map((m) => m.uuid))).toHaveLength(2);
    await phone.reportResults(Object.fromEntries(verdicts.map((m) => [m.uuid, 'delivered' as const])));
    const settled = await t.db.delivery.findMany({ where: { noticeVersionId: versionId } });
    expect(settled.every((d) => d.status === 'SENT' && d.sentAt instanceof Date)).toBe(true);
    expect(await phone.poll()).toEqual([]);

    // 6. Tracking by SMS now tells the verdict.
    const status = await phone.forward(REPORTER, `STATUS ${report.trackingCode}`);
    expect(status.replies[0]!.message).toContain('FALSE');
  });

  it('a verdict SMS the phone could not send goes back to the delivery queue and out again on a later poll', async () => {
    const inbound = await phone.forward('+77015550303', 'Говорят, что в Жанаозене закроют все школы на карантин с понедельника');
    await clusterPendingReports(t.db); // the worker's step
    const report = await t.db.report.findFirstOrThrow({ where: { externalId: { not: null } }, orderBy: { receivedAt: 'desc' } });
    await phone.confirmQueued(inbound.replies.map((r) => r.uuid));
    const versionId = await publishVerdict(report.rumorId!);
    await fanOutNoticeVersion(t.db, versionId);
    await t.db.subscription.updateMany({ where: { channel: 'SMS' }, data: { active: false } });
    await t.db.delivery.deleteMany({ where: { noticeVersionId: versionId, subscriptionId: { not: null } } });
    await runDeliveryBatch(t.db, { senders, limit: 50 });

    const [verdict] = await phone.poll();
    expect(verdict!.to).toBe('+77015550303');
    await phone.confirmQueued([verdict!.uuid]);
    await phone.reportResults({ [verdict!.uuid]: 'failed' });
    const delivery = await t.db.delivery.findFirstOrThrow({ where: { noticeVersionId: versionId } });
    expect(delivery.status).toBe('QUEUED');
    expect(delivery.lastError).toMatch(/could not send/);
    expect(delivery.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());

    // When the retry is due, the engine calls the sender again: the same SMS is offered again.
    await t.db.delivery.update({ where: { id: delivery.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await runDeliveryBatch(t.db, { senders, limit: 50 });
    const [again] = await phone.poll();
    expect(again).toEqual(verdict);
    await phone.reportResults({ [again!.uuid]: 'sent' });
    expect((await t.db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).status).toBe('SENT');
  });

  it('sends one verdict SMS to a number that both reported and subscribed, and none after STOP', async () => {
    await t.db.subscription.updateMany({ where: { channel: 'SMS' }, data: { active: false } });
    const both = '+77015550404';
    await phone.forward(both, 'SUB KZ-47');
    await phone.forward(both, 'Говорят, в Актау с завтрашнего дня отменят все автобусные маршруты');
    await clusterPendingReports(t.db); // the worker's step
    const report = await t.db.report.findFirstOrThrow({ where: { externalId: { not: null } }, orderBy: { receivedAt: 'desc' } });
    const stopping = '+77015550505';
    await phone.forward(stopping, 'Говорят, в Актау с завтрашнего дня отменят все автобусы и такси');
    await clusterPendingReports(t.db); // the worker's step
    const stoppingReport = await t.db.report.findFirstOrThrow({ where: { externalId: { not: null } }, orderBy: { receivedAt: 'desc' } });
    await t.db.report.update({ where: { id: stoppingReport.id }, data: { rumorId: report.rumorId } });
    await phone.poll(); // the auto-replies' hand-outs are not what this test is about
    const versionId = await publishVerdict(report.rumorId!);
    await fanOutNoticeVersion(t.db, versionId);

    // STOP after the fan-out but before the engine runs: that number's verdict is never queued.
    expect((await phone.forward(stopping, 'STOP')).replies[0]!.message).toBe('Raspa: SMS notices stopped. To restart: SUB region');
    expect((await t.db.report.findUniqueOrThrow({ where: { id: stoppingReport.id } })).wantsFeedback).toBe(false);
    const batch = await runDeliveryBatch(t.db, { senders, limit: 50 });
    expect(batch.sent + batch.pending).toBeGreaterThanOrEqual(2);
    const verdicts = await phone.poll();
    expect(verdicts.map((m) => m.to)).toEqual([both]);
    const deliveries = await t.db.delivery.findMany({ where: { noticeVersionId: versionId }, select: { status: true, reportId: true, subscriptionId: true } });
    expect(deliveries.filter((d) => d.status !== 'FAILED')).toHaveLength(2); // the reporter's and the subscriber's, one SMS between them
  });
});

