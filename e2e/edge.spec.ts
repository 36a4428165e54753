// The edge, as a browser or a client behind the deployment's reverse proxy meets it (scripts/test.ts
// has the servers trust one proxy hop, as behind compose.yaml's):
//  - Strict-Transport-Security on every answer (pages, /api, files) that reached the client over HTTPS — the trusted
//    proxy's X-Forwarded-Proto says so — never over plain http, nor because the client itself
//    claimed https in front of our proxy; cached pages keep the two apart.
//  - An address longer than any Raspa makes is refused with 414 before a redirect could echo it
//    into a header block too big for a client or proxy to read (bench/bad-input.ts saw
//    HPE_HEADER_OVERFLOW on GET /?q=a…a); the sign-in redirect never echoes a huge address either.
import { expect, test } from './test';

const HSTS = 'max-age=63072000; includeSubDomains';

test('HSTS is sent behind HTTPS only, as the trusted proxy reports it, on every answer: pages, /api, files', async ({ request }) => {
  // Pages, cached pages and notice pages (the front door's copies), the API, feeds and static files.
  const paths = ['/ru/report', '/ru', '/kk/check', '/en/signin', '/ru/notices/seifullina-forensic-examination-2016-demo', '/api/health', '/api/v1/notices', '/api/v1/feeds/ru/rss.xml', '/manifest.webmanifest'];
  for (const path of paths) {
    await test.step(path, async () => {
      // Twice each way: the second answer may come from the cache of finished pages.
      for (let round = 0; round < 2; round++) {
        const overHttps = await request.get(path, { headers: { 'X-Forwarded-Proto': 'https' }, maxRedirects: 0 });
        expect(overHttps.status(), path).toBeLessThan(400);
        expect(overHttps.headers()['strict-transport-security'], `${path} over https`).toBe(HSTS);
        const plain = await request.get(path, { maxRedirects: 0 });
        expect(plain.headers()['strict-transport-security'], `${path} over http`).toBeUndefined();
        // The client said https, our proxy (the last entry, the one trusted) says http.
        const claimed = await request.get(path, { headers: { 'X-Forwarded-Proto': 'https, http' }, maxRedirects: 0 });
        expect(claimed.headers()['strict-transport-security'], `${path}: https claimed by the client`).toBeUndefined();
      }
    });
  }
});

test('an address longer than any Raspa makes is answered 414, in the visitor’s language, not echoed', async ({ request }) => {
  // Just under Node's 16 KiB request limit: the language redirect would have echoed it whole.
  const home = await request.get(`/?q=${'a'.repeat(15_500)}`, { headers: { 'Accept-Language': 'ru' }, maxRedirects: 0 });
  expect(home.status()).toBe(414);
  expect(home.headers()['location']).toBeUndefined();
  expect(await home.text()).toContain('Слишком длинный адрес');

  const api = await request.get(`/api/v1/notices?q=${'%D0%B0'.repeat(2_500)}`, { headers: { 'Accept-Language': 'en' } });
  expect(api.status()).toBe(414);
  expect(await api.json()).toMatchObject({ error: 'uri_too_long', message: 'The address is too long. Send long texts in the request body.' });

  // The longest question the check page takes (2,000 letters, 6 characters each encoded) is answered.
  const question = await request.get(`/kk/check?q=${encodeURIComponent('ә'.repeat(2_000))}`);
  expect(question.status()).toBe(200);

  // A staff address of 12,000 percent signs would come back 5× as long in the sign-in redirect.
  const staff = await request.get(`/ru/admin/rumors?x=${'%25'.repeat(4_000)}`, { maxRedirects: 0 });
  expect(staff.status()).toBe(307);
  const signIn = new URL(staff.headers()['location']!, 'http://raspa.test');
  expect(signIn.pathname).toBe('/ru/signin');
  expect(signIn.searchParams.get('callbackUrl')).toBe('/ru/admin');
});

for (const [locale, title] of [
  ['kk', 'Мекенжай тым ұзын'],
  ['ru', 'Слишком длинный адрес'],
  ['en', 'This address is too long'],
] as const) {
  test(`the 414 page reads on a phone and a desktop (${locale})`, async ({ page, expectConsoleErrors }, testInfo) => {
    expectConsoleErrors(/status of 414/);
    for (const [device, viewport] of [
      ['phone', { width: 360, height: 740 }],
      ['desktop', { width: 1280, height: 800 }],
    ] as const) {
      await page.setViewportSize(viewport);
      const response = await page.goto(`/${locale}/check?q=${'x'.repeat(13_000)}`);
      expect(response?.status()).toBe(414);
      await expect(page.locator('h1')).toHaveText(title);
      await expect(page.locator(`a[href="/${locale}"]`).last()).toBeVisible();
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: testInfo.outputPath(`uri-too-long-${locale}-${device}.png`) });
    }
  });
}
