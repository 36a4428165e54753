// Every admin page opens in Kazakh in a browser without Kazakh locale data (Debian's headless
// Chromium has none, like many phones) as it was rendered on the server: no hydration mismatch, no
// next-intl complaint (a missing message, a date formatted without a time zone), no error in the
// console — and dates written as people in Kazakhstan write them, never "2026 M12 5" or "-6 min".
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';

/** The browser-side problems this spec refuses, as they appear in the console. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /ENVIRONMENT_FALLBACK|MISSING_MESSAGE|hydrat/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

// What Intl prints for Kazakh without its locale data: "2026 M12 5", "6 min ago", "-6 min".
const DATE_WITHOUT_LOCALE_DATA = /\b\d{4} M\d{1,2} \d{1,2}\b|\b-?\d+ (min|hr|sec)\b|\b\d+ (minutes?|hours?|days?) ago\b/;

test('every admin page renders in Kazakh without console errors, with Kazakh dates, and fits a 360-px phone', async ({ page }) => {
  test.setTimeout(180_000);
  const { rumorId, noticeId } = await withDb(async (client) => {
    const rumor = await client.query<{ id: string }>(`SELECT id FROM "Rumor" WHERE status = 'INVESTIGATING' ORDER BY "priorityScore" DESC LIMIT 1`);
    const notice = await client.query<{ id: string }>(`SELECT id FROM "Notice" WHERE status = 'PUBLISHED' ORDER BY "firstPublishedAt" DESC LIMIT 1`);
    return { rumorId: rumor.rows[0]!.id, noticeId: notice.rows[0]!.id };
  });
  await signIn(page, 'kk', staff('ADMIN'));
  await expect(page).toHaveURL(/\/kk\/admin$/);

  const paths = [
    '/kk/admin',
    `/kk/admin/rumors/${rumorId}`,
    `/kk/admin/notices/${noticeId}`,
    `/kk/admin/notices/new?rumor=${rumorId}`,
    '/kk/admin/tasks',
    '/kk/admin/sources',
    '/kk/admin/dashboard',
    '/kk/admin/channels',
    '/kk/admin/exports',
    '/kk/admin/hotline',
    '/kk/admin/settings',
    '/kk/admin/webhooks',
    '/kk/admin/transparency',
    '/kk/admin/staff',
    '/kk/admin/audit',
    '/kk/admin/account',
    '/kk/admin/notifications',
  ];
  for (const path of paths) {
    await test.step(path, async () => {
      const problems = watchConsole(page);
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text, path).not.toMatch(DATE_WITHOUT_LOCALE_DATA);
      expect(problems, path).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await horizontalOverflow(page), `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
      await screenshotPhoneAndDesktop(page, `admin-kk${path.replace(/^\/kk\/admin/, '').replace(/\?.*$/, '').replace(/\/[0-9a-f-]{36}$/, '').replace(/\//g, '-') || '-inbox'}`);
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
    });
  }

  // The rumour page's dates are its client components': a relative time in Kazakh words, and a
  // report's date in digits, Almaty time.
  await page.goto(`/kk/admin/rumors/${rumorId}`, { waitUntil: 'networkidle' });
  await expect(page.locator('main')).toContainText(/алғаш рет (\d+ (секунд|минут|сағат|күн|апта|ай|жыл) бұрын|қазір)/);
  await expect(page.locator('main')).toContainText(/\b\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\b/);
  // Fractions as Kazakh writes them: the priority score and its factors ("90,8", never "90.8") …
  const priority = page.locator('section[aria-labelledby="priority-title"]');
  await expect(priority).toContainText(/ұпай \d/);
  await expect(priority).not.toContainText(/\d\.\d/);
  // … and a risk term's weight ("×2,5").
  await page.goto('/kk/admin/settings', { waitUntil: 'networkidle' });
  await expect(page.locator('main')).toContainText('×2,5');
  await expect(page.locator('main')).not.toContainText('×2.5');

  // An ICU message's `#` in a client component (the inbox's sightings): next-intl formats it with the
  // browser's Intl.NumberFormat, which here claims Kazakh but groups as en-US ("1,234 хабар").
  const before = await withDb(async (client) => (await client.query<{ n: number }>(`SELECT "sightingCount" AS n FROM "Rumor" WHERE id = $1`, [rumorId])).rows[0]!.n);
  await withDb((client) => client.query(`UPDATE "Rumor" SET "sightingCount" = 12345 WHERE id = $1`, [rumorId]));
  try {
    const problems = watchConsole(page);
    await page.goto('/kk/admin', { waitUntil: 'networkidle' });
    await expect(page.locator('main')).toContainText(/12\u00a0345 хабар/);
    await expect(page.locator('main')).not.toContainText('12,345');
    expect(await page.evaluate(() => new Intl.NumberFormat('kk').format(12345.5))).toBe('12\u00a0345,5');
    expect(problems).toEqual([]);
  } finally {
    await withDb((client) => client.query(`UPDATE "Rumor" SET "sightingCount" = $2 WHERE id = $1`, [rumorId, before]));
  }
});
