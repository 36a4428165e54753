// The notice page, served as plain HTML from a route handler rather than an App Router page: no
// client runtime to download (the page stays far below its 60 KB budget) and nothing personal in
// it, so a CDN may cache it. See components/notices/notice-document.ts.
import { isLocale, type Locale } from '@/components/i18n/routing';
import { renderNoticeDocument, renderNoticeNotFound } from '@/components/notices/notice-document';
import { db } from '@/server/db/client';
import { getPublicNotice } from '@/server/notices/get-notice';
import { cachedNoticePage } from '@/server/notices/rendered-page-cache';
import { publicBaseUrl } from '@/server/config/public-url';

export const dynamic = 'force-dynamic';

/** Shared caches keep a page 30 s and may serve it stale for 5 minutes while fetching a fresh one. */
const NOTICE_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=300';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const siteUrl = publicBaseUrl(request);
  const page = await cachedNoticePage(`${slug}|${locale}|${siteUrl}`, async () => {
    const notice = await getPublicNotice(db(), slug, locale as Locale);
    return notice && renderNoticeDocument(notice, locale, { siteUrl });
  });
  if (page === null) {
    return new Response(renderNoticeNotFound(locale), {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=10' },
    });
  }
  // Next's own compression gzips the body: a route handler's pre-gzipped bytes with a
  // Content-Encoding header reached browsers undecoded under `next start`.
  return new Response(page.html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NOTICE_PAGE_CACHE_CONTROL, Vary: 'Accept-Encoding' } });
}
