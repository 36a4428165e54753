// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the latest changed notices in one language (optionally
// one region). Each item's id is the notice URL plus its version, so a correction arrives in feed
// readers as a new item/update instead of silently changing an old one; a withdrawal does the same
// (its own id, "WITHDRAWN" and the reason in title and summary, and in JSON Feed a `_raspa` object).
// Raspa's announcements (a published transparency report) are items of every feed too.
import type { Db } from '../db/client';
import type { AnnouncementKind } from '../db/generated/enums';
import { listLatestAnnouncements } from '../announcements/announcements';
import { listPublishedNotices } from '../notices/list-published-notices';
import { noticeFeedInput, type NoticeFeedInput } from '../notices/public-api-schema';
import { listRegions } from '../regions/list-regions';
import { FEED_CONTENT_TYPES, feedPath, type FeedFormat } from './links';
import { element, escapeXml } from './xml';
import { translatorFor } from '../i18n/translator';
import { placeName, type Language } from '../i18n/languages';

export const FEED_ITEM_LIMIT = 50;
const FEED_ANNOUNCEMENT_LIMIT = 10;

export interface FeedItem {
  id: string;
  /** Set for Raspa's own announcements (a published transparency report); null for notices. */
  announcement: AnnouncementKind | null;
  status: 'PUBLISHED' | 'WITHDRAWN';
  /** The notice's verdict; null for an announcement. */
  verdict: string | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  url: string;
  title: string;
  summary: string;
  language: Language;
  published: Date;
  updated: Date;
  categories: { code: string; name: string }[];
}

export interface NoticeFeed {
  language: Language;
  title: string;
  description: string;
  homePageUrl: string;
  feedUrls: Record<FeedFormat, string>;
  updated: Date;
  items: FeedItem[];
}

export async function loadNoticeFeed(db: Db, rawInput: NoticeFeedInput, origin: string): Promise<NoticeFeed> {
  const input = noticeFeedInput.parse(rawInput);
  const t = translatorFor(input.language);
  const [{ notices }, regions, announcements] = await Promise.all([
    listPublishedNotices(db, { language: input.language, regionCode: input.regionCode, limit: FEED_ITEM_LIMIT }),
    listRegions(db),
    // Raspa's own announcements (a published transparency report covers every region) go into every feed.
    listLatestAnnouncements(db, input.language, FEED_ANNOUNCEMENT_LIMIT),
  ]);
  const names = new Map(regions.map((r) => [r.code, placeName(r, input.language)]));
  const absolute = (path: string) => new URL(path, origin).toString();
  const regionLabel = input.regionCode ? (names.get(input.regionCode) ?? input.regionCode) : null;
  const noticeItems = notices.map((n): FeedItem => {
    const url = absolute(`/${input.language}/notices/${encodeURIComponent(n.slug)}`);
    const verdict = t(`verdict.${n.verdict}`);
    const withdrawn = n.status === 'WITHDRAWN';
    return {
      id: withdrawn ? `${url}#v${n.version}-withdrawn` : `${url}#v${n.version}`,
      announcement: null,
      status: n.status,
      verdict: n.verdict,
      withdrawnAt: n.withdrawnAt,
      withdrawnReason: n.withdrawnReason,
      url,
      title: withdrawn ? t('live.feed.withdrawnTitle', { verdict, title: n.title }) : `${verdict}: ${n.title}`,
      summary: withdrawn ? (n.withdrawnReason ? t('live.feed.withdrawnSummary', { reason: n.withdrawnReason }) : t('live.feed.withdrawnSummaryNoReason')) : n.summary,
      language: n.language,
      published: n.firstPublishedAt,
      updated: n.lastChangedAt,
      categories: n.regionCodes.map((code) => ({ code, name: names.get(code) ?? code })),
    };
  });
  const announcementItems = announcements.map((a): FeedItem => {
    const url = absolute(a.path);
    return { id: `${url}#announcement-${a.id}`, announcement: a.kind, status: 'PUBLISHED', verdict: null, withdrawnAt: null, withdrawnReason: null, url, title: a.title, summary: a.summary, language: a.language, published: a.publishedAt, updated: a.publishedAt, categories: [] };
  });
  const items = [...noticeItems, ...announcementItems].sort((a, b) => b.updated.getTime() - a.updated.getTime()).slice(0, FEED_ITEM_LIMIT);
  return {
    language: input.language,
    title: regionLabel ? t('live.feed.regionTitle', { region: regionLabel }) : t('live.feed.title'),
    description: t('live.feed.description'),
    homePageUrl: absolute(input.regionCode ? `/${input.language}/regions/${input.regionCode}` : `/${input.language}`),
    feedUrls: {
      rss: absolute(feedPath(input.language, 'rss', input.regionCode)),
      atom: absolute(feedPath(input.language, 'atom', input.regionCode)),
      json: absolute(feedPath(input.language, 'json', input.regionCode)),
    },
    updated: items[0]?.updated ?? new Date(0),
    items,
  };
}

export function renderRss(feed: NoticeFeed): string {
  const items = feed.items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.url),
      element('guid', item.id, { isPermaLink: 'false' }),
      element('description', item.summary),
      element('pubDate', item.updated.toUTCString()),
      ...item.categories.map((c) => element('category', c.name)),
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    element('title', feed.title),
    element('link', feed.homePageUrl),
    element('description', feed.description),
    element('language', feed.language),
    element('lastBuildDate', feed.updated.toUTCString()),
    element('atom:link', null, { href: feed.feedUrls.rss, rel: 'self', type: FEED_CONTENT_TYPES.rss }),
    ...items,
    '</channel></rss>\n',
  ].join('');
}

export function renderAtom(feed: NoticeFeed): string {
  const entries = feed.items.map((item) =>
    [
      item.language === feed.language ? '<entry>' : `<entry xml:lang="${escapeXml(item.language)}">`,
      element('id', item.id),
      element('title', item.title, { type: 'text' }),
      element('link', null, { rel: 'alternate', type: 'text/html', href: item.url }),
      element('published', item.published.toISOString()),
      element('updated', item.updated.toISOString()),
      element('summary', item.summary, { type: 'text' }),
      ...item.categories.map((c) => element('category', null, { term: c.code, label: c.name })),
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    element('id', feed.feedUrls.atom),
    element('title', feed.title, { type: 'text' }),
    element('subtitle', feed.description, { type: 'text' }),
    element('updated', feed.updated.toISOString()),
    '<author><name>Raspa</name></author>',
    element('link', null, { rel: 'self', type: FEED_CONTENT_TYPES.atom, href: feed.feedUrls.atom }),
    element('link', null, { rel: 'alternate', type: 'text/html', href: feed.homePageUrl }),
    ...entries,
    '</feed>\n',
  ].join('');
}

export function renderJsonFeed(feed: NoticeFeed): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    description: feed.description,
    home_page_url: feed.homePageUrl,
    feed_url: feed.feedUrls.json,
    language: feed.language,
    authors: [{ name: 'Raspa' }],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      tags: item.categories.map((c) => c.name),
      language: item.language,
      // JSON Feed extension: what a machine needs to take a withdrawn notice down.
      _raspa: {
        ...(item.announcement ? { announcement: item.announcement } : {}),
        verdict: item.verdict,
        status: item.status,
        ...(item.status === 'WITHDRAWN' ? { withdrawn_at: item.withdrawnAt?.toISOString() ?? null, withdrawn_reason: item.withdrawnReason } : {}),
      },
    })),
  });
}

export const FEED_RENDERERS: Record<FeedFormat, (feed: NoticeFeed) => string> = { rss: renderRss, atom: renderAtom, json: renderJsonFeed };
