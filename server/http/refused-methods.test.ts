// TRACE never reaches Next (whose `new Request()` throws on it and answered 500; Node's parser itself
// answers TRACK 400, and CONNECT is not a 'request'):
// the process's HTTP servers answer it 405 before any request listener runs.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseForbiddenMethods } from './refused-methods';
import { documentContentSecurityPolicy } from './security-headers';

let server: http.Server;
let port = 0;
const seen: string[] = [];

beforeAll(async () => {
  refuseForbiddenMethods();
  server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.end('listener');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('methods the Fetch standard forbids', () => {
  it('are answered 405 before the listener: the JSON problem under /api, a page in the path’s language elsewhere', async () => {
    const api = await send('TRACE', '/api/v1/notices?lang=ru', { 'accept-language': 'ru' });
    expect(api.status).toBe(405);
    expect(api.headers.allow).toBe('GET, HEAD, POST');
    expect(JSON.parse(api.body)).toMatchObject({ error: 'method_not_allowed', message: 'Этот адрес не принимает такой метод запроса.' });

    const page = await send('TRACE', '/kk/report');
    expect(page.status).toBe(405);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<html lang="kk">');
    expect(page.headers['content-security-policy']).toBe(documentContentSecurityPolicy(page.body));

    expect(seen).toEqual([]);
  });

  it('leave every other method to the listener', async () => {
    expect((await send('GET', '/ru')).body).toBe('listener');
    expect((await send('PROPFIND', '/ru')).body).toBe('listener');
    expect(seen).toEqual(['GET /ru', 'PROPFIND /ru']);
  });
});
