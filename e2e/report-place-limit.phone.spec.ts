// The report form's place picker when the network has used its `place.search` budget
// (server/http/rate-limit.ts; the 429 itself is tested in server/api/reports-api.test.ts): the
// reporter reads why no suggestions come, next to the field, in their language; what they typed
// stays; the picker asks nothing more until Retry-After has passed, then suggests again.
import { expect, test } from './test';
import { screenshotPhoneAndDesktop } from './support';

const REFUSED = {
  kk: 'Желіңізден елді мекен іздеу тым көп болды',
  ru: 'Слишком много поисков мест из вашей сети',
  en: 'Too many place searches from your network',
} as const;
const TYPED = { kk: 'Шымкен', ru: 'Шымкен', en: 'Shymken' } as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`/${locale}/report: a spent place-search budget is said next to the field, keeps what was typed, and passes`, async ({ page, expectConsoleErrors }) => {
    // Chromium's own line for any answer that is not 2xx; nothing of the page's.
    expectConsoleErrors(/status of 429.*\/api\/v1\/settlements/);
    let asked = 0;
    // The answer the server gives once the budget is spent (the same problem body and header).
    const retryAfter = locale === 'en' ? '2' : '120';
    await page.route('**/api/v1/settlements**', async (route) => {
      asked++;
      await route.fulfill({ status: 429, headers: { 'retry-after': retryAfter, 'content-type': 'application/json' }, body: JSON.stringify({ error: 'rate_limited', message: 'Too many requests. Try again later.' }) });
    });
    await page.goto(`/${locale}/report`);
    const field = page.locator('#settlement');
    await field.pressSequentially(TYPED[locale], { delay: 40 });
    const refused = page.locator('.field').filter({ has: field }).getByRole('status');
    await expect(refused).toContainText(REFUSED[locale]);
    await expect(field).toHaveValue(TYPED[locale]);
    await expect(field).toHaveAttribute('aria-expanded', 'false');

    // Typing on asks nothing during the pause, and the message stays.
    const askedBefore = asked;
    await field.pressSequentially('т', { delay: 40 });
    await page.waitForTimeout(700); // longer than the picker's 250-ms debounce
    expect(asked).toBe(askedBefore);
    await expect(refused).toContainText(REFUSED[locale]);
    await expect(field).toHaveValue(`${TYPED[locale]}т`);
    await screenshotPhoneAndDesktop(page, `report-place-limit-${locale}`);
    if (locale !== 'en') return;

    // Once Retry-After (2 s here) has passed, the picker asks for what is typed now and suggests again.
    await page.unroute('**/api/v1/settlements**');
    await field.fill('Shymken');
    await expect(page.getByRole('listbox').getByRole('option', { name: /Shymkent/ }).first()).toBeVisible();
    await expect(page.getByText(REFUSED.en)).toHaveCount(0);
  });
}
