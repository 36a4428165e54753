// A moderator's view of rumours is scoped to their regions. A rumour of another region (a colleague's
// link, a notification from before a change of regions) is a page of the workspace — its header and
// navigation — that says so in the member's language and shows nothing of the rumour; an address
// that is nothing at all is the workspace's "nothing here". And what a rumour page says about risk
// is the words the reports used, never an id.
import { expect, test } from './test';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';

const WORDS = {
  kk: { title: 'Бұл сыбыс сіздің өңірлеріңізден тыс', back: 'Барлық қауесеттер', nav: 'Сыбыстар', nothing: 'Мұнда ештеңе жоқ', risk: 'Хабарламалардан табылған қауіпті сөздер:' },
  ru: { title: 'Этот слух вне ваших регионов', back: 'Все слухи', nav: 'Слухи', nothing: 'Здесь ничего нет', risk: 'В сообщениях найдены опасные слова:' },
  en: { title: 'This rumour is outside your regions', back: 'All rumours', nav: 'Rumours', nothing: 'Nothing here', risk: 'Risk terms found in the reports:' },
} as const;
const LOCALES = Object.keys(WORDS) as (keyof typeof WORDS)[];

// The workspace's "nothing here" answers 404 on purpose.
test.use({ allowedConsoleErrors: [/status of 404/] });

/** A demo rumour with risk terms in its reports (the seed flags them as intake does), in `region` or in none of `region`. */
async function demoRumor(region: string, inside: boolean): Promise<{ id: string; claim: string; report: string; riskFlags: string[] }> {
  const [rumor] = await withDb(async (db) =>
    (
      await db.query<{ id: string; claim: string; report: string; riskFlags: string[] }>(
        `SELECT r.id, r.claim, r."riskFlags", (SELECT p.text FROM "Report" p WHERE p."rumorId" = r.id ORDER BY p."receivedAt" LIMIT 1) AS report
         FROM "Rumor" r WHERE r."isDemo" AND r.status <> 'MERGED' AND cardinality(r."riskFlags") > 0 AND cardinality(r."regionCodes") > 0
           AND (r."regionCodes" && ARRAY[$1]::text[]) = $2
         ORDER BY r."priorityScore" DESC LIMIT 1`,
        [region, inside],
      )
    ).rows,
  );
  if (!rumor) throw new Error(`No demo rumour ${inside ? 'in' : 'outside'} ${region} with risk terms`);
  return rumor;
}

test('a moderator opening a rumour of another region is told so inside the workspace, in kk/ru/en, and sees nothing of it', async ({ page }) => {
  test.setTimeout(120_000);
  const elsewhere = await demoRumor('KZ-47', false);
  const moderator = staff('MODERATOR', 'KZ-47');
  await signIn(page, 'ru', moderator);
  await expect(page).toHaveURL(/\/ru\/admin$/);

  for (const locale of LOCALES) {
    const response = await page.goto(`/${locale}/admin/rumors/${elsewhere.id}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS[locale].title);
    // The staff header and navigation, not the public site's.
    await expect(page.locator('header').getByRole('link', { name: /^Raspa · / })).toBeVisible();
    await expect(page.locator('header nav').getByRole('link', { name: WORDS[locale].nav, exact: true })).toHaveAttribute('href', `/${locale}/admin`);
    // Nothing of the rumour: not its claim, nor its reports' words.
    const html = await page.content();
    expect(html).not.toContain(elsewhere.claim.slice(0, 40));
    expect(html).not.toContain(elsewhere.report.slice(0, 40));
    await screenshotPhoneAndDesktop(page, `rumor-outside-regions-${locale}`);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: WORDS[locale].back, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
  }

  // A rumour that does not exist: the workspace's own "nothing here", with its navigation, answered 404.
  const missing = await page.goto('/kk/admin/rumors/00000000-0000-4000-8000-000000000000');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.kk.nothing);
  await expect(page.locator('header nav').getByRole('link', { name: WORDS.kk.nav, exact: true })).toBeVisible();
});

test('a rumour page names its risk terms as the reports worded them, in quotes, in kk/ru/en', async ({ page }) => {
  test.setTimeout(120_000);
  const own = await demoRumor('KZ-47', true);
  await signIn(page, 'ru', staff('MODERATOR', 'KZ-47'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/admin/rumors/${own.id}`);
    const line = page.getByText(WORDS[locale].risk);
    await expect(line).toBeVisible();
    const text = await line.innerText();
    for (const term of own.riskFlags) expect(text).toContain(locale === 'en' ? `“${term}”` : `«${term}»`);
    // Words, never ids like "foreign_fighters".
    expect(text).not.toMatch(/[a-z]+_[a-z]+/);
    await line.scrollIntoViewIfNeeded();
    await screenshotPhoneAndDesktop(page, `rumor-risk-terms-${locale}`);
  }
});
