// The machine-readable side of published notices as partners, feed readers and open pages see it:
// real Requests into the handlers, a real database (and its LISTEN/NOTIFY) behind them.
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as feedRoute } from '@/app/api/v1/feeds/[lang]/[file]/route';
import { EventHub, notifyLiveEvent, type NoticeLiveEvent } from '../live/events';
import { logger } from '../log';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { sseReader } from '../testing/sse-reader';
import { createPublishedNotice } from '../testing/fixtures';
import { normalizeReportText } from '../text';
import type { ApiDeps } from './deps';
import { handleNoticeFeed } from './notices-feeds';
import { handleNoticeDetail, handleNoticeList } from './notices-public';
import { handleNoticeStream, noticeStreamBroadcaster, type NoticeStreamBroadcaster } from './notices-stream';
import { feedLinks } from '../feeds/links';
import { LANGUAGES } from '../i18n/languages';

const t = setupTestDatabase();
const BASE = 'http://raspa.test';
const ORIGIN = 'https://raspa.example';

function deps(overrides: Partial<ApiDeps> = {}): ApiDeps {
  return testApiDeps(t, { encryptionKey: Buffer.alloc(32, 9).toString('base64'), publicOrigin: ORIGIN, log: logger, ...overrides });
}

const HOSTILE_TITLE = 'Claim <script>alert(1)</script> & "quotes" ]]> in Aktau';
let minute = 0;

/** A published notice whose publication time is `minutesAgo` in the past (so the order is known). */
async function notice(slug: string, regionCodes: string[], minutesAgo: number, titles?: { kk: string; ru: string; en: string }) {
  const created = await createPublishedNotice(t.db, {
    slug,
    verdict: 'FALSE',
    regionCodes,
    titles: titles ?? { kk: `Хабарлама ${slug}`, ru: `Сообщение ${slug}`, en: `Claim ${slug}` },
  });
  const at = new Date(Date.UTC(2026, 10, 20, 12, 0) - minutesAgo * 60_000 + minute++);
  await t.db.notice.update({ where: { id: created.notice.id }, data: { firstPublishedAt: at, lastPublishedAt: at } });
  return created;
}

async function json(response: Response) {
  return (await response.json()) as Record<string, unknown> & { fieldErrors?: Record<string, string[]> };
}

beforeAll(async () => {
  await notice('oldest-notice', ['KZ-47'], 50);
  await notice('hostile-notice', ['KZ-47', 'KZ-75'], 40, { kk: HOSTILE_TITLE, ru: HOSTILE_TITLE, en: HOSTILE_TITLE });
  const corrected = await notice('corrected-notice', ['KZ-75'], 30);
  // A correction: version 2 with a "what changed" note.
  await t.db.noticeVersion.create({
    data: {
      noticeId: corrected.notice.id,
      version: 2,
      verdict: 'FALSE',
      changeNote: 'Added the akimat statement',
      publishedAt: new Date(Date.UTC(2026, 10, 20, 12, 0)),
      translations: {
        create: LANGUAGES.map((language) => ({
          language,
          title: `${language} corrected title`,
          summary: `${language} corrected summary`,
          body: '**Markdown** body',
          whatToDo: 'Do not forward it.',
          smsText: 'short',
          searchText: normalizeReportText(`${language} corrected title`),
        })),
      },
    },
  });
  await t.db.notice.update({ where: { id: corrected.notice.id }, data: { currentVersion: 2, lastPublishedAt: new Date(Date.UTC(2026, 10, 20, 12, 0)) } });
  await t.db.evidence.createMany({
    data: [
      { rumorId: corrected.rumor.id, adHocSourceName: 'Akimat press service', excerpt: 'Public statement', stance: 'REFUTES', obtainedAt: new Date(), isPublic: true },
      { rumorId: corrected.rumor.id, adHocSourceName: 'Private informant', excerpt: 'Staff-only note', stance: 'CONTEXT', obtainedAt: new Date(), isPublic: false },
    ],
  });
  const withdrawn = await notice('withdrawn-notice', ['KZ-47'], 20);
  await t.db.notice.update({ where: { id: withdrawn.notice.id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(Date.UTC(2026, 10, 20, 12, 30)), withdrawnReasonEn: 'Published by mistake' } });
  const draft = await notice('draft-notice', ['KZ-47'], 10);
  await t.db.notice.update({ where: { id: draft.notice.id }, data: { status: 'DRAFT' } });
  const interim = await notice('interim-notice', ['KZ-47'], 5);
  await t.db.notice.update({ where: { id: interim.notice.id }, data: { verdict: 'CHECKING', supersededById: corrected.notice.id } });
});

describe('GET /api/v1/notices', () => {
  it('pages through public notices most recently changed first with an opaque cursor: a withdrawal comes first with its reason; drafts and superseded ones are left out', async () => {
    const first = await handleNoticeList(new Request(`${BASE}/api/v1/notices?lang=en&limit=2`), deps());
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('cache-control')).toBe('public, s-maxage=30, max-age=30');
    const page1 = (await first.json()) as { notices: Record<string, unknown>[]; nextCursor: string };
    expect(page1.notices.map((n) => n.slug)).toEqual(['withdrawn-notice', 'corrected-notice']);
    expect(page1.notices[0]).toMatchObject({ slug: 'withdrawn-notice', status: 'WITHDRAWN', withdrawnAt: '2026-11-20T12:30:00.000Z', withdrawnReason: 'Published by mistake' });
    expect(page1.notices[1]).toEqual({
      slug: 'corrected-notice',
      url: `${ORIGIN}/en/notices/corrected-notice`,
      verdict: 'FALSE',
      urgency: 'NORMAL',
      regions: ['KZ-75'],
      title: 'en corrected title',
      summary: 'en corrected summary',
      language: 'en',
      version: 2,
      firstPublishedAt: expect.stringMatching(/^2026-11-20T11:30/),
      lastPublishedAt: '2026-11-20T12:00:00.000Z',
      status: 'PUBLISHED',
      withdrawnAt: null,
      withdrawnReason: null,
    });
    const second = await json(await handleNoticeList(new Request(`${BASE}/api/v1/notices?lang=en&limit=2&cursor=${page1.nextCursor}`), deps()));
    expect((second.notices as { slug: string }[]).map((n) => n.slug)).toEqual(['hostile-notice', 'oldest-notice']);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by region and answers in the requested language', async () => {
    const body = await json(await handleNoticeList(new Request(`${BASE}/api/v1/notices?region=KZ-75&lang=kk`), deps()));
    expect((body.notices as { slug: string; language: string; url: string }[]).map((n) => [n.slug, n.language, n.url])).toEqual([
      ['corrected-notice', 'kk', `${ORIGIN}/kk/notices/corrected-notice`],
      ['hostile-notice', 'kk', `${ORIGIN}/kk/notices/hostile-notice`],
    ]);
  });

  it.each([
    ['an unknown region', 'region=KZ-99', 'region'],
    ['a forged cursor', 'cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['a limit of 1000', 'limit=1000', 'limit'],
    ['a limit that is not a number', 'limit=ten', 'limit'],
    ['an unknown language', 'lang=de', 'lang'],
  ])('answers 400 with a field error for %s', async (_case, query, field) => {
    const response = await handleNoticeList(new Request(`${BASE}/api/v1/notices?${query}`, { headers: { 'accept-language': 'ru' } }), deps());
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await json(response);
    expect(body.error).toBe('validation');
    expect(Object.keys(body.fieldErrors ?? {})).toEqual([field]);
  });
});

describe('GET /api/v1/notices/{slug}', () => {
  it('gives the whole notice: Markdown body, what to do, public evidence only, every version with its change note', async () => {
    const response = await handleNoticeDetail(new Request(`${BASE}/api/v1/notices/corrected-notice?lang=ru`), deps(), { slug: 'corrected-notice' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await json(response);
    expect(body).toMatchObject({
      slug: 'corrected-notice',
      url: `${ORIGIN}/ru/notices/corrected-notice`,
      status: 'PUBLISHED',
      withdrawnReason: null,
      title: 'ru corrected title',
      body: '**Markdown** body',
      whatToDo: 'Do not forward it.',
      version: 2,
      changeNote: 'Added the akimat statement',
      availableLanguages: ['kk', 'ru', 'en'],
      regions: ['KZ-75'],
      supersededBy: null,
    });
    expect(body.evidence).toEqual([{ sourceName: 'Akimat press service', excerpt: 'Public statement', stance: 'REFUTES', obtainedAt: expect.any(String) }]);
    expect(body.versions).toEqual([
      { version: 1, publishedAt: expect.any(String), changeNote: null },
      { version: 2, publishedAt: '2026-11-20T12:00:00.000Z', changeNote: 'Added the akimat statement' },
    ]);
  });

  it('keeps a withdrawn notice readable with its reason, and points a superseded interim notice to the final one', async () => {
    const withdrawn = await json(await handleNoticeDetail(new Request(`${BASE}/api/v1/notices/withdrawn-notice`), deps(), { slug: 'withdrawn-notice' }));
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: 'Published by mistake' });
    const interim = await json(await handleNoticeDetail(new Request(`${BASE}/api/v1/notices/interim-notice`), deps(), { slug: 'interim-notice' }));
    expect(interim).toMatchObject({ verdict: 'CHECKING', supersededBy: 'corrected-notice' });
  });

  it('answers the same 404 for drafts, unknown and malformed slugs', async () => {
    for (const slug of ['draft-notice', 'no-such-notice', '../../etc/passwd']) {
      const response = await handleNoticeDetail(new Request(`${BASE}/api/v1/notices/x`), deps(), { slug });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'not_found', message: 'Not found.' });
    }
  });
});

describe('feeds', () => {
  const parser = new Parser();

  async function feed(lang: string, file: string, query = '') {
    return handleNoticeFeed(new Request(`${BASE}/api/v1/feeds/${lang}/${file}${query}`), deps(), { lang, file });
  }

  it('serves RSS 2.0 that a real feed parser reads, with escaped titles, verdict words, region categories and versioned guids', async () => {
    const response = await feed('ru', 'rss.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const parsed = await parser.parseString(await response.text());
    expect(parsed.title).toBe('Raspa — проверенные сообщения');
    expect(parsed.items.map((i) => i.title)).toEqual([
      'ОТОЗВАНО — Ложь: Сообщение withdrawn-notice',
      'Ложь: ru corrected title',
      `Ложь: ${HOSTILE_TITLE}`,
      'Ложь: Сообщение oldest-notice',
    ]);
    const [withdrawn, corrected, hostile] = parsed.items;
    // The withdrawal is an item of its own (a new guid), saying so and why — the reason falls back to the language it was written in.
    expect(withdrawn).toMatchObject({ guid: `${ORIGIN}/ru/notices/withdrawn-notice#v1-withdrawn`, contentSnippet: expect.stringContaining('Причина: Published by mistake') });
    expect(new Date(withdrawn!.pubDate!).toISOString()).toBe('2026-11-20T12:30:00.000Z');
    expect(corrected).toMatchObject({ link: `${ORIGIN}/ru/notices/corrected-notice`, guid: `${ORIGIN}/ru/notices/corrected-notice#v2`, contentSnippet: 'ru corrected summary' });
    expect(new Date(corrected!.pubDate!).toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(hostile!.categories).toEqual(['Мангистауская область', 'Алматы']);
  });

  it('serves Atom 1.0 with published and updated dates per entry', async () => {
    const response = await feed('en', 'atom.xml', '?region=KZ-75');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const parsed = await parser.parseString(await response.text());
    expect(parsed.title).toBe('Raspa — verified notices: Almaty');
    expect(parsed.items.map((i) => [i.title, i.id, i.link])).toEqual([
      ['False: en corrected title', `${ORIGIN}/en/notices/corrected-notice#v2`, `${ORIGIN}/en/notices/corrected-notice`],
      [`False: ${HOSTILE_TITLE}`, `${ORIGIN}/en/notices/hostile-notice#v1`, `${ORIGIN}/en/notices/hostile-notice`],
    ]);
    expect(new Date((parsed.items[0] as { pubDate?: string }).pubDate ?? '').getTime()).toBeLessThan(Date.UTC(2026, 10, 20, 12, 0));
  });

  it('serves JSON Feed 1.1 with every required field', async () => {
    const response = await feed('kk', 'feed.json');
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('public');
    const body = (await response.json()) as { version: string; title: string; feed_url: string; items: Record<string, unknown>[] };
    expect(body.version).toBe('https://jsonfeed.org/version/1.1');
    expect(body.title).toBe('Raspa — тексерілген хабарламалар');
    expect(body.feed_url).toBe(`${ORIGIN}/api/v1/feeds/kk/feed.json`);
    for (const item of body.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof (item.content_text ?? item.content_html)).toBe('string');
    }
    expect(body.items[2]).toMatchObject({ title: `Жалған: ${HOSTILE_TITLE}`, url: `${ORIGIN}/kk/notices/hostile-notice`, tags: ['Маңғыстау облысы', 'Алматы'], _raspa: { verdict: 'FALSE', status: 'PUBLISHED' } });
    expect(body.items[0]).toMatchObject({
      id: `${ORIGIN}/kk/notices/withdrawn-notice#v1-withdrawn`,
      _raspa: { verdict: 'FALSE', status: 'WITHDRAWN', withdrawn_at: '2026-11-20T12:30:00.000Z', withdrawn_reason: 'Published by mistake' },
    });
  });

  it('answers 404 for an unknown language or file and 400 for an unknown region, through the route', async () => {
    const unknownLanguage = await feedRoute(new Request(`${BASE}/api/v1/feeds/de/rss.xml`), { params: Promise.resolve({ lang: 'de', file: 'rss.xml' }) });
    expect(unknownLanguage.status).toBe(404);
    expect((await feed('ru', 'index.html')).status).toBe(404);
    const unknownRegion = await feed('ru', 'rss.xml', '?region=KZ-99');
    expect(unknownRegion.status).toBe(400);
    expect(await unknownRegion.json()).toMatchObject({ fieldErrors: { region: ['Выберите регион из списка.'] } });
  });

  it('gives pages the feed URLs to advertise', () => {
    expect(feedLinks('kk')).toEqual({ rss: '/api/v1/feeds/kk/rss.xml', atom: '/api/v1/feeds/kk/atom.xml', json: '/api/v1/feeds/kk/feed.json' });
    expect(feedLinks('ru', 'KZ-47').atom).toBe('/api/v1/feeds/ru/atom.xml?region=KZ-47');
  });
});

describe('GET /api/v1/stream', () => {
  let hub: EventHub;
  let broadcaster: NoticeStreamBroadcaster;
  beforeAll(() => {
    hub = new EventHub(t.url);
    broadcaster = noticeStreamBroadcaster(deps({ liveEvents: hub }));
  });
  afterAll(() => expect(hub.subscriberCount).toBe(0));

  /** Opens the stream and returns a reader of its SSE frames. */
  async function open(query = '') {
    const abort = new AbortController();
    const response = await handleNoticeStream(new Request(`${BASE}/api/v1/stream${query}`, { signal: abort.signal }), deps({ liveEvents: hub }));
    return { response, next: sseReader(response).next, abort };
  }

  const published: NoticeLiveEvent = { type: 'notice.published', noticeId: 'n-1', slug: 'corrected-notice', version: 2, verdict: 'FALSE', urgency: 'URGENT', regionCodes: ['KZ-75'] };

  it('sends committed notice events to every open stream in its language, only to those following the region', async () => {
    const everywhere = await open('?lang=ru');
    const turkistan = await open('?region=KZ-75&lang=en');
    const elsewhere = await open('?region=KZ-47');
    expect(everywhere.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(everywhere.response.headers.get('cache-control')).toBe('no-store, no-transform');
    expect(everywhere.response.headers.get('x-accel-buffering')).toBe('no');
    expect(await everywhere.next()).toBe('retry: 5000\n: connected');
    await turkistan.next();
    await elsewhere.next();
    expect(broadcaster.clientCount).toBe(3);

    await t.db.$transaction(async (tx) => {
      await notifyLiveEvent(tx, { ...published, slug: 'rolled-back' });
      throw new Error('roll back');
    }).catch(() => undefined);
    await t.db.$transaction((tx) => notifyLiveEvent(tx, published));
    await t.db.$transaction((tx) => notifyLiveEvent(tx, { ...published, type: 'notice.withdrawn', slug: 'hostile-notice', version: 1, regionCodes: ['KZ-47'] }));

    const data = (frame: string) => JSON.parse(/^data: (.*)$/m.exec(frame)![1]!) as Record<string, unknown>;
    const first = await everywhere.next();
    expect(first).toMatch(/^event: notice.published\nid: corrected-notice@2\ndata: /);
    expect(data(first)).toEqual({ slug: 'corrected-notice', version: 2, verdict: 'FALSE', urgency: 'URGENT', regionCodes: ['KZ-75'], status: 'PUBLISHED', url: `${ORIGIN}/ru/notices/corrected-notice`, title: 'ru corrected title' });
    const second = await everywhere.next();
    expect(second).toMatch(/^event: notice.withdrawn\n/);
    expect(data(second)).toMatchObject({ slug: 'hostile-notice', status: 'WITHDRAWN', title: HOSTILE_TITLE });

    expect(data(await turkistan.next())).toMatchObject({ slug: 'corrected-notice', title: 'en corrected title', url: `${ORIGIN}/en/notices/corrected-notice` });
    // The KZ-47 stream's first event is the withdrawal, not the KZ-75 publication.
    expect(data(await elsewhere.next())).toMatchObject({ slug: 'hostile-notice' });

    for (const stream of [everywhere, turkistan, elsewhere]) stream.abort.abort();
    await expect.poll(() => broadcaster.clientCount).toBe(0);
    await expect.poll(() => hub.subscriberCount).toBe(0);
  });

  it('answers 400 for an unknown region', async () => {
    const response = await handleNoticeStream(new Request(`${BASE}/api/v1/stream?region=KZ-99`), deps({ liveEvents: hub }));
    expect(response.status).toBe(400);
  });
});
