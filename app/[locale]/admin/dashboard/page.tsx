import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DashboardView } from '@/components/admin/dashboard/dashboard-view';
import { isLanguage, placeName } from '@/server/i18n/languages';
import { requireStaffPage } from '@/server/auth/current-actor';
import { getDashboardSummary } from '@/server/dashboard/get-dashboard-summary';
import { db } from '@/server/db/client';
import { isAdmin, MODERATION_ROLES } from '@/server/policy';
import { listRegions } from '@/server/regions/list-regions';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru' });
  return { title: t('dashboard.title') };
}

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  // Field verifiers answer tasks; the dashboard is the moderators'.
  const actor = await requireStaffPage(locale, '/admin/dashboard', { roles: MODERATION_ROLES, otherwise: '/admin/tasks' });
  const [summary, regions] = await Promise.all([getDashboardSummary(db(), actor), listRegions(db())]);
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, placeName(r, locale)]));
  return <DashboardView locale={locale} summary={summary} regionNames={regionNames} scope={isAdmin(actor) ? 'all' : actor.regionCodes} />;
}
