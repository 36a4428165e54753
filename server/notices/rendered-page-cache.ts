// Rendered public pages kept in memory for a few seconds, keyed by what they depend on. Under a
// burst of readers (a notice shared into a large WhatsApp group) each process renders a page once
// per TTL instead of once per reader. A notice.published / notice.updated live event drops the
// cached pages of that notice at once, so a correction or withdrawal shows without waiting.
import { logger } from '../log';
import { liveEvents } from '../live/events';

const TTL_MS = 10_000;
const MAX_ENTRIES = 2_000;

interface Entry {
  value: string | null;
  expiresAt: number;
}

const globalForCache = globalThis as unknown as { raspaRenderedPages?: Map<string, Entry>; raspaRenderedPagesListening?: boolean };

function store(): Map<string, Entry> {
  globalForCache.raspaRenderedPages ??= new Map();
  if (!globalForCache.raspaRenderedPagesListening) {
    globalForCache.raspaRenderedPagesListening = true;
    liveEvents()
      .subscribe((event) => {
        if (event.type === 'notice.published' || event.type === 'notice.updated') invalidateNoticePages(event.slug);
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'rendered page cache: cannot listen for notice events'));
  }
  return globalForCache.raspaRenderedPages;
}

/** Returns the cached page for `key` (which must start with `<slug>|`) or renders and caches it; null = no such notice. */
export async function cachedNoticePage(key: string, render: () => Promise<string | null>): Promise<string | null> {
  const pages = store();
  const now = Date.now();
  const hit = pages.get(key);
  if (hit && hit.expiresAt > now) return hit.value;
  const value = await render();
  if (pages.size >= MAX_ENTRIES) pages.clear();
  pages.set(key, { value, expiresAt: now + TTL_MS });
  return value;
}

export function invalidateNoticePages(slug: string) {
  const pages = globalForCache.raspaRenderedPages;
  if (!pages) return;
  for (const key of pages.keys()) if (key.startsWith(`${slug}|`)) pages.delete(key);
}
