// The SMPP section of the Channels page on a 360-px phone, in each language: nothing wider than the
// screen, every field reachable. (The screenshots go to the test artifacts for a look by eye.)
import { expect, test } from './test';
import { signIn, staff } from './support';
import { LANGUAGES } from '../server/i18n/languages';

for (const locale of LANGUAGES) {
  test(`the SMPP form fits a 360-px screen (${locale})`, async ({ page }) => {
    await signIn(page, locale, staff('ADMIN'));
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
    await page.goto(`/${locale}/admin/channels`);
    const status = page.getByTestId('smpp-status');
    await expect(status).toBeVisible();
    await status.scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const form = page.locator('form[aria-labelledby=smpp-title]');
    await expect(form.locator('input, select')).toHaveCount(16);
    for (const box of await form.locator('input:not([type=checkbox]), select').all()) {
      const bounds = await box.boundingBox();
      expect(bounds!.x + bounds!.width).toBeLessThanOrEqual(360);
    }
    await page.locator('#smpp-title').screenshot({ path: test.info().outputPath(`smpp-title-${locale}.png`) });
    await page.locator('section', { has: page.locator('#smpp-title') }).screenshot({ path: test.info().outputPath(`channels-smpp-${locale}-phone.png`) });
  });
}
