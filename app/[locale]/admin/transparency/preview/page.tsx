import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TransparencyReportView } from '@/components/transparency/report-view';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { listRegions } from '@/server/regions/list-regions';
import { getDraftReport } from '@/server/transparency/list-reports';
import { scopeOf } from '@/server/transparency/report-source';
import { isLanguage, placeName } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

type PreviewProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The draft as the public will see it, with the narrative as saved. Admins only. */
export default async function TransparencyPreviewPage({ params, searchParams }: PreviewProps) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/transparency', { roles: ['ADMIN'], otherwise: '/admin' });
  const query = await searchParams;
  const quarter = typeof query.quarter === 'string' ? query.quarter : '';
  const region = typeof query.region === 'string' ? query.region : undefined;
  const [draft, regions] = await Promise.all([getDraftReport(db(), actor, quarter), listRegions(db())]);
  if (!draft) notFound();
  const narrative = locale === 'kk' ? draft.narrativeKk : locale === 'ru' ? draft.narrativeRu : draft.narrativeEn;
  const scope = scopeOf(region) ?? 'KZ';
  return (
    <TransparencyReportView
      locale={locale}
      source={{ kind: 'draft', period: draft.figures.period, figures: draft.figures, narrative }}
      scope={scope}
      regions={regions.map((r) => ({ code: r.code, name: placeName(r, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale))}
      published={[]}
      query={{ region }}
      errors={scopeOf(region) ? {} : { region: 'regionInvalid' }}
      action={`/${locale}/admin/transparency/preview`}
      hiddenFields={{ quarter: draft.quarter }}
    />
  );
}
