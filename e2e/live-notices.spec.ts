// Open pages update live: a notice published while the home page is open appears in its list, with
// a polite announcement, without the page reloading; an open notice page offers a reload bar when
// the notice is corrected. Publishing is simulated exactly as publishNotice leaves the database:
// the rows, then `pg_notify('raspa_events', …)` with the notifyLiveEvent payload in the same
// transaction.
import path from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { liveNoticeBarHtml } from '../server/notices/render/live-notice-bar';
import { randomUUID } from 'node:crypto';
import { publishNotice, withDb } from './support';

test.describe.configure({ mode: 'serial' });

/** For looking at the live announcement by eye: saved with the run's other artifacts. */
function screenshotPath(name: string): string {
  return path.join(process.env.RASPA_TEST_ARTIFACTS ?? '.artifacts', 'screenshots', name);
}

/**
 * Counts document loads (a reload is one more) — not `framenavigated`, which also fires for the
 * router's same-document history updates — and marks the window, which a reload would wipe.
 */
function countDocumentLoads(page: Page): { loads: () => number; mark: () => Promise<void>; stillSameDocument: () => Promise<boolean> } {
  let count = 0;
  page.on('load', () => count++);
  return {
    loads: () => count,
    mark: () => page.evaluate(() => void Object.assign(window, { liveTestMarker: true })),
    stillSameDocument: () => page.evaluate(() => (window as unknown as { liveTestMarker?: boolean }).liveTestMarker === true),
  };
}

/** Resolves once the page's EventSource has been answered (the server listens before it answers). */
function streamOpened(page: Page) {
  return page.waitForResponse((response) => response.url().includes('/api/v1/stream') && response.status() === 200);
}

test('a notice published while the home page is open appears there without a reload', async ({ browser }) => {
  const reader = await browser.newContext();
  const page = await reader.newPage();
  const navigations = countDocumentLoads(page);
  const opened = streamOpened(page);
  await page.goto('/en');
  await opened;
  await navigations.mark();
  await expect(page.locator('#latest')).toBeVisible();

  const stamp = Date.now().toString(36);
  const title = `Claim that the Aktau bridge collapsed ${stamp}`;
  // Give the server a moment to finish LISTEN after answering the stream.
  await page.waitForTimeout(300);
  await publishNotice(`live-e2e-${stamp}`, { kk: `Ақтау көпірі құлады деген ақпарат ${stamp}`, ru: `Утверждение, что в Актау рухнул мост ${stamp}`, en: title });

  await expect(page.getByRole('status').filter({ hasText: `New verified notice: ${title}` })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: title })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: title })).toHaveAttribute('href', `/en/notices/live-e2e-${stamp}`);
  expect(navigations.loads()).toBe(1);
  expect(await navigations.stillSameDocument()).toBe(true);
  await page.screenshot({ path: screenshotPath('live-home-desktop.png') });
  await reader.close();
});

test('the announcement is in the page language (Kazakh), on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const navigations = countDocumentLoads(page);
  const opened = streamOpened(page);
  await page.goto('/kk');
  await opened;
  await navigations.mark();
  await page.waitForTimeout(300);
  const stamp = Date.now().toString(36);
  const title = `Шымкентте су өшіріледі деген ақпарат ${stamp}`;
  await publishNotice(`live-e2e-kk-${stamp}`, { kk: title, ru: `Говорят, в Шымкенте отключат воду ${stamp}`, en: `Claim that water will be cut in Shymkent ${stamp}` }, ['KZ-79']);
  await expect(page.getByRole('status').filter({ hasText: `Жаңа тексерілген хабарлама: ${title}` })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: title })).toBeVisible();
  expect(navigations.loads()).toBe(1);
  expect(await navigations.stillSameDocument()).toBe(true);
  // The fixed announcement fits the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: screenshotPath('live-home-phone.png') });
});

test('an open notice page without React shows an "updated — reload" bar when its notice is corrected', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const slug = `live-e2e-bar-${stamp}`;
  await publishNotice(slug, { kk: `Хабар ${stamp}`, ru: `Сообщение ${stamp}`, en: `Claim ${stamp}` });
  // Any same-origin page, replaced by plain HTML carrying only the bar and its script.
  await page.goto('/api/health');
  const opened = streamOpened(page);
  const bar = liveNoticeBarHtml({ slug, version: 1, status: 'PUBLISHED' }, { locale: 'en', text: 'This notice has been updated.', reload: 'Reload' });
  await page.setContent(`<!doctype html><html lang="en"><body><h1>Claim ${stamp}</h1>${bar}</body></html>`);
  await opened;
  await page.waitForTimeout(300);
  const script = await page.request.get(/src="([^"]+)"/.exec(bar)![1]!);
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await script.body()).byteLength).toBeLessThanOrEqual(1536);

  await withDb(async (client) => {
    // Another notice's correction does not concern this page.
    await client.query(`SELECT pg_notify('raspa_events', $1)`, [JSON.stringify({ type: 'notice.updated', noticeId: randomUUID(), slug: 'some-other-notice', version: 2, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], status: 'PUBLISHED' })]);
    await client.query(`SELECT pg_notify('raspa_events', $1)`, [JSON.stringify({ type: 'notice.updated', noticeId: randomUUID(), slug, version: 2, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], status: 'PUBLISHED' })]);
  });
  const status = page.getByRole('status');
  await expect(status).toContainText('This notice has been updated.');
  await expect(status.getByRole('button', { name: 'Reload' })).toBeVisible();
});
