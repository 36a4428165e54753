// The front door answers a public page a second time without Next — the same bytes, compressed as
// the reader accepts, a fresh request id, never the handler's marker — and only while the notices
// did not change; what was not marked, what set a reader's language cookie and everything while the
// database is down go on to Next each time.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFrontDoorState, frontDoor, KEPT_COPY_HEADER, keptCopyVariant } from './front-door-cache';

let server: http.Server;
let port = 0;
let generation = 'g1';
let databaseDown = false;
let state = createFrontDoorState();
/** Every request Next answered, in order. */
const reachedNext: string[] = [];
const PAGE = `<!doctype html><html><body>${'Говорят, в Актау закроют порт. '.repeat(200)}</body></html>`;

// Next as far as these pages go: its compression middleware (the very one `next start` runs), the
// handler's headers, and a language cookie for readers next-intl would give one.
type Middleware = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;
const compress = (createRequire(import.meta.url)('next/dist/compiled/compression') as () => Middleware)();
function next(request: http.IncomingMessage, response: http.ServerResponse) {
  reachedNext.push(request.url ?? '');
  compress(request, response, () => {});
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('content-security-policy', "script-src 'self'");
  response.setHeader('x-request-id', 'next-chose-this');
  const url = request.url ?? '';
  if (!url.includes('unmarked')) response.setHeader(KEPT_COPY_HEADER, generation);
  if (url.startsWith('/ru') && !String(request.headers.cookie ?? '').includes('NEXT_LOCALE=ru') && request.headers['accept-language'] !== 'ru') {
    response.setHeader('set-cookie', 'NEXT_LOCALE=ru; Path=/; SameSite=lax');
  }
  // Streamed in parts, as React and route handlers write.
  response.write(PAGE.slice(0, 1000));
  setTimeout(() => response.end(PAGE.slice(1000)), 5);
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (!frontDoor(state, request, response, () => generation, () => databaseDown)) next(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  reachedNext.length = 0;
  generation = 'g1';
  databaseDown = false;
  state = createFrontDoorState();
});

const BROWSER = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-language': 'ru', 'accept-encoding': 'gzip' };

function get(path: string, headers: Record<string, string> = BROWSER): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          const body = encoding === 'gzip' ? zlib.gunzipSync(raw) : encoding === 'br' ? zlib.brotliDecompressSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString('utf8') });
        });
      })
      .on('error', reject);
  });
}

/** A kept copy is made once the first answer has gone out (compressed off the request's path). */
const settle = () => new Promise((r) => setTimeout(r, 100));

describe('the front door', () => {
  it('answers the second view of a page itself: same page and policy, fresh request id, no marker', async () => {
    const first = await get('/ru/notices/port-closing');
    await settle();
    const second = await get('/ru/notices/port-closing', { ...BROWSER, 'x-request-id': 'reader-2' });
    expect(reachedNext).toEqual(['/ru/notices/port-closing']);
    expect(second.status).toBe(200);
    expect(second.body).toBe(PAGE);
    expect(first.body).toBe(PAGE);
    expect(second.headers['content-security-policy']).toBe("script-src 'self'");
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['x-request-id']).toBe('reader-2');
    expect(second.headers.vary).toMatch(/accept-encoding/i);
    for (const answer of [first, second]) expect(answer.headers[KEPT_COPY_HEADER]).toBeUndefined();
  });

  it('sends the copy compressed as each reader accepts', async () => {
    await get('/api/v1/feeds/ru/rss.xml');
    await settle();
    const gzip = await get('/api/v1/feeds/ru/rss.xml', { 'accept-encoding': 'gzip' });
    const brotli = await get('/api/v1/feeds/ru/rss.xml', { 'accept-encoding': 'gzip, br' });
    const plain = await get('/api/v1/feeds/ru/rss.xml', { 'accept-encoding': 'identity' });
    expect(reachedNext).toHaveLength(1);
    expect([gzip.headers['content-encoding'], brotli.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['gzip', 'br', undefined]);
    for (const answer of [gzip, brotli, plain]) expect(answer.body).toBe(PAGE);
  });

  it('goes to Next again once the notices changed (a new generation)', async () => {
    await get('/ru/notices/port-closing');
    await settle();
    generation = 'g2';
    await get('/ru/notices/port-closing');
    await settle();
    await get('/ru/notices/port-closing');
    expect(reachedNext).toHaveLength(2);
  });

  it('never keeps an answer its handler did not mark', async () => {
    for (let i = 0; i < 3; i++) {
      await get('/ru/notices/unmarked');
      await settle();
    }
    expect(reachedNext).toHaveLength(3);
  });

  it('lets Next answer every reader who gets a language cookie, and nobody while the database is down', async () => {
    // This reader's browser prefers English and has no cookie: next-intl gives it one.
    const english = { ...BROWSER, 'accept-language': 'en' };
    const cookie = (await get('/ru', english)).headers['set-cookie'];
    expect(cookie?.[0]).toContain('NEXT_LOCALE=ru');
    await settle();
    expect((await get('/ru', english)).headers['set-cookie']?.[0]).toContain('NEXT_LOCALE=ru');
    expect(reachedNext).toHaveLength(2);
    // A reader who needs none is answered from the copy, without anybody's cookie.
    await get('/ru', BROWSER);
    await settle();
    const copy = await get('/ru', BROWSER);
    expect(reachedNext).toHaveLength(3);
    expect(copy.body).toBe(PAGE);
    expect(copy.headers['set-cookie']).toBeUndefined();
    databaseDown = true;
    await get('/ru', BROWSER);
    expect(reachedNext).toHaveLength(4);
  });

  it('keeps the home page apart per region remembered in the cookie (an untrusted X-Forwarded-Proto splits nothing)', async () => {
    await get('/ru', { ...BROWSER, cookie: 'region=KZ-47' });
    await settle();
    await get('/ru', { ...BROWSER, cookie: 'region=KZ-11' });
    await settle();
    await get('/ru', { ...BROWSER, cookie: 'region=KZ-47' });
    expect(reachedNext).toHaveLength(2);
    expect(keptCopyVariant('GET', '/ru/notices/x', { 'x-forwarded-proto': 'https' })?.key).toBe(keptCopyVariant('GET', '/ru/notices/x', {})?.key);
  });

  it('leaves to Next what is not a browser document of these pages, or asks conditionally', () => {
    expect(keptCopyVariant('GET', '/ru', { accept: '*/*' })).toBeNull();
    expect(keptCopyVariant('HEAD', '/ru/notices/x', {})).toBeNull();
    expect(keptCopyVariant('GET', '/ru/notices/x', { 'if-none-match': '"a"' })).toBeNull();
    expect(keptCopyVariant('GET', '/ru/report', BROWSER)).toBeNull();
    expect(keptCopyVariant('GET', '/ru?page=2', BROWSER)).toBeNull();
    expect(keptCopyVariant('GET', '/ru/check?q=%D0%BF%D0%BE%D1%80%D1%82', BROWSER)).not.toBeNull();
    expect(keptCopyVariant('GET', '/api/v1/notices', {})).toBeNull();
  });
});
