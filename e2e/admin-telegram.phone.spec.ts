// The Telegram bot through the running server: the admin Channels page's Telegram section on a
// 360-px phone, registering the webhook, and an update POSTed to /api/telegram/webhook answered
// through the Bot API. The flows need the server started with the bot on and a fake Bot API:
//   TELEGRAM_BOT_TOKEN=123456:E2E_token_abcdefghijklmnopqrstuv TELEGRAM_WEBHOOK_SECRET=e2e-telegram-secret-0123456789 \
//   TELEGRAM_API_BASE_URL=http://127.0.0.1:3296 TELEGRAM_PUBLIC_CHANNEL=@raspa_e2e npx tsx scripts/test.ts --only=e2e e2e/admin-telegram.phone.spec.ts
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { startFakeTelegramApi, type FakeTelegramApi } from '../server/testing/fake-telegram-api';
import { signIn, staff } from './support';

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
});
