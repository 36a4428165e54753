// /robots.txt: public pages and notices may be indexed; staff pages, sign-in, tracking pages (a
// tracking code is a private link) and the API may not.
import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { publicBaseUrl } from '@/server/config/public-url';

export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const host = (await headers()).get('host');
  const base = publicBaseUrl(host ? new Request(`http://${host}`) : undefined);
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/*/admin', '/*/signin', '/*/track/', '/*/unsubscribe/'] },
    sitemap: `${base}/sitemap.xml`,
  };
}
