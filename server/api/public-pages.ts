// GET /api/public-pages/<page>: where proxy.ts sends a browser's views of the home page, of a
// region's page and of the check page (server/http/cached-public-pages.ts). The HTML comes from
// Next's data cache; on a miss this process renders the App Router page once for it.
import http from 'node:http';
import { unstable_cache } from 'next/cache';
import { envSetting } from '../config/env';
import { ApiProblem, problemResponse } from '../http/problem';
import { cacheablePage, isPersonal, pageFromRoute, pageRenderToken, pageSearches, FORGET_CODE_HEADER, FORGET_RETRY_AFTER_HEADER, PAGE_RENDER_HEADER, SEARCH_REFUSED_HEADER, type CacheablePage } from '../http/cached-public-pages';
import type { Language } from '../i18n/languages';
import { keptCopy } from '../http/front-door-cache';
import { cachedPageContentSecurityPolicy } from '../http/security-headers';
import { PUBLIC_NOTICES_TAG, publicNoticesGeneration } from '../notices/public-notice-cache';
import type { ApiDeps } from './deps';
import { handleApiRequest, type ProblemRenderer } from './edge';
import { serviceUnavailablePage } from './outage-page';
import type { Repost } from '../notices/render/outage-document';

interface RenderedPage {
  status: number;
  html: string;
  policy: string;
}

/** A page whose render is not kept (not found, an error): served once, rendered again next time. */
class UncachedPage extends Error {
  constructor(readonly page: RenderedPage) {
    super(`page render answered ${page.status}`);
  }
}

const SAFETY_NET_SECONDS = 60;
/** How long a page's render may take before the reader is told the server is busy (a test shortens it). */
export const pageRenderLimits = { timeoutMs: 30_000 };
/** Seconds a reader is asked to wait when a page could not be rendered in time. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * Asks this very process for the App Router page, as the server's page render. Its port is read at
 * each render: `next start -p` sets PORT to the port it listens on only once listening, after the
 * environment was first parsed (and scale-out starts several servers from one environment).
 */
function renderOwnPage(page: CacheablePage, options: { refused?: boolean; forgetCode?: string; forgetRetryAfterSeconds?: number } = {}): Promise<RenderedPage> {
  const headers: Record<string, string> = { [PAGE_RENDER_HEADER]: pageRenderToken(), accept: 'text/html', 'accept-encoding': 'identity' };
  if (options.refused) headers[SEARCH_REFUSED_HEADER] = '1';
  if (options.forgetCode !== undefined) headers[FORGET_CODE_HEADER] = encodeURIComponent(options.forgetCode);
  if (options.forgetRetryAfterSeconds !== undefined) headers[FORGET_RETRY_AFTER_HEADER] = String(options.forgetRetryAfterSeconds);
  if (page.regionCookie) headers.cookie = `region=${page.regionCookie}`;
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port: envSetting('PORT'), path: page.address, timeout: pageRenderLimits.timeoutMs, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 500, html, policy: cachedPageContentSecurityPolicy(html) });
      });
    });
    // Too busy to render in time: an honest 503 with Retry-After (the edge logs it as a warning), not a 500.
    request.on('timeout', () => request.destroy(new ApiProblem(503, 'unavailable', {}, { 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) }, new PageRenderTimeout(page.address))));
    request.on('error', reject);
  });
}

/** A page this server could not render in time (its address without the query: a question is never logged). */
export class PageRenderTimeout extends Error {
  constructor(address: string) {
    super(`rendering ${address.split('?')[0]} took longer than ${pageRenderLimits.timeoutMs} ms`);
    this.name = 'PageRenderTimeout';
  }
}

/** The outage page for a 503 (Retry-After): "busy" when it is a render that did not finish in time. */
export function unavailablePageFor(problem: ApiProblem, language: Language, pathname: string, repost?: Repost): Response {
  const busy = problem.cause instanceof PageRenderTimeout;
  return serviceUnavailablePage(language, pathname, { reason: busy ? 'busy' : 'database', repost, retryAfterSeconds: busy ? BUSY_RETRY_AFTER_SECONDS : undefined });
}

// Readers who miss the cache at the same moment (a publication under a crowd) share one render.
const rendering = new Map<string, Promise<RenderedPage>>();

function renderOnce(generation: string, page: CacheablePage): Promise<RenderedPage> {
  const key = `${generation}|${page.address}|${page.regionCookie ?? ''}`;
  let render = rendering.get(key);
  if (!render) {
    render = renderOwnPage(page).finally(() => rendering.delete(key));
    rendering.set(key, render);
  }
  return render;
}

/** The reader's search budget is spent: the page they asked for is rendered for them alone. */
class RenderRefused extends Error {}

/**
 * The page's HTML and policy from Next's data cache, rendered on a miss. A check page's render runs
 * a search, which the reader who missed pays for (`mayRender`); a cached copy costs nobody anything.
 */
function readCachedPage(mayRender: () => Promise<boolean>) {
  return unstable_cache(
    async (generation: string, address: string, regionCookie: string | null) => {
      if (!(await mayRender())) throw new RenderRefused();
      const page = await renderOnce(generation, { address, regionCookie });
      if (page.status !== 200) throw new UncachedPage(page);
      return page;
    },
    [PUBLIC_NOTICES_TAG, 'public-page'],
    { tags: [PUBLIC_NOTICES_TAG], revalidate: SAFETY_NET_SECONDS },
  );
}

/** The page from the cache (keyed by the notices generation), and whether that copy is everyone's. */
async function cachedPage(page: CacheablePage, reader: Headers, deps: Pick<ApiDeps, 'consumeRateLimit'>): Promise<{ rendered: RenderedPage; generation: string; shared: boolean }> {
  const generation = publicNoticesGeneration();
  const mayRender = async () => !pageSearches(page) || (await deps.consumeRateLimit('search', { client: reader })).allowed;
  try {
    return { rendered: await readCachedPage(mayRender)(generation, page.address, page.regionCookie), generation, shared: true };
  } catch (error) {
    if (error instanceof UncachedPage) return { rendered: error.page, generation, shared: false };
    if (error instanceof RenderRefused) return { rendered: await renderOwnPage(page, { refused: true }), generation, shared: false };
    throw error;
  }
}

/**
 * The check page's answer to a question posted to it (server/api/page-forms.ts): the very page a
 * GET of `/<locale>/check?q=…` is, from the same cache — that address is only this process's own,
 * never the reader's. A question too long to be cached is rendered for this reader alone.
 */
export async function checkPageAnswering(locale: Language, query: string, reader: Headers, deps: Pick<ApiDeps, 'consumeRateLimit'>): Promise<RenderedPage> {
  const address = `/${locale}/check?${new URLSearchParams({ q: query })}`;
  const page = cacheablePage('GET', new URL(address, 'http://raspa.invalid'), new Headers({ accept: 'text/html' }), undefined);
  if (page) return (await cachedPage(page, reader, deps)).rendered;
  const allowed = (await deps.consumeRateLimit('search', { client: reader })).allowed;
  return renderOwnPage({ address, regionCookie: null }, { refused: !allowed });
}

/**
 * The privacy page answering a refused "forget my contact" post (a code that is no tracking code, or
 * too many tries from one network), with the code as typed back in its field: rendered for this reader
 * alone, as the answer to the post, so the code is in no address (server/api/page-forms.ts).
 */
export function privacyPageAnswering(locale: Language, answer: 'invalid' | 'rateLimited', typed: string, retryAfterSeconds?: number): Promise<RenderedPage> {
  return renderOwnPage({ address: `/${locale}/privacy?forget=${answer}`, regionCookie: null }, { forgetCode: typed, forgetRetryAfterSeconds: retryAfterSeconds });
}

export function handlePublicPage(request: Request, deps: ApiDeps, params: { page: string }): Promise<Response> {
  const page = pageFromRoute(params.page);
  // People read these pages: a 503 is the outage page for the address they asked for.
  const render: ProblemRenderer = (problem, context) => (problem.status === 503 && page ? unavailablePageFor(problem, context.language, page.address.split('?')[0]!) : problemResponse(problem, context.language));
  return handleApiRequest(request, deps, async () => {
    if (!page) throw new ApiProblem(404, 'not_found');
    const { rendered, generation, shared } = await cachedPage(page, request.headers, deps);
    const headers: Record<string, string> = {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': rendered.policy,
      // A home page chosen by the reader's region cookie is theirs. The others may be kept by a shared
      // cache for a second (a crowd then costs one request a second; a publication still shows within 2 s).
      'Cache-Control': isPersonal(page) || !shared ? 'private, no-cache' : 'public, max-age=0, s-maxage=1, stale-while-revalidate=30',
      Vary: 'Accept, Accept-Encoding, Cookie',
    };
    // The same for every reader of this address (and region cookie) until the notices change: the
    // front door may answer the next ones itself (server/http/front-door-cache.ts).
    if (shared) Object.assign(headers, keptCopy(generation));
    // Compressed by Next on the way out, like every page (a route handler cannot send its own encoding).
    return new Response(rendered.html, { status: rendered.status, headers });
  }, render);
}
