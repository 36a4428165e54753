// /<locale>/notices: every published notice, newest first, 20 to a page, in kk/ru/en. A reader who
// trims a notice's address (/ru/notices/<slug> → /ru/notices) used to get "not found".
// Other specs publish notices at the same time: this one finds its own by their titles, never "the top row".
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { horizontalOverflow, publishNotice, screenshotPhoneAndDesktop } from './support';

/** The titles of this run's notices, page by page, following "older" links from the list's first page. */
async function ownTitlesByPage(page: Page, path: string, mark: string, older: string): Promise<string[][]> {
  await page.goto(path);
  const pages: string[][] = [];
  for (let i = 0; i < 12; i += 1) {
    const titles = await page.locator('#latest h3 a').allTextContents();
    expect(titles.length).toBeLessThanOrEqual(20);
    pages.push(titles.filter((title) => title.includes(mark)));
    const next = page.locator('#latest').getByRole('link', { name: older });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${path}\\?before=`));
  }
  return pages;
}

test('the notices list pages through every published notice, newest first, in each language, and fits a phone', async ({ page, expectConsoleErrors }) => {
  // 21 notices published, two pages walked and six screenshots: more than the default 45 s on a loaded machine.
  test.setTimeout(240_000);
  const run = `${Date.now()}`;
  const number = (i: number) => String(i).padStart(2, '0');
  for (let i = 1; i <= 21; i += 1) {
    await publishNotice(`notices-list-${run}-${number(i)}`, { kk: `Тізім №${number(i)} жалған (${run})`, ru: `Список №${number(i)}: ложь (${run})`, en: `List no. ${number(i)} is false (${run})` }, ['KZ-75']);
  }

  // Trimmed from a notice's own address: the list, not "not found".
  const answer = await page.goto(`/ru/notices/notices-list-${run}-21`);
  expect(answer!.status()).toBe(200);
  const listed = await page.goto('/ru/notices');
  expect(listed!.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Опубликованные сообщения' })).toBeVisible();
  // A notice's "All notices" and a missing notice's page lead to the list too, not to the home page.
  await page.goto(`/ru/notices/notices-list-${run}-21`);
  await page.locator('footer').getByRole('link', { name: 'Все сообщения' }).click();
  await expect(page).toHaveURL(/\/ru\/notices$/);
  expectConsoleErrors(/status of 404/);
  expect((await page.goto(`/ru/notices/notices-list-${run}-missing`))!.status()).toBe(404);
  await page.getByRole('main').getByRole('link', { name: 'Все сообщения' }).click();
  await expect(page).toHaveURL(/\/ru\/notices$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Опубликованные сообщения' })).toBeVisible();
  await expect(page.locator('#latest').getByRole('link', { name: `Список №21: ложь (${run})` })).toBeVisible();

  // All 21 are found, newest first, across at least two pages of at most 20.
  const pages = await ownTitlesByPage(page, '/ru/notices', run, 'Более ранние сообщения');
  const seen = pages.flat();
  expect(seen).toEqual(Array.from({ length: 21 }, (_, i) => `Список №${number(21 - i)}: ложь (${run})`));
  expect(pages.filter((titles) => titles.length > 0).length).toBeGreaterThanOrEqual(2);
  await screenshotPhoneAndDesktop(page, 'notices-list-older-ru');
  await page.locator('#latest').getByRole('link', { name: 'К самым новым' }).click();
  await expect(page).toHaveURL(/\/ru\/notices#latest$/);

  // A mangled cursor shows the newest, not an error.
  const mangled = await page.goto('/ru/notices?before=not-a-cursor');
  expect(mangled!.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Опубликованные сообщения' })).toBeVisible();

  for (const [locale, heading, title] of [
    ['kk', 'Жарияланған хабарламалар', `Тізім №21 жалған (${run})`],
    ['en', 'Published notices', `List no. 21 is false (${run})`],
    ['ru', 'Опубликованные сообщения', `Список №21: ложь (${run})`],
  ] as const) {
    await page.goto(`/${locale}/notices`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const own = page.locator('#latest').getByRole('link', { name: title });
    await expect(own).toHaveAttribute('href', `/${locale}/notices/notices-list-${run}-21`);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshotPhoneAndDesktop(page, `notices-list-${locale}`);
    // The list's entry opens the notice in the same language.
    await own.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/notices/notices-list-${run}-21$`));
  }
});
