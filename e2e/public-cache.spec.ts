// Public pages (home, region, notice page, feeds, check results) read from Next's data cache
// (server/notices/public-notice-cache.ts): a view reads nothing from the database while nothing
// changed, and a publication (its live event, sent on commit) reaches them on every web process
// within 2 seconds.
import { type APIRequestContext } from '@playwright/test';
import { expect, test } from './test';
import { publishNotice, withDb } from './support';

test.describe.configure({ mode: 'serial' });

async function pageText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return response.text();
}

/** Milliseconds until `path` contains `text`, polling every 100 ms for at most 5 s. */
async function msUntilShown(request: APIRequestContext, path: string, text: string, since: number): Promise<number> {
  while (Date.now() - since < 5_000) {
    if ((await pageText(request, path)).includes(text)) return Date.now() - since;
    await new Promise((r) => setTimeout(r, 100));
  }
  return Number.POSITIVE_INFINITY;
}

test('a published notice is on the home and region pages within 2 seconds', async ({ request }) => {
  await pageText(request, '/ru');
  await pageText(request, '/ru/regions/KZ-47');
  const stamp = Date.now().toString(36);
  const title = `Говорят, в Актау закроют порт ${stamp}`;
  await publishNotice(`cache-e2e-${stamp}`, { kk: `Ақтау порты жабылады ${stamp}`, ru: title, en: `Aktau port to close ${stamp}` });
  const published = Date.now();
  expect(await msUntilShown(request, '/ru', title, published)).toBeLessThanOrEqual(2_000);
  expect(await msUntilShown(request, '/ru/regions/KZ-47', title, published)).toBeLessThanOrEqual(2_000);
});

test('while nothing is published, the home page does not read the notices again', async ({ request }) => {
  const stamp = Date.now().toString(36);
  const slug = `cache-quiet-e2e-${stamp}`;
  const before = `Говорят, в Жанаозене нет бензина ${stamp}`;
  const after = `Говорят, в Жанаозене нет дизеля ${stamp}`;
  await publishNotice(slug, { kk: `Жаңаөзенде бензин жоқ ${stamp}`, ru: before, en: `No petrol in Zhanaozen ${stamp}` });
  expect(await msUntilShown(request, '/ru', before, Date.now())).toBeLessThanOrEqual(2_000);
  // A change made behind the application's back (no live event): a page that read the database
  // would show it at once; the cached page keeps what it read.
  await withDb((client) =>
    client.query(
      `UPDATE "NoticeTranslation" SET title = $1 WHERE language = 'ru' AND "noticeVersionId" IN (SELECT v.id FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" WHERE n.slug = $2)`,
      [after, slug],
    ),
  );
  for (let i = 0; i < 5; i++) {
    const html = await pageText(request, '/ru');
    expect(html).toContain(before);
    expect(html).not.toContain(after);
  }
  // The writers' event (here: a correction's) refreshes it.
  await withDb((client) =>
    client.query(`SELECT pg_notify('raspa_events', $1)`, [
      JSON.stringify({ type: 'notice.updated', noticeId: '00000000-0000-4000-8000-000000000000', slug, version: 1, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], status: 'PUBLISHED' }),
    ]),
  );
  expect(await msUntilShown(request, '/ru', after, Date.now())).toBeLessThanOrEqual(2_000);
});

test('the notice page and the feeds are not read from the database per view either', async ({ request }) => {
  const stamp = Date.now().toString(36);
  const slug = `cache-documents-e2e-${stamp}`;
  const before = `Говорят, в Бейнеу закроют рынок ${stamp}`;
  const after = `Говорят, в Бейнеу закроют вокзал ${stamp}`;
  await publishNotice(slug, { kk: `Бейнеуде базар жабылады ${stamp}`, ru: before, en: `Beineu market to close ${stamp}` });
  const pages = [`/ru/notices/${slug}`, '/api/v1/feeds/ru/rss.xml', '/api/v1/feeds/ru/atom.xml', '/api/v1/feeds/ru/feed.json'];
  for (const path of pages) expect(await msUntilShown(request, path, before, Date.now()), path).toBeLessThanOrEqual(2_000);
  await withDb((client) =>
    client.query(
      `UPDATE "NoticeTranslation" SET title = $1 WHERE language = 'ru' AND "noticeVersionId" IN (SELECT v.id FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" WHERE n.slug = $2)`,
      [after, slug],
    ),
  );
  for (let i = 0; i < 3; i++) {
    for (const path of pages) {
      const text = await pageText(request, path);
      expect(text, path).toContain(before);
      expect(text, path).not.toContain(after);
    }
  }
  await withDb((client) =>
    client.query(`SELECT pg_notify('raspa_events', $1)`, [
      JSON.stringify({ type: 'notice.updated', noticeId: '00000000-0000-4000-8000-000000000000', slug, version: 1, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], status: 'PUBLISHED' }),
    ]),
  );
  for (const path of pages) expect(await msUntilShown(request, path, after, Date.now()), path).toBeLessThanOrEqual(2_000);
});
