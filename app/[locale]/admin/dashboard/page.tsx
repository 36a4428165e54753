import { getServerSession } from 'next-auth';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { DashboardView } from '@/components/admin/dashboard/dashboard-view';
import { isLocale } from '@/components/i18n/routing';
import { authOptions } from '@/server/auth/options';
import { getDashboardSummary } from '@/server/dashboard/get-dashboard-summary';
import { db } from '@/server/db/client';
import { hasRole, isAdmin, MODERATION_ROLES } from '@/server/policy';
import { listRegions, regionName } from '@/server/regions/list-regions';
import { loadActor } from '@/server/staff/load-actor';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'ru' });
  return { title: t('dashboard.title') };
}

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const session = await getServerSession(authOptions);
  const actor = session?.user?.id ? await loadActor(db(), session.user.id) : null;
  if (!actor) redirect(`/${locale}/signin?callbackUrl=${encodeURIComponent(`/${locale}/admin/dashboard`)}`);
  // Field verifiers answer tasks; the dashboard is the moderators'.
  if (!hasRole(actor, MODERATION_ROLES)) redirect(`/${locale}/admin/tasks`);
  const [summary, regions] = await Promise.all([getDashboardSummary(db(), actor), listRegions(db())]);
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, regionName(r, locale)]));
  return <DashboardView locale={locale} summary={summary} regionNames={regionNames} scope={isAdmin(actor) ? 'all' : actor.regionCodes} />;
}
