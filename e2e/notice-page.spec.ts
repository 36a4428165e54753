import AxeBuilder from '@axe-core/playwright';
import { type Page, type Response } from '@playwright/test';
import { expect, test } from './test';
import { ensureNoticeFixtures, FINAL_SLUG, FIXTURE_SLUGS, withE2eDb } from './notice-page-fixtures';

const NOTICE = `/ru/notices/${FINAL_SLUG}`;

test.beforeAll(async () => {
  await ensureNoticeFixtures();
});

async function expectNoSeriousAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test('a final notice shows the verdict stamp, claim, evidence, timeline and share links, with ClaimReview', async ({ page }) => {
  const response = await page.goto(NOTICE);
  expect(response!.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByTestId('verdict-stamp')).toContainText('Ложь');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Сейфуллина');
  await expect(page.getByRole('heading', { name: 'Источники, которые мы проверили' }).or(page.locator('#evidence'))).toBeVisible();
  await expect(page.locator('section[aria-labelledby="evidence"] li').first()).toBeVisible();
  await expect(page.locator('ol.tl li')).toHaveCount(2);
  await expect(page.locator('ol.tl li').first()).toContainText('Впервые сообщили в Raspa');
  await expect(page.locator('a[data-share="whatsapp"]')).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
  await expect(page.locator('a[data-share="telegram"]')).toHaveAttribute('href', /^https:\/\/t\.me\/share\/url\?url=http/);
  // Copy link is offered once JavaScript runs (the plain link is there without it).
  await expect(page.getByRole('button', { name: 'Скопировать ссылку' })).toBeVisible();
  // Region names lead to region pages; other languages are one click away.
  await expect(page.locator('a[href="/ru/regions/KZ-61"]').first()).toBeVisible();
  await expect(page.locator('a[hreflang="kk"][href$="' + FINAL_SLUG + '"]').first()).toBeVisible();

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ '@type': 'ClaimReview', reviewRating: { ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Ложь' } });
  expect(jsonLd.claimReviewed).toContain('Сейфуллина');
  expect(jsonLd.itemReviewed['@type']).toBe('Claim');
  expect(jsonLd.author).toMatchObject({ '@type': 'Organization', name: 'Raspa' });
  for (const field of ['url', 'datePublished']) expect(jsonLd[field]).toBeTruthy();

  // The card's address names the version and the start of the verification code it prints (share-card-address.ts).
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/ru\/notices\/.+\/card\.png\?v=1-[0-9a-z]{5}$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/api/v1/feeds/ru/rss.xml');
  await expectNoSeriousAxeViolations(page);
});

test('the notice page is CDN-cacheable: public Cache-Control and no cookie, even for a browser preferring another language', async ({ request }) => {
  const response = await request.get(NOTICE, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toMatch(/public/);
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(response.headers()['cache-control']).toMatch(/stale-while-revalidate=\d+/);
  expect(response.headers()['set-cookie']).toBeUndefined();
});

test('the notice page stays within 60 KB transferred (HTML + CSS + JS)', async ({ page }) => {
  const counted: Response[] = [];
  page.on('response', (response) => {
    if (['document', 'stylesheet', 'script'].includes(response.request().resourceType())) counted.push(response);
  });
  await page.goto(NOTICE, { waitUntil: 'load' });
  let transferred = 0;
  for (const response of counted) {
    const sizes = await response.request().sizes();
    transferred += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  console.log(`notice page: ${(transferred / 1024).toFixed(1)} KB transferred in ${counted.map((r) => new URL(r.url()).pathname).join(', ')}`);
  expect(counted.length).toBeGreaterThan(0);
  expect(transferred).toBeLessThanOrEqual(60 * 1024);
});

test('a view is counted without a cookie', async ({ page, context }) => {
  const views = () =>
    withE2eDb(async (client) => {
      const { rows } = await client.query<{ views: number }>(
        `SELECT COALESCE(SUM(v.views), 0)::int AS views FROM "NoticeViewDay" v JOIN "Notice" n ON n.id = v."noticeId" WHERE n.slug = $1`,
        [FINAL_SLUG],
      );
      return rows[0]!.views;
    });
  const before = await views();
  const pixel = page.waitForResponse((r) => r.url().includes(`/api/notice-views/${FINAL_SLUG}`));
  await page.goto(NOTICE);
  expect((await pixel).headers()['set-cookie']).toBeUndefined();
  await expect.poll(views).toBeGreaterThan(before);
  expect(await context.cookies()).toEqual([]);
});

test('an interim notice looks like a check in progress and has no ClaimReview', async ({ page }) => {
  await page.goto(`/en/notices/${FIXTURE_SLUGS.interim}`);
  await expect(page.getByTestId('verdict-stamp')).toContainText('Being checked');
  await expect(page.getByText('This is an interim notice, not a verdict.')).toBeVisible();
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test('an interim notice superseded by the verdict links to it', async ({ page }) => {
  await page.goto(`/en/notices/${FIXTURE_SLUGS.superseded}`);
  const banner = page.getByTestId('superseded-banner');
  await expect(banner).toContainText('replaced by the verdict');
  await banner.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/en/notices/${FINAL_SLUG}$`));
  await expect(page.getByTestId('verdict-stamp')).toContainText('False');
});

test('a withdrawn notice keeps its page with the reason', async ({ page }) => {
  await page.goto(`/ru/notices/${FIXTURE_SLUGS.withdrawn}`);
  await expect(page.getByTestId('withdrawn-banner')).toContainText('Источник отозвал своё заявление.');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('an unknown notice is a 404 page', async ({ request }) => {
  const response = await request.get('/ru/notices/no-such-notice');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Сообщение не найдено');
});

test('the share card is a 1200×630 PNG', async ({ request }) => {
  const response = await request.get(`/kk/notices/${FINAL_SLUG}/card.png?v=1`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
});

test('the poster prints all three languages with a QR code, and works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/ru/notices/${FINAL_SLUG}/poster`);
  await expect(page.getByTestId('poster-qr').locator('svg')).toBeVisible();
  await expect(page.locator('section.lang')).toHaveCount(3);
  await expect(page.locator('section.lang[lang="kk"]')).toContainText('ЖАЛҒАН', { ignoreCase: true });
  await expect(page.locator('section.lang[lang="en"]')).toContainText('False', { ignoreCase: true });
  await expect(page.getByRole('button', { name: 'Распечатать плакат' })).toBeHidden();
  await context.close();

  const withJsContext = await browser.newContext();
  const withJs = await withJsContext.newPage();
  await withJs.goto(`/ru/notices/${FINAL_SLUG}/poster`);
  await expect(withJs.getByRole('button', { name: 'Распечатать плакат' })).toBeVisible();
  await expectNoSeriousAxeViolations(withJs);
  await withJsContext.close();
});

test('a region page lists its notices, links to subscribing, and accepts any letter case', async ({ page, expectConsoleErrors }) => {
  expectConsoleErrors(/status of 404.*\/regions\/KZ-99/);
  await page.goto('/ru/regions/kz-61');
  await expect(page).toHaveURL(/\/ru\/regions\/KZ-61$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Туркестанская');
  await expect(page.locator(`a[href="/ru/notices/${FINAL_SLUG}"]`)).toBeVisible();
  await expect(page.getByRole('link', { name: /Получать новые сообщения/ })).toHaveAttribute('href', '/ru/subscribe?region=KZ-61');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/api/v1/feeds/ru/atom.xml?region=KZ-61');
  await expectNoSeriousAxeViolations(page);
  const missing = await page.goto('/ru/regions/KZ-99');
  expect(missing!.status()).toBe(404);
});

test('the home page filters by region without JavaScript, remembers it, and shows that region’s urgent notices', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru');
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', '/api/v1/feeds/ru/feed.json');
  await page.locator('#region').selectOption('KZ-61');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByRole('heading', { name: /Последние проверенные сообщения: Туркестанская/ })).toBeVisible();
  await expect(page.getByTestId('urgent-banner')).toContainText('Сейфуллина');
  // Remembered on this device: the plain home page now opens on the region.
  await page.goto('/ru');
  await expect(page.locator('#region')).toHaveValue('KZ-61');
  await expect(page.getByTestId('urgent-banner')).toBeVisible();
  await context.close();
});
