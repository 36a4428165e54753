import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { ensureNoticeFixtures, FINAL_SLUG, FIXTURE_SLUGS } from './notice-page-fixtures';

test.beforeAll(async () => {
  await ensureNoticeFixtures();
});

for (const [name, path] of [
  ['final notice (kk)', `/kk/notices/${FINAL_SLUG}`],
  ['interim notice (ru)', `/ru/notices/${FIXTURE_SLUGS.interim}`],
  ['withdrawn notice (en)', `/en/notices/${FIXTURE_SLUGS.withdrawn}`],
] as const) {
  test(`${name} reads well on a 360-px phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByTestId('verdict-stamp')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}
