// The busiest public pages — the home page, a region's page and the check page — are served from
// Next's data cache as finished HTML, so a view costs neither the database nor a React render:
//
//   proxy.ts: GET /ru (cookie region=KZ-47) ──rewrite──▶ /api/public-pages/<["/ru","KZ-47"]>
//   server/api/public-pages.ts: the HTML of that page from the cache; on a miss it asks this same
//   process for the App Router page once (a "page render" request, below, carrying the same region
//   cookie), and keeps the HTML with a Content-Security-Policy that allows exactly its
//   inline scripts by their SHA-256 (server/http/security-headers.ts).
//
// The page itself stays the one React page (no second copy of its markup). A per-request nonce
// (what App Router pages get otherwise) would be baked into a cached copy and be the same for
// every reader; hashes of the scripts a cached copy contains are as strict and stay true for as
// long as the copy is served. The cache is keyed by the notices generation that the LISTEN
// connection of every web process bumps on every notice event (server/notices/public-notice-cache.ts),
// so a publication, correction or withdrawal is on these pages at the next view, on every process.
//
// Only a browser's document request is served from here. The client router's own requests (RSC
// payloads for router.refresh() and navigations) must reach the page: Next strips their marks
// (the RSC header, ?_rsc) before the proxy sees them, but they never ask for text/html.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { serverEnv } from '../config/env';
import { isLanguage } from '../i18n/languages';
import { isRegionCode } from '../regions/codes';

/** Marks the server's own request for a page it is about to cache: the value is pageRenderToken(). */
export const PAGE_RENDER_HEADER = 'x-raspa-page-render';
/** Where proxy.ts sends the cacheable views. */
export const PUBLIC_PAGES_ROUTE = '/api/public-pages';

/** The secret a page render carries, derived from the server secret (the same in every process). */
export function pageRenderToken(secret = serverEnv().NEXTAUTH_SECRET): string {
  return createHmac('sha256', secret).update('raspa:public-page-render').digest('base64url');
}

/** True for the server's own page render (never for a reader, who cannot know the token). */
export function isPageRender(headers: Headers, secret?: string): boolean {
  const given = headers.get(PAGE_RENDER_HEADER);
  if (!given) return false;
  const expected = Buffer.from(pageRenderToken(secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export interface CacheablePage {
  /** The App Router address whose HTML is cached: path and the query that decides the content. */
  address: string;
  /** The region remembered on the reader's device (cookie), which the home page shows; null if none. */
  regionCookie: string | null;
}

/** A page chosen by the reader's own cookie is theirs: no shared cache may keep it. */
export function isPersonal(page: CacheablePage): boolean {
  return page.regionCookie !== null;
}

/**
 * The cached variant a view is served from, or null for views rendered per request: anything but a
 * browser's plain GET/HEAD of the home page, a region page or the check page (later pages of a
 * list, other query parameters, the client router's requests, page renders).
 */
export function cacheablePage(method: string, url: URL, headers: Headers, regionCookie: string | undefined): CacheablePage | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!(headers.get('accept') ?? '').includes('text/html') || headers.has('next-action') || isPageRender(headers)) return null;
  const segments = url.pathname.replace(/\/$/, '').split('/').slice(1);
  const [locale, section, code] = segments;
  if (!locale || !isLanguage(locale)) return null;
  const names = [...new Set(url.searchParams.keys())];
  if (segments.length === 1) {
    if (names.some((name) => name !== 'region')) return null;
    const asked = url.searchParams.getAll('region')[0];
    if (asked !== undefined) {
      // The page reads the first value, upper-cased; anything but a known region shows every region.
      const region = asked.toUpperCase();
      return { address: isRegionCode(region) ? `/${locale}?region=${region}` : `/${locale}?region=`, regionCookie: null };
    }
    const remembered = regionCookie?.toUpperCase();
    return { address: `/${locale}`, regionCookie: remembered && isRegionCode(remembered) ? remembered : null };
  }
  if (segments.length === 3 && section === 'regions' && code && isRegionCode(code) && names.length === 0) {
    return { address: `/${locale}/regions/${code}`, regionCookie: null };
  }
  if (segments.length === 2 && section === 'check' && names.every((name) => name === 'q')) {
    // The page reads the first value, trimmed: one cached copy per language and query as searched.
    const query = url.searchParams.getAll('q')[0]?.trim() ?? '';
    if (query.length > MAX_CACHED_QUERY_LENGTH) return null;
    return { address: query ? `/${locale}/check?q=${encodeURIComponent(query)}` : `/${locale}/check`, regionCookie: null };
  }
  return null;
}

/** Longer queries (rare: pasted messages) are rendered per view; it keeps a page render's address short. */
export const MAX_CACHED_QUERY_LENGTH = 300;

/**
 * Set, with the page-render token, on the render of a check page for a reader whose search budget
 * is spent: the page then shows "too many searches" instead of searching (and is not kept).
 */
export const SEARCH_REFUSED_HEADER = 'x-raspa-search-refused';

/**
 * Set, with the page-render token, on the render of the privacy page that answers a refused "forget my
 * contact" post: the code as typed (URI-encoded), for the form to show again to be corrected or sent
 * after the wait. A tracking code is a secret — whoever holds it reads the report — so it travels in
 * the post and in this loopback request, never in an address.
 */
export const FORGET_CODE_HEADER = 'x-raspa-forget-code';
/** With FORGET_CODE_HEADER on a "too many tries" answer: the seconds of its Retry-After, for the page to say the wait. */
export const FORGET_RETRY_AFTER_HEADER = 'x-raspa-forget-retry-after';

/** The code and wait a refused "forget my contact" post left for its page, read from the server's own render only. */
export function forgetRefusal(headers: Headers): { code: string; retryAfterSeconds?: number } | null {
  const encoded = headers.get(FORGET_CODE_HEADER);
  if (encoded === null || !isPageRender(headers)) return null;
  let code: string;
  try {
    code = decodeURIComponent(encoded).slice(0, 40);
  } catch {
    return null;
  }
  const wait = Number(headers.get(FORGET_RETRY_AFTER_HEADER));
  return { code, retryAfterSeconds: Number.isInteger(wait) && wait > 0 ? wait : undefined };
}

/** Whether rendering the page runs a search, which the reader who caused the render pays for. */
export function pageSearches(page: CacheablePage): boolean {
  return /^\/[^/]+\/check\?q=/.test(page.address);
}

/**
 * The address proxy.ts rewrites a cacheable view to. All of it is in the path: a route handler
 * reached by a rewrite sees the reader's own query string, not the rewrite's.
 */
export function publicPagesRoute(page: CacheablePage): string {
  return `${PUBLIC_PAGES_ROUTE}/${Buffer.from(JSON.stringify([page.address, page.regionCookie])).toString('base64url')}`;
}

/** The page named by the route's segment (the inverse of publicPagesRoute), or null if it names none. */
export function pageFromRoute(segment: string): CacheablePage | null {
  let named: unknown;
  try {
    named = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(named) || named.length !== 2 || typeof named[0] !== 'string' || !named[0].startsWith('/')) return null;
  const cookie: unknown = named[1];
  if (cookie !== null && (typeof cookie !== 'string' || !isRegionCode(cookie))) return null;
  // Only an address a view could have been rewritten from, exactly as it would have been.
  const page = cacheablePage('GET', new URL(named[0], 'http://raspa.invalid'), new Headers({ accept: 'text/html' }), cookie ?? undefined);
  if (!page || page.address !== named[0]) return null;
  return { address: page.address, regionCookie: page.regionCookie === null ? null : cookie };
}
