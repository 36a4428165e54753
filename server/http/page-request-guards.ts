// Requests Next itself would answer with a bare 500, caught by proxy.ts before routing:
// - an address whose percent-encoding does not decode (/ru/notices/%C3%28, /api/v1/reports/%C3%28),
//   or decodes to control characters (/ru/%0D%0A), names nothing we serve: 404, the site's not-found page in the visitor's language or the API's
//   JSON problem;
// - a form posted to one of the plain forms' endpoints from another site: 403 with a page saying so
//   (server/api/page-forms.ts; any other method or address a page does not take is answered 405
//   before Next, in refused-methods.ts);
// - the language middleware's rewrite of an address to itself, spelled differently (see below).
import { NextResponse } from 'next/server';
import { renderAddressNotFound, renderRequestRefused } from '../notices/render/notice-document';
import { isSameOriginRequest, ownOrigins } from './same-origin';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { ApiProblem, problemResponse, requestedLanguage } from './problem';
import { documentContentSecurityPolicy } from './security-headers';

function htmlPage(html: string, status: number, extraHeaders: Record<string, string> = {}): Response {
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': documentContentSecurityPolicy(html), ...extraHeaders },
  });
}

export function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an address can name anything we serve: it decodes, and what it decodes to has no control
 * characters (a path segment of "%0D%0AX-Injected:%201" made the language middleware's rewrite fail
 * as a 500).
 */
export function isServableAddress(pathname: string): boolean {
  if (!decodesCleanly(pathname)) return false;
  return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
}

/** The 404 for an address that does not decode (or decodes to control characters), or null for a good one. */
export function answerMalformedAddress(request: Request): Response | null {
  const { pathname } = new URL(request.url);
  if (isServableAddress(pathname)) return null;
  const firstSegment = pathname.split('/')[1] ?? '';
  const language = requestedLanguage(request.headers, decodesCleanly(firstSegment) ? firstSegment : undefined) ?? DEFAULT_LANGUAGE;
  if (pathname.startsWith('/api/')) return problemResponse(new ApiProblem(404, 'not_found'), language);
  return htmlPage(renderAddressNotFound(language), 404);
}

/** The 403 for a form posted to a page from another site, or null for our own pages' posts. */
export function answerForeignFormPost(request: Request, publicOrigin?: string): Response | null {
  if (request.method !== 'POST' || isSameOriginRequest(request.headers, ownOrigins(request.url, publicOrigin))) return null;
  const { pathname } = new URL(request.url);
  const language = requestedLanguage(request.headers, pathname.split('/')[1]) ?? DEFAULT_LANGUAGE;
  return htmlPage(renderRequestRefused(language), 403);
}

/** next-intl's request header naming the page's language. */
const LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * next-intl compares the path it decoded (decodeURI) with the one Next parsed, and answers any
 * difference with a rewrite — for /ru/tr%27%20OR… that is the same address spelled with ' for %27.
 * Next serves a rewrite whose host differs from the one it listens on (-H 127.0.0.1 or 0.0.0.0 vs
 * the "localhost" it gives the proxy) by proxying the request to itself over HTTP, which answered 500
 * ("Failed to proxy … socket hang up", bench/bad-input.ts). A rewrite to the same address is no
 * rewrite: the request goes on as it came, with the language header the rewrite would have carried.
 */
export function withoutRewriteToItself(request: Request, response: Response, locale: string): Response {
  const rewrite = response.headers.get('x-middleware-rewrite');
  if (!rewrite) return response;
  const target = new URL(rewrite);
  const requested = new URL(request.url);
  if (target.search !== requested.search || decodedPath(target.pathname) === null || decodedPath(target.pathname) !== decodedPath(requested.pathname)) return response;
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  const next = NextResponse.next({ request: { headers } });
  response.headers.forEach((value, name) => {
    if (!name.startsWith('x-middleware-') && name !== 'set-cookie') next.headers.set(name, value);
  });
  for (const cookie of response.headers.getSetCookie()) next.headers.append('set-cookie', cookie);
  return next;
}
