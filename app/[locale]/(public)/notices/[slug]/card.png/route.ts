// Share card image of a notice (og:image / twitter:image): verdict stamp + claim, per language.
// The page links it with ?v=<version>, so it can be cached for a day; in-process the PNG is kept
// per slug, language and version because rendering costs ~100 ms of CPU.
import { isLocale } from '@/components/i18n/routing';
import { renderShareCard } from '@/components/notices/share-card';
import { translatorFor } from '@/components/notices/translator';
import { db } from '@/server/db/client';
import { getPublicNotice } from '@/server/notices/get-notice';

export const dynamic = 'force-dynamic';

const cards = new Map<string, ArrayBuffer>();
const MAX_CARDS = 500;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const notice = await getPublicNotice(db(), slug, locale);
  if (!notice) return new Response('Not found', { status: 404 });
  const key = `${slug}|${locale}|${notice.version}|${notice.status}`;
  let png = cards.get(key);
  if (!png) {
    const t = translatorFor(locale);
    png = await renderShareCard({
      verdict: notice.verdict,
      verdictLabel: notice.status === 'WITHDRAWN' ? t('notice.withdrawnTitle') : t(`verdict.${notice.verdict}`),
      claim: notice.title,
      caption: t('common.tagline'),
      siteName: t('common.appName'),
    });
    if (cards.size >= MAX_CARDS) cards.clear();
    cards.set(key, png);
  }
  return new Response(png, {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400' },
  });
}
