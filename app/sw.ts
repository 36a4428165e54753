/// <reference lib="webworker" />
// The service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) and served at
// /serwist/sw.js. It keeps the report form usable with no connection — internet shutdowns are
// exactly when rumours spread — and sends queued reports when the connection returns.
//
// Never cached: /api/** (reports, auth, tRPC, feeds), staff pages (/<locale>/admin, sign-in) and
// anything that is not a same-origin GET. Public pages do not vary with a staff session.
import { CacheFirst, CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type RouteMatchCallbackOptions, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist';
import { FLUSH_OUTBOX_MESSAGE, OUTBOX_SYNC_TAG, flushOutbox } from '../lib/report-outbox';
import { BUNDLE_SYNC_TAG, keptBundleRegion, refreshKeptBundle } from '../lib/notice-bundle';
import { DEFAULT_LANGUAGE, LANGUAGE_PATTERN, LANGUAGES, type Language } from '../server/i18n/languages';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

/**
 * Report form, home page and offline notices per language: fetched at install for the visitor's
 * language, for another language when the visitor first opens a page in it online, kept without
 * expiry, refreshed on every online visit.
 */
const SHELL_CACHE = 'raspa-shell-v1';
/** Other public pages visited: kept a while for reading offline. */
const PAGES_CACHE = 'raspa-pages-v1';
const STATIC_CACHE = 'raspa-static-v1';
const shellPathsOf = (locale: Language) => [`/${locale}/report`, `/${locale}`, `/${locale}/offline`];
const SHELL_PATHS = LANGUAGES.flatMap(shellPathsOf);
const NETWORK_TIMEOUT_SECONDS = 3;

const PRIVATE_PATH = new RegExp(`^/(?:api|serwist)(?:/|$)|^/(?:(?:${LANGUAGE_PATTERN})/)?(?:admin|signin)(?:/|$)`);
const REPORT_PATH = new RegExp(`^/(${LANGUAGE_PATTERN})/report(?:/|$)`);

function localeOf(pathname: string): Language | undefined {
  const first = pathname.split('/')[1];
  return LANGUAGES.find((locale) => locale === first);
}

/** For "/" offline: the language the phone prefers, as the server's redirect would choose. */
function preferredLocale(): Language {
  for (const language of self.navigator.languages ?? []) {
    const found = localeOf(`/${language.slice(0, 2).toLowerCase()}`);
    if (found) return found;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * Pages read once and holding what someone typed — the report form opened with a kept draft
 * (`?draft=`), a check page's question from an old link (`?q=`) — are never kept on the phone.
 */
const ONE_TIME_PARAMS = ['draft', 'q'];

function isPublicNavigation({ request, url, sameOrigin }: RouteMatchCallbackOptions): boolean {
  return sameOrigin && request.mode === 'navigate' && !PRIVATE_PATH.test(url.pathname) && !ONE_TIME_PARAMS.some((name) => url.searchParams.has(name));
}

function isShellPath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return SHELL_PATHS.includes(path);
}

async function cachedShell(path: string): Promise<Response | undefined> {
  const cache = await self.caches.open(SHELL_CACHE);
  return cache.match(new URL(path, self.location.origin).href, { ignoreSearch: true, ignoreVary: true });
}

/** Offline and not cached: a report URL gets the report form, anything else the home page, then any form at all. */
async function offlineFallback(url: URL): Promise<Response | undefined> {
  const locale = localeOf(url.pathname) ?? preferredLocale();
  const others = LANGUAGES.filter((l) => l !== locale).map((l) => `/${l}/report`);
  const candidates = REPORT_PATH.test(url.pathname) ? [`/${locale}/report`, `/${locale}`, ...others] : [`/${locale}`, `/${locale}/report`, ...others];
  for (const path of candidates) {
    const response = await cachedShell(path);
    if (response) return response;
  }
  return undefined;
}

const fallbackPlugin: SerwistPlugin = {
  handlerDidError: ({ request }) => offlineFallback(new URL(request.url)),
};

// Only complete pages: no redirects (the browser refuses redirected responses for navigations) and no errors.
const okOnly = new CacheableResponsePlugin({ statuses: [200] });

/**
 * The worker asks the network for a page afresh. Its fetch is no navigation to the browser's HTTP
 * cache: under the public pages' `stale-while-revalidate=30` (meant for shared caches) that cache
 * answered with the copy it held and revalidated behind it — a withdrawn notice was still shown on a
 * region page seconds after every server had dropped it (e2e/public-cache.spec.ts). The worker's
 * own cache is still what answers offline.
 */
const freshFromNetwork: SerwistPlugin = {
  // A navigation's request cannot be copied with options; a new one asks for the same page.
  requestWillFetch: async ({ request }) => new Request(request.url, { method: request.method, headers: request.headers, credentials: request.credentials, redirect: request.redirect, cache: 'no-cache' }),
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 4 },
  skipWaiting: true,
  clientsClaim: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: (options) => isPublicNavigation(options) && isShellPath(options.url.pathname),
      handler: new NetworkFirst({
        cacheName: SHELL_CACHE,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        matchOptions: { ignoreVary: true },
        plugins: [freshFromNetwork, okOnly, fallbackPlugin],
      }),
    },
    {
      matcher: isPublicNavigation,
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        matchOptions: { ignoreVary: true },
        plugins: [freshFromNetwork, okOnly, new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 14 * 24 * 60 * 60, purgeOnQuotaError: true }), fallbackPlugin],
      }),
    },
    {
      // Content-hashed build assets (chunks, CSS, fonts) not already in the precache.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: STATIC_CACHE,
        plugins: [okOnly, new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/manifest.webmanifest',
      handler: new NetworkFirst({ cacheName: SHELL_CACHE, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [okOnly] }),
    },
  ],
});

/**
 * Fetches the shell pages of `locales` (all but `except`, which the navigation under way caches) into
 * the shell cache, so the form opens offline. A failure only leaves that page to be cached on the
 * first visit.
 */
async function warmShell(locales: readonly Language[], except?: string): Promise<void> {
  const cache = await self.caches.open(SHELL_CACHE);
  const paths = [...locales.flatMap(shellPathsOf), '/manifest.webmanifest'].filter((path) => path !== except);
  await Promise.all(
    paths.map(async (path) => {
      try {
        const response = await fetch(new Request(path, { credentials: 'omit', cache: 'reload', headers: { accept: 'text/html' } }));
        if (response.status === 200 && !response.redirected) await cache.put(path, response);
      } catch {
        // Offline while installing.
      }
    }),
  );
}

/**
 * The languages warmed at install — once per visitor, so only theirs, not all three (each page is a
 * server render: three languages cost a first visit 4–5× the page itself). The languages of the
 * site's open tabs (the one that registered this worker is among them, not yet controlled) and those
 * the phone already keeps from an earlier version, so a new build refreshes them; with no tab (the
 * browser updating on its own), the phone's preferred language.
 */
async function languagesToWarm(): Promise<Language[]> {
  const [windows, kept] = await Promise.all([
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }),
    self.caches.open(SHELL_CACHE).then((cache) => cache.keys()),
  ]);
  const urls = [...windows.map((client) => client.url), ...kept.map((request) => request.url)];
  const locales = [...new Set(urls.map((url) => localeOf(new URL(url).pathname)))].filter((locale) => locale !== undefined);
  return locales.length > 0 ? locales : [preferredLocale()];
}

/**
 * A page opened online in a language the phone keeps no report form for (the visitor switched
 * language): that language's shell is fetched too, so the form opens offline in it. Offline, a
 * language never opened online gets the form of a language kept (offlineFallback).
 */
async function warmLanguageOf(url: URL): Promise<void> {
  const locale = localeOf(url.pathname);
  if (!locale || warming.has(locale)) return;
  if (await cachedShell(`/${locale}/report`)) return;
  warming.add(locale);
  try {
    await warmShell([locale], url.pathname.replace(/\/+$/, ''));
  } finally {
    warming.delete(locale);
  }
}
const warming = new Set<Language>();

/** Sends the outbox; throws while reports remain so Background Sync tries again later. */
async function flushFromWorker(): Promise<void> {
  const { remaining } = await flushOutbox();
  if (remaining > 0) throw new Error(`${remaining} report(s) still queued`);
}

// The offline notices this phone keeps (lib/notice-bundle.ts, chosen on /<locale>/offline) stay fresh
// without opening that page: by Periodic Background Sync where the browser grants it, and otherwise on
// any visit to the site while online — at most once a minute, which the bundle's max-age=60 matches.
const BUNDLE_VISIT_INTERVAL_MS = 60_000;
let lastBundleRefresh = 0;

async function refreshKeptBundleInBackground(): Promise<void> {
  const region = await keptBundleRegion();
  if (!region) return;
  lastBundleRefresh = Date.now();
  await refreshKeptBundle(region, { cache: 'default' });
}

interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

self.addEventListener('periodicsync', ((event: PeriodicSyncEvent) => {
  if (event.tag === BUNDLE_SYNC_TAG) event.waitUntil(refreshKeptBundleInBackground().catch(() => undefined));
}) as EventListener);

// Registered before Serwist's own fetch listener; it never answers the request, it only extends the
// event's life while the copy refreshes after the page has been served.
self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate' || !self.navigator.onLine) return;
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || PRIVATE_PATH.test(url.pathname)) return;
  event.waitUntil(warmLanguageOf(url).catch(() => undefined));
  if (Date.now() - lastBundleRefresh < BUNDLE_VISIT_INTERVAL_MS) return;
  event.waitUntil(refreshKeptBundleInBackground().catch(() => undefined));
});

self.addEventListener('install', (event) => {
  event.waitUntil(languagesToWarm().then((locales) => warmShell(locales)));
});

// A new worker means a new build: pages saved under the old one point at chunks the precache has
// just dropped, so forget them (the shell was refetched at install; others are saved on the next visit).
self.addEventListener('activate', (event) => {
  event.waitUntil(self.caches.delete(PAGES_CACHE).then(() => undefined));
});

self.addEventListener('sync', (event) => {
  if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(flushFromWorker());
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === FLUSH_OUTBOX_MESSAGE) event.waitUntil(flushOutbox().then(() => undefined));
});

// Web Push (server/delivery/web-push-sender.ts sends { title, body, url, verdict, tag, lang }).
// One tag per notice: a correction or withdrawal replaces the notification instead of stacking a
// second one, and alerts again.
interface NoticePush {
  title?: string;
  body?: string;
  url?: string;
  tag?: string;
  lang?: string;
  correction?: boolean;
  withdrawn?: boolean;
}

self.addEventListener('push', (event) => {
  let push: NoticePush = {};
  try {
    push = (event.data?.json() ?? {}) as NoticePush;
  } catch {
    push = { body: event.data?.text() };
  }
  // Only ever open a page of this site (the path of the notice URL, on our own origin).
  const url = push.url ? new URL(push.url, self.location.origin).pathname : '/';
  event.waitUntil(
    self.registration.showNotification(push.title ?? 'Raspa', {
      body: push.body,
      tag: push.tag,
      lang: push.lang,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      data: { url },
      ...({ renotify: Boolean(push.correction || push.withdrawn) } as NotificationOptions),
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL((event.notification.data as { url?: string } | null)?.url ?? '/', self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => client.url === target);
      if (open) return void (await open.focus());
      await self.clients.openWindow(target);
    })(),
  );
});

serwist.addEventListeners();
