// The subscribe form answers a post too large to be a subscription (over 16 KB, refused before it is
// read: its `locale` field is never seen) on the subscribe page in the page's own language — the form
// posts to /api/v1/subscriptions?lang=<page> — not in Russian whatever the page.
import { expect, test } from './test';
import { LANGUAGES } from '../server/i18n/languages';
import { horizontalOverflow, screenshotPhoneAndDesktop } from './support';

const TOO_LARGE = {
  kk: 'Жіберілген деректер жазылу үшін тым үлкен',
  ru: 'Отправлено слишком много данных для подписки',
  en: 'What was sent is too large for a subscription',
} as const;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const language of LANGUAGES) {
    test(`/${language}/subscribe: a post over 16 KB is answered in ${language} on the page it came from`, async ({ page, browser }) => {
      await page.goto(`/${language}/subscribe`);
      const action = await page.locator('#subscribe-form').getAttribute('action');
      expect(action).toBe(`/api/v1/subscriptions?lang=${language}`);
      // What a tampered or broken page would send: the form's own fields and 20 KB more.
      const posted = await page.request.post(action!, {
        form: { locale: language, language, regionCodes: 'KZ-47', email: `too.large.${language}@example.kz`, pad: 'x'.repeat(20_000) },
        maxRedirects: 0,
      });
      expect(posted.status()).toBe(303);
      const back = posted.headers()['location']!;
      expect(back).toBe(`/${language}/subscribe?status=too-large`);
      // Seen as a reader sees it, in a browser whose own language is none of the page's.
      const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE', viewport: { width: 360, height: 740 } });
      const reader = await context.newPage();
      try {
        await reader.goto(back);
        await expect(reader.getByRole('alert')).toContainText(TOO_LARGE[language]);
        await expect(reader.locator('html')).toHaveAttribute('lang', language);
        expect(await horizontalOverflow(reader)).toBeLessThanOrEqual(0);
        await screenshotPhoneAndDesktop(reader, `subscribe-too-large-${language}`);
      } finally {
        await context.close();
      }
    });
  }
});
