import type { Metadata } from 'next';
import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage, LANGUAGE_PATTERN, type Language } from '@/server/i18n/languages';
import { TIME_ZONE } from '@/server/i18n/format';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SiteHeader } from '@/components/layout/site-header';

export async function generateMetadata({ params }: PageProps<'/[locale]/signin'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'kk', namespace: 'auth' });
  return { title: t('signInTitle'), robots: { index: false } };
}

const ADMIN_PATH = new RegExp(`^/(${LANGUAGE_PATTERN})/admin(/[\\w\\-/?=&%.]*)?$`);

/** Only same-site paths in this language's admin are valid targets after sign-in. */
function safeCallbackUrl(raw: string | string[] | undefined, locale: Language): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && ADMIN_PATH.test(value) ? value : `/${locale}/admin`;
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/signin'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'auth' });
  const messages = await getMessages({ locale });
  const { callbackUrl } = await searchParams;

  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1} className="container" style={{ maxWidth: 440, paddingTop: 24 }}>
        <div className="card">
          <h1>{t('signInTitle')}</h1>
          <p className="muted">{t('signInIntro')}</p>
          <IntlClientProvider timeZone={TIME_ZONE} locale={locale} messages={{ auth: messages.auth }}>
            <SignInForm callbackUrl={safeCallbackUrl(callbackUrl, locale)} />
          </IntlClientProvider>
        </div>
      </main>
    </>
  );
}
