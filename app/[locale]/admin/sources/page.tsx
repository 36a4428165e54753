import { getServerSession } from 'next-auth';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/components/i18n/routing';
import { SourceRegistry } from '@/components/admin/verification/source-registry';
import { VerificationIntlProvider } from '@/components/admin/verification/verification-intl';
import { authOptions } from '@/server/auth/options';
import { db } from '@/server/db/client';
import { hasRole, MODERATION_ROLES } from '@/server/policy';
import { listRegions, regionName } from '@/server/regions/list-regions';
import { loadActor } from '@/server/staff/load-actor';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'ru' });
  return { title: t('verification.sources.title') };
}

export default async function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const session = await getServerSession(authOptions);
  const actor = session?.user?.id ? await loadActor(db(), session.user.id) : null;
  if (!actor) redirect(`/${locale}/signin?callbackUrl=${encodeURIComponent(`/${locale}/admin/sources`)}`);
  // Field verifiers answer tasks; the registry is the moderators'.
  if (!hasRole(actor, MODERATION_ROLES)) redirect(`/${locale}/admin/tasks`);
  const regions = await listRegions(db());
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, regionName(r, locale)]));
  const regionOptions = regions.filter((r) => actor.role === 'ADMIN' || actor.regionCodes.includes(r.code)).map((r) => ({ code: r.code, name: regionNames[r.code] ?? r.code }));
  return (
    <VerificationIntlProvider locale={locale}>
      <SourceRegistry regionOptions={regionOptions} regionNames={regionNames} />
    </VerificationIntlProvider>
  );
}
