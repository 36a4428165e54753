// Admin pages in each language pass axe with no serious or critical violations — also with a form
// open and showing its errors — and a moderator cannot reach the admin-only settings: the page
// sends them back to their inbox.
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { signIn, staff, withDb } from './support';

const ADMIN_PAGES = [
  { path: '/ru/admin/dashboard', heading: 'Обзор' },
  { path: '/ru/admin/settings', heading: 'Настройки приоритета' },
  { path: '/kk/admin/dashboard', heading: 'Шолу' },
  { path: '/en/admin/settings', heading: 'Priority settings' },
] as const;

async function signInAs(page: Page, role: 'ADMIN' | 'MODERATOR', region?: string) {
  await signIn(page, 'ru', staff(role, region));
  // Without a callbackUrl the sign-in form lands on the inbox.
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Слухи по приоритету' })).toBeVisible();
}

test('admin pages have no serious accessibility problems in any language', async ({ page }) => {
  // axe reads every node of the settings page (the lexicon alone is hundreds of terms, and Places
  // added a form): on a loaded 2-core machine one settings page takes ~40 s.
  test.setTimeout(180_000);
  await signInAs(page, 'ADMIN');
  for (const { path, heading } of ADMIN_PAGES) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    });
  }
});

test('a moderator is sent back to the inbox from the admin-only settings', async ({ page }) => {
  await signInAs(page, 'MODERATOR', 'KZ-47');
  const response = await page.goto('/ru/admin/settings');
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Слухи по приоритету' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Настройки приоритета' })).toHaveCount(0);
});

test('admin forms showing their errors have no serious accessibility problems, and each error is read with its field', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, 'ADMIN');
  const rumorId = await withDb(async (client) => (await client.query<{ id: string }>(`SELECT id FROM "Rumor" WHERE status = 'INVESTIGATING' ORDER BY "priorityScore" DESC LIMIT 1`)).rows[0]!.id);
  const forms = [
    { path: '/ru/admin/sources', open: 'Добавить источник', field: 'Название', error: 'Введите название' },
    { path: '/en/admin/sources', open: 'Add a source', field: 'Name', error: 'Enter a name' },
    { path: `/kk/admin/rumors/${rumorId}`, open: 'Дәлел қосу', field: 'Дәйексөз немесе қысқаша мазмұн', error: 'Дереккөздің сөзін келтіріңіз' },
    { path: `/ru/admin/rumors/${rumorId}`, open: 'Добавить доказательство', field: 'Цитата или пересказ', error: 'Процитируйте или перескажите' },
  ] as const;
  for (const { path, open, field, error } of forms) {
    await test.step(path, async () => {
      await page.goto(path);
      await page.getByRole('button', { name: open }).first().click();
      const form = page.locator('form.card').first();
      await form.locator('button[type=submit]').click();
      const control = form.getByLabel(field, { exact: true });
      await expect(control).toHaveAttribute('aria-invalid', 'true');
      await expect(control).toHaveAccessibleDescription(new RegExp(error));
      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    });
  }
});
