import { expect, test } from './test';
import { signInWithForm, staff } from './support';

test('an anonymous visitor to /ru/admin lands on the sign-in page', async ({ page }) => {
  await page.goto('/ru/admin');
  await expect(page).toHaveURL(/\/ru\/signin\?callbackUrl=%2Fru%2Fadmin/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход для сотрудников');
});

test('a wrong password shows a clear error', async ({ page, expectConsoleErrors }) => {
  expectConsoleErrors(/status of 401.*\/api\/auth\/callback\/credentials/);
  const moderator = staff('MODERATOR', 'KZ-61');
  await signInWithForm(page, 'en', { ...moderator, password: 'definitely-not-the-password' });
  await expect(page.locator('main').getByRole('alert')).toHaveText('Wrong e-mail or password.');
  await expect(page).toHaveURL(/\/en\/signin/);
});

test('empty fields are explained next to each field', async ({ page }) => {
  await page.goto('/ru/signin');
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('#email-error')).toHaveText('Введите адрес электронной почты.');
  await expect(page.locator('#password-error')).toHaveText('Введите пароль.');
  await expect(page.locator('#email')).toHaveAttribute('aria-invalid', 'true');
});

test('a moderator signs in, sees the rumours of their region, and signs out', async ({ page }) => {
  const moderator = staff('MODERATOR', 'KZ-47');
  await page.goto('/ru/admin');
  await page.locator('#email').fill(moderator.email);
  await page.locator('#password').fill(moderator.password);
  await page.locator('form button[type=submit]').click();

  await expect(page).toHaveURL(/\/ru\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Слухи по приоритету');
  await expect(page.getByText('Ваши регионы: Мангистауская область')).toBeVisible();
  const rows = page.getByTestId('inbox-rumor');
  await expect(rows.first()).toBeVisible();
  // Mangystau rumours (and ones with no region yet), never Turkistan's.
  const texts = await rows.allInnerTexts();
  expect(texts.some((text) => text.includes('Мангистауская область'))).toBe(true);
  for (const text of texts) expect(text).not.toContain('Туркестанская область');

  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/ru\/signin/);
  await page.goto('/ru/admin');
  await expect(page).toHaveURL(/\/ru\/signin/);
});
