// Public pages (home, region, notice page, feeds, check results) read from Next's data cache
// (server/notices/public-notice-cache.ts), the home and region pages as finished HTML
// (server/http/cached-public-pages.ts): a view reads nothing from the database while nothing
// changed, and a publication, correction or withdrawal (its live event, sent on commit) reaches
// them on every web process within 2 seconds.
import { createHash } from 'node:crypto';
import { type APIRequestContext } from '@playwright/test';
import { expect, test } from './test';
import pg from 'pg';
import { publishNotice, withDb } from './support';

test.describe.configure({ mode: 'serial' });

// As a browser asks for a page (only such views are served from the cache of finished pages).
const AS_BROWSER = { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-encoding': 'gzip, deflate' } };

async function pageText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, AS_BROWSER);
  expect(response.status()).toBe(200);
  return response.text();
}

/**
 * How long `path` stayed stale after a change at `since`: the latest moment (ms after `since`) at
 * which a view was asked for and still answered as before — 0 when the first view showed the change.
 * The 2 s promise is about that: a view asked for 2 s after a change shows it. It is not about when
 * an answer arrives: the first view after a change renders the page afresh (the generation changed,
 * server/notices/public-notice-cache.ts), and on a loaded machine that render alone takes seconds
 * (page latency, measured in bench/). Measured from the arrival, at load 10 the test failed on
 * render time, and on the time spent polling the page before (one `since` for pages polled in
 * turn). Polls every 100 ms until an answer shows the change, at most 15 s; Infinity if none did.
 * `views` lists each view (asked at +ms, took ms, stale or current) for the failure message.
 */
async function staleAfter(request: APIRequestContext, path: string, current: (page: string) => boolean, since: number): Promise<{ ms: number; views: string }> {
  const views: string[] = [];
  let stale = 0;
  while (Date.now() - since < 15_000) {
    const asked = Date.now() - since;
    const answer = await pageText(request, path);
    const ok = current(answer);
    views.push(`+${asked} ms took ${Date.now() - since - asked} ms ${ok ? 'current' : 'stale'}`);
    if (ok) return { ms: stale, views: `${path}: ${views.join('; ')}` };
    stale = asked;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ms: Number.POSITIVE_INFINITY, views: `${path}: ${views.join('; ')}` };
}

const shows = (text: string) => (page: string) => page.includes(text);
const drops = (text: string) => (page: string) => !page.includes(text);

/** Every path watched at once from the change (so none is measured from after another's wait): each is current within 2 s. */
async function expectCurrentWithin2s(request: APIRequestContext, paths: string[], current: (page: string) => boolean, since: number) {
  for (const { ms, views } of await Promise.all(paths.map((path) => staleAfter(request, path, current, since)))) expect(ms, views).toBeLessThanOrEqual(2_000);
}

/** The events on which the public caches read afresh (server/notices/public-notice-cache.ts). */
const REFRESHING_EVENTS = new Set(['notice.published', 'notice.updated', 'notice.withdrawn', 'settings.public_changed']);

/**
 * The cached `paths` keep what they read while nothing is published: the notice's Russian title is
 * changed behind the application's back (no live event) and every path is read `views` times; each
 * must still show `shown` and never the new title. Other specs publish at the same time, and each
 * such event rightly makes the pages read afresh — so a round in which one arrived proves nothing:
 * it is waited out (the pages show the new title within 2 s) and done again with another title, at
 * most 5 rounds.
 */
async function expectKeptWhileNothingPublished(request: APIRequestContext, slug: string, paths: string[], shown: string, views: number): Promise<void> {
  const base = shown;
  for (let round = 1; round <= 5; round++) {
    const changed = `${base} (round ${round})`;
    const listener = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (message) => {
      const type = (JSON.parse(message.payload ?? '{}') as { type?: string }).type ?? '';
      if (REFRESHING_EVENTS.has(type)) heard.push(type);
    });
    const answers: { path: string; text: string }[] = [];
    try {
      await listener.query('LISTEN raspa_events');
      await withDb((client) =>
        client.query(
          `UPDATE "NoticeTranslation" SET title = $1 WHERE language = 'ru' AND "noticeVersionId" IN (SELECT v.id FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" WHERE n.slug = $2)`,
          [changed, slug],
        ),
      );
      for (let i = 0; i < views; i++) for (const path of paths) answers.push({ path, text: await pageText(request, path) });
      // A notification sent before the last view was answered has reached the listener by now.
      await listener.query('SELECT 1');
    } finally {
      await listener.end();
    }
    if (heard.length === 0) {
      for (const { path, text } of answers) {
        expect(text, path).toContain(shown);
        expect(text, path).not.toContain(changed);
      }
      return;
    }
    test.info().annotations.push({ type: 'round disturbed', description: `round ${round}: another spec sent ${heard.join(', ')}` });
    await expectCurrentWithin2s(request, paths, (page) => page.includes(changed), Date.now());
    shown = changed;
  }
  throw new Error('other specs published in each of 5 rounds: the cache was never seen while nothing was published');
}

test('a published notice is on the home and region pages within 2 seconds', async ({ request }) => {
  await pageText(request, '/ru');
  await pageText(request, '/ru/regions/KZ-47');
  const stamp = Date.now().toString(36);
  const title = `Говорят, в Актау закроют порт ${stamp}`;
  await publishNotice(`cache-e2e-${stamp}`, { kk: `Ақтау порты жабылады ${stamp}`, ru: title, en: `Aktau port to close ${stamp}` });
  const published = Date.now();
  await expectCurrentWithin2s(request, ['/ru', '/ru/regions/KZ-47'], shows(title), published);
});

test('while nothing is published, the home page does not read the notices again', async ({ request }) => {
  const stamp = Date.now().toString(36);
  const slug = `cache-quiet-e2e-${stamp}`;
  const before = `Говорят, в Жанаозене нет бензина ${stamp}`;
  const after = `Говорят, в Жанаозене нет дизеля ${stamp}`;
  await publishNotice(slug, { kk: `Жаңаөзенде бензин жоқ ${stamp}`, ru: before, en: `No petrol in Zhanaozen ${stamp}` });
  await expectCurrentWithin2s(request, ['/ru'], shows(before), Date.now());
  // A change made behind the application's back (no live event): a page that read the database
  // would show it at once; the cached page keeps what it read.
  await expectKeptWhileNothingPublished(request, slug, ['/ru'], before, 5);
  await withDb((client) =>
    client.query(`UPDATE "NoticeTranslation" SET title = $1 WHERE language = 'ru' AND "noticeVersionId" IN (SELECT v.id FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" WHERE n.slug = $2)`, [after, slug]),
  );
  // The writers' event (here: a correction's) refreshes it.
  await withDb((client) =>
    client.query(`SELECT pg_notify('raspa_events', $1)`, [
      JSON.stringify({ type: 'notice.updated', noticeId: '00000000-0000-4000-8000-000000000000', slug, version: 1, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], status: 'PUBLISHED' }),
    ]),
  );
  await expectCurrentWithin2s(request, ['/ru'], shows(after), Date.now());
});

test('the notice page and the feeds are not read from the database per view either', async ({ request }) => {
  const stamp = Date.now().toString(36);
  const slug = `cache-documents-e2e-${stamp}`;
  const before = `Говорят, в Бейнеу закроют рынок ${stamp}`;
  const after = `Говорят, в Бейнеу закроют вокзал ${stamp}`;
  await publishNotice(slug, { kk: `Бейнеуде базар жабылады ${stamp}`, ru: before, en: `Beineu market to close ${stamp}` });
  const pages = [`/ru/notices/${slug}`, '/api/v1/feeds/ru/rss.xml', '/api/v1/feeds/ru/atom.xml', '/api/v1/feeds/ru/feed.json'];
  await expectCurrentWithin2s(request, pages, shows(before), Date.now());
  await expectKeptWhileNothingPublished(request, slug, pages, before, 3);
  await withDb((client) =>
    client.query(`UPDATE "NoticeTranslation" SET title = $1 WHERE language = 'ru' AND "noticeVersionId" IN (SELECT v.id FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" WHERE n.slug = $2)`, [after, slug]),
  );
  await withDb((client) =>
    client.query(`SELECT pg_notify('raspa_events', $1)`, [
      JSON.stringify({ type: 'notice.updated', noticeId: '00000000-0000-4000-8000-000000000000', slug, version: 1, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], status: 'PUBLISHED' }),
    ]),
  );
  await expectCurrentWithin2s(request, pages, shows(after), Date.now());
});

const CACHED_PAGES = ['/ru', '/kk/regions/KZ-47', '/en?region=KZ-47', `/ru/check?q=${encodeURIComponent('экспертиза Сейфуллина')}`];

test('the cached home, region and check pages carry a strict policy that allows exactly their inline scripts, on every view', async ({ request }) => {
  // The first view is Next's answer; the next ones come from the front door's copy of it
  // (server/http/front-door-cache.ts) and must carry the same policy and security headers.
  for (const path of CACHED_PAGES.flatMap((path) => [path, path, path])) {
    const response = await request.get(path, AS_BROWSER);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
    expect(response.headers()['x-raspa-kept-copy'], path).toBeUndefined();
    expect(response.status(), path).toBe(200);
    const policy = response.headers()['content-security-policy'] ?? '';
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toContain('*');
    expect(policy, path).toContain("object-src 'none'");
    const inline = [...(await response.text()).matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
    expect(inline.length, path).toBeGreaterThan(0);
    for (const script of inline) expect(scriptSrc, `${path}: ${script.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  }
});

test('a check page for a query is refreshed on publish within 2 s', async ({ request }) => {
  const stamp = Date.now().toString(36);
  const title = `Говорят, в Форт-Шевченко отключат воду ${stamp}`;
  const path = `/ru/check?q=${encodeURIComponent(`Форт-Шевченко воду ${stamp}`)}`;
  // Viewed before: a copy without the notice is kept.
  // The page's own form posts the question (it is in no address): the answer comes from the same cache.
  const posted = async () => (await request.post('/ru/check/search', { ...AS_BROWSER, form: { q: `Форт-Шевченко воду ${stamp}` }, maxRedirects: 0 })).text();
  for (let i = 0; i < 3; i++) expect(await pageText(request, path)).not.toContain(title);
  expect(await posted()).not.toContain(title);
  await publishNotice(`cache-check-e2e-${stamp}`, { kk: `Форт-Шевченкода су өшіріледі ${stamp}`, ru: title, en: `Fort-Shevchenko water cut ${stamp}` });
  await expectCurrentWithin2s(request, [path], shows(title), Date.now());
  expect(await posted()).toContain(title);
});

test('publish → the home and region pages show it within 2 s; withdraw → they drop it within 2 s, in the browser too', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const slug = `cache-withdraw-e2e-${stamp}`;
  const title = `Claim that Aktau airport is closed ${stamp}`;
  const pages = ['/en', '/en/regions/KZ-47'];
  for (const path of pages) await pageText(request, path);
  await publishNotice(slug, { kk: `Ақтау әуежайы жабық ${stamp}`, ru: `Говорят, аэропорт Актау закрыт ${stamp}`, en: title });
  const published = Date.now();
  await expectCurrentWithin2s(request, pages, shows(title), published);
  // A returning reader's pages come through the service worker (app/sw.ts): wait until it controls
  // this tab, so every view below goes through it. Its fetch was once answered from the browser's
  // HTTP cache under the pages' stale-while-revalidate — the withdrawn notice still shown.
  await page.goto(pages[0]!);
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.reload();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('main').getByRole('link', { name: title })).toHaveCount(1);
  }
  // (The open page would refresh itself on the event: leave it, so only the timed views render.)
  await page.goto('about:blank');
  // Withdrawn as withdrawNotice leaves it: the status, the reason, and the event on commit.
  await withDb(async (client) => {
    await client.query('BEGIN');
    const notice = await client.query<{ id: string }>(
      `UPDATE "Notice" SET status = 'WITHDRAWN', "withdrawnAt" = now(), "withdrawnReasonEn" = 'Published by mistake', "updatedAt" = now() WHERE slug = $1 RETURNING id`,
      [slug],
    );
    const event = { type: 'notice.withdrawn', noticeId: notice.rows[0]!.id, slug, version: 1, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'] };
    await client.query(`SELECT pg_notify('raspa_events', $1)`, [JSON.stringify(event)]);
    await client.query('COMMIT');
  });
  const withdrawn = Date.now();
  await expectCurrentWithin2s(request, pages, drops(title), withdrawn);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('main').getByRole('link', { name: title })).toHaveCount(0);
  }
  // The notice page says it was withdrawn, and why.
  await page.goto(`/en/notices/${slug}`);
  await expect(page.locator('main')).toContainText('Published by mistake');
});
