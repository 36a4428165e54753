import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage, placeName } from '@/server/i18n/languages';
import { SourceRegistry } from '@/components/admin/verification/source-registry';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { MODERATION_ROLES } from '@/server/policy';
import { listRegions } from '@/server/regions/list-regions';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru' });
  return { title: t('verification.sources.title') };
}

export default async function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  // Field verifiers answer tasks; the registry is the moderators'.
  const actor = await requireStaffPage(locale, '/admin/sources', { roles: MODERATION_ROLES, otherwise: '/admin/tasks' });
  const regions = await listRegions(db());
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, placeName(r, locale)]));
  const regionOptions = regions.filter((r) => actor.role === 'ADMIN' || actor.regionCodes.includes(r.code)).map((r) => ({ code: r.code, name: regionNames[r.code] ?? r.code }));
  return (
    <AdminIntlProvider locale={locale} namespaces={['verification']}>
      <SourceRegistry regionOptions={regionOptions} regionNames={regionNames} />
    </AdminIntlProvider>
  );
}
