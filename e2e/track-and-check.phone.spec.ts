// Citizen journeys on a phone: "has this been checked?", tracking a report, reading a notice.
// The search and tracking forms are exercised with JavaScript off: they must work without it.
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import pg from 'pg';

const INTERNET_NOTICE = 'nationwide-internet-shutdown-2022-demo';

const TEXT = {
  ru: { search: 'Найти', codeError: 'Сообщение с таким кодом не найдено', verdictStep: 'Вердикт опубликован' },
  kk: { search: 'Іздеу', codeError: 'Бұл кодпен хабар табылмады', verdictStep: 'Қорытынды жарияланды' },
} as const;
const LOCALES = Object.keys(TEXT) as (keyof typeof TEXT)[];

/** Tracking code of a seeded report whose rumour has a published notice. */
async function publishedTrackingCode(): Promise<string> {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests with `npm test`.');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ trackingCode: string }>(
      // A seeded verdict: other specs add published rumours whose notices they withdraw.
      `SELECT "trackingCode" FROM "Report" r JOIN "Rumor" m ON m.id = r."rumorId"
       JOIN "Notice" n ON n."rumorId" = m.id AND n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING' AND n."isDemo"
       WHERE m.status = 'PUBLISHED' LIMIT 1`,
    );
    const code = rows[0]?.trackingCode;
    if (!code) throw new Error('The demo seed has no report of a published rumour.');
    return code;
  } finally {
    await client.end();
  }
}

async function expectFitsPhoneAndAccessible(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`searching "интернет" on /${locale}/check finds the internet-shutdown notice and opens it`, async ({ page }) => {
      await page.goto(`/${locale}/check`);
      await page.locator('#q').fill('интернет');
      await page.getByRole('button', { name: TEXT[locale].search }).click();
      // Posted: what was searched is in no address (e2e/check-keeps-searches-private.phone.spec.ts).
      await expect(page).toHaveURL(new RegExp(`/${locale}/check/search$`));
      const result = page.locator(`#results ~ ul a[href="/${locale}/notices/${INTERNET_NOTICE}"]`);
      await expect(result).toBeVisible();
      await result.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/notices/${INTERNET_NOTICE}$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/интернет/i);
    });

    test(`/${locale}/track rejects an invalid and an unknown code with the same message`, async ({ page }) => {
      const messages: string[] = [];
      // "0" is not in the code alphabet; ZZZZ-ZZZZ is well formed but belongs to no report.
      for (const code of ['ABCD-0000', 'ZZZZ-ZZZZ']) {
        await page.goto(`/${locale}/track`);
        await page.locator('#code').fill(code);
        await page.locator('form button[type=submit]').click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/track\\?code=`));
        await expect(page.locator('#code')).toHaveAttribute('aria-invalid', 'true');
        const error = page.locator('#code-error');
        await expect(error).toContainText(TEXT[locale].codeError);
        messages.push((await error.textContent()) ?? '');
      }
      expect(messages[0]).toBe(messages[1]);
    });

    test(`a real tracking code typed loosely on /${locale}/track shows the verdict and links to the notice`, async ({ page }) => {
      const code = await publishedTrackingCode();
      await page.goto(`/${locale}/track`);
      // As a reporter may type it: lower case, with a space in the middle.
      await page.locator('#code').fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()}`);
      await page.locator('form button[type=submit]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/track/${code}$`));
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      await expect(page.getByText(`${code.slice(0, 4)}-${code.slice(4)}`)).toBeVisible();
      await expect(page.locator('li[aria-current="step"]')).toContainText(TEXT[locale].verdictStep);
      const noticeLink = page.locator(`main a[href^="/${locale}/notices/"]`);
      await expect(noticeLink).toHaveCount(1);
      await noticeLink.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/notices/[a-z0-9-]+$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

test('unknown tracking codes and notice slugs are 404 pages', async ({ page, expectConsoleErrors }) => {
  expectConsoleErrors(/status of 404/);
  expect((await page.goto('/kk/track/ZZZZZZZZ'))?.status()).toBe(404);
  // Not a dead end: the tracking form, with what went wrong, in the page's language.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Хабарыңыздың күйін біліңіз');
  await expect(page.locator('form[action="/kk/track"]')).toBeVisible();
  await expect(page.getByText('Бұл кодпен хабар табылмады', { exact: false })).toBeVisible();
  expect((await page.goto('/ru/track/not-a-code'))?.status()).toBe(404);
  expect((await page.goto('/en/notices/no-such-notice'))?.status()).toBe(404);
});

test('/ru/check fits the phone and has no serious accessibility problems', async ({ page }) => {
  await page.goto('/ru/check');
  await expect(page.locator('#latest')).toBeVisible();
  await expectFitsPhoneAndAccessible(page);
  await page.locator('#q').fill('интернет');
  await page.getByRole('button', { name: TEXT.ru.search }).click();
  await expect(page.locator('#results')).toBeVisible();
  await expectFitsPhoneAndAccessible(page);
});

test('/kk/track/<code> fits the phone and has no serious accessibility problems', async ({ page }) => {
  const code = await publishedTrackingCode();
  await page.goto(`/kk/track/${code}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFitsPhoneAndAccessible(page);
});

test('/en/notices/<slug> shows the verdict, evidence and other languages, fits the phone and is accessible', async ({ page }) => {
  await page.goto(`/en/notices/${INTERNET_NOTICE}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('internet');
  await expect(page.locator('main')).toContainText('True');
  await expect(page.locator('#evidence')).toBeVisible();
  await expect(page.locator(`nav[aria-labelledby="other-languages"] a[href="/kk/notices/${INTERNET_NOTICE}"][hreflang="kk"]`)).toBeVisible();
  await expect(page.locator(`nav[aria-labelledby="other-languages"] a[href="/ru/notices/${INTERNET_NOTICE}"][hreflang="ru"]`)).toBeVisible();
  await expectFitsPhoneAndAccessible(page);
});
