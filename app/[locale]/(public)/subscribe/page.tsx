import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, placeName } from '@/server/i18n/languages';
import { pushLabels } from '@/components/subscribe/push-labels';
import { PushSubscribe } from '@/components/subscribe/push-subscribe';
import styles from '@/components/subscribe/subscribe.module.css';
import { db } from '@/server/db/client';
import { getVapidKeys } from '@/server/delivery/vapid';
import { listRegions } from '@/server/regions/list-regions';
import { CADENCES } from '@/server/subscriptions/schema';
import { CadenceChoice } from '@/components/subscribe/cadence-choice';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'subscribe' });
  return { title: t('metaTitle') };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SubscribePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const [t, tCommon, regions, vapid, labels] = await Promise.all([
    getTranslations({ locale, namespace: 'subscribe' }),
    getTranslations({ locale, namespace: 'common' }),
    listRegions(db()),
    getVapidKeys(db()),
    pushLabels(locale),
  ]);
  const preselected = new Set((Array.isArray(query.region) ? query.region : [query.region]).filter(Boolean));
  const status = first(query.status);
  const askedLanguage = first(query.language);
  const chosenLanguage = isLanguage(askedLanguage) ? askedLanguage : locale;
  const askedCadence = first(query.cadence);
  const chosenCadence = CADENCES.find((c) => c === askedCadence) ?? 'IMMEDIATE';
  const error = first(query.error);
  const validationKeys = ['email', 'regions', 'language', 'push', 'channel', 'cadence'] as const;
  const errorKey = validationKeys.find((k) => k === error) ?? 'email';
  const sorted = [...regions].sort((a, b) => placeName(a, locale).localeCompare(placeName(b, locale), locale));

  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      {status === 'email-sent' && (
        <p className="alert alert--info" role="status">
          {t('emailSent')}
        </p>
      )}
      {status === 'invalid' && (
        <p className="alert alert--error" role="alert">
          {t(`validation.${errorKey}`)}
        </p>
      )}
      {status === 'rate-limited' && (
        <p className="alert alert--error" role="alert">
          {t('rateLimited')}
        </p>
      )}
      {status === 'too-large' && (
        <p className="alert alert--error" role="alert">
          {t('tooLarge')}
        </p>
      )}
      {status === 'failed' && (
        <p className="alert alert--error" role="alert">
          {tCommon('errorBody')}
        </p>
      )}

      {/* A plain form: e-mail works without JavaScript; the push button reads the same choices. The
          page's language is in the address too: a post refused unread (too large) is answered in it. */}
      <form id="subscribe-form" method="post" action={`/api/v1/subscriptions?lang=${locale}`} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <fieldset className={styles.regions}>
          <legend>{t('regionsLegend')}</legend>
          <p className="muted" id="regions-hint" style={{ margin: 0 }}>
            {t('regionsHint')}
          </p>
          <div className={styles.regionList}>
            {sorted.map((region) => (
              <label key={region.code} className={styles.check}>
                <input type="checkbox" name="regionCodes" value={region.code} defaultChecked={preselected.has(region.code)} />
                {placeName(region, locale)}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className={styles.languages}>
          <legend>{t('languageLegend')}</legend>
          {LANGUAGES.map((language) => (
            <label key={language} className={styles.check}>
              <input type="radio" name="language" value={language} defaultChecked={language === chosenLanguage} />
              <span lang={language}>{LANGUAGE_NAMES[language]}</span>
            </label>
          ))}
        </fieldset>

        <CadenceChoice locale={locale} chosen={chosenCadence} invalid={status === 'invalid' && errorKey === 'cadence'} />

        <section className={`card ${styles.section}`} aria-labelledby="push-title">
          <h2 id="push-title">{t('pushTitle')}</h2>
          <p>{t('pushText')}</p>
          <noscript>
            <p className="alert alert--info">{t('pushNeedsScript')}</p>
          </noscript>
          <PushSubscribe vapidPublicKey={vapid.publicKey} labels={labels} language={locale} formId="subscribe-form" />
        </section>

        <section className={`card ${styles.section}`} aria-labelledby="email-title">
          <h2 id="email-title">{t('emailTitle')}</h2>
          <p>{t('emailText')}</p>
          <div className="field">
            <label htmlFor="email">{t('emailLabel')}</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              maxLength={254}
              required
              aria-invalid={status === 'invalid' && errorKey === 'email' ? 'true' : undefined}
            />
          </div>
          <button type="submit" className="button">
            {t('emailButton')}
          </button>
        </section>
      </form>

      <p className={`muted ${styles.privacy}`}>{t('privacy')}</p>
    </div>
  );
}
