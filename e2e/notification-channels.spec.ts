// The notification preferences and the Telegram section of the account page in kk, ru and en on
// a 360-px phone and a desktop: every kind's label is shown whole (kk's are the longest), nothing
// overflows, and the channel choices are all there. Screenshots for people to look at.
import { expect, test } from './test';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff } from './support';

const KIND_LABELS = { kk: 'Өңірлеріңіздегі қауесеттің басымдығы «Шұғыл» болды', ru: 'Слух в ваших регионах стал критическим', en: 'A rumour in your regions became critical' } as const;

test('notification preferences fit a phone in every language, every label whole', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'kk', staff('MODERATOR', 'KZ-47'));
  await expect(page).toHaveURL(/\/kk\/admin$/);
  for (const locale of ['kk', 'ru', 'en'] as const) {
    await page.goto(`/${locale}/admin/notifications`);
    const select = page.getByRole('combobox', { name: KIND_LABELS[locale] });
    await expect(select).toBeVisible();
    // Four channels, Telegram offered only once linked.
    await expect(select.locator('option')).toHaveCount(4);
    // No label cut off or pushed out of the screen.
    const clipped = await page.locator('form ul li label').evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth + 1 || label.getBoundingClientRect().right > window.innerWidth).map((label) => label.textContent),
    );
    expect(clipped).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshotPhoneAndDesktop(page, `notification-settings-${locale}`);
    await page.setViewportSize({ width: 360, height: 740 });

    await page.goto(`/${locale}/admin/account`);
    await expect(page.locator('#account-telegram')).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshotPhoneAndDesktop(page, `account-telegram-${locale}`);
    await page.setViewportSize({ width: 360, height: 740 });
  }
});
