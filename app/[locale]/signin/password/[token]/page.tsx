import type { Metadata } from 'next';
import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { SetPasswordForm } from '@/components/auth/set-password-form';
import { SiteHeader } from '@/components/layout/site-header';
import { TrpcReactProvider } from '@/components/trpc/client';
import { ScriptOnlyFormsGuard } from '@/components/ui/script-only-forms';
import { describeSetPasswordLink } from '@/server/account/set-password-with-link';
import { db } from '@/server/db/client';
import { nonceOfPolicy } from '@/server/http/security-headers';
import { TIME_ZONE } from '@/server/i18n/format';
import { isLanguage } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'kk', namespace: 'auth.setPassword' });
  // The link is a credential: keep it out of indexes and out of the Referer of anything linked from here.
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** An invitation or reset link: whoever holds it chooses the member's password, once, within 72 hours. */
export default async function SetPasswordPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const [link, t, messages] = await Promise.all([describeSetPasswordLink(db(), decodeURIComponent(token)), getTranslations({ locale, namespace: 'auth.setPassword' }), getMessages({ locale })]);
  const nonce = nonceOfPolicy((await headers()).get('content-security-policy'));
  return (
    <>
      <ScriptOnlyFormsGuard nonce={nonce} />
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1} className="container" style={{ maxWidth: 480, paddingTop: 24 }}>
        <div className="card">
          <h1>{t('title')}</h1>
          {link.state === 'valid' ? (
            <>
              <p>{link.purpose === 'INVITE' ? t('introInvite', { name: link.name }) : t('introReset', { name: link.name })}</p>
              <p className="muted">{t('account', { email: link.email })}</p>
              <IntlClientProvider timeZone={TIME_ZONE} locale={locale} messages={{ auth: messages.auth, validation: messages.validation, errors: messages.errors }}>
                <TrpcReactProvider>
                  <SetPasswordForm token={decodeURIComponent(token)} email={link.email} locale={locale} />
                </TrpcReactProvider>
              </IntlClientProvider>
            </>
          ) : (
            <>
              <p className="alert alert--error" role="alert">
                {t(`state.${link.state}`)}
              </p>
              <a className="button button--secondary" href={`/${locale}/signin`}>
                {t('toSignIn')}
              </a>
            </>
          )}
        </div>
      </main>
    </>
  );
}
