// <link rel="alternate"> entries for the public feeds (RSS, Atom, JSON Feed; served by the public
// API), in Next's Metadata `alternates.types` shape, per language and optionally per region.
import type { Locale } from '@/components/i18n/routing';

type Translate = (key: 'notice.feeds.rss' | 'notice.feeds.atom' | 'notice.feeds.json' | 'notice.feeds.region' | `common.languageNames.${Locale}`, values?: Record<string, string>) => string;

export function feedAlternates(locale: Locale, t: Translate, region?: { code: string; name: string }) {
  const query = region ? `?region=${encodeURIComponent(region.code)}` : '';
  const language = t(`common.languageNames.${locale}`);
  const title = (kind: 'rss' | 'atom' | 'json') => {
    const feed = t(`notice.feeds.${kind}`, { language });
    return region ? t('notice.feeds.region', { feed, region: region.name }) : feed;
  };
  return {
    'application/rss+xml': [{ url: `/api/v1/feeds/${locale}/rss.xml${query}`, title: title('rss') }],
    'application/atom+xml': [{ url: `/api/v1/feeds/${locale}/atom.xml${query}`, title: title('atom') }],
    'application/feed+json': [{ url: `/api/v1/feeds/${locale}/feed.json${query}`, title: title('json') }],
  };
}
