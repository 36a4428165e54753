// Feeds and the public notice API against the production server, read the way partners read them.
import { expect, test } from './test';
import Parser from 'rss-parser';
import { LANGUAGES } from '../server/i18n/languages';

test('RSS, Atom and JSON Feed parse in every language, with verdict words in titles', async ({ request }) => {
  const parser = new Parser();
  const verdictWord = { kk: 'Жалған', ru: 'Ложь', en: 'False' };
  for (const lang of LANGUAGES) {
    const rss = await request.get(`/api/v1/feeds/${lang}/rss.xml`);
    expect(rss.status()).toBe(200);
    expect(rss.headers()['content-type']).toContain('application/rss+xml');
    const rssFeed = await parser.parseString(await rss.text());
    expect(rssFeed.items.length).toBeGreaterThan(0);
    expect(rssFeed.items.every((item) => item.link?.includes(`/${lang}/notices/`) && item.guid?.includes('#v'))).toBe(true);
    expect(rssFeed.items.some((item) => item.title?.startsWith(`${verdictWord[lang]}: `))).toBe(true);

    const atom = await request.get(`/api/v1/feeds/${lang}/atom.xml`);
    expect(atom.headers()['content-type']).toContain('application/atom+xml');
    expect((await parser.parseString(await atom.text())).items.length).toBe(rssFeed.items.length);

    const json = await request.get(`/api/v1/feeds/${lang}/feed.json`);
    expect(json.headers()['content-type']).toContain('application/feed+json');
    const body = (await json.json()) as { version: string; title: string; items: { id: string; content_text?: string }[] };
    expect(body.version).toBe('https://jsonfeed.org/version/1.1');
    expect(body.title).toBeTruthy();
    expect(body.items.every((item) => item.id && item.content_text)).toBe(true);
  }
  expect((await request.get('/api/v1/feeds/de/rss.xml')).status()).toBe(404);
  expect((await request.get('/api/v1/feeds/ru/rss.xml?region=KZ-99')).status()).toBe(400);
});

test('the notice list pages with a cursor and links to notices that exist', async ({ request }) => {
  const first = await request.get('/api/v1/notices?lang=ru&limit=2');
  expect(first.status()).toBe(200);
  expect(first.headers()['access-control-allow-origin']).toBe('*');
  expect(first.headers()['cache-control']).toContain('s-maxage=30');
  const page1 = (await first.json()) as { notices: { slug: string; url: string; status: string; version: number }[]; nextCursor: string | null };
  expect(page1.notices).toHaveLength(2);
  expect(page1.nextCursor).toBeTruthy();
  const page2 = (await (await request.get(`/api/v1/notices?lang=ru&limit=2&cursor=${page1.nextCursor}`)).json()) as { notices: { slug: string }[] };
  expect(page2.notices.map((n) => n.slug)).not.toContain(page1.notices[0]!.slug);

  const detail = await request.get(`/api/v1/notices/${page1.notices[0]!.slug}?lang=en`);
  expect(detail.status()).toBe(200);
  // Withdrawn notices stay in the list (other journeys withdraw some): the detail says the same.
  const listed = page1.notices[0]!;
  expect(await detail.json()).toMatchObject({ slug: listed.slug, language: 'en', status: listed.status, version: listed.version, versions: expect.arrayContaining([expect.objectContaining({ version: 1 })]) });
  expect((await request.get('/api/v1/notices/no-such-notice')).status()).toBe(404);
  expect((await request.get('/api/v1/notices?region=KZ-99')).status()).toBe(400);
});
