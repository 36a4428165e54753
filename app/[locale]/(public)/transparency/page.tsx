import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TransparencyReportView, viewSourceOf } from '@/components/transparency/report-view';
import { db } from '@/server/db/client';
import { listRegions } from '@/server/regions/list-regions';
import { listPublishedReports } from '@/server/transparency/list-reports';
import { resolveReport } from '@/server/transparency/report-source';
import { LANGUAGES, isLanguage, placeName } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

type TransparencyPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TransparencyPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'transparency' });
  return { title: t('title'), description: t('metaDescription'), alternates: { languages: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}/transparency`])) } };
}

export default async function TransparencyPage({ params, searchParams }: TransparencyPageProps) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const raw = await searchParams;
  const first = (key: string) => {
    const value = raw[key];
    return (Array.isArray(value) ? value[0] : value) || undefined;
  };
  const query = { quarter: first('quarter'), version: first('version'), region: first('region'), from: first('from'), to: first('to') };
  const [resolved, regions, published] = await Promise.all([resolveReport(db(), query), listRegions(db()), listPublishedReports(db())]);
  return (
    <TransparencyReportView
      locale={locale}
      source={resolved.source && viewSourceOf(resolved.source, locale)}
      scope={resolved.scope}
      regions={regions.map((r) => ({ code: r.code, name: placeName(r, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale))}
      published={published}
      query={query}
      errors={resolved.errors}
      action={`/${locale}/transparency`}
    />
  );
}
