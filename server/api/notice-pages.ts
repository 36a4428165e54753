// The public notice page, its printable poster and its share card, served from route handlers as
// plain HTML / PNG rather than App Router pages: no client runtime to download (the page stays far
// below its 60 KB budget) and nothing personal in them, so a CDN may cache them. The HTML comes
// from server/notices/render/ (notice-document.ts, poster-document.ts, share-card.tsx).
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { renderNoticeNotFound } from '../notices/render/notice-document';
import { renderPosterDocument } from '../notices/render/poster-document';
import { renderShareCard, shareCardInputFor } from '../notices/render/share-card';
import { shareCardVersion } from '../notices/render/share-card-address';
import { ApiProblem } from '../http/problem';
import { getPublicNotice } from '../notices/get-notice';
import { readPublicChannels } from '../channels/public-channels';
import type { ApiDeps } from './deps';
import { handleApiRequest, type ProblemRenderer } from './edge';
import { translatorFor } from '../i18n/translator';
import { serviceUnavailablePage } from './outage-page';
import { documentContentSecurityPolicy } from '../http/security-headers';
import { keptCopy } from '../http/front-door-cache';

/** Shared caches keep a page 30 s and may serve it stale for 5 minutes while fetching a fresh one. */
const NOTICE_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=300';
const HTML = 'text/html; charset=utf-8';

type Params = { locale: string; slug: string };

/** People, not programs, read these: "not found" is the site's page, anything else a line in their language. */
function pageProblem(locale: string): ProblemRenderer {
  return (problem, context) => {
    if (problem.status === 404 && isLanguage(locale)) {
      const page = renderNoticeNotFound(locale);
      return new Response(page, { status: 404, headers: { 'Content-Type': HTML, 'Cache-Control': 'public, max-age=0, s-maxage=10', 'Content-Security-Policy': documentContentSecurityPolicy(page) } });
    }
    const language = isLanguage(locale) ? locale : context.language;
    // The database went away under this request (proxy.ts let it through a moment before): the
    // site's outage page, as every other page answers, with the Retry-After the edge adds.
    if (problem.status === 503) return serviceUnavailablePage(language, context.url.pathname);
    const message = translatorFor(language)(problem.code === 'not_found' ? 'api.notFound' : problem.code === 'unavailable' ? 'api.unavailable' : 'api.internal');
    return new Response(message, { status: problem.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  };
}

function siteUrl(request: Request, deps: ApiDeps): string {
  return deps.publicOrigin ?? new URL(request.url).origin;
}

/** GET /<locale>/notices/<slug>. */
export function handleNoticePage(request: Request, deps: ApiDeps, { locale, slug }: Params): Promise<Response> {
  return handleApiRequest(
    request,
    deps,
    async () => {
      if (!isLanguage(locale)) throw new ApiProblem(404, 'not_found');
      const origin = siteUrl(request, deps);
      const generation = deps.publicDocuments.generation();
      // From Next's data cache: no database work per view while the notice did not change.
      const html = await deps.publicDocuments.noticePageHtml(slug, locale, origin);
      if (html === null) throw new ApiProblem(404, 'not_found');
      // Next's own compression gzips the body: a route handler's pre-gzipped bytes with a
      // Content-Encoding header reached browsers undecoded under `next start`.
      // The policy lists the hashes of this page's own inline script and styles: the same for every
      // copy a shared cache keeps (a nonce could not be).
      return new Response(html, {
        headers: {
          'Content-Type': HTML,
          'Cache-Control': NOTICE_PAGE_CACHE_CONTROL,
          Vary: 'Accept-Encoding',
          'Content-Security-Policy': documentContentSecurityPolicy(html),
          // The same for every reader until the notices change: the front door answers the next ones.
          ...keptCopy(generation),
        },
      });
    },
    pageProblem(locale),
  );
}

/** GET /<locale>/notices/<slug>/poster: printable A4 poster (all of the notice's languages + a QR code). Works without JS. */
export function handleNoticePoster(request: Request, deps: ApiDeps, { locale, slug }: Params): Promise<Response> {
  return handleApiRequest(
    request,
    deps,
    async () => {
      if (!isLanguage(locale)) throw new ApiProblem(404, 'not_found');
      // One read per language; a language without its own text falls back, and is skipped here.
      const [channels, ...versions] = await Promise.all([readPublicChannels(deps.db), ...LANGUAGES.map((l) => getPublicNotice(deps.db, slug, l))]);
      const translations = versions.filter((n, i) => n && n.language === LANGUAGES[i]).map((n) => n!);
      if (translations.length === 0) throw new ApiProblem(404, 'not_found');
      const poster = await renderPosterDocument(translations, locale, siteUrl(request, deps), channels);
      return new Response(poster, {
        headers: { 'Content-Type': HTML, 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300', 'Content-Security-Policy': documentContentSecurityPolicy(poster) },
      });
    },
    pageProblem(locale),
  );
}

// Rendering a card costs ~100 ms of CPU, so the PNG is kept in-process per slug, language and version.
const cards = new Map<string, ArrayBuffer>();
const MAX_CARDS = 500;

/**
 * GET /<locale>/notices/<slug>/card.png: the share card (og:image / twitter:image), verdict stamp
 * and claim per language. The page links it with ?v=<version, withdrawal, code> (shareCardVersion),
 * so it may be cached for a day.
 */
export function handleNoticeShareCard(request: Request, deps: ApiDeps, { locale, slug }: Params): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    if (!isLanguage(locale)) throw new ApiProblem(404, 'not_found');
    const notice = await getPublicNotice(deps.db, slug, locale);
    if (!notice) throw new ApiProblem(404, 'not_found');
    const key = `${slug}|${locale}|${shareCardVersion(notice)}`;
    let png = cards.get(key);
    if (!png) {
      png = await renderShareCard(shareCardInputFor(notice, translatorFor(locale)));
      if (cards.size >= MAX_CARDS) cards.clear();
      cards.set(key, png);
    }
    return new Response(png, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400' } });
  });
}
