// An address nobody answers is a localised page with the site's header and a way home — in every
// language, and for an address outside any language too — never Next's bare English 404.
import { expect, test } from './test';

// Every page here answers 404 on purpose.
test.use({ allowedConsoleErrors: [/status of 404/] });
import { publishNotice } from './support';

const WORDS = {
  kk: { title: 'Бет табылмады', home: 'Басты бетке оралу' },
  ru: { title: 'Страница не найдена', home: 'На главную' },
  en: { title: 'Page not found', home: 'Back to the home page' },
};

for (const [locale, words] of Object.entries(WORDS)) {
  test(`an unknown address under /${locale} is a localised 404 with navigation`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/deeper`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
    await expect(page.locator('header')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`not-found-${locale}.png`), fullPage: true });
    await page.getByRole('link', { name: words.home }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  });
}

test('an address outside any language gets the not-found page in the visitor’s language', async ({ browser }) => {
  const context = await browser.newContext({ ...test.info().project.use, locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
  const page = await context.newPage();
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveURL(/\/ru\/no-such-page$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.ru.title);
  await context.close();
});

test('an address with a file extension outside any language gets the not-found page in the visitor’s language', async ({ browser }) => {
  const context = await browser.newContext({ ...test.info().project.use, locale: 'kk-KZ', extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9,ru;q=0.8' } });
  const page = await context.newPage();
  for (const path of ['/wp-login.php', '/.env', '/old/page.html']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page).toHaveURL(new RegExp(`/kk${path.replace('.', '\\.')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.kk.title);
  }
  await page.getByRole('link', { name: WORDS.kk.home }).click();
  await expect(page).toHaveURL(/\/kk$/);
  // Real files outside the languages are still served as they are.
  expect((await page.goto('/icons/icon.svg'))?.status()).toBe(200);
  expect((await page.goto('/manifest.webmanifest'))?.status()).toBe(200);
  await context.close();
});

test('robots.txt keeps staff, tracking and API addresses out of search engines and names the sitemap, which lists notices in every language', async ({ request }) => {
  const slug = `sitemap-${Date.now()}`;
  await publishNotice(slug, { kk: 'Картага енгізу', ru: 'Для карты сайта', en: 'For the sitemap' });
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  for (const line of ['Allow: /', 'Disallow: /api/', 'Disallow: /*/admin', 'Disallow: /*/track/']) expect(rules).toContain(line);
  const sitemapUrl = /Sitemap: (\S+)/.exec(rules)![1]!;
  const sitemap = await request.get(new URL(sitemapUrl).pathname);
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  for (const locale of ['kk', 'ru', 'en']) expect(xml).toContain(`/${locale}/notices/${slug}</loc>`);
  expect(xml).toContain('hreflang="kk"');
  expect(xml).toContain('/ru/regions/KZ-47</loc>');
  expect(xml).not.toContain('-demo</loc>');
});

test('an address whose encoding does not decode is a 404 in the visitor’s language, never a 500', async ({ request }) => {
  const page = await request.get('/ru/notices/%C3%28');
  expect(page.status()).toBe(404);
  expect(await page.text()).toContain('Страница не найдена');
  expect((await request.get('/kk/%C3%28')).status()).toBe(404);
  const api = await request.get('/api/v1/reports/%C3%28');
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ error: 'not_found' });
});

test('a report form posted from another site is refused with a page saying so, not a 500', async ({ request }) => {
  const refused = await request.post('/ru/report/send', { headers: { Origin: 'http://evil.example' }, multipart: { text: 'Говорят, что завтра закроют все рынки' }, maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain('Эту форму нельзя отправить отсюда');
});

test('a method a page does not take is 405 with Allow and a page in its language, body or none', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
    for (const data of [undefined, '{"text":"Говорят"}']) {
      const refused = await request.fetch('/kk/report', { method, data, headers: data ? { 'content-type': 'application/json' } : {}, maxRedirects: 0 });
      expect(refused.status(), `${method} ${data ? 'with' : 'without'} a body`).toBe(405);
      expect(refused.headers()['allow']).toBe('GET, HEAD');
      expect(await refused.text()).toContain('<html lang="kk">');
    }
  }
  const formEndpoint = await request.fetch('/en/report/send', { method: 'DELETE' });
  expect(formEndpoint.status()).toBe(405);
  expect(formEndpoint.headers()['allow']).toBe('POST');
});
