import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLocale } from '@/components/i18n/routing';
import { SourceRegistry } from '@/components/admin/verification/source-registry';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { MODERATION_ROLES } from '@/server/policy';
import { listRegions, regionName } from '@/server/regions/list-regions';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'ru' });
  return { title: t('verification.sources.title') };
}

export default async function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // Field verifiers answer tasks; the registry is the moderators'.
  const actor = await requireStaffPage(locale, '/admin/sources', { roles: MODERATION_ROLES, otherwise: '/admin/tasks' });
  const regions = await listRegions(db());
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, regionName(r, locale)]));
  const regionOptions = regions.filter((r) => actor.role === 'ADMIN' || actor.regionCodes.includes(r.code)).map((r) => ({ code: r.code, name: regionNames[r.code] ?? r.code }));
  return (
    <AdminIntlProvider locale={locale} namespaces={['verification']}>
      <SourceRegistry regionOptions={regionOptions} regionNames={regionNames} />
    </AdminIntlProvider>
  );
}
