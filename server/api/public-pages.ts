// GET /api/public-pages/<page>: where proxy.ts sends a browser's views of the home page and of a
// region's page (server/http/cached-public-pages.ts). The HTML comes from Next's data cache; on a
// miss this process renders the App Router page once for it.
import http from 'node:http';
import { unstable_cache } from 'next/cache';
import { envSetting } from '../config/env';
import { ApiProblem } from '../http/problem';
import { isPersonal, pageFromRoute, pageRenderToken, PAGE_RENDER_HEADER, type CacheablePage } from '../http/cached-public-pages';
import { cachedPageContentSecurityPolicy } from '../http/security-headers';
import { PUBLIC_NOTICES_TAG, publicNoticesGeneration } from '../notices/public-notice-cache';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';

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
const RENDER_TIMEOUT_MS = 30_000;

/**
 * Asks this very process for the App Router page, as the server's page render. Its port is read at
 * each render: `next start -p` sets PORT to the port it listens on only once listening, after the
 * environment was first parsed (and scale-out starts several servers from one environment).
 */
function renderOwnPage(page: CacheablePage): Promise<RenderedPage> {
  const headers: Record<string, string> = { [PAGE_RENDER_HEADER]: pageRenderToken(), accept: 'text/html', 'accept-encoding': 'identity' };
  if (page.regionCookie) headers.cookie = `region=${page.regionCookie}`;
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port: envSetting('PORT'), path: page.address, timeout: RENDER_TIMEOUT_MS, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 500, html, policy: cachedPageContentSecurityPolicy(html) });
      });
    });
    request.on('timeout', () => request.destroy(new Error(`rendering ${page.address} took longer than ${RENDER_TIMEOUT_MS} ms`)));
    request.on('error', reject);
  });
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

const readCachedPage = unstable_cache(
  async (generation: string, address: string, regionCookie: string | null) => {
    const page = await renderOnce(generation, { address, regionCookie });
    if (page.status !== 200) throw new UncachedPage(page);
    return page;
  },
  [PUBLIC_NOTICES_TAG, 'public-page'],
  { tags: [PUBLIC_NOTICES_TAG], revalidate: SAFETY_NET_SECONDS },
);

/** The page's HTML and policy from Next's data cache (keyed by the notices generation), rendered on a miss. */
async function cachedPage(page: CacheablePage): Promise<RenderedPage> {
  try {
    return await readCachedPage(publicNoticesGeneration(), page.address, page.regionCookie);
  } catch (error) {
    if (error instanceof UncachedPage) return error.page;
    throw error;
  }
}

export function handlePublicPage(request: Request, deps: ApiDeps, params: { page: string }): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    const page = pageFromRoute(params.page);
    if (!page) throw new ApiProblem(404, 'not_found');
    const rendered = await cachedPage(page);
    // Compressed by Next on the way out, like every page (a route handler cannot send its own encoding).
    return new Response(rendered.html, {
      status: rendered.status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': rendered.policy,
        // A home page chosen by the reader's region cookie is theirs. The others may be kept by a shared
        // cache for a second (a crowd then costs one request a second; a publication still shows within 2 s).
        'Cache-Control': isPersonal(page) || rendered.status !== 200 ? 'private, no-cache' : 'public, max-age=0, s-maxage=1, stale-while-revalidate=30',
        Vary: 'Accept, Accept-Encoding, Cookie',
      },
    });
  });
}
