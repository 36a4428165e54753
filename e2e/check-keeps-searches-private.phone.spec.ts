// What someone searched on "already checked?" can identify them: it must never be in an address
// (the browser's history, a proxy's log, the Referer of the next request). The question is posted,
// and "Report this" hands it to the report form through a short-lived draft on the server — with
// JavaScript and without, in every language.
import type { Page } from '@playwright/test';
import { expect, test } from './test';

const TEXT = {
  kk: { submit: 'Іздеу', reportCta: 'Бұл сыбыс туралы хабарлау', reportAfterResults: 'Сыбыс туралы хабарлау', question: 'Таразда улы өзеннің суын сатып жатыр дейді' },
  ru: { submit: 'Найти', reportCta: 'Сообщить об этом слухе', reportAfterResults: 'Сообщить о слухе', question: 'В Таразе продают воду из отравленной реки' },
  en: { submit: 'Search', reportCta: 'Report this rumour', reportAfterResults: 'Report a rumour', question: 'In Taraz they sell water from a poisoned river' },
} as const;
const LOCALES = Object.keys(TEXT) as (keyof typeof TEXT)[];

// Two page loads, two posts and the report form each: slow on a loaded machine, and not about time.
test.describe.configure({ timeout: 120_000 });

/** Every address the page asks for, and every Referer it sends, from now on. */
function addressesSent(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    seen.push(request.url());
    const referer = request.headers()['referer'];
    if (referer) seen.push(referer);
  });
  return seen;
}

/** Whether an address holds the marker, however it was encoded. */
function holds(address: string, marker: string): boolean {
  let decoded = address;
  try {
    decoded = decodeURIComponent(address.replaceAll('+', ' '));
  } catch {
    // keep the raw address
  }
  return address.includes(marker) || decoded.includes(marker);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    for (const locale of LOCALES) {
      test(`/${locale}/check: the question and "report this" keep the searched text out of every address`, async ({ page }) => {
        const marker = `${Date.now()}${locale}`;
        const question = `${TEXT[locale].question} ${marker}`;
        const sent = addressesSent(page);
        await page.goto(`/${locale}/check`);
        await page.locator('#q').fill(question);
        await page.getByRole('button', { name: TEXT[locale].submit, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/check/search$`));
        // The answer is the check page with the question echoed, and nothing found for it.
        await expect(page.locator('#results')).toContainText(marker);
        await expect(page.locator('#q')).toHaveValue(question);

        // With JavaScript the report form at once looks for notices like the text: that search too.
        const searched = javaScriptEnabled ? page.waitForResponse((response) => response.url().includes('/api/v1/notices/search')) : null;
        await page.getByRole('button', { name: TEXT[locale].reportCta, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/report\\?draft=[A-Za-z0-9_-]{43}$`));
        await expect(page.locator('#text')).toHaveValue(question);
        expect((await searched)?.status() ?? 200).toBe(200);
        expect(sent.length).toBeGreaterThan(2);
        expect(sent.filter((address) => holds(address, marker) || holds(address, TEXT[locale].question))).toEqual([]);
      });
    }
  });
}

test('a check with results: "report a rumour" under them starts the report with the question, and the results page reloads without the question in its address', async ({ page }) => {
  const sent = addressesSent(page);
  await page.goto('/ru/check');
  await page.locator('#q').fill('интернет отключат');
  await page.getByRole('button', { name: TEXT.ru.submit, exact: true }).click();
  await expect(page.locator('#results ~ ul a').first()).toBeVisible();
  await expect(page).toHaveURL(/\/ru\/check\/search$/);
  await page.getByRole('button', { name: TEXT.ru.reportAfterResults, exact: true }).click();
  await expect(page.locator('#text')).toHaveValue('интернет отключат');
  expect(sent.filter((address) => holds(address, 'интернет'))).toEqual([]);
});

// Where a reporter is can identify them as much as what they heard: the place picker's look-ups post
// what is being typed too.
const PLACE = { kk: { typed: 'Шымкен', option: /Шымкент/ }, ru: { typed: 'Шымкен', option: /Шымкент/ }, en: { typed: 'Shymken', option: /Shymkent/ } } as const;
for (const locale of LOCALES) {
  test(`/${locale}/report: the place typed into the picker is in no address`, async ({ page }) => {
    const sent = addressesSent(page);
    await page.goto(`/${locale}/report`);
    const looked = page.waitForResponse((response) => response.url().includes('/api/v1/settlements'));
    await page.locator('#settlement').pressSequentially(PLACE[locale].typed, { delay: 30 });
    const answer = await looked;
    expect(answer.request().method()).toBe('POST');
    expect(answer.status()).toBe(200);
    await page.getByRole('listbox').getByRole('option', { name: PLACE[locale].option }).first().click();
    await expect(page.locator('#regionCode')).toHaveValue('KZ-79');
    expect(sent.some((address) => address.includes('/api/v1/settlements'))).toBe(true);
    // Any beginning a look-up was made for ("Шымк", "Шымке" …).
    expect(sent.filter((address) => holds(address, PLACE[locale].typed.slice(0, 4)))).toEqual([]);
  });
}
