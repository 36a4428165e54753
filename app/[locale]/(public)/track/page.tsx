import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { isLanguage } from '@/server/i18n/languages';
import { TrackingLookup } from '@/components/tracking/tracking-lookup';
import { db } from '@/server/db/client';
import { consumeRateLimit } from '@/server/http/rate-limit';
import { trackReport } from '@/server/reports/track-report';
import { normalizeTrackingCode } from '@/server/text';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/track'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'track' });
  return { title: t('metaTitle') };
}

export default async function TrackPage({ params, searchParams }: PageProps<'/[locale]/track'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'track' });
  const raw = (await searchParams).code;
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 40);

  let error: string | undefined;
  if (typed !== undefined) {
    const code = normalizeTrackingCode(typed);
    if (typed.trim() === '') {
      error = t('codeRequired');
    } else if (!code) {
      error = t('codeError');
    } else if (!(await consumeRateLimit('search', { client: await headers() })).allowed) {
      error = t('rateLimited');
    } else if (await trackReport(db(), code, locale)) {
      redirect(`/${locale}/track/${code}`);
    } else {
      // Same message as a malformed code: the page must not confirm which codes exist.
      error = t('codeError');
    }
  }

  return <TrackingLookup locale={locale} typed={typed} error={error} />;
}
