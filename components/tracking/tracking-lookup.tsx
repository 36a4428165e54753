// The tracking page's body: the code form (with its message) and what to do without a code. Shown
// at /track, and by /track/<code> when no report has that code (with a 404 status).
import { getTranslations } from 'next-intl/server';
import { TrackingCodeForm } from './tracking-code-form';
import { MyReports, type MyReportsText } from './my-reports';
import styles from './track-page.module.css';
import type { Language } from '@/server/i18n/languages';

export async function TrackingLookup({ locale, typed, error }: { locale: Language; typed?: string; error?: string }) {
  const t = await getTranslations({ locale, namespace: 'track' });
  const tAll = await getTranslations({ locale });
  const myReports: MyReportsText = {
    title: t('myReportsTitle'),
    intro: t('myReportsIntro'),
    sent: t.raw('myReportsSent') as string,
    withdrawn: t('myReportsWithdrawn'),
    unavailable: t('myReportsUnavailable'),
    loading: t('myReportsLoading'),
    clear: t('myReportsClear'),
    clearConfirm: t.raw('myReportsClearConfirm') as string,
    clearYes: t('myReportsClearYes'),
    clearNo: t('myReportsClearNo'),
    cleared: t('myReportsCleared'),
    status: { received: t('steps.received'), checking: t('steps.checking'), verdict: t('steps.verdict'), closed: t('steps.closed') },
    verdicts: Object.fromEntries((['FALSE', 'MISLEADING', 'TRUE', 'UNVERIFIED', 'CHECKING'] as const).map((v) => [v, tAll(`verdict.${v}`)])),
  };
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="card">
        <TrackingCodeForm locale={locale} defaultValue={typed} error={error} />
      </div>
      <p className={`muted ${styles.privacy}`}>{t('privacy')}</p>
      <MyReports locale={locale} text={myReports} />
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
