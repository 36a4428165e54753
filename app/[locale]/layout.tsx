import '@fontsource-variable/noto-sans/index.css';
import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TIME_ZONE } from '@/server/i18n/format';
import { isLanguage, LANGUAGES } from '@/server/i18n/languages';

export function generateStaticParams() {
  return LANGUAGES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: { default: t('title'), template: `%s · Raspa` },
    description: t('description'),
    alternates: { languages: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}`])) },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5cad',
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  // Every page is rendered per request: its scripts carry the nonce of that response's
  // Content-Security-Policy (proxy.ts), which a page prerendered at build time could not have.
  // Public content is cached as data and as the notice pages' plain HTML, not as React pages.
  await connection();
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* Only the words error.tsx needs: it is a client component and must speak the page's language. */}
        <IntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={{ common: { errorTitle: t('errorTitle'), errorBody: t('errorBody'), tryAgain: t('tryAgain'), backHome: t('backHome') } }}>
          {children}
        </IntlClientProvider>
      </body>
    </html>
  );
}
