// A notice published, corrected and withdrawn, end to end through the delivery engine with every
// channel's real sender against local stand-ins (push service, webhook receiver, fake Bot API, the
// SMS outbox as a gateway sees it, the test mail outbox): everyone who got any version gets exactly
// one withdrawal message, in their language; what had not gone out never does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsSender } from '../channels/sms/sms-sender';
import { claimOutboundBatch, recordMessageResults } from '../channels/sms/outbox';
import type { TelegramConfig } from '../channels/telegram/config';
import { PUBLIC_CHANNEL_LABEL, subscribeTelegramChat } from '../channels/telegram/subscriptions';
import { TelegramRateLimiter } from '../channels/telegram/rate-limiter';
import { createTelegramSender } from '../channels/telegram/telegram-sender';
import { encryptText } from '../crypto/secret-box';
import type { Db } from '../db/client';
import type { SubscriptionChannel } from '../db/generated/enums';
import { publishNotice } from '../notices/publish-notice';
import { saveNoticeDraft } from '../notices/save-notice-draft';
import { startNoticeCorrection } from '../notices/start-notice-correction';
import { completeTranslations, createRumorWithApprovedVerdict } from '../testing/notices';
import { withdrawNotice } from '../notices/withdraw-notice';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { startFakeTelegramApi, type FakeTelegramApi } from '../testing/fake-telegram-api';
import { asActor, createStaff } from '../testing/fixtures';
import { startFakePushService, type FakePushService } from '../testing/web-push-endpoint';
import { startWebhookReceiver, type WebhookCall } from '../testing/webhook-receiver';
import type { ChannelSender } from './channel-sender';
import { emailSender } from './email-sender';
import { fanOutNoticeVersion } from './fan-out';
import { mailsSentInTests } from './mailer';
import { getNoticeReach } from './reach';
import { runDeliveryBatch } from './run-delivery-batch';
import { createReport, createSubscription, outgoingNotice, TEST_KEY } from '../testing/delivery';
import { webhookSender } from './webhook-sender';
import { webPushSender } from './web-push-sender';
import { fanOutNoticeWithdrawal } from './withdrawal-fan-out';

const t = setupTestDatabase();
const noEffects = { enqueueFanout: async () => null, enqueueWithdrawalFanout: async () => null };
const CHANNEL = '@raspa_test_channel';
const REASONS = {
  kk: 'Әкімдік мәлімдемесін нақтылап жатыр.',
  ru: 'Акимат уточняет своё заявление.',
  en: 'The akimat is revising its statement.',
};

let moderator: Actor;
let push: FakePushService;
let telegram: FakeTelegramApi;
let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
let hookUrl = '';
let hookCalls: WebhookCall[] = [];
let senders: Partial<Record<SubscriptionChannel, ChannelSender>>;

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  push = await startFakePushService();
  telegram = await startFakeTelegramApi();
  hooks = await startWebhookReceiver();
  hookUrl = hooks.url;
  hookCalls = hooks.calls;
  const config: TelegramConfig = { token: '123456:TEST_token_abcdefghijklmnopqrstu', webhookSecret: 'secret-secret-secret', apiRoot: telegram.url, publicChannel: CHANNEL, publicChannelLanguage: 'ru', botUsername: 'raspa_test_bot' };
  senders = {
    WEB_PUSH: webPushSender,
    EMAIL: emailSender,
    WEBHOOK: webhookSender,
    SMS: createSmsSender({ encryptionKey: TEST_KEY }),
    // No waiting between calls in tests (the channel's 3-second spacing is the limiter's own test).
    TELEGRAM: createTelegramSender({ config: () => config, encryptionKey: () => TEST_KEY, limiter: new TelegramRateLimiter(), sleep: async () => undefined }),
  };
});
afterAll(async () => {
  await push?.close();
  await telegram?.close();
  await hooks?.close();
});

/** The gateway phone takes every waiting SMS and reports it sent; returns what it sent. */
async function gatewaySendsEverything(db: Db): Promise<{ to: string; message: string }[]> {
  const sent: { to: string; message: string; uuid: string }[] = [];
  for (;;) {
    const batch = await claimOutboundBatch(db, { deviceId: 'test-phone', encryptionKey: TEST_KEY });
    if (batch.length === 0) break;
    sent.push(...batch);
  }
  await recordMessageResults(db, sent.map((m) => ({ uuid: m.uuid, sent_result_code: -1, sent_timestamp: Date.now() })));
  return sent;
}

/** The worker: sends everything due (several passes, as the loop would), then the phone sends its SMS. */
async function deliverAll(db: Db) {
  for (let i = 0; i < 5; i++) if ((await runDeliveryBatch(db, { senders })).claimed === 0) break;
  return gatewaySendsEverything(db);
}

function draft(rumorId: string, extra: Record<string, unknown> = {}) {
  return { rumorId, verdict: 'FALSE' as const, urgency: 'NORMAL' as const, regionCodes: ['KZ-47'], translations: completeTranslations(), ...extra };
}

describe('withdrawal as first-class propagation', () => {
  it('publish → correct → withdraw: everyone who got any version hears of the withdrawal once, on their channel, in their language', async () => {
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    // Subscribers on every channel, and reporters who asked for the answer.
    const browser = push.subscription();
    const pushSub = await createSubscription(t.db, { channel: 'WEB_PUSH', regionCodes: ['KZ-47'], language: 'en' });
    await t.db.subscription.update({ where: { id: pushSub.id }, data: { addressCipher: encryptText(JSON.stringify(browser), TEST_KEY) } });
    const mailSub = await createSubscription(t.db, { channel: 'EMAIL', regionCodes: ['KZ-47'], language: 'kk', address: 'aigerim@example.kz' });
    const smsSub = await createSubscription(t.db, { channel: 'SMS', regionCodes: ['KZ-47'], language: 'ru', address: '+77011112233' });
    const chatSub = await createSubscription(t.db, { channel: 'TELEGRAM', regionCodes: [], language: 'ru', address: '777001' });
    const channelSub = await subscribeTelegramChat(t.db, TEST_KEY, { chatId: CHANNEL, language: 'ru', regionCodes: [], label: PUBLIC_CHANNEL_LABEL });
    const hookSub = await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-47'], language: 'en', address: hookUrl, webhookSecret: 'whsec_test' });
    const elsewhere = await createSubscription(t.db, { channel: 'EMAIL', regionCodes: ['KZ-61'], language: 'ru', address: 'turkistan@example.kz' });
    const mailReporter = await createReport(t.db, rumor.id, { wantsFeedback: true, contactKind: 'EMAIL', contact: 'reporter@example.kz', language: 'ru' });
    const phoneReporter = await createReport(t.db, rumor.id, { wantsFeedback: true, contactKind: 'PHONE', contact: '+77015556677', language: 'kk' });
    const chatReporter = await createReport(t.db, rumor.id, { wantsFeedback: true, contactKind: 'TELEGRAM', contact: '888002', language: 'en' });
    const recipients = { pushSub, mailSub, smsSub, chatSub, channelSub, hookSub };

    // 1. Published: everyone gets version 1.
    const saved = await saveNoticeDraft(t.db, moderator, draft(rumor.id));
    const v1 = await publishNotice(t.db, moderator, { noticeId: saved.noticeId }, noEffects);
    await fanOutNoticeVersion(t.db, v1.noticeVersionId);
    await deliverAll(t.db);
    const v1Post = telegram.callsTo('sendMessage').find((c) => c.payload.chat_id === CHANNEL)!;

    // 2. Corrected: everyone again, the channel's post edited and the correction posted as a reply.
    await startNoticeCorrection(t.db, moderator, { noticeId: saved.noticeId });
    await saveNoticeDraft(t.db, moderator, draft(rumor.id, { noticeId: saved.noticeId, changeNote: 'Added the port authority statement.' }));
    const v2 = await publishNotice(t.db, moderator, { noticeId: saved.noticeId }, noEffects);
    await fanOutNoticeVersion(t.db, v2.noticeVersionId);
    await deliverAll(t.db);
    const channelPosts = telegram.callsTo('sendMessage').filter((c) => c.payload.chat_id === CHANNEL);
    expect(channelPosts).toHaveLength(2);
    const v1MessageId = (await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: channelSub.id, noticeVersionId: v1.noticeVersionId } })).externalId;
    expect(v1MessageId).toMatch(/^\d+$/);
    expect(channelPosts[1]!.payload.reply_parameters).toMatchObject({ message_id: Number(v1MessageId) });
    const correctionEdit = telegram.callsTo('editMessageText').find((c) => c.payload.message_id === Number(v1MessageId))!;
    expect(String(correctionEdit.payload.text)).toMatch(/^<b>ИСПРАВЛЕНО\.<\/b>/);
    expect(String(correctionEdit.payload.text)).toContain(String(v1Post.payload.text).slice(0, 40));

    // 3. Withdrawn.
    const before = { mails: mailsSentInTests().length, push: push.received.length, chats: telegram.calls.length };
    const withdrawn = await withdrawNotice(t.db, moderator, { noticeId: saved.noticeId, reasons: REASONS }, noEffects);
    expect(withdrawn).toMatchObject({ cancelledDeliveries: 0, rumorReopened: true });
    const fanOut = await fanOutNoticeWithdrawal(t.db, saved.noticeId);
    expect(fanOut).toMatchObject({ recipients: 9, inFlight: 0 });
    const sms = await deliverAll(t.db);
    // A second run (the sweeper, a retried job) adds nothing.
    expect(await fanOutNoticeWithdrawal(t.db, saved.noticeId)).toMatchObject({ recipients: 0 });
    expect((await t.db.notice.findUniqueOrThrow({ where: { id: saved.noticeId } })).withdrawalFanoutDoneAt).not.toBeNull();

    // Exactly one withdrawal per recipient, all sent, none to the subscriber of another region.
    const withdrawals = await t.db.delivery.findMany({ where: { kind: 'WITHDRAWAL', noticeVersion: { noticeId: saved.noticeId } } });
    expect(withdrawals).toHaveLength(9);
    expect(withdrawals.every((d) => d.status === 'SENT' && d.noticeVersionId === v2.noticeVersionId)).toBe(true);
    for (const sub of Object.values(recipients)) expect(withdrawals.filter((d) => d.subscriptionId === sub.id)).toHaveLength(1);
    for (const report of [mailReporter, phoneReporter, chatReporter]) expect(withdrawals.filter((d) => d.reportId === report.id)).toHaveLength(1);
    expect(await t.db.delivery.count({ where: { subscriptionId: elsewhere.id } })).toBe(0);

    // E-mail, in each recipient's language, with the reason in that language.
    const mails = mailsSentInTests().slice(before.mails);
    expect(mails.map((m) => m.to).sort()).toEqual(['aigerim@example.kz', 'reporter@example.kz']);
    const kkMail = mails.find((m) => m.to === 'aigerim@example.kz')!;
    expect(kkMail.subject).toBe(`Кері қайтарылды: ${completeTranslations().kk.title}`);
    expect(kkMail.text).toContain(REASONS.kk);
    expect(kkMail.headers?.['List-Unsubscribe']).toBeDefined();
    expect(mails.find((m) => m.to === 'reporter@example.kz')!.text).toContain(REASONS.ru);

    // Web Push replaces the notification of the notice (same tag) with the withdrawal.
    const pushed = push.received.slice(before.push).map((p) => p.payload as Record<string, unknown>);
    expect(pushed).toEqual([expect.objectContaining({ withdrawn: true, tag: `notice-${saved.noticeId}`, title: `Withdrawn: ${completeTranslations().en.title}`, lang: 'en' })]);
    expect(String(pushed[0]!.body)).toContain(REASONS.en);

    // SMS: the subscriber (ru) and the reporter (kk), each once.
    expect(sms.map((m) => m.to).sort()).toEqual(['+77011112233', '+77015556677']);
    expect(sms.find((m) => m.to === '+77011112233')!.message).toMatch(/^Raspa: сообщение ОТОЗВАНО: /);
    expect(sms.find((m) => m.to === '+77015556677')!.message).toMatch(/^Raspa: хабарлама КЕРІ ҚАЙТАРЫЛДЫ: /);

    // Telegram: a private message to the subscriber and the reporter; the channel's posts are
    // edited to say so, and the withdrawal is posted as a reply to the latest post.
    const calls = telegram.calls.slice(before.chats);
    const sent = calls.filter((c) => c.method === 'sendMessage');
    expect(sent.map((c) => String(c.payload.chat_id)).sort()).toEqual([CHANNEL, '777001', '888002'].sort());
    expect(String(sent.find((c) => c.payload.chat_id === '777001')!.payload.text)).toContain('ОТОЗВАНО.');
    expect(String(sent.find((c) => c.payload.chat_id === '888002')!.payload.text)).toContain('The verdict we sent about your report');
    const v2MessageId = (await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: channelSub.id, noticeVersionId: v2.noticeVersionId, kind: 'NOTICE' } })).externalId;
    expect(sent.find((c) => c.payload.chat_id === CHANNEL)!.payload.reply_parameters).toMatchObject({ message_id: Number(v2MessageId) });
    const edits = calls.filter((c) => c.method === 'editMessageText');
    expect(edits.map((c) => c.payload.message_id).sort()).toEqual([Number(v1MessageId), Number(v2MessageId)].sort());
    for (const edit of edits) {
      expect(String(edit.payload.text)).toMatch(/^<b>ОТОЗВАНО\.<\/b> Причина: Акимат уточняет своё заявление\./);
      expect(String(edit.payload.text)).toContain('<s>');
    }

    // Webhooks: one event each, with the event type in the body and the header.
    expect(hookCalls.map((c) => c.event)).toEqual(['notice.published', 'notice.corrected', 'notice.withdrawn']);
    expect(hookCalls.map((c) => c.header)).toEqual(['notice.published', 'notice.corrected', 'notice.withdrawn']);
    expect(hookCalls[2]!.body).toMatchObject({ notice: { id: saved.noticeId, version: 2 }, withdrawal: { reason: REASONS.en, withdrawnAt: withdrawn.withdrawnAt.toISOString() } });

    // Reach counts the withdrawal messages apart from the notice deliveries.
    const reach = await getNoticeReach(t.db, saved.noticeId);
    expect(reach.totals).toEqual({ queued: 0, sent: 18, failed: 0, cancelled: 0 });
    expect(reach.withdrawal).toMatchObject({ totals: { queued: 0, sent: 9, failed: 0, cancelled: 0 }, withdrawnAt: withdrawn.withdrawnAt });
    expect(reach.withdrawal!.channels.map((c) => [c.channel, c.sent])).toEqual([
      ['WEB_PUSH', 1],
      ['EMAIL', 2],
      ['SMS', 2],
      ['TELEGRAM', 3],
      ['WEBHOOK', 1],
    ]);
    expect(reach.withdrawal!.msToFirstDelivery).not.toBeNull();
  });

  it('what had not gone out when the notice was withdrawn never goes out; what was in flight is told once it lands', async () => {
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const saved = await saveNoticeDraft(t.db, moderator, draft(rumor.id, { regionCodes: ['KZ-47', 'KZ-55'] }));
    // Only in KZ-55, and the first test's nationwide subscribers are gone, so the recipients are this test's own.
    await t.db.noticeVersion.updateMany({ where: { noticeId: saved.noticeId }, data: { regionCodes: ['KZ-55'] } });
    await t.db.subscription.updateMany({ where: { regionCodes: { isEmpty: true } }, data: { active: false } });
    const mailSub = await createSubscription(t.db, { channel: 'EMAIL', regionCodes: ['KZ-55'], language: 'ru', address: 'early@example.kz' });
    const hookSub = await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-55'], language: 'ru', address: hookUrl, webhookSecret: 'whsec_test' });
    const waitingSms = await createSubscription(t.db, { channel: 'SMS', regionCodes: ['KZ-55'], language: 'ru', address: '+77020000001' });
    const onPhoneSms = await createSubscription(t.db, { channel: 'SMS', regionCodes: ['KZ-55'], language: 'ru', address: '+77020000002' });
    const v1 = await publishNotice(t.db, moderator, { noticeId: saved.noticeId }, noEffects);
    await fanOutNoticeVersion(t.db, v1.noticeVersionId);

    // E-mail and SMS senders run; the webhook sender is busy elsewhere (its delivery stays queued).
    await runDeliveryBatch(t.db, { senders: { EMAIL: senders.EMAIL!, SMS: senders.SMS! } });
    // One phone polls and takes ONE of the two SMS (the other still waits in the outbox).
    const [handedOut] = await claimOutboundBatch(t.db, { deviceId: 'slow-phone', encryptionKey: TEST_KEY, limit: 1 });
    expect(handedOut).toBeDefined();
    const onPhone = handedOut!.to === '+77020000002' ? onPhoneSms : waitingSms;
    const waiting = onPhone === onPhoneSms ? waitingSms : onPhoneSms;

    const withdrawn = await withdrawNotice(t.db, moderator, { noticeId: saved.noticeId, reasons: { ru: REASONS.ru } }, noEffects);
    expect(withdrawn.cancelledDeliveries).toBe(2);
    const status = async (subscriptionId: string) => (await t.db.delivery.findFirstOrThrow({ where: { subscriptionId, kind: 'NOTICE' } })).status;
    expect(await status(hookSub.id)).toBe('CANCELLED');
    expect(await status(waiting.id)).toBe('CANCELLED');
    expect(await status(onPhone.id)).toBe('QUEUED');
    expect(await status(mailSub.id)).toBe('SENT');

    // A fan-out that was still writing when the notice was withdrawn adds a delivery afterwards.
    const late = await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-55'], language: 'ru', address: hookUrl, webhookSecret: 'whsec_test' });
    await t.db.delivery.create({ data: { noticeVersionId: v1.noticeVersionId, channel: 'WEBHOOK', subscriptionId: late.id, nextAttemptAt: new Date() } });

    // The withdrawal tells the one who got it, and waits for the SMS on the phone.
    expect(await fanOutNoticeWithdrawal(t.db, saved.noticeId)).toMatchObject({ recipients: 1, inFlight: 2 });
    const hooksBefore = hookCalls.length;
    const result = await runDeliveryBatch(t.db, { senders });
    expect(result).toMatchObject({ cancelled: 1, sent: 1 });
    expect(hookCalls.length).toBe(hooksBefore); // neither the cancelled nor the late webhook went out
    expect(await status(late.id)).toBe('CANCELLED');
    // The waiting SMS is no longer offered to any phone.
    expect(await claimOutboundBatch(t.db, { deviceId: 'another-phone', encryptionKey: TEST_KEY })).toEqual([]);
    expect(await fanOutNoticeWithdrawal(t.db, saved.noticeId)).toMatchObject({ recipients: 0, inFlight: 1 });
    expect((await t.db.notice.findUniqueOrThrow({ where: { id: saved.noticeId } })).withdrawalFanoutDoneAt).toBeNull();

    // The SMS on the phone did go out after all: its recipient is told too, and the fan-out is done.
    // (That report enqueues the withdrawal fan-out at once — withdrawal-settled.test.ts; here the fan-out runs by hand.)
    const enqueued: string[] = [];
    await recordMessageResults(t.db, [{ uuid: handedOut!.uuid, sent_result_code: -1, sent_timestamp: Date.now() }], new Date(), { enqueueWithdrawalFanout: async (id) => enqueued.push(id) });
    expect(enqueued).toEqual([saved.noticeId]);
    expect(await status(onPhone.id)).toBe('SENT');
    expect(await fanOutNoticeWithdrawal(t.db, saved.noticeId)).toMatchObject({ recipients: 1, inFlight: 0 });
    expect((await t.db.notice.findUniqueOrThrow({ where: { id: saved.noticeId } })).withdrawalFanoutDoneAt).not.toBeNull();
    await runDeliveryBatch(t.db, { senders });
    const sms = await gatewaySendsEverything(t.db);
    expect(sms).toEqual([expect.objectContaining({ to: onPhone === onPhoneSms ? '+77020000002' : '+77020000001', message: expect.stringContaining('ОТОЗВАНО') })]);

    const reach = await getNoticeReach(t.db, saved.noticeId);
    expect(reach.totals).toEqual({ queued: 0, sent: 2, failed: 0, cancelled: 3 });
    expect(reach.withdrawal?.totals).toEqual({ queued: 0, sent: 2, failed: 0, cancelled: 0 });
  });

  it('writes the withdrawal SMS within three segments, shortening the reason before dropping the link', async () => {
    const { withdrawalSmsText } = await import('../channels/sms/sms-sender');
    const { smsSegments } = await import('../channels/sms/replies');
    const base = outgoingNotice({ smsText: 'Raspa: порт Актау не закрывают. Акимат подтвердил.' });
    const short = withdrawalSmsText({ ...base, withdrawal: { withdrawnAt: new Date(), reason: 'Ошибка в дате.' } });
    expect(short).toBe('Raspa: сообщение ОТОЗВАНО: порт Актау не закрывают. Акимат подтвердил. Не пересылайте его. Причина: Ошибка в дате. https://raspa.kz/ru/notices/aktau-port');
    const long = withdrawalSmsText({ ...base, withdrawal: { withdrawnAt: new Date(), reason: 'Акимат попросил уточнить формулировки, потому что в первом заявлении была ошибка в названии села и дате.' } });
    expect(smsSegments(long)).toBeLessThanOrEqual(3);
    expect(long).toMatch(/… https:\/\/raspa\.kz\/ru\/notices\/aktau-port$/);
    // The withdrawal's own code, so that this message can be checked as genuine.
    const signed = withdrawalSmsText({ ...base, verificationCode: 'W1THDRAWN9', withdrawal: { withdrawnAt: new Date(), reason: 'Ошибка в дате.' } });
    expect(signed).toBe('Raspa: сообщение ОТОЗВАНО: порт Актау не закрывают. Акимат подтвердил. Не пересылайте его. Проверка: W1THD-RAWN9 Причина: Ошибка в дате. https://raspa.kz/ru/notices/aktau-port');
  });

  it('writes the notice SMS with its verification code and link when they fit', async () => {
    const { noticeSmsText } = await import('../channels/sms/sms-sender');
    const notice = outgoingNotice({
      language: 'kk',
      title: 'Порт',
      summary: 'Порт жұмыс істейді',
      smsText: 'Raspa: Ақтау порты жабылмайды.',
      url: 'https://raspa.kz/kk/notices/aktau-port',
      verificationCode: 'K7PMQ4XD2A',
    });
    expect(noticeSmsText(notice)).toBe('Raspa: Ақтау порты жабылмайды. Тексеру: K7PMQ-4XD2A https://raspa.kz/kk/notices/aktau-port');
    expect(noticeSmsText({ ...notice, verificationCode: null })).toBe('Raspa: Ақтау порты жабылмайды. https://raspa.kz/kk/notices/aktau-port');
  });
});
