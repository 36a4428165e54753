// Staff administration as a deployer runs it, in a real browser against the production build:
// an admin invites a moderator, who sets a password from the link and signs in; deactivated, they
// lose access at their very next request. A member added with a one-time password must replace it,
// then sets up two-factor sign-in and signs in with a code. A hotline operator enters a caller's
// report and can open nothing else. Screenshots of each page go to the test artifacts.
import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './test';
import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { signIn, staff, withDb } from './support';
import { LANGUAGES } from '../server/i18n/languages';

const NEW_PASSWORD = 'Kaspiy-tenizi-zhagasy-2026';

async function signInAsAdmin(page: Page) {
  await signIn(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
}

async function fitsWidth(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Adds a Mangystau moderator through the form; returns what the admin was shown once. */
async function addModerator(page: Page, name: string, email: string, credentials: 'link' | 'password') {
  await page.goto('/ru/admin/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Сотрудники' })).toBeVisible();
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Добавить сотрудника' }) });
  await form.getByLabel('Имя').fill(name);
  await form.getByLabel('Электронная почта (для входа)').fill(email);
  await form.getByLabel('Мангистауская область').check();
  if (credentials === 'password') await form.getByLabel('Одноразовый пароль, который я передам сам').check();
  await form.getByRole('button', { name: 'Добавить' }).click();
  const issued = page.getByTestId(credentials === 'link' ? 'issued-link' : 'issued-password');
  await expect(issued).toBeVisible();
  return (await issued.textContent())!.trim();
}

/** Screens of a page from the top, one viewport each (a full-page picture of a long list is unreadable). */
async function shoot(page: Page, name: string, screens = 3) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize()!.height;
  for (let i = 0; i < screens && i * viewport < height; i++) {
    await page.evaluate((y) => window.scrollTo(0, y), i * viewport);
    await page.screenshot({ path: test.info().outputPath(`${name}-${i + 1}.png`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('invite → set password from the link → sign in; deactivated, the member loses access at the next request', async ({ page, browser, expectConsoleErrors }) => {
  test.setTimeout(120_000);
  // A leaked password is refused on purpose.
  expectConsoleErrors(/status of 400.*account\.setPasswordWithLink/);
  await signInAsAdmin(page);
  const email = `invited-${randomUUID().slice(0, 8)}@raspa.test`;

  // Empty form: each field says what is missing.
  await page.goto('/ru/admin/staff');
  await page.getByRole('button', { name: 'Добавить' }).click();
  await expect(page.getByText('Укажите имя сотрудника.')).toBeVisible();
  await expect(page.getByText('Выберите хотя бы один регион или общую очередь.')).toBeVisible();

  const link = await addModerator(page, 'Айгерим Приглашённая', email, 'link');
  expect(link).toMatch(/\/ru\/signin\/password\/[A-Za-z0-9_-]{43}$/);
  // The link went out by mail (the tests' SMTP sink), and is shown once in case the mail is lost.
  await expect(page.getByText('Ссылка отправлена по почте.')).toBeVisible();
  await shoot(page, 'staff-ru-desktop', 4);

  const member = await newPage(browser);
  await member.goto(link);
  await expect(member.getByRole('heading', { level: 1, name: 'Придумайте пароль' })).toBeVisible();
  await member.screenshot({ path: test.info().outputPath('set-password-ru-desktop.png') });
  await member.getByLabel('Пароль', { exact: true }).fill('qwerty123456');
  await member.getByLabel('Пароль ещё раз').fill('qwerty123456');
  await member.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(member.getByText('есть в списках утёкших паролей')).toBeVisible();
  await member.getByLabel('Пароль', { exact: true }).fill(NEW_PASSWORD);
  await member.getByLabel('Пароль ещё раз').fill(NEW_PASSWORD);
  await member.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(member.getByText('Пароль сохранён. Теперь можно войти.')).toBeVisible();
  await member.getByRole('link', { name: 'Войти' }).click();
  await member.locator('#email').fill(email);
  await member.locator('#password').fill(NEW_PASSWORD);
  await member.locator('form button[type=submit]').click();
  await expect(member).toHaveURL(/\/ru\/admin$/);
  await expect(member.getByText('Айгерим Приглашённая')).toBeVisible();

  // The link was spent.
  const again = await newPage(browser);
  await again.goto(link);
  await expect(again.getByText('По этой ссылке уже создан пароль')).toBeVisible();

  // The admin deactivates the member while they are signed in.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  const card = page.getByTestId(`member-${email}`);
  await expect(card).toContainText('на 1 устройстве');
  await card.getByRole('button', { name: 'Отключить' }).click();
  await expect(card.getByText(/Отключён: сеансов завершено — 1/)).toBeVisible();

  await member.goto('/ru/admin/sources');
  await expect(member).toHaveURL(/\/ru\/signin/);
  const refused = await member.request.get('/api/trpc/rumors.listInboxFilters');
  expect(refused.status()).toBe(401);
});

test('a one-time password must be replaced; two-factor sign-in is set up and then asked for', async ({ page, browser, expectConsoleErrors }) => {
  test.setTimeout(120_000);
  // A wrong code is refused on purpose (400), and signing in asks for the code with a 401 first.
  expectConsoleErrors(/status of 400.*account\.confirmTwoFactor/, /status of 401.*\/api\/auth\/callback\/credentials/);
  await signInAsAdmin(page);
  const email = `otp-${randomUUID().slice(0, 8)}@raspa.test`;
  const oneTime = await addModerator(page, 'Болат Одноразовый', email, 'password');

  const member = await newPage(browser);
  await signIn(member, 'ru', { email, password: oneTime, role: 'MODERATOR', regionCodes: ['KZ-47'] });
  await expect(member).toHaveURL(/\/ru\/admin\/account$/);
  await expect(member.getByRole('alert').first()).toContainText('Вы вошли с одноразовым паролем');
  // Nothing else opens until it is replaced.
  await member.goto('/ru/admin/sources');
  await expect(member).toHaveURL(/\/ru\/admin\/account$/);
  await member.getByLabel('Одноразовый пароль, с которым вы вошли').fill(oneTime);
  await member.getByLabel('Новый пароль', { exact: true }).fill(NEW_PASSWORD);
  await member.getByLabel('Новый пароль ещё раз').fill(NEW_PASSWORD);
  await member.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(member).toHaveURL(/\/ru\/admin$/);

  // Two-factor: scan (here: read the key), confirm with a code, keep the recovery codes.
  await member.goto('/ru/admin/account');
  await member.getByRole('button', { name: 'Настроить двухфакторный вход' }).click();
  const secret = (await member.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
  await shoot(member, 'account-2fa-ru-desktop', 3);
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  await member.getByLabel('Код из приложения').fill('000000');
  await member.getByRole('button', { name: 'Включить' }).click();
  await expect(member.getByText('Код неверный')).toBeVisible();
  await member.getByLabel('Код из приложения').fill(totp.generate());
  await member.getByRole('button', { name: 'Включить' }).click();
  const codes = member.getByTestId('recovery-codes');
  await expect(codes).toBeVisible();
  expect((await codes.textContent())!.trim().split('\n')).toHaveLength(10);
  await member.getByRole('button', { name: 'Я сохранил коды' }).click();
  await expect(member.getByText(/Включён с/)).toBeVisible();
  await expect(member.getByText('Это устройство')).toBeVisible();

  await member.getByRole('button', { name: 'Выйти', exact: true }).click();
  await expect(member).toHaveURL(/\/ru\/signin/);
  await member.goto('/ru/signin');
  await member.locator('#email').fill(email);
  await member.locator('#password').fill(NEW_PASSWORD);
  await member.locator('form button[type=submit]').click();
  // The code field appears once the password was right.
  await expect(member.getByLabel('Код из приложения-аутентификатора')).toBeVisible();
  await member.getByLabel('Код из приложения-аутентификатора').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await member.locator('form button[type=submit]').click();
  await expect(member).toHaveURL(/\/ru\/admin$/);
});

test('a hotline operator enters a caller’s report and can open nothing else', async ({ page }) => {
  const operator = staff('PROXY');
  await signIn(page, 'ru', operator);
  await expect(page).toHaveURL(/\/ru\/admin\/hotline$/);
  await expect(page.getByRole('navigation', { name: 'Навигация рабочего места' }).getByRole('link')).toHaveText(['Горячая линия']);
  await page.getByRole('button', { name: 'Внести сообщение' }).click();
  await expect(page.getByText('Напишите, что вы услышали или увидели.')).toBeVisible();
  const callerText = `Звонила женщина из Жанаозена: говорят, завтра закроют рынок (${randomUUID().slice(0, 8)})`;
  await page.getByLabel('Что человек услышал или увидел?').fill(callerText);
  // When the caller heard it, typed as Russian writes it (the picker's format was the browser's own).
  const heardAt = page.getByLabel('Когда вы это услышали?');
  await expect(heardAt).toHaveAttribute('placeholder', 'ДД.ММ.ГГГГ чч:мм');
  await heardAt.fill('32.11.2026 08:15');
  await page.getByRole('button', { name: 'Внести сообщение' }).click();
  await expect(page.getByText('Укажите дату и время в формате ДД.ММ.ГГГГ чч:мм, например 31.03.2026 14:30.')).toBeVisible();
  await expect(heardAt).toHaveValue('32.11.2026 08:15');
  await heardAt.fill('30.11.2026 08:15');
  await page.getByLabel('Хочет узнать ответ').check();
  await page.getByLabel('Номер телефона').fill('+7 701 555 00 11');
  await shoot(page, 'hotline-ru-desktop', 2);
  await page.getByRole('button', { name: 'Внести сообщение' }).click();
  await expect(page.getByRole('heading', { name: 'Сообщение внесено' })).toBeVisible();
  await expect(page.getByTestId('hotline-tracking-code')).toHaveText(/^[A-HJ-NP-Z2-9]{8}$/);
  const [stored] = await withDb(async (client) => (await client.query<{ at: string }>(`SELECT to_char("heardAt", 'YYYY-MM-DD HH24:MI') AS at FROM "Report" WHERE text = $1`, [callerText])).rows);
  expect(stored?.at).toBe('2026-11-30 03:15'); // 08:15 in Kazakhstan

  for (const path of ['/ru/admin', '/ru/admin/dashboard', '/ru/admin/channels', '/ru/admin/staff']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/ru\/admin\/hotline$/);
  }
  expect((await page.request.get('/api/trpc/rumors.listInboxFilters')).status()).toBe(403);
  expect((await page.request.get('/api/admin/events')).status()).toBe(403);
});

test.describe('on a 360-px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const locale of LANGUAGES) {
    test(`the staff, account and hotline pages fit and speak ${locale}`, async ({ page }) => {
      await signIn(page, locale, staff('ADMIN'));
      await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
      for (const [name, path] of [
        ['staff', '/admin/staff'],
        ['account', '/admin/account'],
        ['hotline', '/admin/hotline'],
      ] as const) {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator('h1')).toBeVisible();
        await fitsWidth(page);
        await shoot(page, `${name}-${locale}-phone`);
      }
      await page.goto(`/${locale}/signin/password/not-a-real-link-000000000000000000`);
      await expect(page.locator('main').getByRole('alert')).toBeVisible();
      await fitsWidth(page);
      await page.screenshot({ path: test.info().outputPath(`set-password-${locale}-phone.png`) });
    });
  }
});
