// A region's name in a select (the report form, the hotline form) must be readable whole on a
// 360-px phone: the select stays inside the screen and shows the longest name without cutting it.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff } from './support';

const LOCALES = ['kk', 'ru', 'en'] as const;

// The shared machine is slow: the pages are many and heavy, the assertions are not about time.
test.describe.configure({ timeout: 120_000 });

/** Chooses the option with the longest name and checks that the select shows it whole, inside the screen. */
async function expectLongestNameReadable(page: Page, select: Locator) {
  const longest = await select.evaluate((element: HTMLSelectElement) => [...element.options].map((o) => o.value).filter(Boolean).sort((a, b) => {
    const name = (value: string) => [...element.options].find((o) => o.value === value)!.text.length;
    return name(b) - name(a);
  })[0]!);
  await select.selectOption(longest);
  const fit = await select.evaluate((element: HTMLSelectElement) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    // The chosen name measured in the select's own font, against the room inside its padding and arrow.
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = element.options[element.selectedIndex]!.text;
    // The arrow takes about a line's height of the width, native or not.
    const arrow = parseFloat(style.fontSize) * 1.5;
    const room = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth) - arrow;
    const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
    // A select that wraps its choice is as many lines high; a native one is one line, cut at its edge.
    const lines = Math.max(1, Math.floor((box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth) + 1) / lineHeight));
    return { right: box.right, screen: document.documentElement.clientWidth, textWidth: canvas.measureText(text).width, room: room * lines, text };
  });
  expect(fit.right, 'the select ends inside the screen').toBeLessThanOrEqual(fit.screen);
  expect(fit.textWidth, `"${fit.text}" fits the select`).toBeLessThanOrEqual(fit.room);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

for (const locale of LOCALES) {
  test(`/${locale}/report: the longest region name is readable in its select on a phone`, async ({ page }) => {
    await page.goto(`/${locale}/report`);
    await expectLongestNameReadable(page, page.locator('#regionCode'));
    await screenshotPhoneAndDesktop(page, `region-select-report-${locale}`);
  });
}

test('/kk, /ru, /en admin/hotline: the longest region name is readable in its select on a phone', async ({ page }) => {
  await signIn(page, 'ru', staff('PROXY'));
  await expect(page).toHaveURL(/\/ru\/admin\/hotline$/, { timeout: 30_000 });
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/admin/hotline`);
    const select = page.locator('form select:has(option[value="KZ-47"])');
    await expect(select).toBeVisible();
    await expectLongestNameReadable(page, select);
    await screenshotPhoneAndDesktop(page, `region-select-hotline-${locale}`);
  }
});
