import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { isLanguage } from '@/server/i18n/languages';
import styles from '@/components/subscribe/subscribe.module.css';
import { db } from '@/server/db/client';
import { consumeRateLimit } from '@/server/http/rate-limit';
import { subscriptionTokenInput } from '@/server/subscriptions/schema';
import { confirmEmailSubscription } from '@/server/subscriptions/subscribe';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string; token: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'subscribe' });
  return { title: t('confirmedTitle'), robots: { index: false, follow: false } };
}

/** The double opt-in link from the confirmation mail. Opening it again is harmless. */
export default async function ConfirmSubscriptionPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'subscribe' });
  // Confirming writes: counted against the client like subscribing.
  if (!(await consumeRateLimit('subscribe', { client: await headers() })).allowed) {
    return (
      <div className={`container ${styles.page}`}>
        <h1>{t('rateLimitedTitle')}</h1>
        <p className="alert alert--error" role="alert">{t('rateLimited')}</p>
      </div>
    );
  }
  const parsed = subscriptionTokenInput.safeParse({ token });
  const confirmed = parsed.success ? await confirmEmailSubscription(db(), parsed.data.token) : null;
  return (
    <div className={`container ${styles.page}`}>
      <h1>{confirmed ? t('confirmedTitle') : t('confirmInvalidTitle')}</h1>
      <p>{confirmed ? t('confirmedText') : t('confirmInvalidText')}</p>
      <p>
        <a className="button button--secondary" href={`/${locale}${confirmed ? '' : '/subscribe'}`}>
          {confirmed ? t('backHome') : t('subscribeAgain')}
        </a>
      </p>
    </div>
  );
}
