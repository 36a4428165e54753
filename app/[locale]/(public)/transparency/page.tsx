import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { RANGE_SHOWN, TransparencyReportView, viewSourceOf } from '@/components/transparency/report-view';
import { db } from '@/server/db/client';
import { readTypedDay } from '@/server/i18n/format';
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
  // The form sends the quarter list and the dates together. Dates win (a reader who typed them meant them),
  // except when the page showed dates and a quarter was chosen in the list: then that choice is the new one.
  const quarterChosenOverDates = first('shown') === RANGE_SHOWN && Boolean(first('quarter'));
  const typed = (key: 'from' | 'to') => (quarterChosenOverDates ? undefined : first(key));
  // Days as the reader writes them in this language (31.03.2026; YYYY-MM-DD from a link), shown back
  // that way; one that is no day is explained beside its field, as typed.
  const days = { from: readTypedDay(typed('from'), locale), to: readTypedDay(typed('to'), locale) };
  const query = { quarter: first('quarter'), version: first('version'), region: first('region'), from: days.from.shown || undefined, to: days.to.shown || undefined };
  const [resolved, regions, published] = await Promise.all([resolveReport(db(), { ...query, from: days.from.day, to: days.to.day }), listRegions(db()), listPublishedReports(db())]);
  const errors = { ...resolved.errors };
  for (const name of ['from', 'to'] as const) if (days[name].invalid) errors[name] = 'dateInvalid';
  return (
    <TransparencyReportView
      locale={locale}
      source={resolved.source && viewSourceOf(resolved.source, locale)}
      scope={resolved.scope}
      regions={regions.map((r) => ({ code: r.code, name: placeName(r, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale))}
      published={published}
      query={query}
      errors={errors}
      action={`/${locale}/transparency`}
    />
  );
}
