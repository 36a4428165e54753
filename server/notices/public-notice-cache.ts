// What the public pages read (the home and region lists, the notice page, the feeds), kept in Next's
// own data cache (unstable_cache) so that a page view does no database work while nothing changed.
//
// Refreshing must reach every web process (issue 17 runs several, each with its own cache), and
// revalidateTag only works inside a request of the process that calls it. So each process keeps a
// "notices generation" that its one LISTEN connection (server/live/events.ts) bumps on every
// notice.published / notice.updated / notice.withdrawn (or settings.public_changed) event — which the writers send only once
// their transaction commits, the worker's included. The generation is part of every cache key: the
// first view after a change misses and reads fresh rows, within milliseconds of the commit.
// The revalidate window is the safety net for events missed while the LISTEN connection was down.
import { randomUUID } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import superjson from 'superjson';
import { db, type Db } from '../db/client';
import { logger } from '../log';
import { isNoticeLiveEvent, liveEvents } from '../live/events';
import { listRegions } from '../regions/list-regions';
import { readPublicChannels } from '../channels/public-channels';
import { listPublishedNotices, listUrgentNotices, type PublishedNoticeListItem } from './list-published-notices';
import { getPublicNotice } from './get-notice';
import { searchPublishedNotices, type NoticeMatch } from './search-notices';
import { noticeSearchGeneration } from './notice-search-cache';
import type { SearchNoticesInput } from './schema';
import { renderNoticeDocument } from './render/notice-document';
import { FEED_RENDERERS, loadNoticeFeed } from '../feeds/notice-feeds';
import type { FeedFormat } from '../feeds/links';
import type { Language } from '../i18n/languages';
import type { RegionCode } from '../regions/codes';

export const PUBLIC_NOTICES_TAG = 'public-notices';
const SAFETY_NET_SECONDS = 60;

const globalForGeneration = globalThis as unknown as { raspaPublicNoticesGeneration?: number; raspaPublicNoticesListening?: boolean; raspaProcessCacheId?: string };

/**
 * This process's notices generation; the first call starts listening for notice events. Next keeps
 * its data cache on disk, shared by every process serving the same build and kept across restarts,
 * so the counter is qualified by an id of this process: "generation 3" of another process (or of
 * the previous run) must not be taken for ours.
 */
export function publicNoticesGeneration(): string {
  globalForGeneration.raspaProcessCacheId ??= randomUUID();
  if (!globalForGeneration.raspaPublicNoticesListening) {
    globalForGeneration.raspaPublicNoticesListening = true;
    globalForGeneration.raspaPublicNoticesGeneration = 0;
    liveEvents()
      .subscribe((event) => {
        if (isNoticeLiveEvent(event) || event.type === 'settings.public_changed') bumpPublicNoticesGeneration();
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'public notice cache: cannot listen for notice events'));
  }
  return `${globalForGeneration.raspaProcessCacheId}:${globalForGeneration.raspaPublicNoticesGeneration ?? 0}`;
}

export function bumpPublicNoticesGeneration() {
  globalForGeneration.raspaPublicNoticesGeneration = (globalForGeneration.raspaPublicNoticesGeneration ?? 0) + 1;
}

// unstable_cache stores JSON; superjson keeps the Dates the pages format.
// (Outside a Next.js server — unit tests, scripts — unstable_cache simply calls the function.)
function cachedRead<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>) {
  const cached = unstable_cache(async (_generation: string, ...args: A) => superjson.stringify(await read(...args)), [PUBLIC_NOTICES_TAG, name], {
    tags: [PUBLIC_NOTICES_TAG],
    revalidate: SAFETY_NET_SECONDS,
  });
  return async (...args: A): Promise<R> => superjson.parse<R>(await cached(publicNoticesGeneration(), ...args));
}

/** The SMS numbers and Telegram bot named on public pages (an admin's change sends settings.public_changed). */
export const cachedPublicChannels = cachedRead('channels', () => readPublicChannels(db()));

/** Regions change only by migration or seed, but they share the safety-net window. */
export const cachedRegions = cachedRead('regions', () => listRegions(db()));

export const cachedPublishedNotices = cachedRead(
  'published',
  (input: { language: Language; limit: number; regionCode?: RegionCode; cursor?: string }): Promise<{ notices: PublishedNoticeListItem[]; nextCursor: string | null }> =>
    listPublishedNotices(db(), { ...input, includeWithdrawn: false }),
);

export const cachedUrgentNotices = cachedRead('urgent', (input: { language: Language; regionCode?: RegionCode; withinMs: number }) =>
  listUrgentNotices(db(), input),
);

/** What the public notice page and the feeds serve, read from a database. */
export interface PublicDocuments {
  /**
   * The notices generation the documents are read at (read it before them), for the front door's
   * copies (server/http/front-door-cache.ts); null when they are read from the database directly.
   */
  generation(): string | null;
  /** The notice page's HTML in one language for one site address; null when there is no such public notice. */
  noticePageHtml(slug: string, language: Language, siteUrl: string): Promise<string | null>;
  /** A notice feed (RSS, Atom or JSON Feed) as served. */
  noticeFeedBody(input: { language: Language; regionCode?: RegionCode }, format: FeedFormat, origin: string): Promise<string>;
}

/** Read and rendered at every call (tests of the handlers; the cached version below reads through this). */
export function uncachedPublicDocuments(database: Db): PublicDocuments {
  return {
    generation: () => null,
    async noticePageHtml(slug, language, siteUrl) {
      const [notice, channels] = await Promise.all([getPublicNotice(database, slug, language), readPublicChannels(database)]);
      return notice && renderNoticeDocument(notice, language, { siteUrl, channels });
    },
    async noticeFeedBody(input, format, origin) {
      return FEED_RENDERERS[format](await loadNoticeFeed(database, input, origin));
    },
  };
}

/**
 * The same from Next's data cache: every notice event changes the generation, so a correction or a
 * withdrawal is on the page and in the feeds at the next view; so is a feed's announcement (a
 * published transparency report), which sends settings.public_changed.
 */
export const cachedPublicDocuments: PublicDocuments = {
  generation: publicNoticesGeneration,
  noticePageHtml: cachedRead('notice-page', (...args: Parameters<PublicDocuments['noticePageHtml']>) => uncachedPublicDocuments(db()).noticePageHtml(...args)),
  noticeFeedBody: cachedRead('feed', (...args: Parameters<PublicDocuments['noticeFeedBody']>) => uncachedPublicDocuments(db()).noticeFeedBody(...args)),
};

/** The search's budget for this reader is spent (check page: "too many searches, wait a little"). */
export class SearchRefusedError extends Error {
  constructor() {
    super('search refused by the rate limit');
  }
}

/**
 * The check page's results for one query, from Next's data cache: a query many people type (the
 * rumour everyone heard) is searched once per change of the notices, not once per reader. Only a
 * search that runs counts against the reader's budget (`mayRun`, asked on a cache miss; false →
 * SearchRefusedError); a cached answer costs the database nothing. The lexicon's words feed the
 * search too: an edit there reaches cached answers within the safety-net window.
 */
export async function cachedNoticeSearch(input: SearchNoticesInput, mayRun: () => Promise<boolean>): Promise<NoticeMatch[]> {
  const search = unstable_cache(
    async (_generation: string, query: SearchNoticesInput) => {
      if (!(await mayRun())) throw new SearchRefusedError();
      return superjson.stringify(await searchPublishedNotices(db(), query));
    },
    [PUBLIC_NOTICES_TAG, 'search'],
    { tags: [PUBLIC_NOTICES_TAG], revalidate: SAFETY_NET_SECONDS },
  );
  // Answers also change when a published notice's rumour gains or loses a report (its sightings).
  return superjson.parse<NoticeMatch[]>(await search(`${publicNoticesGeneration()}:${noticeSearchGeneration()}`, input));
}
