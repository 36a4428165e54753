// What the process's HTTP servers answer before any request listener (Next's) runs: a method a site
// address does not take is 405 with Allow and the refusal page (framed body or none, big or small);
// forbidden methods (TRACE) are 405 anywhere; bytes Node cannot parse are answered 400 only after
// the answer in flight on that connection has gone out whole.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_REQUEST_TARGET_LENGTH, refuseUnhandledRequests } from './refused-methods';
import { documentContentSecurityPolicy } from './security-headers';

let server: http.Server;
let port = 0;
const seen: string[] = [];

beforeAll(async () => {
  refuseUnhandledRequests();
  server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    request.resume();
    // The language middleware's redirect of / echoes the rest of the address, beside a page policy.
    if (request.url?.startsWith('/?')) {
      response.writeHead(307, { location: `/ru${request.url}`, 'content-security-policy': `script-src 'nonce-${'n'.repeat(24)}' ${'x'.repeat(1500)}` }).end();
      return;
    }
    // A page that takes a moment to render, like Next's.
    setTimeout(() => response.end('listener'), request.url === '/ru/slow' ? 300 : 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

function send(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const framing = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const request = http.request({ host: '127.0.0.1', port, method, path, headers: { ...framing, ...headers }, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Writes raw bytes on one connection and returns everything the server sent until it closed. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.write(bytes); // no half-close: the server is the one to end the connection
  });
}

describe('a method a page does not take', () => {
  it('is 405 with Allow and the refusal page in the path’s language, with a body or without, before the listener', async () => {
    const big = 'я'.repeat(1024 * 1024);
    for (const method of ['OPTIONS', 'DELETE', 'PUT', 'PATCH', 'POST', 'PROPFIND']) {
      for (const body of [undefined, '{"a":1}', big]) {
        const answer = await send(method, '/kk/report?x=1', { 'content-type': 'application/json' }, body);
        expect(answer.status, `${method} with ${body?.length ?? 0} bytes`).toBe(405);
        expect(answer.headers.allow).toBe('GET, HEAD');
        expect(answer.body).toContain('<html lang="kk">');
        expect(answer.body).toContain('Бұл бет мұндай сұрауды қабылдамайды');
        expect(answer.headers['content-security-policy']).toBe(documentContentSecurityPolicy(answer.body));
      }
    }
    // Every page and the files beside it alike, in the visitor's language where the path has none.
    expect((await send('DELETE', '/', { 'accept-language': 'ru' })).body).toContain('<html lang="ru">');
    expect((await send('PUT', '/en/notices/some-notice/card.png')).headers.allow).toBe('GET, HEAD');
    expect((await send('POST', '/ru/x.png', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nbroken')).status).toBe(405);
    expect(seen).toEqual([]);
  });

  it('leaves GET and HEAD to the listener; the plain forms’ endpoints take POST only', async () => {
    expect((await send('GET', '/ru')).body).toBe('listener');
    expect((await send('HEAD', '/ru/report')).status).toBe(200);
    expect((await send('POST', '/ru/report/send', { 'content-type': 'application/x-www-form-urlencoded' }, 'text=x')).body).toBe('listener');
    expect(seen).toEqual(['GET /ru', 'HEAD /ru/report', 'POST /ru/report/send']);
    for (const method of ['GET', 'PUT', 'OPTIONS']) {
      const refused = await send(method, '/en/privacy/forget');
      expect(refused.status).toBe(405);
      expect(refused.headers.allow).toBe('POST');
    }
  });

  it('leaves the API’s methods to its routes', async () => {
    expect((await send('PUT', '/api/v1/reports', {}, '{}')).body).toBe('listener');
    expect((await send('OPTIONS', '/api/trpc/reports.submit')).body).toBe('listener');
  });
});

describe('methods the Fetch standard forbids', () => {
  it('are answered 405 before the listener: the JSON problem under /api, a page in the path’s language elsewhere', async () => {
    const api = await send('TRACE', '/api/v1/notices?lang=ru', { 'accept-language': 'ru' });
    expect(api.status).toBe(405);
    expect(api.headers.allow).toBe('GET, HEAD, POST');
    expect(JSON.parse(api.body)).toMatchObject({ error: 'method_not_allowed', message: 'Этот адрес не принимает такой метод запроса.' });

    const page = await send('TRACE', '/kk/report');
    expect(page.status).toBe(405);
    expect(page.headers.allow).toBe('GET, HEAD');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<html lang="kk">');
    expect(seen).toEqual([]);
  });
});

describe('an address longer than any Raspa makes', () => {
  it('is 414 before the listener — a page in the visitor’s language, the JSON problem under /api — so no redirect echoes it into a header block too big to read', async () => {
    // bench/bad-input.ts: GET /?q=a…a (15,000–16,300 characters, under Node's 16 KiB request limit)
    // was redirected to /ru?q=a…a, and Node's client refused the answer (HPE_HEADER_OVERFLOW).
    const page = await send('GET', `/?q=${'a'.repeat(15_500)}`, { 'accept-language': 'kk' });
    expect(page.status).toBe(414);
    expect(page.body).toContain('<html lang="kk">');
    expect(page.body).toContain('Мекенжай тым ұзын');
    expect(page.headers['content-security-policy']).toBe(documentContentSecurityPolicy(page.body));
    const api = await send('GET', `/api/v1/notices?q=${'%D0%B0'.repeat(2_500)}`, { 'accept-language': 'ru' });
    expect(api.status).toBe(414);
    expect(JSON.parse(api.body)).toMatchObject({ error: 'uri_too_long', message: 'Адрес слишком длинный. Длинные тексты отправляйте в теле запроса.' });
    expect(seen).toEqual([]);
  });

  it('takes the longest address Raspa makes, and its redirect stays readable', async () => {
    // The check page's question at its longest (2,000 characters) in Cyrillic, percent-encoded.
    const question = `/ru/check?q=${encodeURIComponent('ә'.repeat(2_000))}`;
    expect((await send('GET', question)).body).toBe('listener');
    const longest = `/?q=${'a'.repeat(MAX_REQUEST_TARGET_LENGTH - 4)}`;
    const redirect = await send('GET', longest);
    expect(redirect.status).toBe(307);
    expect(redirect.headers.location).toBe(`/ru${longest}`);
  });
});

describe('bytes Node cannot parse after a request', () => {
  it('a body sent without Content-Length after OPTIONS: the 405 goes out whole, then 400, then the connection closes', async () => {
    const answer = await raw('OPTIONS /ru/report HTTP/1.1\r\nHost: raspa.test\r\nContent-Type: application/json\r\n\r\n{"clientId":"x","text":"y"}');
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer.toLowerCase()).toContain('allow: get, head');
    expect(answer).toContain('</html>');
    expect(answer.slice(answer.indexOf('</html>'))).toMatch(/HTTP\/1\.1 400 Bad Request/);
  });

  it('a page still rendering when the garbage arrives is answered whole first (Node cut it off, and Next logged "aborted")', async () => {
    const answer = await raw('GET /ru/slow HTTP/1.1\r\nHost: raspa.test\r\n\r\n\u0001garbage that is no request\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('listener');
    expect(answer.indexOf('listener')).toBeLessThan(answer.indexOf('HTTP/1.1 400'));
    expect(seen).toEqual(['GET /ru/slow']);
  });

  it('garbage alone is 400 as before', async () => {
    expect(await raw('\u0001\u0002 not http\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 Bad Request/);
  });
});
