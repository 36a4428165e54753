import { describe, expect, it } from 'vitest';
import { NextResponse } from 'next/server';
import { answerForeignFormPost, answerMalformedAddress, decodesCleanly, withoutRewriteToItself } from './page-request-guards';

describe('an address that does not decode', () => {
  it('is told apart from good ones, Cyrillic and spaces included', () => {
    expect(decodesCleanly('/ru/notices/%C3%28')).toBe(false);
    expect(decodesCleanly('/%E0%A4%A')).toBe(false);
    expect(decodesCleanly('/kk/check/%D2%9B%D0%B0%D1%83%D0%B5%D1%81%D0%B5%D1%82')).toBe(true);
    expect(decodesCleanly('/ru/a%20b')).toBe(true);
    expect(answerMalformedAddress(new Request('http://raspa.test/ru/report'))).toBeNull();
    // Control characters decode but name nothing: a header smuggled into a path segment is a 404 too.
    expect(answerMalformedAddress(new Request('http://raspa.test/ru/%0D%0A%0D%0AX-Injected%3A%201?q=x'))!.status).toBe(404);
    expect(answerMalformedAddress(new Request('http://raspa.test/api/v1/notices/%00'))!.status).toBe(404);
    expect(answerMalformedAddress(new Request('http://raspa.test/kk/check/%D2%9B%20%E2%80%8B'))).toBeNull();
  });

  it('gets the not-found page in the language of its path, or the API’s JSON problem', async () => {
    const page = answerMalformedAddress(new Request('http://raspa.test/ru/notices/%C3%28'))!;
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const body = await page.text();
    expect(body).toContain('<html lang="ru">');
    expect(body).toContain('Страница не найдена');

    const outside = answerMalformedAddress(new Request('http://raspa.test/%C3%28', { headers: { 'accept-language': 'en-GB,en;q=0.9' } }))!;
    expect(await outside.text()).toContain('Page not found');

    const api = answerMalformedAddress(new Request('http://raspa.test/api/v1/reports/%C3%28', { headers: { 'accept-language': 'kk' } }))!;
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('a form posted to a page from another site', () => {
  const post = (headers: Record<string, string>) => new Request('http://raspa.test/kk/report', { method: 'POST', headers, body: 'text=x' });

  it('is refused with a page in the language of its path; our own posts and non-browser clients pass', async () => {
    const refused = answerForeignFormPost(post({ origin: 'http://evil.example' }))!;
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Бұл форманы мұнда жіберуге болмайды');
    expect(answerForeignFormPost(post({ origin: 'null' }))?.status).toBe(403);
    expect(answerForeignFormPost(post({ 'sec-fetch-site': 'cross-site' }))?.status).toBe(403);
    expect(answerForeignFormPost(post({ origin: 'http://raspa.test' }))).toBeNull();
    expect(answerForeignFormPost(post({ origin: 'https://raspa.kz' }), 'https://raspa.kz')).toBeNull();
    expect(answerForeignFormPost(post({}))).toBeNull();
    expect(answerForeignFormPost(new Request('http://raspa.test/kk/report', { headers: { origin: 'http://evil.example' } }))).toBeNull();
  });
});

describe('the language middleware’s rewrite of an address to itself', () => {
  it('is dropped: the request goes on as it came, with the language the page needs (a rewrite made Next proxy the request to itself)', async () => {
    const { default: createIntlMiddleware } = await import('next-intl/middleware');
    const { NextRequest } = await import('next/server');
    const { routing } = await import('@/components/i18n/routing');
    const intl = createIntlMiddleware(routing);
    // ' sent as %27: next-intl decodes it and sees another address.
    const request = new NextRequest('http://localhost:3000/ru/tr%27%20OR%201%3D1%20--ack?code=4BCM9963');
    const rewritten = intl(request);
    expect(rewritten.headers.get('x-middleware-rewrite')).toBeTruthy();

    const answer = withoutRewriteToItself(request, rewritten, 'ru');
    expect(answer.headers.get('x-middleware-rewrite')).toBeNull();
    expect(answer.headers.get('x-middleware-next')).toBe('1');
    expect(answer.headers.get('x-middleware-request-x-next-intl-locale')).toBe('ru');

    // An ordinary address has nothing to drop, and a rewrite elsewhere is left alone.
    const plain = intl(new NextRequest('http://localhost:3000/kk/report'));
    expect(withoutRewriteToItself(new NextRequest('http://localhost:3000/kk/report'), plain, 'kk')).toBe(plain);
    const elsewhere = NextResponse.rewrite(new URL('http://localhost:3000/kk/other'));
    expect(withoutRewriteToItself(new NextRequest('http://localhost:3000/kk/report'), elsewhere, 'kk')).toBe(elsewhere);
  });
});
