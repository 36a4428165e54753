import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { HotlineForm } from '@/components/admin/hotline/hotline-form';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { HOTLINE_PATH, requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { HOTLINE_ROLES } from '@/server/policy';
import { listRegions } from '@/server/regions/list-regions';
import { isLanguage, placeName } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru', namespace: 'hotline' });
  return { title: t('title') };
}

/** Reports received by phone or in person, entered on the reporter's behalf: hotline operators and admins. */
export default async function HotlinePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  await requireStaffPage(locale, HOTLINE_PATH, { roles: HOTLINE_ROLES, otherwise: '/admin' });
  const [regions, t] = await Promise.all([listRegions(db()), getTranslations({ locale, namespace: 'hotline' })]);
  const options = regions.map((r) => ({ code: r.code, name: placeName(r, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <AdminIntlProvider locale={locale} namespaces={['hotline', 'report', 'verdict']}>
      <h1 style={{ marginBottom: 4 }}>{t('title')}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('intro')}
      </p>
      <HotlineForm locale={locale} regions={options} />
    </AdminIntlProvider>
  );
}
