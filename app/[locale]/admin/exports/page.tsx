import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { StaffExportPanel } from '@/components/admin/exports/staff-export-panel';
import { requireStaffPage } from '@/server/auth/current-actor';
import { MODERATION_ROLES } from '@/server/policy';
import { isLanguage } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

type ExportsPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: ExportsPageProps) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru', namespace: 'staffExport' });
  return { title: t('title') };
}

export default async function ExportsPage({ params, searchParams }: ExportsPageProps) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/exports', { roles: MODERATION_ROLES, otherwise: '/admin/tasks' });
  return <StaffExportPanel locale={locale} actor={actor} query={await searchParams} />;
}
