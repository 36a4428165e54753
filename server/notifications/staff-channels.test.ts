// Staff notifications by Web Push and Telegram through the delivery engine: a push arrives at a
// local stand-in push service, decrypted, with the notification's id as its Topic, once; a member
// links Telegram through the bot (the webhook, /start <code>) and their notification arrives at the
// fake Bot API, once; a rumour that has left the member's regions goes nowhere; nothing carries a
// reporter's contact.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handleTelegramWebhook } from '../api/telegram-webhook';
import type { TelegramConfig } from '../channels/telegram/config';
import { createTelegramSender } from '../channels/telegram/telegram-sender';
import { serverEnv } from '../config/env';
import { encryptText } from '../crypto/secret-box';
import { runDeliveryBatch } from '../delivery/run-delivery-batch';
import { pushTopic, webPushSender } from '../delivery/web-push-sender';
import { logger } from '../log';
import type { Actor } from '../policy';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { startFakeTelegramApi, type FakeTelegramApi } from '../testing/fake-telegram-api';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { startFakePushService, type FakePushService } from '../testing/web-push-endpoint';
import { notifyStaff } from './notify-staff';
import { getNotificationSettings, updateNotificationSettings } from './settings';
import { disableStaffPush, enableStaffPush } from './staff-push';
import { getTelegramLink, startTelegramLink, unlinkTelegram } from './staff-telegram';

const t = setupTestDatabase();
const SECRET = 'test-webhook-secret-0123456789';
const encryptionKey = serverEnv().RASPA_ENCRYPTION_KEY;
let push: FakePushService;
let telegram: FakeTelegramApi;
let config: TelegramConfig;
let moderator: Actor;

beforeAll(async () => {
  push = await startFakePushService();
  telegram = await startFakeTelegramApi();
  config = { token: '123456:TEST_token_abcdefghijklmnopqrstu', webhookSecret: SECRET, apiRoot: telegram.url, publicChannel: null, publicChannelLanguage: 'ru', botUsername: 'raspa_test_bot' };
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
});
afterAll(async () => {
  await push.close();
  await telegram.close();
});
beforeEach(() => telegram.reset());

const telegramSender = () => createTelegramSender({ config: () => config, encryptionKey: () => encryptionKey });
const claimWithReporter = async (text: string) => {
  const rumor = await createRumor(t.db, text, ['KZ-47'], 'INVESTIGATING');
  // A reporter who left a phone number: no staff notification may ever carry it.
  await t.db.report.create({
    data: { clientId: randomUUID(), heardAt: new Date(), rumorId: rumor.id, channel: 'WEB', language: 'ru', text, normalizedText: text.toLowerCase(), trackingCode: `T${Math.random().toString(36).slice(2, 10).toUpperCase()}`, contactKind: 'PHONE', contactCipher: encryptText('+77011234567', encryptionKey) },
  });
  return rumor;
};

describe('Web Push', () => {
  it('reaches every browser the member turned push on in, once, in their language, with the notification as its Topic', async () => {
    const row = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const member = asActor(row);
    await t.db.user.update({ where: { id: member.id }, data: { locale: 'kk' } });
    const phone = push.subscription();
    const laptop = push.subscription();
    await enableStaffPush(t.db, member, phone);
    expect((await enableStaffPush(t.db, member, laptop)).devices).toBe(2);
    await updateNotificationSettings(t.db, member, { channels: { ASSIGNED: 'WEB_PUSH' }, quietHoursStart: null, quietHoursEnd: null });
    expect((await getNotificationSettings(t.db, member)).channels.ASSIGNED).toBe('WEB_PUSH');

    const rumor = await claimWithReporter(`Говорят, в Актау закроют порт ${Math.random()}`);
    const [notified] = await t.db.$transaction((tx) => notifyStaff(tx, { kind: 'ASSIGNED', rumorId: rumor.id, recipientIds: [member.id], actorId: moderator.id }));
    expect(notified).toBe(member.id);
    const notification = await t.db.staffNotification.findFirstOrThrow({ where: { recipientId: member.id, rumorId: rumor.id } });

    const before = push.received.length;
    await runDeliveryBatch(t.db, { senders: { WEB_PUSH: webPushSender } });
    await runDeliveryBatch(t.db, { senders: { WEB_PUSH: webPushSender } });
    const received = push.received.slice(before);
    expect(received.map((r) => r.path).sort()).toEqual([new URL(phone.endpoint).pathname, new URL(laptop.endpoint).pathname].sort());
    for (const message of received) {
      expect(message.headers.topic).toBe(pushTopic(notification.id));
      expect(message.payload).toMatchObject({ title: expect.stringContaining('сізге қауесет тағайындады'), url: expect.stringContaining(`/kk/admin/rumors/${rumor.id}`), tag: `staff-${notification.id}`, lang: 'kk' });
      expect(JSON.stringify(message.payload)).not.toContain('7011234567');
    }
    expect(await t.db.delivery.findFirstOrThrow({ where: { staffNotificationId: notification.id } })).toMatchObject({ channel: 'WEB_PUSH', status: 'SENT' });
  });

  it('forgets a browser whose endpoint is gone and refuses an endpoint that is not a push service', async () => {
    const member = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const gone = push.subscription();
    push.gone.add(new URL(gone.endpoint).pathname);
    await enableStaffPush(t.db, member, gone);
    await updateNotificationSettings(t.db, member, { channels: { MENTIONED: 'WEB_PUSH' }, quietHoursStart: null, quietHoursEnd: null });
    const rumor = await createRumor(t.db, `Говорят, в Актау нет воды ${Math.random()}`, ['KZ-47']);
    await t.db.$transaction((tx) => notifyStaff(tx, { kind: 'MENTIONED', rumorId: rumor.id, recipientIds: [member.id], actorId: moderator.id }));
    await runDeliveryBatch(t.db, { senders: { WEB_PUSH: webPushSender } });
    expect(await t.db.staffPushSubscription.count({ where: { userId: member.id } })).toBe(0);
    expect(await t.db.delivery.findFirstOrThrow({ where: { staffNotification: { recipientId: member.id } } })).toMatchObject({ status: 'FAILED' });

    await expect(enableStaffPush(t.db, member, { endpoint: 'ftp://push.example/x', keys: gone.keys })).rejects.toThrow();
    const laptop = push.subscription();
    await enableStaffPush(t.db, member, laptop);
    expect((await disableStaffPush(t.db, member, { endpoint: laptop.endpoint })).devices).toBe(0);
  });

  it('never sends a rumour that left the member’s regions', async () => {
    const member = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const device = push.subscription();
    await enableStaffPush(t.db, member, device);
    await updateNotificationSettings(t.db, member, { channels: { ASSIGNED: 'WEB_PUSH' }, quietHoursStart: null, quietHoursEnd: null });
    const rumor = await createRumor(t.db, `Говорят, в Актау нет света ${Math.random()}`, ['KZ-47']);
    await t.db.$transaction((tx) => notifyStaff(tx, { kind: 'ASSIGNED', rumorId: rumor.id, recipientIds: [member.id], actorId: moderator.id }));
    await t.db.rumor.update({ where: { id: rumor.id }, data: { regionCodes: ['KZ-61'] } });
    await runDeliveryBatch(t.db, { senders: { WEB_PUSH: webPushSender } });
    expect(push.received.some((r) => r.path === new URL(device.endpoint).pathname)).toBe(false);
    expect(await t.db.delivery.findFirstOrThrow({ where: { staffNotification: { recipientId: member.id } } })).toMatchObject({ status: 'FAILED' });
  });
});

let nextUpdateId = 1;
function startUpdate(chatId: number, text: string) {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Aigerim' },
      from: { id: chatId, is_bot: false, first_name: 'Aigerim', language_code: 'ru' },
      text,
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
    },
  };
}
function postToWebhook(body: unknown) {
  const request = new Request('https://raspa.test/api/telegram/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET }, body: JSON.stringify(body) });
  return handleTelegramWebhook(request, testApiDeps(t, { encryptionKey, telegramConfig: () => config, publicOrigin: 'https://raspa.kz', log: logger }));
}
const sentTo = (chatId: number) => telegram.callsTo('sendMessage').filter((c) => Number(c.payload.chat_id) === chatId).map((c) => String(c.payload.text));

describe('Telegram', () => {
  it('links the chat that sends /start <code> from the account page, audited, and delivers the chosen kinds there once', async () => {
    const row = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const member = asActor(row);
    const chatId = 700_000_000 + Math.floor(Math.random() * 1_000_000);
    await expect(updateNotificationSettings(t.db, member, { channels: { APPROVAL_REQUESTED: 'TELEGRAM' }, quietHoursStart: null, quietHoursEnd: null })).rejects.toThrow('telegramNotLinked');

    expect(await startTelegramLink(t.db, member, { config: null })).toEqual({ started: false, reason: 'telegramUnavailable' });
    const started = await startTelegramLink(t.db, member, { config });
    if (!started.started) throw new Error('not started');
    expect(started.deepLink).toBe(`https://t.me/raspa_test_bot?start=${started.code}`);
    expect((await postToWebhook(startUpdate(chatId, `/start ${started.code}`))).status).toBe(200);
    expect(sentTo(chatId).at(-1)).toContain(row.name);
    expect(await getTelegramLink(t.db, member, { config })).toMatchObject({ linked: true });
    expect(await t.db.auditEvent.count({ where: { entityId: member.id, action: 'account.telegram_linked' } })).toBe(1);
    // The code is single-use.
    await postToWebhook(startUpdate(chatId + 1, `/start ${started.code}`));
    expect(sentTo(chatId + 1).at(-1)).toMatch(/неизвестен или истёк/);

    await updateNotificationSettings(t.db, member, { channels: { RUMOR_CRITICAL: 'TELEGRAM' }, quietHoursStart: null, quietHoursEnd: null });
    const rumor = await claimWithReporter(`Говорят, в Актау <b>нападут</b> на школу ${Math.random()}`);
    await t.db.$transaction((tx) => notifyStaff(tx, { kind: 'RUMOR_CRITICAL', rumorId: rumor.id, recipientIds: [member.id], actorId: null }));
    telegram.reset();
    await runDeliveryBatch(t.db, { senders: { TELEGRAM: telegramSender() } });
    await runDeliveryBatch(t.db, { senders: { TELEGRAM: telegramSender() } });
    const messages = sentTo(chatId);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Слух в ваших регионах стал критическим');
    expect(messages[0]).toContain('&lt;b&gt;нападут&lt;/b&gt;');
    expect(messages[0]).toContain(`/ru/admin/rumors/${rumor.id}`);
    expect(messages[0]).not.toContain('7011234567');

    // Unlinking sends the Telegram kinds back to the app.
    await unlinkTelegram(t.db, member);
    expect(await getTelegramLink(t.db, member, { config })).toMatchObject({ linked: false });
    expect((await getNotificationSettings(t.db, member)).channels.RUMOR_CRITICAL).toBe('IN_APP');
  });

  it('refuses an expired code, and a rumour outside the member’s regions never reaches their chat', async () => {
    const member = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const chatId = 800_000_000 + Math.floor(Math.random() * 1_000_000);
    const expired = await startTelegramLink(t.db, member, { config });
    if (!expired.started) throw new Error('not started');
    await t.db.user.update({ where: { id: member.id }, data: { telegramLinkCodeExpiresAt: new Date(Date.now() - 1000) } });
    await postToWebhook(startUpdate(chatId, `/start ${expired.code}`));
    expect(await getTelegramLink(t.db, member, { config })).toMatchObject({ linked: false });

    const fresh = await startTelegramLink(t.db, member, { config });
    if (!fresh.started) throw new Error('not started');
    await postToWebhook(startUpdate(chatId, `/start ${fresh.code}`));
    await updateNotificationSettings(t.db, member, { channels: { ASSIGNED: 'TELEGRAM' }, quietHoursStart: null, quietHoursEnd: null });
    const rumor = await createRumor(t.db, `Говорят, в Туркестане нет хлеба ${Math.random()}`, ['KZ-47']);
    await t.db.$transaction((tx) => notifyStaff(tx, { kind: 'ASSIGNED', rumorId: rumor.id, recipientIds: [member.id], actorId: moderator.id }));
    await t.db.rumor.update({ where: { id: rumor.id }, data: { regionCodes: ['KZ-61'] } });
    telegram.reset();
    await runDeliveryBatch(t.db, { senders: { TELEGRAM: telegramSender() } });
    expect(sentTo(chatId)).toEqual([]);
    expect(await t.db.delivery.findFirstOrThrow({ where: { staffNotification: { recipientId: member.id } } })).toMatchObject({ status: 'FAILED' });
  });
});
