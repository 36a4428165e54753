import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { StaffAdmin } from '@/components/admin/staff/staff-admin';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { listRegions } from '@/server/regions/list-regions';
import { listStaff } from '@/server/staff/list-staff';
import { isLanguage, placeName } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru', namespace: 'staff' });
  return { title: t('title') };
}

export default async function StaffPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/staff', { roles: ['ADMIN'], otherwise: '/admin' });
  const [members, regions, t] = await Promise.all([listStaff(db(), actor), listRegions(db()), getTranslations({ locale, namespace: 'staff' })]);
  const regionOptions = regions.map((r) => ({ code: r.code, name: placeName(r, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  return (
    <AdminIntlProvider locale={locale} namespaces={['staff']}>
      <h1 style={{ marginBottom: 4 }}>{t('title')}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('intro')}
      </p>
      <StaffAdmin
        members={members.map((m) => ({ ...m, linkExpiresAt: iso(m.linkExpiresAt), lockedUntil: iso(m.lockedUntil), lastSignInAt: iso(m.lastSignInAt) }))}
        regions={regionOptions}
        locale={locale}
      />
    </AdminIntlProvider>
  );
}
