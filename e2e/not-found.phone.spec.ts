// An address nobody answers is a localised page with the site's header and a way home — in every
// language, and for an address outside any language too — never Next's bare English 404.
import { expect, test } from '@playwright/test';

const WORDS = {
  kk: { title: 'Бет табылмады', home: 'Басты бетке оралу' },
  ru: { title: 'Страница не найдена', home: 'На главную' },
  en: { title: 'Page not found', home: 'Back to the home page' },
};

for (const [locale, words] of Object.entries(WORDS)) {
  test(`an unknown address under /${locale} is a localised 404 with navigation`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/deeper`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
    await expect(page.locator('header')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`not-found-${locale}.png`), fullPage: true });
    await page.getByRole('link', { name: words.home }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  });
}

test('an address outside any language gets the not-found page in the visitor’s language', async ({ browser }) => {
  const context = await browser.newContext({ ...test.info().project.use, locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
  const page = await context.newPage();
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveURL(/\/ru\/no-such-page$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.ru.title);
  await context.close();
});
