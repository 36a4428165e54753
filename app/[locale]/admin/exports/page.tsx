import { getServerSession } from 'next-auth';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { StaffExportPanel } from '@/components/admin/exports/staff-export-panel';
import { isLocale } from '@/components/i18n/routing';
import { authOptions } from '@/server/auth/options';
import { db } from '@/server/db/client';
import { hasRole, MODERATION_ROLES } from '@/server/policy';
import { loadActor } from '@/server/staff/load-actor';

export const dynamic = 'force-dynamic';

type ExportsPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: ExportsPageProps) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'ru', namespace: 'staffExport' });
  return { title: t('title') };
}

export default async function ExportsPage({ params, searchParams }: ExportsPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const session = await getServerSession(authOptions);
  const actor = session?.user?.id ? await loadActor(db(), session.user.id) : null;
  if (!actor) redirect(`/${locale}/signin?callbackUrl=${encodeURIComponent(`/${locale}/admin/exports`)}`);
  if (!hasRole(actor, MODERATION_ROLES)) redirect(`/${locale}/admin/tasks`);
  return <StaffExportPanel locale={locale} actor={actor} query={await searchParams} />;
}
