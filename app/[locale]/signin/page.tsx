import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLocale } from '@/components/i18n/routing';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SiteHeader } from '@/components/layout/site-header';

export async function generateMetadata({ params }: PageProps<'/[locale]/signin'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'kk', namespace: 'auth' });
  return { title: t('signInTitle'), robots: { index: false } };
}

/** Only same-site paths in this language's admin are valid targets after sign-in. */
function safeCallbackUrl(raw: string | string[] | undefined, locale: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^\/(kk|ru|en)\/admin(\/[\w\-/?=&%.]*)?$/.test(value) ? value : `/${locale}/admin`;
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/signin'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
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
          <NextIntlClientProvider timeZone="Asia/Almaty" locale={locale} messages={{ auth: messages.auth }}>
            <SignInForm callbackUrl={safeCallbackUrl(callbackUrl, locale)} />
          </NextIntlClientProvider>
        </div>
      </main>
    </>
  );
}
