// The audit log: an admin finds who did what, in their language, narrows it down with a plain form
// (bad dates explained, values kept) and downloads it; moderators cannot open it.
import { expect, test } from './test';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, signInWithForm, staff, withDb } from './support';
import { LANGUAGES } from '../server/i18n/languages';

test('an admin reads the audit log in words, filters it and downloads it; a moderator is sent away', async ({ page, browser }) => {
  // Through the form, not a stored session: this test's own sign-ins are the ones it looks for.
  await signInWithForm(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await page.getByRole('link', { name: 'Журнал действий' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Журнал действий' })).toBeVisible();
  // Signing in was recorded, in words and with who did it.
  const events = page.getByTestId('audit-events');
  await expect(events.getByText('вошёл(-ла) в систему').first()).toBeVisible();

  await page.getByLabel('С', { exact: true }).fill('2026-12-05');
  await page.getByLabel('По', { exact: true }).fill('2026-12-01');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByText('Конечная дата не может быть раньше начальной.')).toBeVisible();
  await expect(page.getByLabel('С', { exact: true })).toHaveValue('2026-12-05');

  await page.getByLabel('С', { exact: true }).fill('');
  await page.getByLabel('По', { exact: true }).fill('');
  await page.getByLabel('Что', { exact: true }).selectOption({ label: 'вошёл(-ла) в систему' });
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(events.locator('li').first()).toContainText('вошёл(-ла) в систему');
  for (const line of await events.locator('li > p:first-child').allTextContents()) expect(line).toContain('вошёл(-ла) в систему');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Скачать CSV' }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(header).toBe('id,time_utc,actor,action,action_words,entity_type,entity_id,changes');
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toContain('auth.signed_in');

  const moderator = await (await browser.newContext()).newPage();
  await signInWithForm(moderator, 'ru', staff('MODERATOR', 'KZ-47'));
  await expect(moderator).toHaveURL(/\/ru\/admin$/);
  await moderator.goto('/ru/admin/audit');
  await expect(moderator).toHaveURL(/\/ru\/admin$/);
  await expect(moderator.getByRole('link', { name: 'Журнал действий' })).toHaveCount(0);

  // By region: the Mangystau moderator's sign-in is there, said in words; in Almaty it is not.
  await page.getByLabel('Регион', { exact: true }).selectOption('KZ-47');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByLabel('Регион', { exact: true })).toHaveValue('KZ-47');
  await expect(events.locator('li').first()).toContainText('вошёл(-ла) в систему');
  await expect(events.getByRole('rowheader', { name: 'Браузер' }).first()).toBeVisible();
  await expect(events.getByRole('rowheader', { name: 'browser' })).toHaveCount(0);
  const mangystauModerator = await withDb(async (db) => (await db.query<{ name: string }>(`SELECT name FROM "User" WHERE email = $1`, [staff('MODERATOR', 'KZ-47').email])).rows[0]!.name);
  await expect(events.getByText(mangystauModerator).first()).toBeVisible();
  await page.getByLabel('Регион', { exact: true }).selectOption('KZ-75');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByLabel('Регион', { exact: true })).toHaveValue('KZ-75');
  await expect(page.getByRole('heading', { level: 1, name: 'Журнал действий' })).toBeVisible();
  await expect(events.getByText(mangystauModerator)).toHaveCount(0);
});

test('the audit log in three languages, phone and desktop', async ({ page }) => {
  await signIn(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  for (const locale of LANGUAGES) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${locale}/admin/audit`);
    await expect(page.getByTestId('audit-events').locator('li').first()).toBeVisible();
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // On a phone a value gets half the row, not a fifth ("Жарияла|нды", a verification code split in two).
    const changes = page.getByTestId('audit-events').getByRole('table').first();
    const [table, value] = await Promise.all([changes.boundingBox(), changes.getByRole('cell').last().boundingBox()]);
    expect(value!.width, locale).toBeGreaterThan(table!.width * 0.4);
    await screenshotPhoneAndDesktop(page, `audit-log-${locale}`);
  }
});

test('the date filters take and show dates as the admin’s language writes them, and explain a wrong one (kk, with and without JavaScript)', async ({ page, browser }) => {
  await signIn(page, 'kk', staff('ADMIN'));
  await expect(page).toHaveURL(/\/kk\/admin$/);
  await page.goto('/kk/admin/audit');
  const from = page.getByLabel('Бастап', { exact: true });
  const to = page.getByLabel('Дейін', { exact: true });
  // Not the browser's picker, whose pattern is its own locale's ("mm/dd/yyyy" in headless Chromium).
  await expect(from).toHaveAttribute('placeholder', 'КК.АА.ЖЖЖЖ');
  const today = await page.evaluate(() => {
    const [y, m, d] = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10).split('-');
    return `${d}.${m}.${y}`;
  });

  // A day that does not exist, and one written month first: explained beside the field, nothing sent.
  await from.fill('31.02.2026');
  await to.fill('12/31/2026');
  await page.getByRole('button', { name: 'Көрсету' }).click();
  await expect(page.locator('#audit-from-error')).toHaveText('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 31.03.2026.');
  await expect(page.locator('#audit-to-error')).toHaveText('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 31.03.2026.');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/kk\/admin\/audit$/);
  await screenshotPhoneAndDesktop(page, 'audit-log-bad-date-kk');

  // Written the Kazakh way, it filters: today's sign-in is there, and the dates come back as typed.
  await from.fill('01.12.2026');
  await to.fill(today);
  await page.getByRole('button', { name: 'Көрсету' }).click();
  await expect(page).toHaveURL(new RegExp(`from=01\\.12\\.2026&to=${today.replaceAll('.', '\\.')}`));
  await expect(page.getByTestId('audit-events').getByText('жүйеге кірді').first()).toBeVisible();
  await expect(page.getByLabel('Бастап', { exact: true })).toHaveValue('01.12.2026');
  await expect(page.getByRole('link', { name: 'CSV жүктеп алу' })).toHaveAttribute('href', /from=2026-12-01/);
  // Without JavaScript the server reads the same dates and says the same.
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await plain.newPage();
  await noScript.goto('/kk/admin/audit?from=31.02.2026&to=2026-12-01');
  await expect(noScript.locator('#audit-from-error')).toHaveText('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 31.03.2026.');
  await expect(noScript.getByLabel('Дейін', { exact: true })).toHaveValue('01.12.2026');
  await plain.close();
});
