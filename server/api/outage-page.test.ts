// Every site page answers an unreachable database with 503, Retry-After and a page in the
// visitor's language (the test environment's DATABASE_URL names a host that does not exist);
// pages are served as usual while it answers.
import { describe, expect, it } from 'vitest';
import { pageWhileDatabaseUnavailable } from './outage-page';

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
    const up = { isAvailable: async () => true, markUnavailable: () => {}, close: async () => {} };
    expect(await pageWhileDatabaseUnavailable(new Request('http://localhost:3000/ru'), up)).toBeNull();
  });
});
