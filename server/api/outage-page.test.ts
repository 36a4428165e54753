// Every site page answers an unreachable database with 503, Retry-After and a page in the
// visitor's language (the test environment's DATABASE_URL names a host that does not exist);
// pages are served as usual while it answers.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { DatabaseAvailability } from '../db/availability';
import { pageWhileDatabaseUnavailable, replaceOutageFailure } from './outage-page';

describe('pages while the database is unreachable', () => {
  it('answer 503 with Retry-After and a page in the language of the address, that keeps the visitor’s place', async () => {
    const response = (await pageWhileDatabaseUnavailable(new Request('http://localhost:3000/ru/track/ABC-123')))!;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain('Raspa временно недоступна');
    expect(page).toContain('<meta http-equiv="refresh" content="10">');
    expect(page).toContain('href="/kk/track/ABC-123"');
    expect(page).toContain('href="/en/track/ABC-123"');
  });

  it('answer an address without a language in the browser’s language', async () => {
    const response = (await pageWhileDatabaseUnavailable(new Request('http://localhost:3000/', { headers: { 'accept-language': 'kk-KZ,ru;q=0.8' } })))!;
    expect(response.status).toBe(503);
    const page = await response.text();
    expect(page).toContain('<html lang="kk">');
    expect(page).toContain('Raspa уақытша қолжетімсіз');
    expect(page).toContain('href="/en"');
  });

  it('are served as usual while the database answers', async () => {
    const up = { isAvailable: async () => true, markUnavailable: () => {}, isKnownDown: () => false, close: async () => {} };
    expect(await pageWhileDatabaseUnavailable(new Request('http://localhost:3000/ru'), up)).toBeNull();
  });
});

describe('a page that fails mid-render because the database went away', () => {
  /** A server whose every page fails the way React's does (500, its own error page), as Next's would mid-outage. */
  async function failingServer(availability: DatabaseAvailability, status = 500) {
    const server = http.createServer((request, response) => {
      replaceOutageFailure(request, response, availability);
      response.statusCode = status;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('content-security-policy', "script-src 'nonce-abc'");
      response.setHeader('content-length', '29');
      response.write('<html>React error page');
      response.end('</html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }
  const availability = (down: boolean): DatabaseAvailability => ({ isAvailable: async () => !down, markUnavailable: () => {}, isKnownDown: () => down, close: async () => {} });

  it('answers 503 with Retry-After and the outage page in the address’s language instead of 500', async () => {
    const server = await failingServer(availability(true));
    try {
      const response = await fetch(`${server.origin}/kk?region=KZ-47`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('10');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const page = await response.text();
      expect(page).toContain('<html lang="kk">');
      expect(page).toContain('Raspa уақытша қолжетімсіз');
      expect(page).not.toContain('React error page');
      expect(response.headers.get('content-security-policy')).not.toContain('nonce-abc');
      // The API answers outages itself (JSON problem): its answers are left alone.
      expect((await fetch(`${server.origin}/api/v1/notices`)).status).toBe(500);
    } finally {
      await server.close();
    }
  });

  it('leaves a 500 as it was while the database answers, and any other status alone', async () => {
    const up = await failingServer(availability(false));
    const down404 = await failingServer(availability(true), 404);
    try {
      const failed = await fetch(`${up.origin}/ru`);
      expect(failed.status).toBe(500);
      expect(await failed.text()).toBe('<html>React error page</html>');
      expect((await fetch(`${down404.origin}/ru/track/X`)).status).toBe(404);
    } finally {
      await up.close();
      await down404.close();
    }
  });
});
