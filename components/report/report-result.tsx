'use client';

// What the citizen sees after pressing "Send": the tracking code, or that the report waits on the
// phone. Part of the on-demand chunk (on-demand.ts), which submitting also fetches.
import type { ReportText } from './report-text';
import styles from './report-form.module.css';

/** A tracking code as people read and copy it: ABCD-EFGH. */
export function formatTrackingCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export interface SentReport {
  trackingCode: string;
  matches: { slug: string; title: string; verdict: string }[];
  confirmed: boolean;
}

export function SentResult({ t, locale, report, onStartOver }: { t: ReportText; locale: string; report: SentReport; onStartOver: () => void }) {
  return (
    <section className={`card ${styles.result}`} data-testid="report-result" aria-live="polite">
      <h2>{report.confirmed ? t('report.confirmedTitle') : t('report.sentTitle')}</h2>
      {report.confirmed && <p>{t('report.confirmedBody')}</p>}
      <p className={styles.codeLabel}>{t('report.trackingCodeLabel')}</p>
      <p className={styles.code} data-testid="tracking-code">
        {formatTrackingCode(report.trackingCode)}
      </p>
      <p className="muted">{t('report.trackingCodeHint')}</p>
      {report.matches.length > 0 && !report.confirmed && (
        <>
          <p>{t('report.matchesAfterSend')}</p>
          <ul className={styles.matchList}>
            {report.matches.map((match) => (
              <li key={match.slug} className={styles.match}>
                <span className={`badge badge--${match.verdict}`}>{t(`verdict.${match.verdict}`)}</span>
                <a className={styles.matchTitle} href={`/${locale}/notices/${match.slug}`}>
                  {match.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.resultActions}>
        <a className="button" href={`/${locale}/track/${report.trackingCode}`}>
          {t('report.followLink')}
        </a>
        <button type="button" className="button button--secondary" onClick={onStartOver}>
          {t('report.reportAnother')}
        </button>
      </div>
    </section>
  );
}

export function QueuedResult({ t, queuedCount, onStartOver }: { t: ReportText; queuedCount: number; onStartOver: () => void }) {
  return (
    <section className={`card ${styles.result}`} data-testid="report-queued" aria-live="polite">
      <h2>{t('report.queuedTitle')}</h2>
      <p>{t('report.queuedBody')}</p>
      {queuedCount > 0 && <p className="muted">{t('report.queuedCount', { count: queuedCount })}</p>}
      <button type="button" className="button button--secondary" onClick={onStartOver}>
        {t('report.reportAnother')}
      </button>
    </section>
  );
}
