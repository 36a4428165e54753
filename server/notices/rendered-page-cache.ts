// Rendered public pages kept in memory, keyed by what they depend on. Under a burst of readers (a
// notice shared into a large WhatsApp group) each process renders a page once per TTL
// instead of once per reader:
// - concurrent misses of one key share one render (no stampede of identical database reads);
// - an expired page is served once more while a fresh one renders in the background;
// - a notice.published / notice.updated live event drops that notice's pages at once, so a
//   correction or withdrawal shows on the next request without waiting for the TTL.
import { logger } from '../log';
import { isNoticeLiveEvent, liveEvents } from '../live/events';

const TTL_MS = 10_000;
const MAX_ENTRIES = 2_000;

export interface RenderedPage {
  html: string;
}

interface Entry {
  page: RenderedPage | null;
  expiresAt: number;
}

const globalForCache = globalThis as unknown as {
  raspaRenderedPages?: Map<string, Entry>;
  raspaRenderingPages?: Map<string, Promise<RenderedPage | null>>;
  raspaRenderedPagesListening?: boolean;
};

function pages(): Map<string, Entry> {
  globalForCache.raspaRenderedPages ??= new Map();
  if (!globalForCache.raspaRenderedPagesListening) {
    globalForCache.raspaRenderedPagesListening = true;
    liveEvents()
      .subscribe((event) => {
        if (isNoticeLiveEvent(event)) invalidateNoticePages(event.slug);
        // Every notice page and poster names the SMS numbers and bot: all of them change.
        else if (event.type === 'settings.public_changed') globalForCache.raspaRenderedPages?.clear();
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'rendered page cache: cannot listen for notice events'));
  }
  return globalForCache.raspaRenderedPages;
}

function renderOnce(key: string, render: () => Promise<string | null>): Promise<RenderedPage | null> {
  const rendering = (globalForCache.raspaRenderingPages ??= new Map());
  const running = rendering.get(key);
  if (running) return running;
  const promise = render()
    .then((html) => {
      const page = html === null ? null : { html };
      const store = pages();
      if (store.size >= MAX_ENTRIES) store.clear();
      store.set(key, { page, expiresAt: Date.now() + TTL_MS });
      return page;
    })
    .finally(() => rendering.delete(key));
  rendering.set(key, promise);
  return promise;
}

/** The page for `key` (which must start with `<slug>|`), rendered at most once per TTL; null = no such notice. */
export async function cachedNoticePage(key: string, render: () => Promise<string | null>): Promise<RenderedPage | null> {
  const hit = pages().get(key);
  if (hit) {
    if (hit.expiresAt <= Date.now()) {
      renderOnce(key, render).catch((error: unknown) => logger.warn({ err: error }, 'rendered page cache: refresh failed'));
    }
    return hit.page;
  }
  return renderOnce(key, render);
}

export function invalidateNoticePages(slug: string) {
  const store = globalForCache.raspaRenderedPages;
  if (!store) return;
  for (const key of store.keys()) if (key.startsWith(`${slug}|`)) store.delete(key);
}
