// SMS commands in Kazakh, Russian and English (Cyrillic and Latin): what the sender gets back and
// what changes in their SMS subscription — and the rule that anything else is a rumour.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { serverEnv } from '../../config/env';
import { setupTestDatabase } from '../../testing/database';
import { asActor, createPublishedNotice, createStaff } from '../../testing/fixtures';
import { withdrawNotice } from '../../notices/withdraw-notice';
import { publishNotice } from '../../notices/publish-notice';
import { saveNoticeDraft } from '../../notices/save-notice-draft';
import { completeTranslations, createRumorWithApprovedVerdict } from '../../testing/notices';
import { parseSmsCommand, type RegionNames } from './commands';
import { SMS_COMMAND_WORDS } from '../public-channels';
import { FakeGatewayPhone } from '../../testing/fake-smssync-phone';
import { createGatewaySecret } from './gateway-secrets';
import { phoneHash } from './phone';

const t = setupTestDatabase();
const KEY = serverEnv().RASPA_ENCRYPTION_KEY;
let phone: FakeGatewayPhone;
let regions: RegionNames[];

const newNumber = () => `+7705${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
const subscriptionOf = (number: string) => t.db.subscription.findUnique({ where: { channel_addressHash: { channel: 'SMS', addressHash: phoneHash(number, KEY) } } });
async function reply(from: string, text: string): Promise<string> {
  const { replies, status } = await phone.forward(from, text);
  expect(status).toBe(200);
  expect(replies).toHaveLength(1);
  return replies[0]!.message;
}

beforeAll(async () => {
  const admin = await createStaff(t.db, 'ADMIN', []);
  const { secret } = await createGatewaySecret(t.db, { id: admin.id, name: admin.name, role: 'ADMIN', regionCodes: [], nationalQueue: false, canViewContacts: true }, { label: 'Commands phone' });
  phone = new FakeGatewayPhone(t.db, secret, 'commands-phone');
  regions = (await t.db.region.findMany()).map((r) => ({ code: r.code, names: [r.nameKk, r.nameRu, r.nameEn, ...r.formerNames] }));
});

describe('parsing', () => {
  it.each([
    ['SUB KZ-47', { kind: 'subscribe', language: 'en', regionCodes: ['KZ-47'] }],
    ['sub kz47 KZ-61', { kind: 'subscribe', language: 'en', regionCodes: ['KZ-47', 'KZ-61'] }],
    ['ПОДПИСКА Мангистауская область', { kind: 'subscribe', language: 'ru', regionCodes: ['KZ-47'] }],
    ['подписка мангистау', { kind: 'subscribe', language: 'ru', regionCodes: ['KZ-47'] }],
    ['ЖАЗЫЛУ Маңғыстау облысы', { kind: 'subscribe', language: 'kk', regionCodes: ['KZ-47'] }],
    ['jazylu Mangystau', { kind: 'subscribe', language: 'kk', regionCodes: ['KZ-47'] }],
    ['ПОДПИСКА Семипалатинская область', { kind: 'subscribe', language: 'ru', regionCodes: ['KZ-10'] }],
    ['Stop', { kind: 'stop', language: 'en' }],
    ['стоп!', { kind: 'stop', language: 'ru' }],
    ['тоқтату', { kind: 'stop', language: 'kk' }],
    ['ЯЗЫК KK', { kind: 'lang', language: 'ru', chosen: 'kk' }],
    ['lang ru', { kind: 'lang', language: 'en', chosen: 'ru' }],
    ['ТІЛ EN', { kind: 'lang', language: 'kk', chosen: 'en' }],
    ['help', { kind: 'help', language: 'en' }],
    ['КӨМЕК', { kind: 'help', language: 'kk' }],
    ['SUB Atlantis', { kind: 'subscribeUnknownRegion', language: 'en', query: 'Atlantis' }],
    ['КОД K7PMQ-4XD2A', { kind: 'verify', language: 'ru', verificationCode: 'K7PMQ4XD2A' }],
    ['code k7pmq 4xd2a', { kind: 'verify', language: 'en', verificationCode: 'K7PMQ4XD2A' }],
    ['тексеру K7PMQ4XD2A', { kind: 'verify', language: 'kk', verificationCode: 'K7PMQ4XD2A' }],
  ])('%s', (text, expected) => {
    expect(parseSmsCommand(text, regions)).toEqual(expected);
  });

  it.each([
    'Стоп, говорят что мост через Урал закроют',
    'STOP the rumours about the Aktau port closing tomorrow',
    'Помощь беженцам отменят с понедельника, так говорят в чате',
    'SUB говорят что в области отключат газ на всю зиму',
    'ЯЗЫК казахский запретят в школах, пишут в WhatsApp',
    'STATUS of the bridge in Atyrau is unknown',
    'Код доступа к домофонам поменяют всем жителям, говорят в чате',
    'Тексеру керек: ертең мектептер жабылады дейді',
  ])('"%s" is a rumour, not a command', (text) => {
    expect(parseSmsCommand(text, regions)).toBeNull();
  });
});

describe('the commands the public site names', () => {
  it('are the words this parser understands, in each language', () => {
    for (const [language, words] of Object.entries(SMS_COMMAND_WORDS)) {
      expect(parseSmsCommand(`${words.subscribe} 47`, regions), language).toMatchObject({ kind: 'subscribe', language, regionCodes: ['KZ-47'] });
      expect(parseSmsCommand(words.stop, regions), language).toMatchObject({ kind: 'stop', language });
      expect(parseSmsCommand(words.help, regions), language).toMatchObject({ kind: 'help', language });
      expect(parseSmsCommand(`${words.status} K7PM-4XQD`, regions), language).toMatchObject({ kind: 'status' });
      expect(parseSmsCommand(`${words.language} kk`, regions), language).toMatchObject({ kind: 'lang', chosen: 'kk' });
      expect(parseSmsCommand(`${words.verify} ABCDE-FGHJK`, regions), language).toMatchObject({ kind: 'verify', verificationCode: 'ABCDEFGHJK' });
    }
  });
});

describe('commands by SMS', () => {
  it('subscribes in English by region code, adds a region by Russian name, and STOP switches it all off', async () => {
    const number = newNumber();
    expect(await reply(number, 'SUB KZ-47')).toBe('Raspa: subscribed to Mangystau Region. To stop: STOP');
    expect(await subscriptionOf(number)).toMatchObject({ active: true, confirmed: true, regionCodes: ['KZ-47'], language: 'en', channel: 'SMS' });
    expect(await reply(number, 'ПОДПИСКА Туркестанская область')).toBe('Raspa: подписка — Мангистауская область, Туркестанская область. Отписка: СТОП');
    expect((await subscriptionOf(number))!.regionCodes).toEqual(['KZ-47', 'KZ-61']);
    expect(await reply(number, 'стоп')).toBe('Raspa: SMS-подписка отключена. Снова: ПОДПИСКА область');
    expect(await subscriptionOf(number)).toMatchObject({ active: false, deactivatedReason: 'unsubscribed by SMS' });
    // Subscribing again after STOP starts from the regions named now.
    await reply(number, 'SUB 61');
    expect(await subscriptionOf(number)).toMatchObject({ active: true, regionCodes: ['KZ-61'] });
    expect(await t.db.subscription.count({ where: { channel: 'SMS', addressHash: phoneHash(number, KEY) } })).toBe(1);
  });

  it('subscribes in Kazakh and answers in Kazakh', async () => {
    const number = newNumber();
    expect(await reply(number, 'ЖАЗЫЛУ Маңғыстау')).toBe('Raspa: жазылым — Маңғыстау облысы. Бас тарту: ТОҚТАТУ');
    expect(await subscriptionOf(number)).toMatchObject({ language: 'kk', regionCodes: ['KZ-47'] });
  });

  it('LANG sets the language every later reply uses, whatever language the command is typed in', async () => {
    const number = newNumber();
    expect(await reply(number, 'LANG KK')).toBe('Raspa: тіл — қазақша.');
    const contact = await t.db.channelContact.findUniqueOrThrow({ where: { channel_addressHash: { channel: 'SMS', addressHash: phoneHash(number, KEY) } } });
    expect(contact.language).toBe('kk');
    expect(await reply(number, 'HELP')).toMatch(/^Raspa: қауесетті мәтінмен жіберіңіз/);
    expect(await reply(number, 'SUB KZ-47')).toBe('Raspa: жазылым — Маңғыстау облысы. Бас тарту: ТОҚТАТУ');
    expect(await reply(number, 'Говорят, что в Актау отключат интернет на три дня')).toMatch(/^Raspa: қабылдадық, код [A-Z0-9]{4}-[A-Z0-9]{4}\./);
    expect(await reply(number, 'ЯЗЫК RU')).toBe('Raspa: язык — русский.');
    expect((await subscriptionOf(number))!.language).toBe('ru');
  });

  it('answers HELP in the language of the word, and an unknown region with an example', async () => {
    expect(await reply(newNumber(), 'помощь')).toMatch(/^Raspa: пришлите слух текстом\. ПОДПИСКА KZ-47/);
    expect(await reply(newNumber(), 'help')).toMatch(/^Raspa: text us a rumour\. SUB KZ-47/);
    expect(await reply(newNumber(), 'көмек')).toMatch(/^Raspa: қауесетті мәтінмен/);
    expect(await reply(newNumber(), 'SUB Atlantis')).toBe('Raspa: region "Atlantis" not found. Example: SUB KZ-47');
  });

  it('STATUS tells a report\'s progress, and an unknown code says so', async () => {
    const number = newNumber();
    await reply(number, 'Говорят, что в Атырау закроют рынок на всю следующую неделю');
    const report = await t.db.report.findFirstOrThrow({ where: { channel: 'SMS' }, orderBy: { receivedAt: 'desc' } });
    expect(await reply(number, `СТАТУС ${report.trackingCode.toLowerCase()}`)).toBe(`Raspa: ${report.trackingCode.slice(0, 4)}-${report.trackingCode.slice(4)} — получено, ждёт проверки.`);
    expect(await reply(number, 'STATUS ZZZZ-ZZZZ')).toBe('Raspa: code ZZZZ-ZZZZ not found.');
  });

  it('STATUS says when the verdict was withdrawn, and why', async () => {
    const number = newNumber();
    await reply(number, 'Говорят, что в Актау закроют порт на всю следующую неделю');
    const report = await t.db.report.findFirstOrThrow({ where: { channel: 'SMS' }, orderBy: { receivedAt: 'desc' } });
    const { rumor, notice } = await createPublishedNotice(t.db, { slug: `sms-status-${Date.now()}`, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Порт', ru: 'Порт закроют', en: 'Port' } });
    await t.db.report.update({ where: { id: report.id }, data: { rumorId: rumor.id, clusteringPending: false } });
    const code = `${report.trackingCode.slice(0, 4)}-${report.trackingCode.slice(4)}`;
    expect(await reply(number, `STATUS ${report.trackingCode}`)).toMatch(new RegExp(`^Raspa: ${code}: FALSE\\.`));
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    await withdrawNotice(t.db, asActor(moderator), { noticeId: notice.id, reasons: { ru: 'Ошибка в дате.' } }, { enqueueWithdrawalFanout: async () => null });
    expect(await reply(number, `СТАТУС ${report.trackingCode}`)).toBe(`Raspa: вердикт по ${code} отозван, проверяем заново. Причина: Ошибка в дате.`);
  });

  it('CODE checks a forwarded notice: genuine and current, withdrawn, or not issued by Raspa', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations('sms-code') });
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, { enqueueFanout: async () => 'job' });
    const { code } = await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId: draft.noticeId, state: 'PUBLISHED' } });
    const printed = `${code.slice(0, 5)}-${code.slice(5)}`;
    const number = newNumber();
    // (the notice's link follows when it fits in two segments)
    expect(await reply(number, `КОД ${printed}`)).toMatch(new RegExp(`^Raspa: ${printed} подлинное и действует\\. ЛОЖЬ: В Актау закроют порт sms-code( http://\\S+/ru/notices/${draft.slug})?$`));
    expect(await reply(number, 'CODE ZZZZZ-ZZZZ9')).toBe('Raspa: ZZZZZ-ZZZZ9 was not issued by Raspa. Do not trust or share that message.');
    await withdrawNotice(t.db, moderator, { noticeId: draft.noticeId, reasons: { kk: 'Күні қате.' } }, { enqueueWithdrawalFanout: async () => null });
    expect(await reply(number, `тексеру ${code.toLowerCase()}`)).toBe(`Raspa: ${printed} КЕРІ ҚАЙТАРЫЛДЫ. Оған сенбеңіз, таратпаңыз. Себебі: Күні қате.`);
  });

  it('files a rumour that starts with a command word as a report, and asks for more on a too-short text', async () => {
    const number = newNumber();
    const messageId = randomUUID();
    const { replies } = await phone.forward(number, 'Стоп, говорят мост через Урал в Атырау закроют на ремонт', messageId);
    expect(replies[0]!.message).toMatch(/^Raspa: получили, код/);
    expect(await t.db.report.count({ where: { externalId: messageId, channel: 'SMS' } })).toBe(1);
    expect(await reply(number, 'мост?')).toBe('Raspa: опишите слух подробнее (от 10 знаков). Справка: ПОМОЩЬ');
  });
});
