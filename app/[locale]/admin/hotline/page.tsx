import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { HotlineForm } from '@/components/admin/hotline/hotline-form';
import { isLocale } from '@/components/i18n/routing';
import { HOTLINE_PATH, requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { HOTLINE_ROLES } from '@/server/policy';
import { listRegions, regionName } from '@/server/regions/list-regions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'ru', namespace: 'hotline' });
  return { title: t('title') };
}

/** Reports received by phone or in person, entered on the reporter's behalf: hotline operators and admins. */
export default async function HotlinePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  await requireStaffPage(locale, HOTLINE_PATH, { roles: HOTLINE_ROLES, otherwise: '/admin' });
  const [regions, t, messages] = await Promise.all([listRegions(db()), getTranslations({ locale, namespace: 'hotline' }), getMessages({ locale })]);
  const options = regions.map((r) => ({ code: r.code, name: regionName(r, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <NextIntlClientProvider
      timeZone="Asia/Almaty"
      locale={locale}
      messages={{ hotline: messages.hotline, report: messages.report, verdict: messages.verdict, validation: messages.validation, errors: messages.errors }}
    >
      <h1 style={{ marginBottom: 4 }}>{t('title')}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('intro')}
      </p>
      <HotlineForm locale={locale} regions={options} />
    </NextIntlClientProvider>
  );
}
