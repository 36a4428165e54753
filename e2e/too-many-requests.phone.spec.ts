// A reader who opens one of the API's addresses as a page — the open-data and transparency downloads,
// the tables' JSON — too often from one network is refused (429). A browser used to get the API's JSON
// problem (or a "download" of it); it now gets a page in the reader's language saying how long to
// wait (the Retry-After, in minutes) and offering the address again.
import { expect, test } from './test';
import { horizontalOverflow, screenshotPhoneAndDesktop } from './support';

const SAID = {
  kk: { title: 'Сәл күте тұрыңыз', wait: (m: number) => `${m} минут күтіп, қайталап көріңіз`, again: 'Қайталау' },
  ru: { title: 'Подождите немного', wait: (m: number) => `Подождите ${m} мин`, again: 'Повторить' },
  en: { title: 'Please wait a little', wait: (m: number) => `Wait ${m === 1 ? 'a minute' : `${m} minutes`} and try again`, again: 'Try again' },
} as const;

test('a download opened too often says in the reader\'s language how long to wait, with the address to try again', async ({ page, expectConsoleErrors }) => {
  test.setTimeout(90_000);
  expectConsoleErrors(/status of 429.*\/api\/v1\/export\//);
  // This test's network (e2e/test.ts clientNetwork) uses up its budget of exports.
  let status = 200;
  for (let sent = 0; sent < 200 && status !== 429; sent++) status = (await page.request.get('/api/v1/export/notices.json?lang=en')).status();
  expect(status).toBe(429);

  for (const language of ['kk', 'ru', 'en'] as const) {
    const address = `/api/v1/export/notices.csv?lang=${language}`;
    const answer = await page.goto(address);
    expect(answer?.status()).toBe(429);
    const minutes = Math.ceil(Number(answer?.headers()['retry-after']) / 60);
    expect(minutes).toBeGreaterThan(0);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAID[language].title);
    // Said where a reader sees it, not only in the page's title.
    const banner = page.getByRole('status');
    await expect(banner).toBeVisible();
    if (language === 'ru') await expect(banner).toContainText(/Подождите \d+ минут[уы]? и попробуйте снова/);
    else await expect(banner).toContainText(SAID[language].wait(minutes));
    await expect(page.getByRole('link', { name: SAID[language].again, exact: true })).toHaveAttribute('href', address);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshotPhoneAndDesktop(page, `too-many-requests-${language}`);
  }
});
