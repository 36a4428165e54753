// The public REST API as a partner or the web form sees it: real Requests into the handlers, a real
// database behind them.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as openApiRoute } from '@/app/api/v1/openapi.json/route';
import { POST as reportsRoute } from '@/app/api/v1/reports/route';
import { PEER_ADDRESS_HEADER } from '../http/client-address';
import { createRateLimiter, type ConsumeRateLimit, type RateLimiter } from '../http/rate-limit';
import { logger, type Logger } from '../log';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import type { ApiDeps } from './deps';
import { handleNoticeSearch } from './notices-search';
import { handleReportPost, handleReportStatusGet } from './reports';
import { handleSettlementSearch } from './settlements';

const t = setupTestDatabase();
const BASE = 'http://raspa.test';
const allowAll: ConsumeRateLimit = async () => ({ allowed: true, retryAfterSeconds: 0 });

function deps(overrides: Partial<ApiDeps> = {}): ApiDeps {
  return testApiDeps(t, { encryptionKey: Buffer.alloc(32, 9).toString('base64'), consumeRateLimit: allowAll, publicOrigin: 'https://raspa.example', log: logger, ...overrides });
}

function report(fields: Record<string, unknown> = {}) {
  return { clientId: randomUUID(), text: 'Говорят, в Шелеке после драки в кафе собирается толпа', ...fields };
}

function postJson(body: unknown, headers: Record<string, string> = {}, query = '') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Request(`${BASE}/api/v1/reports${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: text });
}

function postForm(form: FormData, headers: Record<string, string> = {}) {
  return new Request(`${BASE}/api/v1/reports`, { method: 'POST', headers, body: form });
}

async function submit(request: Request, overrides: Partial<ApiDeps> = {}) {
  const response = await handleReportPost(request, deps(overrides));
  return { response, body: (await response.json()) as Record<string, unknown> & { fieldErrors?: Record<string, string[]> } };
}

async function phoneJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a6' } })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'X1', Copyright: 'Reporter Name' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 20/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '52/1 51/1 0/1' },
    })
    .jpeg()
    .toBuffer();
}

function formWith(fields: unknown, images: Blob[]) {
  const form = new FormData();
  form.set('report', JSON.stringify(fields));
  images.forEach((image, i) => form.append('images', image, `photo-${i}.jpg`));
  return form;
}

describe('POST /api/v1/reports', () => {
  it('answers 201 with a tracking code, then 200 with the identical body for the same clientId', async () => {
    const input = report({ regionCode: 'KZ-19' });
    const first = await submit(postJson(input, { 'x-request-id': 'partner-req-1' }));
    expect(first.response.status).toBe(201);
    expect(first.body).toEqual({ id: expect.any(String), trackingCode: expect.stringMatching(/^[A-Z2-9]{8}$/), status: 'received', matches: [], matchesChecked: true });
    expect(first.response.headers.get('x-request-id')).toBe('partner-req-1');
    expect(first.response.headers.get('cache-control')).toBe('no-store');

    const replay = await submit(postJson(input));
    expect(replay.response.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect(replay.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await t.db.report.count({ where: { clientId: input.clientId } })).toBe(1);
    expect((await t.db.report.findUniqueOrThrow({ where: { clientId: input.clientId } })).channel).toBe('API');
  });

  it('records the web form as the WEB channel', async () => {
    const input = report();
    expect((await submit(postJson(input, { 'x-raspa-client': 'web' }))).response.status).toBe(201);
    expect((await t.db.report.findUniqueOrThrow({ where: { clientId: input.clientId } })).channel).toBe('WEB');
  });

  it('stores <script> as the text it is, unchanged', async () => {
    const text = 'Слышал <script>alert("x")</script> & <img src=x onerror=alert(1)> в Таразе';
    const input = report({ text });
    expect((await submit(postJson(input))).response.status).toBe(201);
    expect((await t.db.report.findUniqueOrThrow({ where: { clientId: input.clientId } })).text).toBe(text);
  });

  it('drops NUL characters, which PostgreSQL cannot store, instead of failing', async () => {
    const input = report({ settlement: 'Какой-то\u0000 аул у реки' });
    expect((await submit(postJson(input))).response.status).toBe(201);
    expect((await t.db.report.findUniqueOrThrow({ where: { clientId: input.clientId } })).settlementText).toBe('Какой-то аул у реки');
  });

  it('explains field errors in the caller\'s language: Accept-Language, ?lang= or the body\'s language', async () => {
    const ru = await submit(postJson(report({ text: 'коротко' }), { 'accept-language': 'ru-KZ,ru;q=0.9' }));
    expect(ru.response.status).toBe(400);
    expect(ru.body).toMatchObject({ error: 'validation', message: 'Некоторые поля заполнены неверно.', fieldErrors: { text: ['Напишите чуть подробнее: не меньше 10 символов.'] } });

    const kk = await submit(postJson(report({ text: 'қысқа' }), { 'accept-language': 'en' }, '?lang=kk'));
    expect(kk.body.fieldErrors).toEqual({ text: ['Сәл толығырақ жазыңыз: кемінде 10 таңба.'] });

    const byBody = await submit(postJson(report({ text: 'коротко', language: 'ru', regionCode: 'KZ-00' })));
    expect(byBody.body.fieldErrors).toEqual({ text: ['Напишите чуть подробнее: не меньше 10 символов.'], regionCode: ['Выберите регион из списка.'] });

    const english = await submit(postJson(report({ text: 'short' })));
    expect(english.body.fieldErrors).toEqual({ text: ['Please write a little more: at least 10 characters.'] });
  });

  it.each([
    ['text of the wrong type', report({ text: 123 }), 'text'],
    ['an unknown region', report({ regionCode: 'KZ-99' }), 'regionCode'],
    ['an invalid UUID', report({ clientId: 'not-a-uuid' }), 'clientId'],
    ['an unknown settlement id', report({ settlementId: randomUUID() }), 'settlementId'],
    ['an invalid date', report({ heardAt: '2024-02-31T25:61' }), 'heardAt'],
    ['a date in the future', report({ heardAt: '2999-01-01T00:00:00Z' }), 'heardAt'],
    ['a date as an object', report({ heardAt: { $date: 1 } }), 'heardAt'],
    ['nested garbage', report({ contact: { kind: { kind: [[['PHONE']]] }, value: { a: { b: {} } } } }), 'contact.kind'],
    ['half a location', report({ lat: 43.3 }), 'lat'],
    ['an array instead of an object', [report()], '_'],
    ['a string instead of an object', 'hello', '_'],
    ['null', null, '_'],
  ])('answers 400 with field errors for %s', async (_case, body, field) => {
    const { response, body: problem } = await submit(postJson(typeof body === 'string' ? JSON.stringify(body) : body));
    expect(response.status).toBe(400);
    expect(problem.error).toBe('validation');
    expect(Object.keys(problem.fieldErrors ?? {})).toContain(field);
  });

  it.each([
    ['malformed JSON', '{"clientId": '],
    ['an empty body', ''],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ])('answers 400 invalid_json for %s', async (_case, body) => {
    const request = new Request(`${BASE}/api/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const { response, body: problem } = await submit(request);
    expect(response.status).toBe(400);
    expect(problem).toMatchObject({ error: 'invalid_json', message: 'The request body is not valid JSON.' });
  });

  it('answers 415 for content types other than JSON and multipart (through the route)', async () => {
    const response = await reportsRoute(new Request(`${BASE}/api/v1/reports`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }));
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported_media_type' });
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('refuses a streamed 50-MB body without Content-Length after reading little of it', async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 50 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`${BASE}/api/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const { response, body } = await submit(request);
    expect(response.status).toBe(413);
    expect(body.error).toBe('too_large');
    expect(sent).toBeLessThan(1024 * 1024);
  });

  it('refuses a declared oversized Content-Length before reading, for JSON and multipart', async () => {
    for (const [type, length] of [['application/json', 65 * 1024], ['multipart/form-data; boundary=x', 50 * 1024 * 1024]] as const) {
      const request = new Request(`${BASE}/api/v1/reports`, { method: 'POST', headers: { 'content-type': type, 'content-length': String(length) }, body: '{}' });
      expect((await submit(request)).response.status).toBe(413);
    }
  });

  it('takes images as multipart and stores them re-encoded, without EXIF or GPS', async () => {
    const input = report();
    const jpeg = await phoneJpeg();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const { response, body } = await submit(postForm(formWith(input, [new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' })])));
    expect(response.status).toBe(201);
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: body.id as string }, include: { attachments: true } });
    expect(stored.attachments).toHaveLength(1);
    const metadata = await sharp(Buffer.from(stored.attachments[0]!.data)).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.width).toBe(640);
  });

  it('answers 400 fieldErrors.images for a text file posing as an image, and for four images', async () => {
    const fake = await submit(postForm(formWith(report(), [new Blob(['just some text, honestly'], { type: 'image/jpeg' })]), { 'accept-language': 'ru' }));
    expect(fake.response.status).toBe(400);
    expect(fake.body.fieldErrors).toEqual({ images: ['Этот файл — не изображение. Прикрепите фото или скриншот.'] });

    const jpeg = new Blob([new Uint8Array(await phoneJpeg())], { type: 'image/jpeg' });
    const input = report();
    const four = await submit(postForm(formWith(input, [jpeg, jpeg, jpeg, jpeg])));
    expect(four.response.status).toBe(400);
    expect(four.body.fieldErrors).toEqual({ images: ['Attach at most 3 images.'] });
    expect(await t.db.report.count({ where: { clientId: input.clientId } })).toBe(0);
  });

  it('answers 400 for a multipart body without a valid report field', async () => {
    const form = new FormData();
    form.set('report', '{not json');
    expect((await submit(postForm(form))).body.error).toBe('invalid_json');
    const missing = await submit(postForm(new FormData()));
    expect(missing.body).toMatchObject({ error: 'validation', fieldErrors: { report: [expect.any(String)] } });
  });

  describe('rate limiting', () => {
    // The real PostgreSQL-backed limiter with a smaller budget than production's.
    let limiter: RateLimiter;
    beforeAll(() => {
      limiter = createRateLimiter({ connectionString: t.url, secret: 'test-secret-test-secret-test-secret-000', points: { 'report.submit': 2 } });
    });
    afterAll(() => limiter.close());

    it('answers 429 with Retry-After once a network has used its budget', async () => {
      const headers = { [PEER_ADDRESS_HEADER]: '203.0.113.7' };
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await submit(postJson(report(), headers), { consumeRateLimit: limiter.consume }));
      expect(results.map((r) => r.response.status)).toEqual([201, 201, 429]);
      expect(results[2]!.body).toMatchObject({ error: 'rate_limited' });
      expect(Number(results[2]!.response.headers.get('retry-after'))).toBeGreaterThan(0);
      const otherNetwork = await submit(postJson(report(), { [PEER_ADDRESS_HEADER]: '198.51.100.1' }), { consumeRateLimit: limiter.consume });
      expect(otherNetwork.response.status).toBe(201);
    });
  });

  it('answers 500 with the request id, and logs it, when something unexpected breaks', async () => {
    const log = { error: vi.fn() } as unknown as Logger;
    const broken = new Proxy(t.db, { get: () => new Proxy({}, { get: () => () => Promise.reject(new Error('connection lost')) }) });
    const { response, body } = await submit(postJson(report(), { 'x-request-id': 'trace-500' }), { db: broken, log });
    expect(response.status).toBe(500);
    expect(body).toMatchObject({ error: 'internal', requestId: 'trace-500' });
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'trace-500' }), expect.any(String));
  });
});

describe('GET /api/v1/reports/{trackingCode}', () => {
  it('shows the status of a known code, and the same 404 for unknown and malformed codes', async () => {
    const created = await submit(postJson(report()));
    const code = created.body.trackingCode as string;
    const found = await handleReportStatusGet(new Request(`${BASE}/api/v1/reports/${code}`), deps(), { trackingCode: code.toLowerCase() });
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ trackingCode: code, status: 'received', receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), notice: null, withdrawn: null });

    const bodies = [];
    for (const bad of ['ZZZZZZZZ', 'x'.repeat(300), '../../etc/passwd']) {
      const response = await handleReportStatusGet(new Request(`${BASE}/api/v1/reports/x`), deps(), { trackingCode: bad });
      expect(response.status).toBe(404);
      bodies.push(await response.json());
    }
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0]).toEqual({ error: 'not_found', message: 'Not found.' });
  });
});

describe('GET /api/v1/notices/search and /api/v1/settlements', () => {
  beforeAll(async () => {
    await createPublishedNotice(t.db, {
      slug: 'shetpe-train-api-test',
      verdict: 'FALSE',
      regionCodes: ['KZ-47'],
      titles: { kk: 'Шетпеде пойызды бұғаттады деген ақпарат', ru: 'Утверждение, что в Шетпе заблокировали пассажирский поезд', en: 'Claim that a passenger train was blocked in Shetpe' },
    });
  });

  it('finds a published verdict for a paraphrase, in the requested language, cacheable briefly', async () => {
    const url = `${BASE}/api/v1/notices/search?q=${encodeURIComponent('в Шетпе заблокировали поезд')}&lang=en`;
    const response = await handleNoticeSearch(new Request(url), deps());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
    const { results } = (await response.json()) as { results: Record<string, unknown>[] };
    expect(results[0]).toMatchObject({
      slug: 'shetpe-train-api-test',
      verdict: 'FALSE',
      title: 'Claim that a passenger train was blocked in Shetpe',
      language: 'en',
      url: 'https://raspa.example/en/notices/shetpe-train-api-test',
    });
  });

  it('answers 400 for a query shorter than 3 characters, and 429 when the search budget is spent', async () => {
    const short = await handleNoticeSearch(new Request(`${BASE}/api/v1/notices/search?q=ab&lang=ru`), deps());
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ error: 'validation', fieldErrors: { q: ['Введите хотя бы 3 символа.'] } });
    const limited = await handleNoticeSearch(new Request(`${BASE}/api/v1/notices/search?q=abc`), deps({ consumeRateLimit: async () => ({ allowed: false, retryAfterSeconds: 60 }) }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
  });

  it('takes the question in a POST body (the report form types into no address): the same answer, kept by no cache', async () => {
    const post = (body: string) => new Request(`${BASE}/api/v1/notices/search?lang=en&limit=3`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const response = await handleNoticeSearch(post(JSON.stringify({ q: 'в Шетпе заблокировали поезд' })), deps());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { results } = (await response.json()) as { results: Record<string, unknown>[] };
    expect(results[0]).toMatchObject({ slug: 'shetpe-train-api-test', title: 'Claim that a passenger train was blocked in Shetpe' });
    expect((await handleNoticeSearch(post('{"q":'), deps())).status).toBe(400);
    expect((await handleNoticeSearch(post(JSON.stringify({ q: 'ab' })), deps())).status).toBe(400);
  });

  it('suggests settlements for any spelling, and refuses an unknown region', async () => {
    const response = await handleSettlementSearch(new Request(`${BASE}/api/v1/settlements?q=Janaozen&lang=ru`), deps());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const { results } = (await response.json()) as { results: { name: string; regionCode: string }[] };
    expect(results[0]).toMatchObject({ name: 'Жанаозен', regionCode: 'KZ-47' });
    const bad = await handleSettlementSearch(new Request(`${BASE}/api/v1/settlements?q=Jana&region=KZ-99`), deps());
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ fieldErrors: { region: [expect.any(String)] } });
  });

  it('takes the typed place in a POST body (the report form types into no address): the same places, kept by no cache', async () => {
    const post = (body: string, query = 'lang=ru') => new Request(`${BASE}/api/v1/settlements?${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const response = await handleSettlementSearch(post(JSON.stringify({ q: 'Janaozen' })), deps());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { results } = (await response.json()) as { results: { name: string; regionCode: string }[] };
    expect(results[0]).toMatchObject({ name: 'Жанаозен', regionCode: 'KZ-47' });
    // The region still narrows it; what is not JSON, or no place at all, is refused.
    const elsewhere = (await (await handleSettlementSearch(post(JSON.stringify({ q: 'Janaozen' }), 'lang=ru&region=KZ-75'), deps())).json()) as { results: unknown[] };
    expect(elsewhere.results).toEqual([]);
    expect((await handleSettlementSearch(post('{"q":'), deps())).status).toBe(400);
    expect((await handleSettlementSearch(post(JSON.stringify({ q: '' })), deps())).status).toBe(400);
  });
});

describe('the place type-ahead has a budget of its own (place.search), and the posted searches read JSON alone', () => {
  // The real PostgreSQL-backed limiter with a smaller budget than production's.
  let limiter: RateLimiter;
  beforeAll(() => {
    limiter = createRateLimiter({ connectionString: t.url, secret: 'test-secret-test-secret-test-secret-000', points: { 'place.search': 3, search: 1 } });
  });
  afterAll(() => limiter.close());
  const place = (network: string, method: 'GET' | 'POST', contentType = 'application/json') =>
    method === 'GET'
      ? new Request(`${BASE}/api/v1/settlements?q=Janaozen&lang=ru`, { headers: { [PEER_ADDRESS_HEADER]: network } })
      : new Request(`${BASE}/api/v1/settlements?lang=kk`, { method: 'POST', headers: { [PEER_ADDRESS_HEADER]: network, 'content-type': contentType }, body: JSON.stringify({ q: 'Janaozen' }) });

  it('counts GETs and POSTs per network, answers 429 with Retry-After once it is spent, and holds back no other network or search', async () => {
    const network = '203.0.113.41';
    const statuses = [];
    for (const method of ['GET', 'POST', 'POST', 'GET'] as const) statuses.push((await handleSettlementSearch(place(network, method), deps({ consumeRateLimit: limiter.consume }))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await handleSettlementSearch(place(network, 'POST'), deps({ consumeRateLimit: limiter.consume }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same problem body as every other limited endpoint, in the caller's language.
    expect(await refused.json()).toEqual({ error: 'rate_limited', message: 'Сұраныс тым көп. Кейінірек қайталаңыз.' });
    expect((await handleSettlementSearch(place('198.51.100.41', 'POST'), deps({ consumeRateLimit: limiter.consume }))).status).toBe(200);
    // The notices search keeps its own budget: places spent it not.
    const notices = await handleNoticeSearch(new Request(`${BASE}/api/v1/notices/search?q=${encodeURIComponent('заблокировали поезд')}`, { headers: { [PEER_ADDRESS_HEADER]: network } }), deps({ consumeRateLimit: limiter.consume }));
    expect(notices.status).toBe(200);
  });

  it('answers 415 to a POST that is not application/json, in the caller\'s language, before reading it or counting it', async () => {
    const network = '203.0.113.42';
    for (const contentType of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=abc', '']) {
      const response = await handleSettlementSearch(place(network, 'POST', contentType), deps({ consumeRateLimit: limiter.consume }));
      expect(response.status, contentType).toBe(415);
      expect(await response.json()).toEqual({ error: 'unsupported_media_type', message: 'Сұранысты application/json ретінде жіберіңіз.', accept: 'application/json' });
    }
    const notices = (contentType: string, lang: string) =>
      handleNoticeSearch(new Request(`${BASE}/api/v1/notices/search?lang=${lang}`, { method: 'POST', headers: { [PEER_ADDRESS_HEADER]: network, 'content-type': contentType }, body: JSON.stringify({ q: 'в Шетпе заблокировали поезд' }) }), deps({ consumeRateLimit: limiter.consume }));
    const textPlain = await notices('text/plain', 'ru');
    expect(textPlain.status).toBe(415);
    expect(await textPlain.json()).toMatchObject({ error: 'unsupported_media_type', message: 'Отправляйте запрос как application/json.' });
    expect(await (await notices('text/plain', 'en')).json()).toMatchObject({ message: 'Send the request as application/json.' });
    // None of the refusals cost the network its budgets: JSON, with a charset or in capitals, is still answered.
    expect((await handleSettlementSearch(place(network, 'POST', 'Application/JSON; charset=utf-8'), deps({ consumeRateLimit: limiter.consume }))).status).toBe(200);
    expect((await notices('application/json; charset=utf-8', 'ru')).status).toBe(200);
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('describes every endpoint and status code, with every $ref resolvable', async () => {
    const response = await openApiRoute(new Request(`${BASE}/api/v1/openapi.json`));
    expect(response.status).toBe(200);
    const doc = JSON.parse(await response.text()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(doc.openapi).toBe('3.1.0');
    const statuses = Object.fromEntries(Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => [`${method.toUpperCase()} ${path}`, Object.keys(op.responses).sort()])));
    expect(statuses).toEqual({
      'POST /api/v1/reports': ['200', '201', '400', '413', '415', '429', '500', '503'],
      'GET /api/v1/reports/{trackingCode}': ['200', '404', '500', '503'],
      'GET /api/v1/notices': ['200', '400', '500', '503'],
      'GET /api/v1/notices/{slug}': ['200', '400', '404', '500', '503'],
      'GET /api/v1/feeds/{lang}/{file}': ['200', '400', '404', '500', '503'],
      'GET /api/v1/stream': ['200', '400', '500', '503'],
      'GET /api/v1/notices/search': ['200', '400', '429', '500', '503'],
      'POST /api/v1/notices/search': ['200', '400', '413', '415', '429', '500', '503'],
      'GET /api/v1/settlements': ['200', '400', '429', '500', '503'],
      'POST /api/v1/settlements': ['200', '400', '413', '415', '429', '500', '503'],
      'GET /api/v1/export/notices.csv': ['200', '400', '429', '500', '503'],
      'GET /api/v1/export/notices.json': ['200', '400', '429', '500', '503'],
      'GET /api/v1/export/notices.geojson': ['200', '400', '429', '500', '503'],
      'GET /api/v1/export/notices.hxl.csv': ['200', '400', '429', '500', '503'],
      'GET /api/v1/export/claim-reviews.json': ['200', '400', '429', '500', '503'],
      'GET /api/v1/transparency/{source}/{file}': ['200', '400', '404', '429', '500', '503'],
      'GET /api/v1/openapi.json': ['200'],
      'GET /api/health': ['200', '503'],
    });
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of new Set(refs)) expect(ref.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc), ref).toBeDefined();
    expect(JSON.stringify(doc)).toContain('"clientId"');
  });
});
