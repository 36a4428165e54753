// Every kind of page answers with a Content-Security-Policy that lets no injected inline script run,
// and works under it in Chromium: the shared test (e2e/test.ts) fails on any CSP violation.
//  - App Router pages (public forms, sign-in, staff): a fresh nonce per response, on every script.
//  - The home and region pages (served as finished HTML from a cache): hashes of their inline scripts.
//  - The notice page, its poster and its "not found" (cached plain HTML): hashes of their inline code.
import { type APIResponse, type Page, type Response } from '@playwright/test';
import { expect, test } from './test';
import { FINAL_SLUG, ensureNoticeFixtures } from './notice-page-fixtures';
import { signIn, staff, withDb } from './support';

function scriptSource(response: Response | APIResponse): string {
  const policy = response.headers()['content-security-policy'] ?? '';
  return (
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src ')) ?? ''
  );
}

/** Opens `path`, checks its policy is strict and, for a nonce policy, that every script carries that nonce. */
async function openUnderPolicy(page: Page, path: string, kind: 'nonce' | 'hash'): Promise<string> {
  const response = (await page.goto(path, { waitUntil: 'networkidle' }))!;
  expect(response.status(), path).toBeLessThan(500);
  const scripts = scriptSource(response);
  expect(scripts, path).not.toBe('');
  expect(scripts, path).not.toMatch(/unsafe-inline|unsafe-eval/);
  if (kind === 'nonce') {
    const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1];
    expect(nonce, path).toBeTruthy();
    expect(scripts).toContain("'strict-dynamic'");
    // Every script the server wrote carries it (scripts those load later are trusted by 'strict-dynamic').
    const html = await response.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(0);
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`)), `${path}: scripts without this response's nonce`).toEqual([]);
    return nonce!;
  }
  expect(scripts, path).not.toContain('nonce-');
  return scripts;
}

test.beforeAll(async () => {
  await ensureNoticeFixtures();
});

test('public pages carry a nonce policy, a new nonce each time, and run under it', async ({ page, expectConsoleErrors }) => {
  // The not-found page answers 404 on purpose.
  expectConsoleErrors(/status of 404.*\/ru\/no-such-page/);
  const first = await openUnderPolicy(page, '/ru/report', 'nonce');
  const second = await openUnderPolicy(page, '/ru/report', 'nonce');
  expect(second).not.toBe(first);
  for (const path of ['/kk/report', '/ru/track', '/kk/subscribe', '/ru/transparency', '/en/signin', '/ru/no-such-page']) {
    await test.step(path, () => openUnderPolicy(page, path, 'nonce'));
  }
  // The report form's own script really ran under the policy: it validates before sending.
  await page.goto('/en/report');
  await page.locator('form button[type=submit]').first().click();
  await expect(page.locator('[role=alert], [aria-invalid=true]').first()).toBeVisible();
});

test('staff pages carry a nonce policy and run under it', async ({ page }) => {
  const rumorId = await withDb(async (client) => (await client.query<{ id: string }>(`SELECT id FROM "Rumor" ORDER BY "priorityScore" DESC LIMIT 1`)).rows[0]!.id);
  await signIn(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  for (const path of ['/ru/admin', `/ru/admin/rumors/${rumorId}`, '/ru/admin/channels', '/ru/admin/account']) {
    await test.step(path, () => openUnderPolicy(page, path, 'nonce'));
  }
});

test('the home, region and check pages (the same cached copy for every reader) allow only their own inline scripts, by hash, and run under it', async ({ page }) => {
  for (const path of ['/ru', '/kk/regions/KZ-47', '/en/check', `/ru/check?q=${encodeURIComponent('интернет')}`]) {
    const policy = await openUnderPolicy(page, path, 'hash');
    expect(policy, path).toMatch(/'sha256-/);
    // The App Router runtime started (its inline bootstrap was allowed): the live updates connect.
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next), { message: path }).toBe('object');
  }
  // (That each copy's policy lists exactly its own inline scripts is e2e/public-cache.spec.ts's: a
  // copy changes with every publication, which other journeys make meanwhile.)
});

test('notice pages, posters and their "not found" allow only their own inline code, by hash', async ({ page, request, expectConsoleErrors }) => {
  expectConsoleErrors(/status of 404.*\/ru\/notices\/no-such-notice/);
  const notice = await openUnderPolicy(page, `/ru/notices/${FINAL_SLUG}`, 'hash');
  expect(notice).toMatch(/'sha256-/);
  // The share script ran: its copy button is shown only by it.
  await expect(page.locator('#copy')).toBeVisible();
  // The same page gives the same header, so a shared cache keeps a matching pair.
  const again = await request.get(`/ru/notices/${FINAL_SLUG}`);
  expect(scriptSource(again)).toBe(notice);
  await openUnderPolicy(page, `/ru/notices/${FINAL_SLUG}/poster`, 'hash');
  await expect(page.locator('#print')).toBeVisible();
  await openUnderPolicy(page, '/ru/notices/no-such-notice', 'hash');
});

test('only the offline page may ask for the camera (it reads QR codes); no page may use the microphone', async ({ request }) => {
  for (const locale of ['kk', 'ru', 'en']) {
    const offline = await request.get(`/${locale}/offline`);
    expect(offline.status()).toBe(200);
    expect(offline.headers()['permissions-policy']).toBe('camera=(self), microphone=(), geolocation=(self)');
  }
  for (const path of ['/ru', '/ru/report', '/en/check']) {
    expect((await request.get(path)).headers()['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(self)');
  }
});
