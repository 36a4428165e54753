import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';

const PROMISES = {
  kk: 'Алаңдатарлық бірдеңе естідіңіз бе?',
  ru: 'Услышали что-то тревожное?',
  en: 'Heard something alarming?',
};

for (const [locale, promise] of Object.entries(PROMISES)) {
  test(`home page renders in ${locale} on a phone`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(promise);
    // Seeded notices are listed, in this language.
    await expect(page.locator('#latest')).toBeVisible();
    await expect(page.locator('main li').first()).toBeVisible();
    // Nothing is wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}

test('the root redirects by Accept-Language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ru$/);
  await context.close();

  const english = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.8' } });
  const englishPage = await english.newPage();
  await englishPage.goto('/');
  await expect(englishPage).toHaveURL(/\/en$/);
  await english.close();
});

test('the language switcher keeps the current page', async ({ page }) => {
  await page.goto('/ru/signin');
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(/\/kk\/signin$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Қызметкерлерге кіру');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/signin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff sign-in');
});
