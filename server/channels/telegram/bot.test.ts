// The bot as a Telegram user meets it: updates POSTed to the webhook handler, replies captured by
// a local fake Bot API server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handleTelegramWebhook } from '../../api/telegram-webhook';
import { serverEnv } from '../../config/env';
import { decryptText } from '../../crypto/secret-box';
import { logger } from '../../log';
import { testApiDeps } from '../../testing/api-deps';
import { setupTestDatabase } from '../../testing/database';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../testing/fake-telegram-api';
import { asActor, createPublishedNotice, createStaff } from '../../testing/fixtures';
import type { TelegramConfig } from './config';
import { withdrawNotice } from '../../notices/withdraw-notice';
import { publishNotice } from '../../notices/publish-notice';
import { saveNoticeDraft } from '../../notices/save-notice-draft';
import { completeTranslations, createRumorWithApprovedVerdict } from '../../testing/notices';
import { getTelegramBotStatus, registerTelegramWebhook } from './admin';
import { chatAddressHash } from './contacts';

const t = setupTestDatabase();
const encryptionKey = serverEnv().RASPA_ENCRYPTION_KEY;
const SECRET = 'test-webhook-secret-0123456789';
let fake: FakeTelegramApi;
let config: TelegramConfig;

beforeAll(async () => {
  fake = await startFakeTelegramApi();
  config = { token: '123456:TEST_token_abcdefghijklmnopqrstu', webhookSecret: SECRET, apiRoot: fake.url, publicChannel: null, publicChannelLanguage: 'ru', botUsername: 'raspa_test_bot' };
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

let nextUpdateId = 1;
let nextMessageId = 1;

function post(body: unknown, headers: Record<string, string> = { 'x-telegram-bot-api-secret-token': SECRET }, overrides: { config?: TelegramConfig | null } = {}) {
  const request = new Request('https://raspa.test/api/telegram/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return handleTelegramWebhook(request, testApiDeps(t, { encryptionKey, telegramConfig: () => (overrides.config === undefined ? config : overrides.config), publicOrigin: 'https://raspa.kz', log: logger }));
}

function user(chatId: number, extra: Record<string, unknown> = {}) {
  return { id: chatId, is_bot: false, first_name: 'Aigerim', language_code: 'ru', ...extra };
}

function messageUpdate(chatId: number, text: string, extra: Record<string, unknown> = {}, from: Record<string, unknown> = {}) {
  const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] : undefined;
  return {
    update_id: nextUpdateId++,
    message: { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'Aigerim' }, from: user(chatId, from), text, entities, ...extra },
  };
}

function callbackUpdate(chatId: number, data: string, messageId = 77) {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cb-${nextUpdateId}`,
      from: user(chatId),
      chat_instance: 'ci',
      data,
      message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'Aigerim' }, text: 'keyboard' },
    },
  };
}

/** Texts the bot sent to this chat, oldest first. */
function sentTexts(chatId: number): string[] {
  return fake.callsTo('sendMessage').filter((c) => Number(c.payload.chat_id) === chatId).map((c) => String(c.payload.text));
}

function lastKeyboard(): { text: string; callback_data: string }[][] {
  const call = [...fake.calls].reverse().find((c) => (c.payload.reply_markup as { inline_keyboard?: unknown })?.inline_keyboard);
  return (call!.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
}

describe('webhook security and robustness', () => {
  it('refuses a missing secret token (401) and a wrong one (403), and does nothing', async () => {
    expect((await post(messageUpdate(500, 'В городе пропала вода, говорят', {}), {})).status).toBe(401);
    expect((await post(messageUpdate(500, 'В городе пропала вода, говорят'), { 'x-telegram-bot-api-secret-token': 'wrong-secret-0123456789' })).status).toBe(403);
    expect(fake.calls).toHaveLength(0);
    expect(await t.db.report.count({ where: { channel: 'TELEGRAM' } })).toBe(0);
  });

  it('says clearly when the bot is off or has no secret configured', async () => {
    const off = await post(messageUpdate(500, '/start'), undefined, { config: null });
    expect(off.status).toBe(404);
    expect(((await off.json()) as { error: string }).error).toMatch(/TELEGRAM_BOT_TOKEN/);
    const noSecret = await post(messageUpdate(500, '/start'), undefined, { config: { ...config, webhookSecret: null } });
    expect(noSecret.status).toBe(503);
  });

  it('answers malformed bodies and unknown update types with 200 and does nothing', async () => {
    for (const body of ['{not json', '[]', '{"hello":1}', '{"update_id":"x"}', '']) {
      expect((await post(body)).status).toBe(200);
    }
    expect((await post({ update_id: nextUpdateId++, poll: { id: '1', question: 'q', options: [] } })).status).toBe(200);
    expect((await post({ update_id: nextUpdateId++, message: { message_id: 1 } })).status).toBe(200); // a message without a chat
    expect((await post('x'.repeat(300 * 1024))).status).toBe(200);
    expect(fake.callsTo('sendMessage')).toHaveLength(0);
  });

  it('processes a repeated update_id once', async () => {
    const update = messageUpdate(501, 'Говорят, завтра в Таразе закроют все школы на карантин');
    expect((await post(update)).status).toBe(200);
    expect((await post(update)).status).toBe(200);
    expect(await t.db.report.count({ where: { externalId: `501:${update.message.message_id}` } })).toBe(1);
    expect(sentTexts(501)).toHaveLength(1);
  });
});

describe('conversation', () => {
  it('/start asks for the language with buttons; choosing one stores it and explains the bot in it', async () => {
    await post(messageUpdate(600, '/start'));
    expect(sentTexts(600)[0]).toContain('Тілді таңдаңыз');
    expect(lastKeyboard()[0]!.map((b) => b.text)).toEqual(['Қазақша', 'Русский', 'English']);

    fake.reset();
    await post(callbackUpdate(600, 'lang:kk'));
    expect(fake.callsTo('answerCallbackQuery')).toHaveLength(1);
    expect(String(fake.callsTo('editMessageText')[0]!.payload.text)).toBe('Тіл: қазақша.');
    expect(sentTexts(600)[0]).toContain('Raspa ботымын');
    const contact = await t.db.channelContact.findUniqueOrThrow({ where: { channel_addressHash: { channel: 'TELEGRAM', addressHash: chatAddressHash(600, encryptionKey) } } });
    expect(contact.language).toBe('kk');
    expect(decryptText(contact.addressCipher, encryptionKey)).toBe('600');

    // Later messages come in the chosen language, whatever the phone's language is.
    fake.reset();
    await post(messageUpdate(600, '/help'));
    expect(sentTexts(600)[0]).toContain('/subscribe — өңіріңіз бойынша');
  });

  it('any text becomes a report (channel TELEGRAM, chat as encrypted contact) and the reply has the tracking code and link', async () => {
    const update = messageUpdate(700, 'Говорят, в Караганде с понедельника отключат отопление во всех домах');
    await post(update);
    const report = await t.db.report.findFirstOrThrow({ where: { externalId: `700:${update.message.message_id}` } });
    expect(report).toMatchObject({ channel: 'TELEGRAM', wantsFeedback: true, contactKind: 'TELEGRAM', forwardedFrom: null });
    expect(decryptText(report.contactCipher!, encryptionKey)).toBe('700');
    const [replyText] = sentTexts(700);
    expect(replyText).toContain(report.trackingCode.slice(0, 4));
    expect(replyText).toContain(`https://raspa.kz/ru/track/${report.trackingCode}`);
  });

  it('a text matching a published notice is answered with "already checked", the verdict and the link', async () => {
    await createPublishedNotice(t.db, {
      slug: 'shetpe-train-telegram-test',
      verdict: 'FALSE',
      regionCodes: ['KZ-47'],
      titles: { kk: 'Шетпеде пойызды бұғаттады деген ақпарат', ru: 'Утверждение, что в Шетпе заблокировали пассажирский поезд', en: 'Claim that a passenger train was blocked in Shetpe' },
      summary: 'Поезд идёт по расписанию, сообщили в КТЖ.',
    });
    await post(messageUpdate(800, 'Говорят, в Шетпе заблокировали пассажирский поезд'));
    const [replyText] = sentTexts(800);
    expect(replyText).toContain('Уже проверено');
    // The fact first, then the claim once and flagged, as on the web form's answer.
    expect(replyText).toContain('Поезд идёт по расписанию, сообщили в КТЖ.\n<b>ЛОЖЬ</b> — <a href="https://raspa.kz/ru/notices/shetpe-train-telegram-test">«Утверждение, что в Шетпе заблокировали пассажирский поезд»</a>');
    expect(replyText).toContain('Пересылайте результат проверки, а не слух');
    // The message is recorded as a sighting too, with its own tracking code.
    const report = await t.db.report.findFirstOrThrow({ where: { externalId: { startsWith: '800:' } } });
    expect(replyText).toContain(report.trackingCode.slice(0, 4));
    const call = fake.callsTo('sendMessage').find((c) => Number(c.payload.chat_id) === 800)!;
    expect(call.payload.parse_mode).toBe('HTML');
  });

  it('a forwarded message keeps where it came from, not who forwarded it', async () => {
    const update = messageUpdate(
      900,
      'СРОЧНО! Из-за паводка эвакуируют весь Петропавловск, перешлите всем',
      { forward_origin: { type: 'channel', date: 1, message_id: 5, chat: { id: -100123, type: 'channel', title: 'Новости Севера', username: 'sever_news' } } },
      { username: 'aigerim_private', last_name: 'Secret' },
    );
    await post(update);
    const report = await t.db.report.findFirstOrThrow({ where: { externalId: `900:${update.message.message_id}` } });
    expect(report.forwardedFrom).toBe('Новости Севера (@sever_news)');
    expect(JSON.stringify(report)).not.toContain('aigerim_private');
    expect(JSON.stringify(report)).not.toContain('Secret');
  });

  it('a photo caption is the text; a photo without one, a too-short text and an oversized text get clear replies', async () => {
    await post(messageUpdate(950, '', { text: undefined, photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }], caption: 'На фото: в Шымкенте взорвался газопровод, говорят' }));
    expect(await t.db.report.count({ where: { externalId: { startsWith: '950:' } } })).toBe(1);

    fake.reset();
    await post(messageUpdate(951, '', { text: undefined, photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] }));
    expect(sentTexts(951)[0]).toContain('подписью');
    await post(messageUpdate(951, 'вода?'));
    expect(sentTexts(951)[1]).toContain('слишком коротко');
    await post(messageUpdate(951, `Длинный слух: ${'в Актобе закроют рынок '.repeat(200)}`));
    expect(sentTexts(951)[2]).toContain('первые 2000 символов');
    const long = await t.db.report.findFirstOrThrow({ where: { externalId: { startsWith: '951:' } } });
    expect(long.text.length).toBeLessThanOrEqual(2000);
    await post(messageUpdate(951, '', { text: undefined, sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }));
    expect(sentTexts(951)[3]).toContain('только текст');
  });

  it('an unknown command gets the list of commands', async () => {
    await post(messageUpdate(1000, '/weather Almaty'));
    const [replyText] = sentTexts(1000);
    expect(replyText).toContain('/weather');
    expect(replyText).toContain('/subscribe');
    expect(replyText).toContain('/status');
    expect(await t.db.report.count({ where: { externalId: { startsWith: '1000:' } } })).toBe(0);
  });

  it('/status CODE shows the report status and, once published, the verdict', async () => {
    const update = messageUpdate(1100, 'Говорят, в Атырау с завтрашнего дня бензин подорожает вдвое');
    await post(update);
    const report = await t.db.report.findFirstOrThrow({ where: { externalId: `1100:${update.message.message_id}` } });
    fake.reset();
    await post(messageUpdate(1100, `/status ${report.trackingCode.toLowerCase()}`));
    expect(sentTexts(1100)[0]).toContain('Получено');

    const { notice } = await createPublishedNotice(t.db, {
      slug: 'atyrau-petrol-test',
      verdict: 'MISLEADING',
      regionCodes: ['KZ-23'],
      titles: { kk: 'Атырауда бензин қымбаттайды', ru: 'Бензин в Атырау подорожает вдвое', en: 'Petrol in Atyrau to double in price' },
    });
    await t.db.report.update({ where: { id: report.id }, data: { rumorId: notice.rumorId } });
    await post(messageUpdate(1100, `/status ${report.trackingCode}`));
    expect(sentTexts(1100)[1]).toContain('Бензин в Атырау подорожает вдвое');
    expect(sentTexts(1100)[1]).toContain('https://raspa.kz/ru/notices/atyrau-petrol-test');

    await post(messageUpdate(1100, '/status'));
    expect(sentTexts(1100)[2]).toContain('/status K7PM-4XQD');
    await post(messageUpdate(1100, '/status ZZZZ-ZZZZ'));
    expect(sentTexts(1100)[3]).toContain('не найдено');

    // Withdrawn: the verdict is gone, and the chat is told why and that it is being checked again.
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-23']);
    await withdrawNotice(t.db, asActor(moderator), { noticeId: notice.id, reasons: { ru: 'Цены ещё не утверждены.' } }, { enqueueWithdrawalFanout: async () => null });
    await post(messageUpdate(1100, `/status ${report.trackingCode}`));
    const withdrawn = sentTexts(1100)[4]!;
    expect(withdrawn).toContain('Проверяется');
    expect(withdrawn).toContain('Опубликованный вердикт отозван: Вводит в заблуждение — Бензин в Атырау подорожает вдвое.');
    expect(withdrawn).toContain('Причина: Цены ещё не утверждены.');
    expect(withdrawn).toContain(`https://raspa.kz/ru/track/${report.trackingCode}`);
  });

  it('a forwarded Raspa notice is answered genuine / withdrawn instead of being filed; /verify takes a typed code; a forged code is warned about and filed', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations('tg-verify') });
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, { enqueueFanout: async () => 'job' });
    const { code } = await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId: draft.noticeId, state: 'PUBLISHED' } });
    const printed = `${code.slice(0, 5)}-${code.slice(5)}`;
    const forwardedNotice = `ЛОЖЬ: порт не закрывают.\n\nКод проверки: ${printed} — проверить: raspa.kz/ru/verify?code=${code}`;
    const forwarded = messageUpdate(1300, forwardedNotice, { forward_origin: { type: 'hidden_user', sender_user_name: 'Someone', date: 1 } });
    await post(forwarded);
    expect(sentTexts(1300)[0]).toContain(`<b><code>${printed}</code> — подлинное сообщение Raspa, и оно действует.</b>`);
    expect(sentTexts(1300)[0]).toContain(`https://raspa.kz/ru/notices/${draft.slug}`);
    expect(await t.db.report.count({ where: { externalId: `1300:${forwarded.message.message_id}` } })).toBe(0);

    await post(messageUpdate(1300, `/verify ${code.toLowerCase()}`));
    expect(sentTexts(1300)[1]).toContain('подлинное сообщение Raspa');
    await post(messageUpdate(1300, '/verify'));
    expect(sentTexts(1300)[2]).toContain('/verify ABCDE-FGHJK');

    const forged = messageUpdate(1300, 'СРОЧНО: акимат закрывает все школы области с завтрашнего дня. Код проверки: ZZZZZ-ZZZZ9');
    await post(forged);
    expect(sentTexts(1300)[3]).toContain('<code>ZZZZZ-ZZZZ9</code> Raspa не выпускала. Это сообщение не от нас');
    expect(await t.db.report.count({ where: { externalId: `1300:${forged.message.message_id}` } })).toBe(1);

    await withdrawNotice(t.db, moderator, { noticeId: draft.noticeId, reasons: { ru: 'Ошибка в дате.' } }, { enqueueWithdrawalFanout: async () => null });
    fake.reset();
    await post(messageUpdate(1300, forwardedNotice, { forward_origin: { type: 'hidden_user', sender_user_name: 'Someone', date: 1 } }));
    expect(sentTexts(1300)[0]).toContain('Raspa ОТОЗВАЛА это сообщение');
    expect(sentTexts(1300)[0]).toContain('Причина: Ошибка в дате.');
  });

  it('/subscribe shows 20 region buttons; toggling and saving creates a subscription for those regions; /unsubscribe stops it', async () => {
    const chatId = 1200;
    await post(messageUpdate(chatId, '/subscribe'));
    const keyboard = lastKeyboard();
    const regionButtons = keyboard.flat().filter((b) => b.callback_data.startsWith('sub:toggle:'));
    expect(regionButtons).toHaveLength(20);
    expect(regionButtons.find((b) => b.callback_data === 'sub:toggle:KZ-47')!.text).toMatch(/^Мангистау/); // names in the chat's language
    expect(keyboard.flat().map((b) => b.callback_data)).toEqual(expect.arrayContaining(['sub:all', 'sub:save']));

    await post(callbackUpdate(chatId, 'sub:save'));
    expect(String(fake.callsTo('answerCallbackQuery').at(-1)!.payload.text)).toContain('хотя бы один');

    await post(callbackUpdate(chatId, 'sub:toggle:KZ-75'));
    await post(callbackUpdate(chatId, 'sub:toggle:KZ-47'));
    await post(callbackUpdate(chatId, 'sub:toggle:KZ-11'));
    await post(callbackUpdate(chatId, 'sub:toggle:KZ-11')); // changed their mind
    const redrawn = (fake.callsTo('editMessageReplyMarkup').at(-1)!.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    expect(redrawn.find((b) => b.callback_data === 'sub:toggle:KZ-75')!.text).toMatch(/^✅ /);
    expect(redrawn.find((b) => b.callback_data === 'sub:toggle:KZ-11')!.text).not.toMatch(/^✅ /);
    await post(callbackUpdate(chatId, 'sub:save'));

    const subscription = await t.db.subscription.findUniqueOrThrow({ where: { channel_addressHash: { channel: 'TELEGRAM', addressHash: chatAddressHash(chatId, encryptionKey) } } });
    expect(subscription).toMatchObject({ channel: 'TELEGRAM', active: true, confirmed: true, language: 'ru', regionCodes: ['KZ-47', 'KZ-75'] });
    expect(decryptText(subscription.addressCipher, encryptionKey)).toBe(String(chatId));
    expect(String(fake.callsTo('editMessageText').at(-1)!.payload.text)).toContain('Подписка оформлена');

    // "All regions" replaces the choice with the whole country.
    await post(messageUpdate(chatId, '/subscribe'));
    await post(callbackUpdate(chatId, 'sub:all'));
    expect((await t.db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).regionCodes).toEqual([]);

    fake.reset();
    await post(messageUpdate(chatId, '/unsubscribe'));
    expect(sentTexts(chatId)[0]).toContain('больше не придут');
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ active: false, deactivatedReason: 'unsubscribed' });
    await post(messageUpdate(chatId, '/unsubscribe'));
    expect(sentTexts(chatId)[1]).toContain('не подписаны');
  });
});

describe('digests in the bot', () => {
  it('/digest offers at once, daily and weekly (the current one marked); choosing one keeps the subscription and is audited', async () => {
    const chatId = 1250;
    await post(messageUpdate(chatId, '/digest'));
    expect(sentTexts(chatId).at(-1)).toContain('не подписаны');

    await post(messageUpdate(chatId, '/subscribe'));
    await post(callbackUpdate(chatId, 'sub:all'));
    await post(messageUpdate(chatId, '/digest'));
    expect(sentTexts(chatId).at(-1)).toContain('Срочные сообщения и отзывы всегда приходят сразу');
    expect(lastKeyboard().flat()).toEqual([
      { text: '✓ Каждое сообщение сразу', callback_data: 'digest:IMMEDIATE' },
      { text: 'Сводка раз в день, 08:00', callback_data: 'digest:DAILY' },
      { text: 'Сводка раз в неделю, пн 08:00', callback_data: 'digest:WEEKLY' },
    ]);
    await post(callbackUpdate(chatId, 'digest:DAILY'));
    expect(String(fake.callsTo('editMessageText').at(-1)!.payload.text)).toContain('сводка каждый день в 08:00');
    const subscription = await t.db.subscription.findUniqueOrThrow({ where: { channel_addressHash: { channel: 'TELEGRAM', addressHash: chatAddressHash(chatId, encryptionKey) } } });
    expect(subscription).toMatchObject({ active: true, cadence: 'DAILY', regionCodes: [] });
    expect(await t.db.auditEvent.count({ where: { action: 'subscription.cadence_changed', entityId: subscription.id } })).toBe(1);

    // Changing the regions later keeps the digest.
    await post(messageUpdate(chatId, '/subscribe'));
    await post(callbackUpdate(chatId, 'sub:toggle:KZ-47'));
    await post(callbackUpdate(chatId, 'sub:save'));
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ cadence: 'DAILY', regionCodes: ['KZ-47'] });
  });
});

describe('blocking the bot', () => {
  it('stops the chat\'s subscription at once, without waiting for a failed delivery', async () => {
    const chatId = 1300;
    await post(messageUpdate(chatId, '/subscribe'));
    await post(callbackUpdate(chatId, 'sub:all'));
    const member = (status: string) => ({ user: { id: 123456, is_bot: true, first_name: 'Raspa', username: 'raspa_test_bot' }, status });
    await post({
      update_id: nextUpdateId++,
      my_chat_member: { chat: { id: chatId, type: 'private', first_name: 'A' }, from: user(chatId), date: 1, old_chat_member: member('member'), new_chat_member: { ...member('kicked'), until_date: 0 } },
    });
    const subscription = await t.db.subscription.findUniqueOrThrow({ where: { channel_addressHash: { channel: 'TELEGRAM', addressHash: chatAddressHash(chatId, encryptionKey) } } });
    expect(subscription).toMatchObject({ active: false, deactivatedReason: 'blocked the bot' });
  });
});

describe('admin Channels page', () => {
  it('shows the bot status and subscriber count; an admin registers the webhook with the secret token', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const status = await getTelegramBotStatus(t.db, moderator, { config, publicOrigin: 'https://raspa.kz' });
    expect(status).toMatchObject({ enabled: true, botUsername: 'raspa_test_bot', webhookUrl: 'https://raspa.kz/api/telegram/webhook', webhookSecretSet: true, publicChannel: null });
    expect(status.chats).toBeGreaterThan(0);

    await expect(registerTelegramWebhook(t.db, moderator, { config, publicOrigin: 'https://raspa.kz' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await registerTelegramWebhook(t.db, admin, { config, publicOrigin: 'https://raspa.kz' })).toEqual({ ok: true, webhookUrl: 'https://raspa.kz/api/telegram/webhook' });
    expect(fake.callsTo('setWebhook')[0]!.payload).toMatchObject({ url: 'https://raspa.kz/api/telegram/webhook', secret_token: SECRET });
    expect(await t.db.auditEvent.count({ where: { action: 'telegram.webhook_registered', actorId: admin.id } })).toBe(1);

    fake.failNext('setWebhook', { error_code: 400, description: 'Bad Request: bad webhook: HTTPS url must be provided for webhook' });
    expect(await registerTelegramWebhook(t.db, admin, { config, publicOrigin: 'http://localhost:3000' })).toMatchObject({ ok: false, reason: 'rejected', detail: expect.stringContaining('HTTPS') });
    expect(await registerTelegramWebhook(t.db, admin, { config: null, publicOrigin: 'https://raspa.kz' })).toEqual({ ok: false, reason: 'notConfigured' });
  });
});
