// The admin Channels page with a gateway phone talking to the real endpoint: an admin generates a
// gateway secret (shown once), a phone forwards an SMS with it and polls, and the page shows the
// phone online and the SMS in the log — the full number for the admin, who may read contacts.
// Moderators see their region's log, not secrets; without the contact permission numbers are
// masked and a search by number is refused.
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { randomUUID } from 'node:crypto';
import { signIn, staff } from './support';

async function signInAs(page: Page, role: 'ADMIN' | 'MODERATOR', region?: string) {
  await signIn(page, 'ru', staff(role, region));
  await expect(page).toHaveURL(/\/ru\/admin$/);
}

async function expectNoSeriousAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

test('an admin connects a gateway phone and sees its SMS in the log', async ({ page, request }) => {
  test.setTimeout(90_000);
  await signInAs(page, 'ADMIN');
  await page.getByRole('link', { name: 'Каналы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Каналы' })).toBeVisible();

  const label = `Телефон в Актау ${Date.now()}`;
  await page.getByLabel('Название (например, телефон в Актау)').fill(label);
  await page.getByRole('button', { name: 'Создать секрет' }).click();
  const secretBox = page.getByTestId('new-gateway-secret');
  await expect(secretBox).toBeVisible();
  const secret = (await secretBox.textContent())!.trim();
  expect(secret.length).toBeGreaterThanOrEqual(32);
  await expect(page.getByRole('button', { name: `Отозвать секрет «${label}»` })).toBeVisible();

  // The phone: wrong secret refused, then an SMS forwarded form-encoded, then a poll.
  const wrong = await request.post('/api/sms/smssync', { form: { from: '+77017770001', message: 'test', secret: 'wrong' } });
  expect(wrong.status()).toBe(403);
  const deviceId = `e2e-phone-${randomUUID().slice(0, 6)}`;
  const inbound = await request.post('/api/sms/smssync', {
    form: { from: '+77017775544', message: 'Говорят, что в Жанаозене отключат свет на три дня', message_id: randomUUID(), sent_timestamp: String(Date.now()), sent_to: '+77010000001', device_id: deviceId, secret },
  });
  expect(inbound.status()).toBe(200);
  const body = (await inbound.json()) as { payload: { success: boolean; messages: { to: string; message: string }[] } };
  expect(body.payload.success).toBe(true);
  expect(body.payload.messages[0]!.message).toMatch(/^Raspa: получили, код/);
  const poll = await request.get(`/api/sms/smssync?task=send&secret=${encodeURIComponent(secret)}&device_id=${deviceId}`);
  expect(((await poll.json()) as { payload: { task: string } }).payload.task).toBe('send');

  await page.reload();
  const phones = page.locator('section', { has: page.getByRole('heading', { name: 'Телефоны-шлюзы' }) });
  await expect(phones.getByText(deviceId)).toBeVisible();
  await expect(phones.locator('li', { hasText: deviceId }).getByText('на связи')).toBeVisible();

  await page.getByLabel('Поиск: текст, полный номер или устройство').fill('8 701 777 55 44');
  await page.getByRole('button', { name: 'Показать' }).click();
  // The search is posted and comes back sealed: the number a moderator typed is not in the address.
  await expect(page).toHaveURL(/[?&]search=/);
  expect(page.url()).not.toMatch(/701|7775544/);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('+77017775544');
  await expect(page.getByText('Говорят, что в Жанаозене отключат свет на три дня')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Shown once: after a reload only the label and the hint remain.
  await expect(page.getByTestId('new-gateway-secret')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(secret);
  await page.getByRole('button', { name: `Отозвать секрет «${label}»` }).click();
  await expect(page.getByText('Секрет отозван')).toBeVisible();
  const refused = await request.get(`/api/sms/smssync?task=send&secret=${encodeURIComponent(secret)}`);
  expect(refused.status()).toBe(403);
});

test('a moderator sees the gateway phones and the log but no secrets', async ({ page }) => {
  await signInAs(page, 'MODERATOR', 'KZ-47');
  await page.goto('/ru/admin/channels');
  await expect(page.getByRole('heading', { level: 1, name: 'Каналы' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Журнал сообщений' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Секреты шлюзов' })).toHaveCount(0);
  await expect(page.getByText('Номера скрыты.')).toBeVisible();
  await page.getByLabel('Поиск: текст или устройство').fill('+7 701 777 55 44');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('Для поиска по номеру нужно право видеть контакты');
  await expect(page.locator('main')).not.toContainText('7017775544');
  await expectNoSeriousAxeViolations(page);
});
