// "Already checked?" answers, kept briefly in memory. In a surge many people send the same
// forwarded message, and the report form has usually searched the very text a moment before it
// is submitted, so intake can often answer from here. Any notice being published, corrected or
// withdrawn, or the lexicon being edited, clears the cache (live event); the TTL is the backstop
// when that event is missed.
//
// Intake must never wait behind searches: when the process is already running MAX_BUSY_SEARCHES,
// `searchIfIdle` answers null (not looked up) instead of queueing another one.
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client';
import { configuredDatabaseUrl } from '../config/env';
import { isNoticeLiveEvent, liveEvents } from '../live/events';
import { logger } from '../log';
import { normalizeReportText } from '../text';
import type { SearchNoticesInput } from './schema';
import { searchPublishedNotices, type NoticeMatch } from './search-notices';

const CACHE_TTL_MS = 30_000;
const CACHE_ENTRIES = 5_000;
/** Searches in flight in this process above which intake answers without one. */
export const MAX_BUSY_SEARCHES = 2;

const cache = new LRUCache<string, NoticeMatch[]>({ max: CACHE_ENTRIES, ttl: CACHE_TTL_MS });
let searchesInFlight = 0;
let invalidationStarted = false;

function cacheKey(input: SearchNoticesInput): string {
  return `${input.language}|${input.limit ?? ''}|${normalizeReportText(input.q)}`;
}

/** Clears the cache whenever a notice changes. Best-effort: without the LISTEN the TTL still applies. */
function startInvalidation(): void {
  if (invalidationStarted) return;
  invalidationStarted = true;
  // A bench or script that calls intake with a connection of its own has no database configured
  // for the process: nothing to listen to, and no warning to give — the TTL applies.
  if (!configuredDatabaseUrl()) return;
  const warn = (error: unknown) => logger.warn({ err: error }, 'notice search cache: no live invalidation, the TTL applies');
  try {
    liveEvents()
      .subscribe((event) => {
        if (isNoticeLiveEvent(event) || event.type === 'settings.public_changed') cache.clear();
      })
      .catch(warn);
  } catch (error) {
    warn(error);
  }
}

async function searchAndRemember(db: Db, input: SearchNoticesInput, key: string): Promise<NoticeMatch[]> {
  searchesInFlight++;
  try {
    const matches = await searchPublishedNotices(db, input);
    cache.set(key, matches);
    return matches;
  } finally {
    searchesInFlight--;
  }
}

/** The search, answered from the cache when the same question was asked in the last 30 s. */
export async function searchPublishedNoticesCached(db: Db, input: SearchNoticesInput): Promise<NoticeMatch[]> {
  startInvalidation();
  const key = cacheKey(input);
  return cache.get(key) ?? searchAndRemember(db, input, key);
}

/**
 * What intake would get without waiting: the cached answer, null when the process is busy
 * searching (intake answers without one), or undefined when a search would run.
 */
export function peekNoticeSearch(input: SearchNoticesInput): NoticeMatch[] | null | undefined {
  const cached = cache.get(cacheKey(input));
  if (cached) return cached;
  return searchesInFlight >= MAX_BUSY_SEARCHES ? null : undefined;
}

/** Like searchPublishedNoticesCached, but null instead of a search when the process is busy searching. */
export async function searchIfIdle(db: Db, input: SearchNoticesInput): Promise<NoticeMatch[] | null> {
  startInvalidation();
  const key = cacheKey(input);
  const cached = cache.get(key);
  if (cached) return cached;
  if (searchesInFlight >= MAX_BUSY_SEARCHES) return null;
  return searchAndRemember(db, input, key);
}

/** For tests: forget every cached answer. */
export function clearNoticeSearchCache(): void {
  cache.clear();
}
