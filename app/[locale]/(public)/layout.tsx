import { setRequestLocale } from 'next-intl/server';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { ServiceWorkerRegistration } from '@/components/pwa/service-worker-registration';
import { isLanguage } from '@/server/i18n/languages';
import { envSetting } from '@/server/config/env';
import { notFound } from 'next/navigation';

export default async function PublicLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
      <ServiceWorkerRegistration enabled={envSetting('NODE_ENV') === 'production'} />
    </>
  );
}
