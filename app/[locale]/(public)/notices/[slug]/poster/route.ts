// Printable A4 poster of a notice (all of its languages + a QR code). Plain HTML; works without JS.
import { isLocale, locales } from '@/components/i18n/routing';
import { renderNoticeNotFound } from '@/components/notices/notice-document';
import { renderPosterDocument } from '@/components/notices/poster-document';
import { db } from '@/server/db/client';
import { getPublicNotice } from '@/server/notices/get-notice';
import { publicBaseUrl } from '@/server/config/public-url';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  // One read per language; a language without its own text falls back, and is skipped here.
  const versions = await Promise.all(locales.map((l) => getPublicNotice(db(), slug, l)));
  const translations = versions.filter((n, i) => n && n.language === locales[i]).map((n) => n!);
  if (translations.length === 0) {
    return new Response(renderNoticeNotFound(locale), { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
  return new Response(await renderPosterDocument(translations, locale, publicBaseUrl(request)), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' },
  });
}
