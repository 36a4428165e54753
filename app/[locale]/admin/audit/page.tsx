import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AuditLog } from '@/components/admin/audit/audit-log';
import { requireStaffPage } from '@/server/auth/current-actor';
import { isLanguage } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

type AuditPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: AuditPageProps) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru', namespace: 'auditLog' });
  return { title: t('title') };
}

export default async function AuditPage({ params, searchParams }: AuditPageProps) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/audit', { roles: ['ADMIN'], otherwise: '/admin' });
  return <AuditLog locale={locale} actor={actor} query={await searchParams} />;
}
