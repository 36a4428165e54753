// Where the notice feeds live, for pages to advertise with <link rel="alternate"> and for the feeds
// to name themselves. Root-relative, so they work behind any origin.
import { LANGUAGE_NAMES, type Language } from '../i18n/languages';

export const FEED_FORMATS = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export function feedPath(locale: Language, format: FeedFormat, regionCode?: string): string {
  const path = `/api/v1/feeds/${locale}/${FEED_FORMATS[format]}`;
  return regionCode ? `${path}?region=${encodeURIComponent(regionCode)}` : path;
}

/** `{ rss, atom, json }` feed URLs for one language, optionally one region (e.g. for a region page). */
export function feedLinks(locale: Language, regionCode?: string): Record<FeedFormat, string> {
  return { rss: feedPath(locale, 'rss', regionCode), atom: feedPath(locale, 'atom', regionCode), json: feedPath(locale, 'json', regionCode) };
}

type FeedTitleKey = 'notice.feeds.rss' | 'notice.feeds.atom' | 'notice.feeds.json' | 'notice.feeds.region';

/**
 * The feeds as <link rel="alternate"> entries, in Next's Metadata `alternates.types` shape, with
 * titles in the page's language (a region page names its region).
 */
export function feedAlternates(locale: Language, t: (key: FeedTitleKey, values?: Record<string, string>) => string, region?: { code: string; name: string }) {
  const language = LANGUAGE_NAMES[locale];
  const entry = (format: FeedFormat) => {
    const feed = t(`notice.feeds.${format}`, { language });
    return [{ url: feedPath(locale, format, region?.code), title: region ? t('notice.feeds.region', { feed, region: region.name }) : feed }];
  };
  return { [FEED_CONTENT_TYPES.rss]: entry('rss'), [FEED_CONTENT_TYPES.atom]: entry('atom'), [FEED_CONTENT_TYPES.json]: entry('json') };
}
