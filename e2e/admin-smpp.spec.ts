// The SMPP form on the admin Channels page, against a local SMSC started here and the real
// background worker: an admin is told what is wrong with bad values, tests the connection, saves,
// and watches the status turn "bound"; a citizen's SMS through the SMSC gets its reply through the
// bind; a wrong password shows the SMSC's refusal; switching SMPP off lets go of the bind.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { FakeSmsc } from '../server/testing/fake-smsc';
import { signIn, staff, withDb } from './support';

let smsc: FakeSmsc;

test.beforeAll(async () => {
  smsc = await FakeSmsc.start({ systemId: 'raspa-e2e', password: 'e2e-pass' });
});

test.afterAll(async () => {
  // Leave SMPP off for the other specs: with a bind up, the SMSSync phones get no outgoing SMS.
  await withDb((client) => client.query(`UPDATE "Setting" SET value = jsonb_set(value::jsonb, '{enabled}', 'false') WHERE key = 'sms.smpp.settings'`));
  await smsc.close();
});

test('an admin configures SMPP, tests it, and sees the bind and its traffic live', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await page.goto('/ru/admin/channels');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'SMPP (оператор или агрегатор)' }) });
  await expect(section.getByTestId('smpp-status')).toHaveAttribute('data-state', /notConfigured|off/);

  // Bad values: each field says what is wrong, in Russian, and nothing typed is lost.
  await section.getByLabel('Адрес SMS-центра').fill('http://smsc.example.kz:2775');
  await section.getByLabel('system_id (логин)').fill('raspa-e2e');
  await section.getByLabel('Отправитель (source address)').fill('RaspaKazakhstan');
  await section.getByRole('button', { name: 'Сохранить' }).click();
  await expect(section.getByText('Имя хоста или IP-адрес, без http:// и порта.')).toBeVisible();
  await expect(section.getByText('Буквенно-цифровое имя отправителя — не более 11 символов.')).toBeVisible();
  await expect(section.getByLabel('system_id (логин)')).toHaveValue('raspa-e2e');

  await section.getByLabel('Адрес SMS-центра').fill('127.0.0.1');
  await section.getByLabel('Порт', { exact: true }).fill(String(smsc.port));
  await section.getByLabel('Пароль', { exact: true }).fill('e2e-pass');
  await section.getByLabel('Отправитель (source address)').fill('Raspa');
  await section.getByLabel('Сообщений в секунду').fill('50');
  await section.getByRole('button', { name: 'Проверить подключение' }).click();
  await expect(section.getByTestId('smpp-form-status')).toContainText('SMS-центр принял подключение');

  await section.getByLabel('Отправлять и принимать SMS по SMPP').check();
  await section.getByRole('button', { name: 'Сохранить' }).click();
  await expect(section.getByTestId('smpp-form-status')).toContainText('Сохранено');
  await expect(section.getByLabel('Пароль', { exact: true })).toHaveValue('');
  await expect(section.getByText('Пароль сохранён (зашифрован)')).toBeVisible();
  await expect(section.getByTestId('smpp-status')).toHaveAttribute('data-state', 'bound', { timeout: 30_000 });
  await expect(section.getByTestId('smpp-status')).toContainText('подключено');

  // A citizen texts HELP to our number: the reply comes back through the bind.
  await smsc.deliverSms('+77017771234', 'HELP');
  // Other journeys' SMS go through the same bind while it is up: look for the reply to this number.
  await smsc.waitFor(() => smsc.messages.some((m) => m.to === '77017771234'), 30_000, 'the reply to HELP');
  const reply = smsc.messages.find((m) => m.to === '77017771234');
  expect(reply!.from).toBe('Raspa');
  await expect(section.getByTestId('smpp-status')).toContainText(/отправлено: [1-9]/, { timeout: 15_000 });

  const axe = await new AxeBuilder({ page }).include('#smpp-title').include('[data-testid=smpp-status]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('channels-smpp-ru-desktop.png'), fullPage: true });

  // A wrong password: the status shows the SMSC's refusal.
  await section.getByLabel('Пароль', { exact: true }).fill('wrong');
  await section.getByRole('button', { name: 'Сохранить' }).click();
  await expect(section.getByTestId('smpp-status')).toHaveAttribute('data-state', 'error', { timeout: 30_000 });
  await expect(section.getByTestId('smpp-last-error')).toHaveText('bind_transceiver: ESME_RINVPASWD (0x0E)');

  // Off: the bind is let go and the phones take the outbox again.
  await section.getByLabel('Отправлять и принимать SMS по SMPP').uncheck();
  await section.getByRole('button', { name: 'Сохранить' }).click();
  await expect(section.getByTestId('smpp-status')).toHaveAttribute('data-state', 'off', { timeout: 15_000 });
  await expect.poll(() => smsc.boundSessions, { timeout: 15_000 }).toBe(0);
});

test('a moderator sees the SMPP status but not the account form', async ({ page }) => {
  await signIn(page, 'ru', staff('MODERATOR', 'KZ-47'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await page.goto('/ru/admin/channels');
  await expect(page.getByTestId('smpp-status')).toBeVisible();
  await expect(page.getByLabel('Адрес SMS-центра')).toHaveCount(0);
});

for (const [locale, title] of [
  ['kk', 'SMPP (оператор не агрегатор)'],
  ['en', 'SMPP (operator or aggregator)'],
] as const) {
  test(`the SMPP section speaks ${locale}`, async ({ page }) => {
    await signIn(page, locale, staff('ADMIN'));
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
    await page.goto(`/${locale}/admin/channels`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: title }) });
    await expect(section.getByTestId('smpp-status')).toBeVisible();
    await expect(section).not.toContainText('channels.smpp');
    await section.screenshot({ path: test.info().outputPath(`channels-smpp-${locale}-desktop.png`) });
  });
}
