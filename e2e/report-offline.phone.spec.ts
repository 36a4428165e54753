// The report page as a Progressive Web App: during an internet shutdown a citizen can still open
// the form, write a report and have it sent — once — when the connection returns.
import { expect, test } from './test';

// The test cuts the network: what the browser fails to fetch meanwhile is expected.
test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });
import pg from 'pg';

async function reportsContaining(marker: string): Promise<{ trackingCode: string }[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query<{ trackingCode: string }>('SELECT "trackingCode" FROM "Report" WHERE text LIKE $1', [`%${marker}%`]);
    return result.rows;
  } finally {
    await client.end();
  }
}

test('a report written offline is kept on the phone, survives a reload and is sent once when the connection returns', async ({ page, context }) => {
  test.setTimeout(90_000);
  const marker = `Offline test ${Date.now()}`;
  const text = `${marker}: говорят, что завтра в Жанаозене отключат интернет и закроют рынок`;

  await page.goto('/ru/report');
  // The worker is registered after the load event; once it is active it has cached the form for offline use.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // Playwright takes the page and the service worker offline (the server itself keeps running).
  await context.setOffline(true);
  await page.locator('#text').fill(text);
  await page.locator('[data-testid=report-form] button[type=submit]').click();
  await expect(page.getByTestId('report-queued')).toBeVisible();

  // Still offline: the page comes from the service worker's cache and knows one report is waiting.
  await page.reload();
  await expect(page.locator('[data-testid=report-form]')).toBeVisible();
  await expect(page.getByTestId('outbox-count')).toContainText('1');
  expect(await reportsContaining(marker)).toHaveLength(0);

  // Back online: the outbox is sent without the citizen doing anything, and the tracking code appears.
  await context.setOffline(false);
  const code = page.getByTestId('tracking-code');
  await expect(code).toHaveText(/^[A-Z2-9]{4}-?[A-Z2-9]{4}$/, { timeout: 20_000 });
  await expect(page.getByTestId('outbox-count')).toHaveCount(0);

  // Exactly one report although the page, the service worker (Background Sync) and retries may all
  // have sent it: the clientId is an idempotency key.
  const stored = await reportsContaining(marker);
  expect(stored).toHaveLength(1);
  expect((await code.textContent())?.replace('-', '').trim()).toBe(stored[0]!.trackingCode);
});

test('the phone keeps the report form in the language it uses (not all three), and in one it switches to online', async ({ page, context }) => {
  test.setTimeout(90_000);
  const shellPages = () =>
    page.evaluate(async () => {
      const requests = await (await caches.open('raspa-shell-v1')).keys();
      return requests.map((request) => new URL(request.url).pathname).filter((path) => path !== '/manifest.webmanifest').sort();
    });
  await page.goto('/kk/report');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Installed from a Kazakh page: the Kazakh pages only, not six more server renders of the other two languages.
  expect(await shellPages()).toEqual(['/kk', '/kk/offline', '/kk/report']);

  // Switching to Russian while online keeps the Russian form as well.
  await page.goto('/ru');
  await expect.poll(shellPages, { timeout: 20_000 }).toEqual(['/kk', '/kk/offline', '/kk/report', '/ru', '/ru/offline', '/ru/report']);

  await context.setOffline(true);
  await page.goto('/ru/report');
  await expect(page.locator('[data-testid=report-form]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // A language never opened online: the form still opens offline, in a language the phone keeps.
  await page.goto('/en/report');
  await expect(page.locator('[data-testid=report-form]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', /^(kk|ru)$/);
  await context.setOffline(false);
});
