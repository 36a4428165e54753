// The public privacy page: what is never kept, what is kept and for how long (the periods come from
// server/privacy/retention-notice.ts, the purge job's own values), and "forget my contact" — a
// plain form posting to /<locale>/privacy/forget, so it works without JavaScript.
import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import { retentionNotice } from '@/server/privacy/retention-notice';
import { readRetentionDays } from '@/server/privacy/retention-settings';
import { db } from '@/server/db/client';
import trackingStyles from '@/components/tracking/tracking.module.css';
import { PlainFormField } from '@/components/ui/plain-form-field';
import { CODE_TYPING } from '@/components/ui/code-typing';
import styles from './privacy.module.css';

type ForgetAnswer = 'done' | 'missing' | 'invalid' | 'rateLimited';

const NEVER = ['address', 'location', 'identity', 'photoMetadata'] as const;
/** Everything the site keeps in the visitor's browser (cookies, storage, caches), each named truthfully. */
const ON_DEVICE = ['region', 'language', 'draft', 'outbox', 'codes', 'push', 'offline', 'staff'] as const;

export async function PrivacyNotice({
  locale,
  answer,
  typed,
  retryAfterSeconds,
  action,
}: {
  locale: Language;
  answer?: ForgetAnswer;
  typed?: string;
  /** How long the network must wait after too many tries (the answer's Retry-After). */
  retryAfterSeconds?: number;
  action: string;
}) {
  const t = await getTranslations({ locale, namespace: 'privacy' });
  const tTrack = await getTranslations({ locale, namespace: 'track' });
  // The periods in force (an admin may have changed them), read now: the page says what the job does.
  const r = retentionNotice(await readRetentionDays(db()));
  const kept = [
    ['report', t('items.report.period')],
    ['contact', t('items.contact.period', { afterVerdict: r.contactAfterVerdictDays, atMost: r.contactAtMostDays })],
    ['photos', t('items.photos.period', { days: r.reportPhotosAndLocationDays })],
    ['sms', t('items.sms.period', { days: r.smsLogDays })],
    ['telegram', t('items.telegram.period', { days: r.telegramUpdatesDays })],
    ['channelContacts', t('items.channelContacts.period', { days: r.channelContactsDays })],
    ['subscriptions', t('items.subscriptions.period')],
    ['rateLimits', t('items.rateLimits.period', { minutes: r.rateLimitMinutes })],
    ['staff', t('items.staff.period', { sessions: r.staffSessionsDays, links: r.credentialTokensDays })],
    ['audit', t('items.audit.period', { days: r.auditDetailsDays })],
  ] as const;
  // The wait in whole minutes ("wait 0 minutes" is never said).
  const error =
    answer === 'rateLimited' ? t('forget.rateLimited', { minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) }) : answer && answer !== 'done' ? t(`forget.${answer}`) : undefined;

  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <section className={styles.section} aria-labelledby="never">
        <h2 id="never">{t('neverTitle')}</h2>
        <ul className={styles.never}>
          {NEVER.map((key) => (
            <li key={key}>{t(`never.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="kept">
        <h2 id="kept">{t('keptTitle')}</h2>
        <p className="muted">{t('keptIntro')}</p>
        <ul className={styles.kept}>
          {kept.map(([key, period]) => (
            <li key={key} className={styles.item} data-kind={key}>
              <h3>{t(`items.${key}.what`)}</h3>
              <p>{t(`items.${key}.detail`)}</p>
              <p className={styles.period}>
                <strong>{t('periodLabel')}:</strong> {period}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="on-device">
        <h2 id="on-device">{t('onDeviceTitle')}</h2>
        <p className="muted">{t('onDeviceIntro')}</p>
        <ul className={styles.kept}>
          {ON_DEVICE.map((key) => (
            <li key={key} className={styles.item} data-on-device={key}>
              <h3>{t(`onDevice.${key}.what`)}</h3>
              <p>{t(`onDevice.${key}.detail`)}</p>
              <p className={styles.period}>
                <strong>{t('periodLabel')}:</strong> {t(`onDevice.${key}.period`)}
              </p>
              {key === 'codes' && (
                <p>
                  <a href={`/${locale}/track#my-reports`}>{t('myReportsLink')}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className={`card ${styles.section}`} id="forget" aria-labelledby="forget-title">
        <h2 id="forget-title">{t('forget.title')}</h2>
        <p>{t('forget.intro')}</p>
        <p className="muted">{t('forget.after')}</p>
        {answer === 'done' && (
          <p className="alert alert--info" role="status">
            {t('forget.done')}
          </p>
        )}
        <form action={action} method="post" className={trackingStyles.form} noValidate>
          <PlainFormField id="forget-code" label={t('forget.codeLabel')} hint={tTrack('codeHint')} hintClassName={trackingStyles.hint} error={error}>
            {(control) => (
              <input
                name="code"
                type="text"
                className={trackingStyles.codeInput}
                defaultValue={typed}
                {...CODE_TYPING}
                maxLength={20}
                {...control}
              />
            )}
          </PlainFormField>
          <button className="button" type="submit">
            {t('forget.submit')}
          </button>
        </form>
      </section>
    </div>
  );
}
