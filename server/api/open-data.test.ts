// The open-data exports as partners' tools read them: real Requests into the handler, a real
// database behind it, and every format parsed back (CSV, HXL, GeoJSON, ClaimReview DataFeed).
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { generateTrackingCode } from '../text';
import type { ApiDeps } from './deps';
import { handleNoticeExport } from './open-data';
import { NOTICE_HXL_HEADER, claimReviewFeedResponse, noticeExportResponse, noticeGeoJsonResponse } from './open-data-responses';
import { openApiDocument } from './openapi';
import { expectStandardGeoJson } from '../testing/geojson-standard';

const t = setupTestDatabase();
const BASE = 'http://raspa.test';
const ORIGIN = 'https://raspa.example';
let rateLimitAllowed = true;

function deps(): ApiDeps {
  return testApiDeps(t, {
    consumeRateLimit: async (policy) => {
      expect(policy).toBe('export');
      return rateLimitAllowed ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds: 42 };
    },
    publicOrigin: ORIGIN,
  });
}

const get = (path: string) => handleNoticeExport(new Request(`${BASE}/api/v1/export/${path}`), deps(), { file: path.split('?')[0]! });
const getWith = (file: string, query: string, headers: HeadersInit = {}) => handleNoticeExport(new Request(`${BASE}/api/v1/export/${file}${query}`, { headers }), deps(), { file });

/** A notice first published on `day` (12:00 in Kazakhstan). */
async function notice(slug: string, verdict: 'FALSE' | 'TRUE' | 'MISLEADING' | 'UNVERIFIED' | 'CHECKING', regionCodes: string[], day: string, title = `Claim ${slug}`) {
  const created = await createPublishedNotice(t.db, { slug, verdict, regionCodes, titles: { kk: `Хабар ${slug}`, ru: `Сообщение ${slug}`, en: title } });
  const at = new Date(`${day}T12:00:00+05:00`);
  await t.db.notice.update({ where: { id: created.notice.id }, data: { firstPublishedAt: at, lastPublishedAt: at } });
  await t.db.rumor.update({ where: { id: created.rumor.id }, data: { firstSeenAt: new Date(at.getTime() - 86_400_000) } });
  return created;
}

async function reportsAt(rumorId: string, settlementNameEn: string, count: number) {
  const settlement = await t.db.settlement.findFirstOrThrow({ where: { nameEn: settlementNameEn } });
  for (let i = 0; i < count; i++) {
    await t.db.report.create({
      data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB', rumorId, text: 'Говорят…', normalizedText: 'govoriat', language: 'ru', regionCode: settlement.regionCode, settlementId: settlement.id, heardAt: new Date() },
    });
  }
}

beforeAll(async () => {
  // Zhanaozen is named by 5 reports: a settlement point. Aktau by only 2: the region's centroid instead.
  const zhanaozen = await notice('zhanaozen-bridge', 'FALSE', ['KZ-47'], '2026-02-10', '=HYPERLINK("http://evil.example") bridge closed');
  await reportsAt(zhanaozen.rumor.id, 'Zhanaozen', 5);
  const twoRegions = await notice('port-and-market', 'MISLEADING', ['KZ-47', 'KZ-61'], '2026-03-05');
  await reportsAt(twoRegions.rumor.id, 'Aktau', 2);
  await notice('shymkent-gas', 'TRUE', ['KZ-61'], '2026-04-02');
  const withdrawn = await notice('withdrawn-claim', 'FALSE', ['KZ-61'], '2026-03-20');
  await t.db.notice.update({ where: { id: withdrawn.notice.id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date('2026-03-21T08:00:00Z'), withdrawnReasonEn: 'Published by mistake' } });
  await notice('interim-checking', 'CHECKING', ['KZ-47'], '2026-03-01');
  const draft = await notice('draft-only', 'FALSE', ['KZ-47'], '2026-03-02');
  await t.db.notice.update({ where: { id: draft.notice.id }, data: { status: 'DRAFT' } });
  // A village named by 5 reports: its district (Enbekshikazakh), not a city's own, is the #adm2.
  const shelek = await notice('shelek-cafe', 'UNVERIFIED', ['KZ-19'], '2026-01-15');
  await reportsAt(shelek.rumor.id, 'Shelek', 5);
  // No region at all: the whole country.
  await notice('nationwide-checking', 'CHECKING', [], '2026-01-20');
});

describe('GET /api/v1/export/notices.*', () => {
  it('gives CSV with the documented header, one row per published or withdrawn notice, formulas neutralised', async () => {
    const response = await get('notices.csv?lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, s-maxage=300, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const bytes = Buffer.from(await response.arrayBuffer());
    // The UTF-8 byte-order mark Excel needs to read Cyrillic (Response.text() would drop it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    // Written out, not the constant: partners read the columns by position, so a new column goes last.
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFslug,url,verdict,status,version,urgency,first_published_at,last_published_at,withdrawn_at,withdrawn_reason,claim_first_seen_at,region_codes,region_names,settlements,language,title,summary,districts',
    );
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.slug).sort()).toEqual(['interim-checking', 'nationwide-checking', 'port-and-market', 'shelek-cafe', 'shymkent-gas', 'withdrawn-claim', 'zhanaozen-bridge']);
    const zhanaozen = rows.find((r) => r.slug === 'zhanaozen-bridge')!;
    expect(zhanaozen).toMatchObject({ verdict: 'FALSE', status: 'PUBLISHED', region_codes: 'KZ-47', region_names: 'Mangystau Region', districts: 'Zhanaozen City', settlements: 'Zhanaozen', url: `${ORIGIN}/en/notices/zhanaozen-bridge` });
    expect(rows.find((r) => r.slug === 'shelek-cafe')).toMatchObject({ region_names: 'Almaty Region', districts: 'Enbekshikazakh District', settlements: 'Shelek' });
    // A spreadsheet must not run the title as a formula.
    expect(zhanaozen.title).toBe(`'=HYPERLINK("http://evil.example") bridge closed`);
    expect(rows.find((r) => r.slug === 'withdrawn-claim')).toMatchObject({ status: 'WITHDRAWN', withdrawn_reason: 'Published by mistake' });
    // Two reports from Aktau are too few to name the town: only the regions.
    expect(rows.find((r) => r.slug === 'port-and-market')).toMatchObject({ region_codes: 'KZ-47;KZ-61', districts: '', settlements: '' });
  });

  it('filters by region, verdict and days of first publication (Kazakhstan time)', async () => {
    const body = noticeExportResponse.parse(await (await getWith('notices.json', '?lang=ru&region=KZ-61&from=2026-03-01&to=2026-03-31')).json());
    expect(body.notices.map((n) => n.slug)).toEqual(['withdrawn-claim', 'port-and-market']);
    expect(body.notices[1]!.title).toBe('Сообщение port-and-market');
    expect(body.filters).toEqual({ regionCode: 'KZ-61', from: '2026-03-01', to: '2026-03-31' });
    const falseOnly = noticeExportResponse.parse(await (await getWith('notices.json', '?lang=en&verdict=FALSE')).json());
    expect(falseOnly.notices.map((n) => n.slug)).toEqual(['withdrawn-claim', 'zhanaozen-bridge']);
    // A day ends at midnight in Almaty: 2026-04-02 12:00 +05 is outside …-04-01, inside …-04-02.
    expect(noticeExportResponse.parse(await (await getWith('notices.json', '?to=2026-04-01')).json()).notices.map((n) => n.slug)).not.toContain('shymkent-gas');
    expect(noticeExportResponse.parse(await (await getWith('notices.json', '?from=2026-04-02&to=2026-04-02')).json()).notices.map((n) => n.slug)).toEqual(['shymkent-gas']);
  });

  it('gives GeoJSON points at the settlement named by enough reports, otherwise at each region centroid', async () => {
    const response = await getWith('notices.geojson', '?lang=en');
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    const raw: unknown = await response.json();
    // The standard's schema, not only ours: what a partner's GeoJSON tooling checks.
    expectStandardGeoJson(raw);
    const body = noticeGeoJsonResponse.parse(raw);
    expect(body.features.length).toBeGreaterThan(0);
    const zhanaozen = await t.db.settlement.findFirstOrThrow({ where: { nameEn: 'Zhanaozen' } });
    const regions = Object.fromEntries((await t.db.region.findMany({ where: { code: { in: ['KZ-47', 'KZ-61'] } } })).map((r) => [r.code, [r.lng, r.lat]]));
    const bySlug = (slug: string) => body.features.filter((f) => f.properties.slug === slug);
    expect(bySlug('zhanaozen-bridge').map((f) => [f.properties.placeKind, f.geometry.coordinates])).toEqual([['settlement', [zhanaozen.lng, zhanaozen.lat]]]);
    expect(bySlug('port-and-market').map((f) => [f.properties.placeKind, f.properties.regionCode, f.geometry.coordinates])).toEqual([
      ['region', 'KZ-47', regions['KZ-47']],
      ['region', 'KZ-61', regions['KZ-61']],
    ]);
    expect(new Set(body.features.map((f) => f.id)).size).toBe(body.features.length);
    // The district travels with the place: a village's district, none for a region's centroid.
    expect(bySlug('shelek-cafe').map((f) => [f.properties.placeKind, f.properties.regionName, f.properties.districtName, f.properties.settlementName])).toEqual([
      ['settlement', 'Almaty Region', 'Enbekshikazakh District', 'Shelek'],
    ]);
    expect(bySlug('port-and-market').map((f) => f.properties.districtName)).toEqual([null, null]);
  });

  it('names a settlement\'s district in the language asked for in the JSON places', async () => {
    const districtsIn = async (lang: string) => {
      const body = noticeExportResponse.parse(await (await getWith('notices.json', `?lang=${lang}`)).json());
      return body.notices.find((n) => n.slug === 'shelek-cafe')!.places.map((p) => [p.kind, p.districtName, p.settlementName]);
    };
    expect(await districtsIn('kk')).toEqual([['settlement', 'Еңбекшіқазақ ауданы', 'Шелек']]);
    expect(await districtsIn('ru')).toEqual([['settlement', 'Енбекшиказахский район', 'Шелек']]);
    expect(await districtsIn('en')).toEqual([['settlement', 'Enbekshikazakh District', 'Shelek']]);
  });

  it('gives HXL-tagged CSV with a hashtag row and one row per notice and region', async () => {
    const text = await (await getWith('notices.hxl.csv', '?lang=kk')).text();
    const [header, tags, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header!.join(',')).toBe(NOTICE_HXL_HEADER);
    expect(tags).toEqual([
      '#meta+id',
      '#date+published',
      '#date+updated',
      '#date+reported',
      '#adm1+code',
      '#adm1+name+kk',
      '#adm2+name+kk',
      '#loc+name+kk',
      '#geo+lat',
      '#geo+lon',
      '#status+code',
      '#meta+verdict+code',
      '#meta+verdict+name+kk',
      '#meta+version',
      '#description+claim+kk',
      '#description+summary+kk',
      '#meta+url',
    ]);
    // Every hashtag is a valid HXL tag: #name then +attributes, lower-case letters, digits and _.
    for (const tag of tags!) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
    const portRows = rows.filter((r) => r[0] === 'port-and-market');
    const column = (tag: string) => tags!.indexOf(tag);
    const [code, region, district, settlement] = ['#adm1+code', '#adm1+name+kk', '#adm2+name+kk', '#loc+name+kk'].map(column) as [number, number, number, number];
    // A region-wide row has no district or settlement.
    expect(portRows.map((r) => [r[1], r[code], r[district], r[settlement], r[column('#meta+verdict+code')], r[column('#meta+verdict+name+kk')]])).toEqual([
      ['2026-03-05', 'KZ-47', '', '', 'misleading', 'Жаңылыстырады'],
      ['2026-03-05', 'KZ-61', '', '', 'misleading', 'Жаңылыстырады'],
    ]);
    // A city of regional significance is its own district; a village is in its district — in Kazakh here.
    const place = (slug: string) => rows.filter((r) => r[0] === slug).map((r) => [r[code], r[region], r[district], r[settlement]]);
    expect(place('zhanaozen-bridge')).toEqual([['KZ-47', 'Маңғыстау облысы', 'Жаңаөзен қаласы', 'Жаңаөзен']]);
    expect(place('shelek-cafe')).toEqual([['KZ-19', 'Алматы облысы', 'Еңбекшіқазақ ауданы', 'Шелек']]);
    // A nationwide notice is still a row, with every place column empty.
    expect(place('nationwide-checking')).toEqual([['', '', '', '']]);
    const english = parse(await (await getWith('notices.hxl.csv', '?lang=en')).text(), { bom: true }) as string[][];
    expect(english[1]).toContain('#adm2+name+en');
    expect(english.find((r) => r[0] === 'shelek-cafe')?.[district]).toBe('Enbekshikazakh District');
  });

  it('gives a schema.org DataFeed of the ClaimReviews of final, still published notices', async () => {
    const response = await getWith('claim-reviews.json', '?lang=en');
    expect(response.headers.get('content-type')).toBe('application/ld+json');
    const feed = claimReviewFeedResponse.parse(await response.json());
    expect(feed['@type']).toBe('DataFeed');
    const reviews = feed.dataFeedElement.map((e) => e.item);
    // Interim, withdrawn and draft notices rate nothing.
    expect(reviews.map((r) => r.url).sort()).toEqual([`${ORIGIN}/en/notices/port-and-market`, `${ORIGIN}/en/notices/shelek-cafe`, `${ORIGIN}/en/notices/shymkent-gas`, `${ORIGIN}/en/notices/zhanaozen-bridge`]);
    const shymkent = feed.dataFeedElement.find((e) => e.item.url.endsWith('shymkent-gas'))!;
    expect(shymkent.item).toMatchObject({ '@type': 'ClaimReview', claimReviewed: 'Claim shymkent-gas', reviewRating: { ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' } });
    expect(shymkent.item).toMatchObject({ itemReviewed: { '@type': 'Claim' }, author: { '@type': 'Organization', name: 'Raspa' } });
    expect(shymkent.dateCreated).toBe('2026-04-02T07:00:00.000Z');
    expect(feed.dateModified).toBe('2026-04-02T07:00:00.000Z');
  });

  it.each([
    ['an unknown region', '?region=KZ-99', 'region'],
    ['an unknown verdict', '?verdict=MAYBE', 'verdict'],
    ['a malformed day', '?from=2026-13-01', 'from'],
    ['a reversed range', '?from=2026-03-31&to=2026-03-01', 'to'],
  ])('answers 400 with a translated field error for %s', async (_case, query, field) => {
    const response = await getWith('notices.json', query, { 'accept-language': 'kk' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fieldErrors: Record<string, string[]> };
    expect(Object.keys(body.fieldErrors)).toEqual([field]);
    expect(body.fieldErrors[field]![0]).toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
  });

  it('answers 404 for an unknown file and 429 with Retry-After when the network used its budget', async () => {
    expect((await getWith('notices.xml', '')).status).toBe(404);
    rateLimitAllowed = false;
    try {
      const response = await getWith('notices.csv', '');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('42');
    } finally {
      rateLimitAllowed = true;
    }
  });

  it('is documented in the OpenAPI document with its filters and response schemas', () => {
    const document = openApiDocument() as unknown as { paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>; components: { schemas: Record<string, unknown> } };
    for (const file of ['notices.csv', 'notices.json', 'notices.geojson', 'notices.hxl.csv', 'claim-reviews.json']) {
      const operation = document.paths[`/api/v1/export/${file}`]?.get;
      expect(operation, file).toBeDefined();
      expect(operation!.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['region', 'verdict', 'from', 'to', 'lang']));
      expect(Object.keys(operation!.responses)).toEqual(expect.arrayContaining(['200', '400', '429']));
    }
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['NoticeExport', 'NoticeGeoJson', 'ClaimReviewFeed']));
  });
});
