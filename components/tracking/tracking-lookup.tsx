// The tracking page's body: the code form (with its message) and what to do without a code. Shown
// at /track, and by /track/<code> when no report has that code (with a 404 status).
import { getTranslations } from 'next-intl/server';
import { TrackingCodeForm } from './tracking-code-form';
import styles from './track-page.module.css';
import type { Language } from '@/server/i18n/languages';

export async function TrackingLookup({ locale, typed, error }: { locale: Language; typed?: string; error?: string }) {
  const t = await getTranslations({ locale, namespace: 'track' });
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="card">
        <TrackingCodeForm locale={locale} defaultValue={typed} error={error} />
      </div>
      <p className={`muted ${styles.privacy}`}>{t('privacy')}</p>
      <section className={styles.section} aria-labelledby="lost-code">
        <h2 id="lost-code">{t('lostCodeTitle')}</h2>
        <p>{t('lostCodeText')}</p>
        <a className="button button--secondary" href={`/${locale}/check`}>
          {t('checkCta')}
        </a>
      </section>
    </div>
  );
}
