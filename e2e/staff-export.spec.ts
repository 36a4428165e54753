// Staff exports: a moderator picks days on a plain form (checked on the server, errors in their
// language, values kept), downloads a CSV of their region's reports, and nothing personal is in it.
import { expect, test } from './test';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff } from './support';
import { LANGUAGES } from '../server/i18n/languages';

test('a moderator downloads a region-scoped export after fixing a reversed date range', async ({ page }) => {
  await signIn(page, 'kk', staff('MODERATOR', 'KZ-47'));
  await expect(page).toHaveURL(/\/kk\/admin$/);
  await page.getByRole('link', { name: 'Экспорт' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Сыбыстар мен хабарламаларды экспорттау' })).toBeVisible();

  // Days as Kazakh writes them, not the browser picker's pattern ("mm/dd/yyyy" in headless Chromium).
  await expect(page.getByLabel('Бастап (келген күні)')).toHaveAttribute('placeholder', 'КК.АА.ЖЖЖЖ');
  await page.getByLabel('Бастап (келген күні)').fill('31.03.2026');
  await page.getByLabel('Дейін (қоса алғанда)').fill('01.03.2026');
  await page.getByRole('button', { name: 'Экспортты дайындау' }).click();
  await expect(page.locator('#export-to-error')).toHaveText('Соңғы күн бірінші күннен ерте болмауы керек.');
  // Nothing typed is lost.
  await expect(page.getByLabel('Бастап (келген күні)')).toHaveValue('31.03.2026');
  await expect(page.getByRole('link', { name: 'Хабарламалар (CSV)' })).toHaveCount(0);

  // A day that does not exist is explained beside its field, as typed.
  await page.getByLabel('Бастап (келген күні)').fill('31.02.2026');
  await page.getByRole('button', { name: 'Экспортты дайындау' }).click();
  await expect(page.locator('#export-from-error')).toHaveText('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 31.03.2026.');
  await expect(page.getByLabel('Бастап (келген күні)')).toHaveValue('31.02.2026');
  await expect(page.getByLabel('Бастап (келген күні)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('link', { name: 'Хабарламалар (CSV)' })).toHaveCount(0);
  // Both were explained in the browser: nothing was sent.
  await expect(page).toHaveURL(/\/kk\/admin\/exports$/);

  await page.getByLabel('Бастап (келген күні)').fill('1.1.2000');
  await page.getByLabel('Дейін (қоса алғанда)').fill('31.12.2099');
  await page.getByRole('button', { name: 'Экспортты дайындау' }).click();
  const link = page.getByRole('link', { name: 'Хабарламалар (CSV)' });
  await expect(link).toBeVisible();
  await expect(page.getByLabel('Бастап (келген күні)')).toHaveValue('01.01.2000');
  // The download takes the same days as YYYY-MM-DD.
  await expect(link).toHaveAttribute('href', /from=2000-01-01&to=2099-12-31/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(header).toBe('id,rumor_id,channel,language,script,region_code,district,settlement,heard_via,heard_day,received_day,confirmed_match,cluster_score,photos');
  expect(rows.length).toBeGreaterThan(0);
  // Only Mangystau: a moderator's export has no other region and no reports without one.
  for (const row of rows) expect(row.split(',')[5]).toBe('KZ-47');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('without JavaScript the server reads the days as Kazakh writes them and says the same about a wrong one (kk)', async ({ page, browser }) => {
  await signIn(page, 'kk', staff('MODERATOR', 'KZ-47'));
  await expect(page).toHaveURL(/\/kk\/admin$/);
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await plain.newPage();
  await noScript.goto('/kk/admin/exports?region=&from=31.02.2026&to=2026-03-01');
  await expect(noScript.locator('#export-from-error')).toHaveText('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 31.03.2026.');
  await expect(noScript.getByLabel('Бастап (келген күні)')).toHaveValue('31.02.2026');
  // An address made before (YYYY-MM-DD) comes back as Kazakh writes it.
  await expect(noScript.getByLabel('Дейін (қоса алғанда)')).toHaveValue('01.03.2026');
  await expect(noScript.locator('a[download]')).toHaveCount(0);
  await noScript.getByLabel('Бастап (келген күні)').fill('31.03.2026');
  await noScript.getByRole('button', { name: 'Экспортты дайындау' }).click();
  await expect(noScript.locator('#export-to-error')).toHaveText('Соңғы күн бірінші күннен ерте болмауы керек.');
  await noScript.getByLabel('Дейін (қоса алғанда)').fill('1.4.2026');
  await noScript.getByRole('button', { name: 'Экспортты дайындау' }).click();
  await expect(noScript.getByRole('link', { name: 'Хабарламалар (CSV)' })).toHaveAttribute('href', /from=2026-03-31&to=2026-04-01/);
  await plain.close();
});

test('the export page in three languages, phone and desktop', async ({ page }) => {
  await signIn(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  for (const locale of LANGUAGES) {
    await page.goto(`/${locale}/admin/exports?region=&from=2026-01-01&to=2026-03-31`);
    await expect(page.locator('a[download]')).toHaveCount(4);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshotPhoneAndDesktop(page, `staff-export-${locale}`);
  }
});
