import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage } from '@/server/i18n/languages';
import styles from '@/components/subscribe/subscribe.module.css';
import { db } from '@/server/db/client';
import { subscriptionTokenInput } from '@/server/subscriptions/schema';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'subscribe' });
  return { title: t('unsubscribeTitle'), robots: { index: false, follow: false } };
}

/** GET only asks (mail scanners open links); the button POSTs, which unsubscribes. */
export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, token } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'subscribe' });
  const query = await searchParams;
  const parsed = subscriptionTokenInput.safeParse({ token });
  const subscription = parsed.success ? await db().subscription.findUnique({ where: { unsubscribeToken: parsed.data.token }, select: { active: true } }) : null;
  const done = query.done !== undefined || subscription?.active === false;

  return (
    <div className={`container ${styles.page}`}>
      {!subscription ? (
        <>
          <h1>{t('unsubscribeTitle')}</h1>
          <p className="alert alert--error">{t('unsubscribeInvalid')}</p>
        </>
      ) : done ? (
        <>
          <h1>{t('unsubscribedTitle')}</h1>
          <p role="status">{t('unsubscribedText')}</p>
          <p>
            <a className="button button--secondary" href={`/${locale}/subscribe`}>
              {t('subscribeAgain')}
            </a>
          </p>
        </>
      ) : (
        <>
          <h1>{t('unsubscribeTitle')}</h1>
          <p>{t('unsubscribeText')}</p>
          <form method="post" action={`/api/v1/subscriptions/unsubscribe/${encodeURIComponent(token)}`}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="button">
              {t('unsubscribeButton')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
