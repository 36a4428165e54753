import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage } from '@/server/i18n/languages';
import styles from '@/components/subscribe/subscribe.module.css';
import { db } from '@/server/db/client';
import { canHaveDigest, subscriptionTokenInput } from '@/server/subscriptions/schema';
import { CadenceChoice } from '@/components/subscribe/cadence-choice';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'subscribe' });
  return { title: t('manageTitle'), robots: { index: false, follow: false } };
}

/** GET only asks (mail scanners open links); the button POSTs, which unsubscribes. */
export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, token } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const [t, tCommon] = await Promise.all([getTranslations({ locale, namespace: 'subscribe' }), getTranslations({ locale, namespace: 'common' })]);
  const query = await searchParams;
  const parsed = subscriptionTokenInput.safeParse({ token });
  const subscription = parsed.success
    ? await db().subscription.findUnique({ where: { unsubscribeToken: parsed.data.token }, select: { active: true, channel: true, cadence: true, reportId: true, label: true } })
    : null;
  const done = query.done !== undefined || subscription?.active === false;
  const cadenceStatus = Array.isArray(query.cadence) ? query.cadence[0] : query.cadence;

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
          <h1>{t('manageTitle')}</h1>
          {cadenceStatus === 'saved' && (
            <p className="alert alert--info" role="status">
              {t('cadenceSaved')}
            </p>
          )}
          {cadenceStatus === 'invalid' && (
            <p className="alert alert--error" role="alert">
              {t('validation.cadence')}
            </p>
          )}
          {cadenceStatus === 'rate-limited' && (
            <p className="alert alert--error" role="alert">
              {t('rateLimited')}
            </p>
          )}
          {cadenceStatus === 'failed' && (
            <p className="alert alert--error" role="alert">
              {tCommon('errorBody')}
            </p>
          )}
          <section className={`card ${styles.manageSection}`} aria-labelledby="cadence-title">
            <h2 id="cadence-title">{t('cadenceLegend')}</h2>
            {canHaveDigest(subscription) ? (
              <form method="post" action={`/api/v1/subscriptions/cadence/${encodeURIComponent(token)}?lang=${locale}`}>
                <input type="hidden" name="locale" value={locale} />
                <CadenceChoice locale={locale} chosen={subscription.cadence} legendHidden />
                <button type="submit" className="button">
                  {t('cadenceSave')}
                </button>
              </form>
            ) : (
              <p>{t('cadenceUnavailable')}</p>
            )}
          </section>
          <section className={`card ${styles.manageSection}`} aria-labelledby="unsubscribe-title">
            <h2 id="unsubscribe-title">{t('unsubscribeTitle')}</h2>
            <p>{t('unsubscribeText')}</p>
            <form method="post" action={`/api/v1/subscriptions/unsubscribe/${encodeURIComponent(token)}`}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="button button--secondary">
                {t('unsubscribeButton')}
              </button>
            </form>
          </section>
        </>
      )}
    </div>
  );
}
