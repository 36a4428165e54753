// Telegram deliveries: what the subscriber, the public channel and the reporter receive, how the
// sender reacts to Telegram's 429 and 403, and the rate limits. Replies go to a local fake Bot API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handleTelegramWebhook } from '../../api/telegram-webhook';
import { serverEnv } from '../../config/env';
import { encryptText } from '../../crypto/secret-box';
import type { DeliveryTarget } from '../../delivery/channel-sender';
import { fanOutNoticeVersion } from '../../delivery/fan-out';
import { fanOutAnnouncement } from '../../delivery/fan-out-announcement';
import { runDeliveryBatch } from '../../delivery/run-delivery-batch';
import { logger } from '../../log';
import { publishNotice } from '../../notices/publish-notice';
import { saveNoticeDraft } from '../../notices/save-notice-draft';
import { completeTranslations, createRumorWithApprovedVerdict } from '../../testing/notices';
import { testApiDeps } from '../../testing/api-deps';
import { outgoingNotice } from '../../testing/delivery';
import { setupTestDatabase } from '../../testing/database';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../testing/fake-telegram-api';
import { asActor, createStaff } from '../../testing/fixtures';
import { draftTransparencyReport } from '../../transparency/draft-report';
import { publishTransparencyReport } from '../../transparency/publish-report';
import { saveTransparencyNarrative } from '../../transparency/save-narrative';
import type { TelegramConfig } from './config';
import { chatAddressHash, upsertTelegramContact } from './contacts';
import { TelegramRateLimiter } from './rate-limiter';
import { ensureTelegramPublicChannelSubscription, PUBLIC_CHANNEL_LABEL, subscribeTelegramChat } from './subscriptions';
import { createTelegramSender, formatTelegramNotice, formatTelegramWithdrawal } from './telegram-sender';

const t = setupTestDatabase();
const encryptionKey = serverEnv().RASPA_ENCRYPTION_KEY;
let fake: FakeTelegramApi;
let config: TelegramConfig;

beforeAll(async () => {
  fake = await startFakeTelegramApi();
  config = {
    token: '123456:TEST_token_abcdefghijklmnopqrstu',
    webhookSecret: 'test-webhook-secret-0123456789',
    apiRoot: fake.url,
    publicChannel: '@raspa_test_channel',
    publicChannelLanguage: 'ru',
    botUsername: 'raspa_test_bot',
  };
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const notice = outgoingNotice({ title: 'В Актау закроют <порт> & рынок', summary: 'Акимат опроверг слухи о закрытии порта.', whatToDo: 'Не пересылайте сообщение.' });

function subscriberTarget(chatId: string | number, attempts = 0): DeliveryTarget {
  return {
    deliveryId: `d-${chatId}-${attempts}`,
    channel: 'TELEGRAM',
    attempts,
    subscription: { id: `s-${chatId}`, language: 'ru', regionCodes: [], addressCipher: encryptText(String(chatId), encryptionKey), webhookSecret: null, unsubscribeToken: 'u', label: null },
    report: null,
  };
}

const sendersFor = (limiter = new TelegramRateLimiter()) => createTelegramSender({ config: () => config, encryptionKey: () => encryptionKey, limiter });

describe('the notice message', () => {
  it('carries the fact first, then the claim once and flagged, and the link, with notice text HTML-escaped', () => {
    const text = formatTelegramNotice(notice, null);
    expect(text).toContain('<b>ЛОЖЬ:</b> «В Актау закроют &lt;порт&gt; &amp; рынок»');
    expect(text.indexOf('Акимат опроверг слухи')).toBeLessThan(text.indexOf('В Актау закроют'));
    expect(text.split('В Актау закроют')).toHaveLength(2); // the claim appears once
    // A true claim is the fact itself: it leads, with its verdict.
    expect(formatTelegramNotice({ ...notice, verdict: 'TRUE' }, null)).toMatch(/^<b>ПРАВДА:<\/b> В Актау закроют/);
    expect(text).toContain('<a href="https://raspa.kz/ru/notices/aktau-port">Подробнее</a>');
    const correction = formatTelegramNotice({ ...notice, language: 'kk', isCorrection: true, changeNote: 'Мерзімі <нақтыланды>' }, 'K7PM4XQD');
    expect(correction).toContain('K7PM-4XQD');
    expect(correction).toContain('<b>Түзету</b>: Мерзімі &lt;нақтыланды&gt;');
  });

  it('fits a very long notice into one Telegram message', () => {
    const text = formatTelegramNotice({ ...notice, summary: '<&>'.repeat(3000), verificationCode: 'K7PMQ4XD2A' }, null);
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text).toContain('Подробнее</a>');
    expect(text).toContain('<code>K7PMQ-4XD2A</code>');
  });

  it('carries the verification code with the page that checks it, on a notice and on a withdrawal', () => {
    const signed = { ...notice, verificationCode: 'K7PMQ4XD2A' };
    expect(formatTelegramNotice(signed, null)).toContain(
      'Код проверки: <code>K7PMQ-4XD2A</code> — проверить: <a href="https://raspa.kz/ru/verify?code=K7PMQ4XD2A">raspa.kz/ru/verify?code=K7PMQ4XD2A</a>',
    );
    const withdrawn = formatTelegramWithdrawal({ ...signed, language: 'en', verificationCode: 'W1THDRAWN9', withdrawal: { withdrawnAt: new Date(), reason: 'Wrong date.' } }, null);
    expect(withdrawn).toContain('Verification code: <code>W1THD-RAWN9</code> — check it at <a href="https://raspa.kz/en/verify?code=W1THDRAWN9">');
  });
});

describe('sender outcomes', () => {
  it('sends with parse_mode HTML to the subscriber chat', async () => {
    expect(await sendersFor().send(t.db, subscriberTarget(4242), notice)).toEqual({ status: 'sent', externalId: expect.any(String) });
    const [call] = fake.callsTo('sendMessage');
    expect(call!.payload).toMatchObject({ chat_id: '4242', parse_mode: 'HTML' });
  });

  it('429 Too Many Requests → retry after Telegram retry_after', async () => {
    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } });
    const outcome = await sendersFor().send(t.db, subscriberTarget(4343), notice);
    expect(outcome).toMatchObject({ status: 'retry', retryAfterMs: 7000 });
  });

  it('403 bot was blocked by the user → failed and the subscription deactivated, no retry', async () => {
    fake.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const outcome = await sendersFor().send(t.db, subscriberTarget(4444), notice);
    expect(outcome).toMatchObject({ status: 'failed', deactivateSubscription: true });
    expect((outcome as { error: string }).error).toContain('blocked');
  });

  it('a web-form reporter who typed a @username is reached once that user has talked to the bot; otherwise a clear failure', async () => {
    const reporterTarget = (username: string): DeliveryTarget => ({
      deliveryId: 'dr',
      channel: 'TELEGRAM',
      attempts: 0,
      subscription: null,
      report: { id: 'r', trackingCode: 'K7PM4XQD', language: 'ru', contactKind: 'TELEGRAM', contactCipher: encryptText(username, encryptionKey) },
    });
    const unknown = await sendersFor().send(t.db, reporterTarget('@nobody_here'), notice);
    expect(unknown).toMatchObject({ status: 'failed' });
    expect((unknown as { error: string }).error).toMatch(/never written to the bot/);
    expect(fake.callsTo('sendMessage')).toHaveLength(0);

    await upsertTelegramContact(t.db, encryptionKey, { id: 5151, username: 'Aigerim_K' });
    expect(await sendersFor().send(t.db, reporterTarget('@aigerim_k'), notice)).toEqual({ status: 'sent', externalId: expect.any(String) });
    const [call] = fake.callsTo('sendMessage');
    expect(call!.payload.chat_id).toBe('5151');
    expect(String(call!.payload.text)).toContain('K7PM-4XQD');
  });

  it('spaces messages to one chat at least a second apart', async () => {
    const sender = sendersFor();
    await Promise.all([sender.send(t.db, subscriberTarget(4545, 0), notice), sender.send(t.db, subscriberTarget(4545, 1), notice)]);
    const [first, second] = fake.callsTo('sendMessage');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
  });
});

describe('rate limiter', () => {
  it('allows a burst of 30 a second overall, one a second per private chat and one per 3 s per group or channel', () => {
    let now = 0;
    const limiter = new TelegramRateLimiter(() => now);
    const waits = Array.from({ length: 31 }, (_, i) => limiter.reserve(String(1000 + i)));
    expect(waits.slice(0, 30).every((r) => r.ok && r.waitMs === 0)).toBe(true);
    expect(waits[30]).toMatchObject({ ok: true });
    expect((waits[30] as { waitMs: number }).waitMs).toBeGreaterThan(0);

    now = 10_000;
    expect(limiter.reserve('77')).toEqual({ ok: true, waitMs: 0 });
    expect(limiter.reserve('77')).toEqual({ ok: true, waitMs: 1000 });
    expect(limiter.reserve('@channel')).toEqual({ ok: true, waitMs: 0 });
    expect(limiter.reserve('@channel')).toEqual({ ok: true, waitMs: 3000 });
    // A wait longer than the caller accepts books nothing and says when to come back.
    expect(limiter.reserve('@channel', 1000)).toEqual({ ok: false, retryAfterMs: 6000 });
    limiter.pause('88', 20_000);
    expect(limiter.reserve('88')).toEqual({ ok: false, retryAfterMs: 20_000 });
  });
});

describe('publishing a notice', () => {
  it('reaches the bot subscriber of the region, the public channel and the bot reporter — not a subscriber elsewhere', async () => {
    const publicChannel = await ensureTelegramPublicChannelSubscription(t.db, { config, encryptionKey });
    expect(await ensureTelegramPublicChannelSubscription(t.db, { config, encryptionKey })).toEqual(publicChannel); // idempotent
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: publicChannel!.id } })).toMatchObject({ label: PUBLIC_CHANNEL_LABEL, regionCodes: [], language: 'ru', confirmed: true, active: true });

    await subscribeTelegramChat(t.db, encryptionKey, { chatId: 7001, language: 'kk', regionCodes: ['KZ-47'] });
    await subscribeTelegramChat(t.db, encryptionKey, { chatId: 7002, language: 'ru', regionCodes: ['KZ-61'] });

    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47']);
    // A citizen reported it in the bot; the report joins the rumour.
    await handleTelegramWebhook(
      new Request('https://raspa.test/api/telegram/webhook', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': config.webhookSecret! },
        body: JSON.stringify({
          update_id: 9001,
          message: { message_id: 3, date: 1, chat: { id: 7003, type: 'private', first_name: 'A' }, from: { id: 7003, is_bot: false, first_name: 'A', language_code: 'en' }, text: 'Someone said the port of Aktau will close next week' },
        }),
      }),
      testApiDeps(t, { encryptionKey, telegramConfig: () => config, publicOrigin: 'https://raspa.kz', log: logger }),
    );
    const report = await t.db.report.findFirstOrThrow({ where: { externalId: '7003:3' } });
    await t.db.report.update({ where: { id: report.id }, data: { rumorId: rumor.id } });
    fake.reset();

    const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() });
    let fanoutVersionId = '';
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, { enqueueFanout: async (id) => (fanoutVersionId = id) });
    await fanOutNoticeVersion(t.db, fanoutVersionId);
    const result = await runDeliveryBatch(t.db, { senders: { TELEGRAM: sendersFor() } });
    expect(result).toMatchObject({ sent: 3, failed: 0 });

    const byChat = new Map(fake.callsTo('sendMessage').map((c) => [String(c.payload.chat_id), String(c.payload.text)]));
    expect([...byChat.keys()].sort()).toEqual(['7001', '7003', '@raspa_test_channel']);
    expect(byChat.get('@raspa_test_channel')).toContain('В Актау закроют порт');
    expect(byChat.get('@raspa_test_channel')).toContain('<b>ЛОЖЬ:</b>');
    expect(byChat.get('7001')).toContain('Ақтауда порт жабылады'); // the subscriber's language
    expect(byChat.get('7003')).toContain(`Your report ${report.trackingCode.slice(0, 4)}-${report.trackingCode.slice(4)} has been checked`);
  });

  it('workers starting at once share one public-channel subscription, none of them failing', async () => {
    // Every worker process sets the channel up at start; a deploy starts them together.
    const starts = await Promise.allSettled(Array.from({ length: 4 }, () => ensureTelegramPublicChannelSubscription(t.db, { config, encryptionKey })));
    expect(starts.map((start) => start.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const rows = await t.db.subscription.findMany({ where: { label: PUBLIC_CHANNEL_LABEL }, select: { id: true } });
    expect(rows).toHaveLength(1);
    expect(new Set(starts.map((start) => start.status === 'fulfilled' && start.value?.id))).toEqual(new Set([rows[0]!.id]));
    expect(await t.db.auditEvent.count({ where: { entityId: rows[0]!.id, action: 'subscription.created' } })).toBe(1);

    // Moving the channel at once in every worker: the old one is stopped once, the new one made once.
    const moved = { ...config, publicChannel: '@raspa_test_channel_2' };
    await Promise.all(Array.from({ length: 4 }, () => ensureTelegramPublicChannelSubscription(t.db, { config: moved, encryptionKey })));
    expect(await t.db.auditEvent.count({ where: { entityId: rows[0]!.id, action: 'subscription.deactivated' } })).toBe(1);
    expect(await t.db.subscription.count({ where: { label: PUBLIC_CHANNEL_LABEL, active: true } })).toBe(1);
  });

  it('a chat that sends /subscribe twice at once has one subscription', async () => {
    const [first, second] = await Promise.all([
      subscribeTelegramChat(t.db, encryptionKey, { chatId: 7201, language: 'kk', regionCodes: ['KZ-47'] }),
      subscribeTelegramChat(t.db, encryptionKey, { chatId: 7201, language: 'kk', regionCodes: ['KZ-47'] }),
    ]);
    expect(second.id).toBe(first.id);
    expect(await t.db.subscription.count({ where: { channel: 'TELEGRAM', addressHash: chatAddressHash(7201, encryptionKey) } })).toBe(1);
  });

  it('a public channel no longer configured stops receiving', async () => {
    await ensureTelegramPublicChannelSubscription(t.db, { config, encryptionKey });
    await ensureTelegramPublicChannelSubscription(t.db, { config: { ...config, publicChannel: null }, encryptionKey });
    expect(await t.db.subscription.count({ where: { label: PUBLIC_CHANNEL_LABEL, active: true } })).toBe(0);
  });
});

describe('announcing a published transparency report', () => {
  it('posts it to the public channel only, in the channel language, through the delivery engine', async () => {
    const publicChannel = await ensureTelegramPublicChannelSubscription(t.db, { config, encryptionKey });
    const subscriber = await subscribeTelegramChat(t.db, encryptionKey, { chatId: 7101, language: 'kk', regionCodes: [] });
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    await draftTransparencyReport(t.db, admin, { quarter: '2026-Q1' }, new Date('2026-04-01T10:00:00Z'));
    await saveTransparencyNarrative(t.db, admin, { quarter: '2026-Q1', narrativeKk: 'Тоқсан туралы есеп мәтіні осында.', narrativeRu: 'Текст отчёта за квартал здесь.', narrativeEn: 'The quarter report text goes here.' });
    let announcementId = '';
    await publishTransparencyReport(t.db, admin, { quarter: '2026-Q1' }, new Date('2026-04-03T06:00:00Z'), { enqueueAnnouncement: async (id) => (announcementId = id) });
    fake.reset();

    expect(await fanOutAnnouncement(t.db, announcementId)).toEqual({ deliveries: 1 });
    expect(await fanOutAnnouncement(t.db, announcementId)).toEqual({ deliveries: 0 }); // idempotent
    const deliveries = await t.db.delivery.findMany({ where: { announcementId } });
    expect(deliveries.map((d) => [d.subscriptionId, d.channel, d.noticeVersionId])).toEqual([[publicChannel!.id, 'TELEGRAM', null]]);
    expect(deliveries.some((d) => d.subscriptionId === subscriber.id)).toBe(false);

    expect(await runDeliveryBatch(t.db, { senders: { TELEGRAM: sendersFor() } })).toMatchObject({ sent: 1, failed: 0 });
    const [post] = fake.callsTo('sendMessage');
    expect(post!.payload.chat_id).toBe('@raspa_test_channel');
    expect(post!.payload.parse_mode).toBe('HTML');
    expect(String(post!.payload.text)).toContain('<b>Отчёт о прозрачности: 1-й квартал 2026 г.</b>');
    expect(String(post!.payload.text)).toMatch(/href="http:\/\/localhost:\d+\/ru\/transparency\?quarter=2026-Q1"/);
    expect(await t.db.delivery.findFirstOrThrow({ where: { announcementId } })).toMatchObject({ status: 'SENT' });
  });

  it('fails an announcement delivery on a channel that does not carry announcements, instead of sending a notice', async () => {
    const announcement = await t.db.announcement.create({ data: { kind: 'TRANSPARENCY_REPORT', texts: { kk: { title: 'a', summary: 'b', path: '/kk' }, ru: { title: 'a', summary: 'b', path: '/ru' }, en: { title: 'a', summary: 'b', path: '/en' } } } });
    const email = await t.db.subscription.create({ data: { channel: 'EMAIL', regionCodes: [], language: 'ru', addressCipher: 'x', addressHash: 'announcement-email', unsubscribeToken: 'announcement-email', confirmed: true } });
    await t.db.delivery.create({ data: { announcementId: announcement.id, channel: 'EMAIL', subscriptionId: email.id, nextAttemptAt: new Date() } });
    const sent: unknown[] = [];
    await runDeliveryBatch(t.db, { senders: { EMAIL: { channel: 'EMAIL', send: async (_db, _target, message) => (sent.push(message), { status: 'sent' }) } } });
    expect(sent).toEqual([]);
    expect(await t.db.delivery.findFirstOrThrow({ where: { announcementId: announcement.id } })).toMatchObject({ status: 'FAILED', lastError: 'EMAIL does not carry announcements' });
  });
});
