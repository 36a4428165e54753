// "Already checked?" answers, kept briefly in memory. In a surge many people send the same
// forwarded message, and the report form has usually searched the very text a moment before it
// is submitted, so intake can often answer from here. Whatever can change an answer clears the
// cache in every process (live events, makesSearchStale); the TTL is the backstop for events
// missed while the LISTEN connection was being re-opened (a re-opened connection clears it too).
//
// Intake must never wait behind searches: when the process is already running MAX_BUSY_SEARCHES,
// `searchIfIdle` answers null (not looked up) instead of queueing another one.
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client';
import { configuredDatabaseUrl } from '../config/env';
import { isNoticeLiveEvent, liveEvents, type EventHub, type RaspaEvent } from '../live/events';
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

/**
 * What can change an answer: a notice published, corrected or withdrawn; a report joining, leaving
 * or re-keyed in a published notice's rumour (its sightings are read: a merge or a split moves
 * reports); the lexicon edited; a place added (its name now tells claims apart). Which answers a sighting changes cannot be told without searching
 * again (it may bring its notice into any question's candidates), so each clears them all.
 */
export function makesSearchStale(event: RaspaEvent): boolean {
  return isNoticeLiveEvent(event) || event.type === 'notice.sightings_changed' || event.type === 'settings.public_changed' || event.type === 'places.changed';
}

/** Bumped with every clearing: caches of search answers elsewhere (the /check page's) key on it. */
let generation = 0;

function forgetAnswers(): void {
  cache.clear();
  generation++;
}

/** Forgets every answer on each event that can change one, and after missed events. Resolves once listening. */
export async function followStaleSearchEvents(hub: Pick<EventHub, 'subscribe'>): Promise<() => void> {
  return hub.subscribe((event) => {
    if (makesSearchStale(event)) forgetAnswers();
  }, forgetAnswers);
}

/** Clears the cache whenever an answer may change. Best-effort: without the LISTEN the TTL still applies. */
function startInvalidation(): void {
  if (invalidationStarted) return;
  invalidationStarted = true;
  // A bench or script that calls intake with a connection of its own has no database configured
  // for the process: nothing to listen to, and no warning to give — the TTL applies.
  if (!configuredDatabaseUrl()) return;
  const warn = (error: unknown) => logger.warn({ err: error }, 'notice search cache: no live invalidation, the TTL applies');
  try {
    followStaleSearchEvents(liveEvents()).catch(warn);
  } catch (error) {
    warn(error);
  }
}

/** This process's generation of search answers: it changes whenever cached answers may be stale. */
export function noticeSearchGeneration(): number {
  startInvalidation();
  return generation;
}

async function searchAndRemember(db: Db, input: SearchNoticesInput, key: string): Promise<NoticeMatch[]> {
  searchesInFlight++;
  const asked = generation;
  try {
    const matches = await searchPublishedNotices(db, input);
    // A change committed while this search ran may not be in its answer: give it, keep it not.
    if (generation === asked) cache.set(key, matches);
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
  forgetAnswers();
}
