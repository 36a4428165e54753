// /sitemap.xml: the public pages and every published notice in kk, ru and en, each with its
// language alternates, so that search engines send people who look up a rumour to its debunk.
import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { publicBaseUrl } from '@/server/config/public-url';
import { db } from '@/server/db/client';
import { LANGUAGES } from '@/server/i18n/languages';
import { REGION_CODES } from '@/server/regions/codes';
import { listSitemapNotices } from '@/server/notices/sitemap-notices';

// Read at request time: the build has no database, and new notices must appear without a rebuild.
export const dynamic = 'force-dynamic';

const PAGES = ['', '/notices', '/check', '/report', '/subscribe', '/without-internet', '/transparency', '/privacy', '/verify', ...REGION_CODES.map((code) => `/regions/${code}`)];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const host = (await headers()).get('host');
  const base = publicBaseUrl(host ? new Request(`http://${host}`) : undefined);
  const inEveryLanguage = (path: string, lastModified?: Date): MetadataRoute.Sitemap =>
    LANGUAGES.map((language) => ({
      url: `${base}/${language}${path}`,
      ...(lastModified && { lastModified }),
      alternates: { languages: Object.fromEntries(LANGUAGES.map((l) => [l, `${base}/${l}${path}`])) },
    }));
  const notices = await listSitemapNotices(db());
  return [...PAGES.flatMap((path) => inEveryLanguage(path)), ...notices.flatMap((notice) => inEveryLanguage(`/notices/${notice.slug}`, notice.lastModified))];
}
