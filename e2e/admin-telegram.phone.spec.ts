// The Telegram bot through the running server: the admin Channels page's Telegram section on a
// 360-px phone, registering the webhook, and an update POSTed to /api/telegram/webhook answered
// through the Bot API. The flows need the server started with the bot on and a fake Bot API:
//   TELEGRAM_BOT_TOKEN=123456:E2E_token_abcdefghijklmnopqrstuv TELEGRAM_WEBHOOK_SECRET=e2e-telegram-secret-0123456789 \
//   TELEGRAM_API_BASE_URL=http://127.0.0.1:3296 TELEGRAM_PUBLIC_CHANNEL=@raspa_e2e npx tsx scripts/test.ts --only=e2e e2e/admin-telegram.phone.spec.ts
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { startFakeTelegramApi, type FakeTelegramApi } from '../server/testing/fake-telegram-api';
import { randomUUID } from 'node:crypto';
import { signIn, staff, withDb } from './support';

const botOn = Boolean(process.env.TELEGRAM_BOT_TOKEN && process.env.TELEGRAM_API_BASE_URL?.startsWith('http://127.0.0.1:'));

test('the Telegram section of the Channels page fits a 360-px screen and passes axe', async ({ page }) => {
  await signIn(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await page.goto('/ru/admin/channels');
  const section = page.getByRole('region', { name: 'Telegram-бот' });
  await expect(section).toBeVisible();
  await expect(section.getByText(botOn ? 'Включён' : 'Выключен — задайте TELEGRAM_BOT_TOKEN, чтобы включить.')).toBeVisible();
  await expect(section.getByText(/\/api\/telegram\/webhook$/)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="telegram-bot-title"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await section.screenshot({ path: test.info().outputPath('telegram-section-phone.png') });
});

test.describe('with the bot on', () => {
  test.skip(!botOn, 'needs TELEGRAM_BOT_TOKEN and TELEGRAM_API_BASE_URL=http://127.0.0.1:<port> (see the top of this file)');
  let fake: FakeTelegramApi;
  test.beforeAll(async () => {
    fake = await startFakeTelegramApi(Number(new URL(process.env.TELEGRAM_API_BASE_URL!).port));
  });
  test.afterAll(() => fake.close());

  test('an admin registers the webhook; the public channel is subscribed', async ({ page }) => {
    await signIn(page, 'en', staff('ADMIN'));
    await expect(page).toHaveURL(/\/en\/admin$/);
    await page.goto('/en/admin/channels');
    const section = page.getByRole('region', { name: 'Telegram bot' });
    // The worker subscribed the configured public channel at start.
    await expect(section.getByText(process.env.TELEGRAM_PUBLIC_CHANNEL ?? '', { exact: true })).toBeVisible();
    await expect(section.getByText('gets every published notice')).toBeVisible();
    await section.getByRole('button', { name: 'Register webhook' }).click();
    await expect(section.getByRole('status')).toContainText('Done: Telegram will send updates to');
    const call = fake.callsTo('setWebhook').at(-1)!;
    expect(call.payload).toMatchObject({ secret_token: process.env.TELEGRAM_WEBHOOK_SECRET });
    expect(String(call.payload.url)).toMatch(/\/api\/telegram\/webhook$/);
  });

  test('a message to the bot becomes a report answered with its tracking code; a wrong secret is refused', async ({ request }) => {
    const chatId = 700_000 + Math.floor(Math.random() * 100_000);
    const update = {
      update_id: Math.floor(Math.random() * 1e9),
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'E2E' }, from: { id: chatId, is_bot: false, first_name: 'E2E', language_code: 'en' }, text: 'They say the bridge in Atyrau will close for a whole month' },
    };
    const refused = await request.post('/api/telegram/webhook', { data: update, headers: { 'x-telegram-bot-api-secret-token': 'wrong-secret-0123456789' } });
    expect(refused.status()).toBe(403);
    const accepted = await request.post('/api/telegram/webhook', { data: update, headers: { 'x-telegram-bot-api-secret-token': process.env.TELEGRAM_WEBHOOK_SECRET! } });
    expect(accepted.status()).toBe(200);
    const reply = fake.callsTo('sendMessage').find((c) => Number(c.payload.chat_id) === chatId)!;
    expect(String(reply.payload.text)).toMatch(/Tracking code: [A-Z0-9]{4}-[A-Z0-9]{4}/);
    const malformed = await request.post('/api/telegram/webhook', { data: '{oops', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': process.env.TELEGRAM_WEBHOOK_SECRET! } });
    expect(malformed.status()).toBe(200);
  });

  test('a moderator links their Telegram through the bot, chooses it for a kind, and the notification arrives there', async ({ page }) => {
    test.setTimeout(90_000);
    const moderator = staff('MODERATOR', 'KZ-47');
    await signIn(page, 'ru', moderator);
    await expect(page).toHaveURL(/\/ru\/admin$/);
    await page.goto('/ru/admin/account');
    const section = page.getByRole('region', { name: 'Telegram' });
    await section.getByRole('button', { name: 'Привязать Telegram' }).click();
    const command = (await section.getByTestId('telegram-start-command').textContent())!.trim();
    expect(command).toMatch(/^\/start staff_[A-Za-z0-9_-]{24}$/);
    const code = command.slice('/start '.length);
    await expect(section.getByRole('link', { name: 'Откройте бота и нажмите «Старт»' })).toHaveAttribute('href', `https://t.me/raspa_e2e_bot?start=${code}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // The member opens the deep link: Telegram sends the bot `/start <code>` from their chat.
    const chatId = 900_000 + Math.floor(Math.random() * 90_000);
    const update = {
      update_id: Math.floor(Math.random() * 1e9),
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'E2E' }, from: { id: chatId, is_bot: false, first_name: 'E2E', language_code: 'ru' }, text: command, entities: [{ type: 'bot_command', offset: 0, length: 6 }] },
    };
    const accepted = await page.request.post('/api/telegram/webhook', { data: update, headers: { 'x-telegram-bot-api-secret-token': process.env.TELEGRAM_WEBHOOK_SECRET! } });
    expect(accepted.status()).toBe(200);
    // The page sees it without a reload.
    await expect(section.getByRole('status').first()).toHaveText('Ваш Telegram привязан.', { timeout: 10_000 });
    await section.screenshot({ path: test.info().outputPath('account-telegram-linked-phone.png') });

    await page.goto('/ru/admin/notifications');
    const settings = page.getByRole('region', { name: 'Куда приходят уведомления' });
    await settings.getByRole('combobox', { name: 'Слух в ваших регионах стал критическим' }).selectOption('TELEGRAM');
    await settings.getByRole('button', { name: 'Сохранить' }).click();
    await expect(settings.getByText('Сохранено.')).toBeVisible();

    // A critical alert for them (written as the app writes one, with its delivery): the worker sends it to their chat.
    const claim = `Говорят, в Актау нападут на школу ${randomUUID().slice(0, 6)}`;
    const rumorId = await withDb(async (c) => {
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO "Rumor" (id, claim, "normalizedClaim", language, status, "regionCodes", "firstSeenAt", "lastSeenAt", "updatedAt") VALUES (gen_random_uuid(), $1, lower($1), 'ru', 'NEW', '{KZ-47}', now(), now(), now()) RETURNING id`,
        [claim],
      );
      const rumor = rows[0]!.id;
      const notification = await c.query<{ id: string }>(`INSERT INTO "StaffNotification" (id, "recipientId", kind, "rumorId") SELECT gen_random_uuid(), id, 'RUMOR_CRITICAL', $1 FROM "User" WHERE email = $2 RETURNING id`, [rumor, moderator.email]);
      await c.query(`INSERT INTO "Delivery" (id, "staffNotificationId", kind, channel, "nextAttemptAt") VALUES (gen_random_uuid(), $1, 'NOTICE', 'TELEGRAM', now())`, [notification.rows[0]!.id]);
      return rumor;
    });
    await expect.poll(() => fake.callsTo('sendMessage').filter((c) => Number(c.payload.chat_id) === chatId && String(c.payload.text).includes(claim)).length, { timeout: 30_000 }).toBe(1);
    const sent = fake.callsTo('sendMessage').find((c) => Number(c.payload.chat_id) === chatId && String(c.payload.text).includes(claim))!;
    expect(String(sent.payload.text)).toContain('Слух в ваших регионах стал критическим');
    expect(String(sent.payload.text)).toContain(`/ru/admin/rumors/${rumorId}`);

    // Unlinking: the kind goes back to the app only.
    await page.goto('/ru/admin/account');
    await section.getByRole('button', { name: 'Отвязать Telegram' }).click();
    await expect(section.getByRole('status').first()).toHaveText(/Telegram отвязан/);
  });
});
