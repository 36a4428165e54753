// Requests Next itself would answer with a bare 500, caught by proxy.ts before routing:
// - an address whose percent-encoding does not decode (/ru/notices/%C3%28, /api/v1/reports/%C3%28)
//   names nothing we serve: 404, the site's not-found page in the visitor's language or the API's
//   JSON problem;
// - a form posted to a page (a server action) from another site: 403 with a page saying so.
import { renderAddressNotFound, renderRequestRefused } from '../notices/render/notice-document';
import { isSameOriginRequest, ownOrigins } from './same-origin';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { ApiProblem, problemResponse, requestedLanguage } from './problem';

export function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The 404 for an undecodable address, or null when the address decodes. */
export function answerMalformedAddress(request: Request): Response | null {
  const { pathname } = new URL(request.url);
  if (decodesCleanly(pathname)) return null;
  const firstSegment = pathname.split('/')[1] ?? '';
  const language = requestedLanguage(request.headers, decodesCleanly(firstSegment) ? firstSegment : undefined) ?? DEFAULT_LANGUAGE;
  if (pathname.startsWith('/api/')) return problemResponse(new ApiProblem(404, 'not_found'), language);
  return new Response(renderAddressNotFound(language), { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** The 403 for a form posted to a page from another site, or null for our own pages' posts. */
export function answerForeignFormPost(request: Request, publicOrigin?: string): Response | null {
  if (request.method !== 'POST' || isSameOriginRequest(request.headers, ownOrigins(request.url, publicOrigin))) return null;
  const { pathname } = new URL(request.url);
  const language = requestedLanguage(request.headers, pathname.split('/')[1]) ?? DEFAULT_LANGUAGE;
  return new Response(renderRequestRefused(language), { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
