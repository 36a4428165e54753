import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TransparencyAdmin } from '@/components/admin/transparency/transparency-admin';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { listTransparencyReports } from '@/server/transparency/list-reports';
import { draftableQuarters, previousQuarter } from '@/server/transparency/period';
import { reportPresenter } from '@/server/transparency/present';
import { formatQuarter } from '@/server/i18n/format';
import { isLanguage } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru', namespace: 'transparency' });
  return { title: t('admin.title') };
}

export default async function TransparencyAdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/transparency', { roles: ['ADMIN'], otherwise: '/admin' });
  const [reports, t] = await Promise.all([listTransparencyReports(db(), actor), getTranslations({ locale, namespace: 'transparency' })]);
  const present = reportPresenter(locale, {});
  const now = new Date();
  // Named in the page's language; the code ("2026-Q3") is only the value the form sends.
  const quarters = draftableQuarters(now).map((quarter) => ({ quarter, label: formatQuarter(locale, quarter) }));
  const rows = reports.map((r) => ({
    quarter: r.quarter,
    periodLabel: present.period({ from: r.periodFrom, to: r.periodTo, quarter: r.quarter }),
    computedAtLabel: t('admin.computedAt', { date: present.date(r.draftComputedAt) }),
    narrativeKk: r.narrativeKk,
    narrativeRu: r.narrativeRu,
    narrativeEn: r.narrativeEn,
    currentVersion: r.currentVersion,
    versions: r.versions.map((v) => ({ version: v.version, dateLabel: present.date(v.publishedAt), changeNote: v.changeNote, publishedBy: v.publishedBy })),
  }));
  return (
    <AdminIntlProvider locale={locale} namespaces={['transparency']}>
      <TransparencyAdmin reports={rows} quarters={quarters} suggestion={previousQuarter(now).quarter!} locale={locale} />
    </AdminIntlProvider>
  );
}
