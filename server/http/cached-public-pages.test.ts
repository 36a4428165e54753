// Which views are served from the cache of finished pages, under which address, and the policy a
// cached page carries.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheablePage, isPageRender, isPersonal, MAX_CACHED_QUERY_LENGTH, pageFromRoute, pageRenderToken, pageSearches, PAGE_RENDER_HEADER, publicPagesRoute } from './cached-public-pages';
import { cachedPageContentSecurityPolicy } from './security-headers';

const SECRET = 'x'.repeat(40);
const DOCUMENT = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const view = (address: string, headers: Record<string, string> = DOCUMENT, cookie?: string, method = 'GET') => cacheablePage(method, new URL(address, 'http://raspa.test'), new Headers(headers), cookie);

describe('views served from the cache of finished pages', () => {
  it('serves the home and region pages by the address and cookie that decide their content', () => {
    expect(view('/ru')).toEqual({ address: '/ru', regionCookie: null });
    expect(view('/kk/')).toEqual({ address: '/kk', regionCookie: null });
    expect(view('/ru', DOCUMENT, 'kz-47')).toEqual({ address: '/ru', regionCookie: 'KZ-47' });
    expect(view('/ru', DOCUMENT, 'nonsense')).toEqual({ address: '/ru', regionCookie: null });
    expect(view('/ru?region=KZ-99')).toEqual({ address: '/ru?region=', regionCookie: null });
    expect(view('/ru?region=kz-47', DOCUMENT, 'KZ-11')).toEqual({ address: '/ru?region=KZ-47', regionCookie: null });
    expect(view('/ru?region=', DOCUMENT, 'KZ-11')).toEqual({ address: '/ru?region=', regionCookie: null });
    expect(view('/en/regions/KZ-47')).toEqual({ address: '/en/regions/KZ-47', regionCookie: null });
    expect(view('/ru', DOCUMENT, undefined, 'HEAD')).toEqual({ address: '/ru', regionCookie: null });
    expect(isPersonal(view('/ru', DOCUMENT, 'KZ-47')!)).toBe(true);
    expect(isPersonal(view('/ru?region=KZ-47', DOCUMENT, 'KZ-47')!)).toBe(false);
  });

  it('serves the check page once per language and query as the page reads it (first value, trimmed)', () => {
    const bridge = { address: `/ru/check?q=${encodeURIComponent('мост закрыт')}`, regionCookie: null };
    expect(view(`/ru/check?q=${encodeURIComponent('  мост закрыт ')}`)).toEqual(bridge);
    expect(view('/ru/check?q=%D0%BC%D0%BE%D1%81%D1%82+%D0%B7%D0%B0%D0%BA%D1%80%D1%8B%D1%82&q=other')).toEqual(bridge);
    expect(view('/ru/check?q=%D0%BC%D0%BE%D1%81%D1%82+%D0%B7%D0%B0%D0%BA%D1%80%D1%8B%D1%82', DOCUMENT, 'KZ-47')).toEqual(bridge);
    expect(view('/kk/check')).toEqual({ address: '/kk/check', regionCookie: null });
    expect(view('/kk/check?q=')).toEqual({ address: '/kk/check', regionCookie: null });
    expect(pageSearches(bridge)).toBe(true);
    expect(pageSearches(view('/kk/check')!)).toBe(false);
    expect(pageSearches(view('/kk')!)).toBe(false);
  });

  it('leaves everything else to the per-request render', () => {
    expect(view('/ru?before=abc')).toBeNull();
    expect(view('/ru/regions/KZ-47?before=abc')).toBeNull();
    expect(view('/ru/regions/../admin')).toBeNull();
    expect(view('/ru/regions/KZ-4')).toBeNull();
    expect(view('/ru/regions/KZ-99')).toBeNull();
    expect(view('/ru/check?q=bridge&page=2')).toBeNull();
    expect(view(`/ru/check?q=${'a'.repeat(MAX_CACHED_QUERY_LENGTH + 1)}`)).toBeNull();
    expect(view('/ru/report')).toBeNull();
    expect(view('/ru/track/ABC')).toBeNull();
    expect(view('/de')).toBeNull();
    expect(view('/ru', DOCUMENT, undefined, 'POST')).toBeNull();
    // The client router's requests (router.refresh(), navigations, prefetches) ask for no HTML:
    // they must reach the page, which answers them with its RSC payload.
    expect(view('/ru', { accept: '*/*' })).toBeNull();
    expect(view('/ru', {})).toBeNull();
    expect(view('/ru', { ...DOCUMENT, 'next-action': 'abc' })).toBeNull();
    expect(view('/ru', { ...DOCUMENT, [PAGE_RENDER_HEADER]: pageRenderToken() })).toBeNull();
  });

  it('finds the page again from the address proxy.ts rewrites to, and nothing that is not one', () => {
    for (const page of [view('/ru')!, view('/ru', DOCUMENT, 'KZ-47')!, view('/en/regions/KZ-47')!, view('/kk?region=KZ-11')!, view('/ru/check?q=%D0%BC%D0%BE%D1%81%D1%82+1%2B1')!]) {
      const route = publicPagesRoute(page);
      expect(route).toMatch(/^\/api\/public-pages\/[A-Za-z0-9_-]+$/);
      expect(pageFromRoute(route.split('/').at(-1)!)).toEqual(page);
    }
    const named = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(pageFromRoute(named(['/ru/admin', null]))).toBeNull();
    expect(pageFromRoute(named(['/ru/track/ABC', null]))).toBeNull();
    expect(pageFromRoute(named(['/ru/check?q=%20x', null]))).toBeNull();
    expect(pageFromRoute(named(['/ru/check?q=x&other=1', null]))).toBeNull();
    expect(pageFromRoute(named(['/ru?region=kz-47', null]))).toBeNull();
    expect(pageFromRoute(named(['//evil.example/ru', null]))).toBeNull();
    // The cookie a render carries is a region code and nothing else.
    expect(pageFromRoute(named(['/ru', 'KZ-47; session=stolen']))).toBeNull();
    expect(pageFromRoute(named(['/ru/regions/KZ-47', 'KZ-47']))).toEqual({ address: '/ru/regions/KZ-47', regionCookie: null });
    expect(pageFromRoute('not-json')).toBeNull();
  });
});

describe('the server’s own page render', () => {
  it('is recognised by its token only', () => {
    const token = pageRenderToken(SECRET);
    expect(isPageRender(new Headers({ [PAGE_RENDER_HEADER]: token }), SECRET)).toBe(true);
    expect(isPageRender(new Headers({ [PAGE_RENDER_HEADER]: `${token.slice(0, -1)}A` }), SECRET)).toBe(false);
    expect(isPageRender(new Headers({ [PAGE_RENDER_HEADER]: 'guess' }), SECRET)).toBe(false);
    expect(isPageRender(new Headers(), SECRET)).toBe(false);
  });
});

describe('the policy of a cached page', () => {
  it('allows exactly the page’s inline scripts by hash, and no inline script otherwise', () => {
    const flight = 'self.__next_f.push([1,"0:{\\"a\\":1}"])';
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><script nonce="abc">${flight}</script><script>${flight}</script><script id="x">(self.__next_s=[])</script></body></html>`;
    const policy = cachedPageContentSecurityPolicy(html);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).toBe(`script-src 'self' ${hash(flight)} ${hash('(self.__next_s=[])')}`);
    expect(policy).not.toMatch(/script-src[^;]*(unsafe|nonce)/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
