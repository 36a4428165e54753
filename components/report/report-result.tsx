'use client';

// What the citizen sees after pressing "Send": the tracking code, or that the report waits on the
// phone — and, when the claim has already been checked, the answer at once: the verdict in the
// debunking order, the notice link and share buttons. Part of the on-demand chunk (on-demand.ts),
// which submitting also fetches, so none of it weighs on the form's first load.
import { VerdictAnswer } from '../notices/verdict-answer';
import { verdictShareText } from '@/server/notices/share-text';
import type { ReportMatch } from '@/lib/report-outbox';
import { lastConfirmedMatch, type NoticeMatchView } from './notice-matches';
import type { ReportText } from './report-text';
import styles from './report-form.module.css';

/** A tracking code as people read and copy it: ABCD-EFGH. */
export function formatTrackingCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export interface SentReport {
  trackingCode: string;
  /** What intake found ("has this already been checked?"); summary absent in older answers. */
  matches: ReportMatch[];
  /** Sent with "yes, this is what I heard". */
  confirmed: boolean;
}

/** The answer card for one notice, with this page's words. */
export function NoticeAnswer({ t, locale, notice, heading, id }: { t: ReportText; locale: string; notice: NoticeMatchView; heading: string; id: string }) {
  const href = `/${locale}/notices/${notice.slug}`;
  return (
    <VerdictAnswer
      id={id}
      heading={heading}
      verdict={notice.verdict}
      verdictLabel={t(`verdict.${notice.verdict}`)}
      claim={notice.title}
      fact={notice.summary}
      href={href}
      url={new URL(href, window.location.origin).toString()}
      readLabel={t('report.readVerdict')}
      shareTitle={t('share.title')}
      shareText={verdictShareText(t, notice)}
      shareLabels={{ whatsapp: t('share.whatsapp'), telegram: t('share.telegram'), native: t('share.native'), copy: t('share.copy'), copied: t('share.copied') }}
    />
  );
}

export function SentResult({ t, locale, report, onStartOver }: { t: ReportText; locale: string; report: SentReport; onStartOver: () => void }) {
  // The notice the citizen confirmed, as the "already checked" panel showed it (verdict, claim, fact).
  const confirmed = report.confirmed ? lastConfirmedMatch() : null;
  // Not confirmed, but intake found the claim checked already: the closest notice, as "may be".
  const matches: NoticeMatchView[] = report.matches.map((m) => ({ slug: m.slug, verdict: m.verdict, title: m.title, summary: m.summary ?? '' }));
  const likely = !report.confirmed ? matches.find((m) => m.summary) : undefined;
  const others = matches.filter((m) => m.slug !== (confirmed ?? likely)?.slug);
  return (
    <section className={`card ${styles.result}`} data-testid="report-result" aria-live="polite">
      <h2>{report.confirmed ? t('report.confirmedTitle') : t('report.sentTitle')}</h2>
      {report.confirmed && <p>{t('report.confirmedBody')}</p>}
      {confirmed && (
        <>
          <NoticeAnswer t={t} locale={locale} notice={confirmed} heading={t('report.answerTitle')} id="confirmed-answer" />
        </>
      )}
      {likely && (
        <>
          <p>{t('report.checkedSentBody')}</p>
          <NoticeAnswer t={t} locale={locale} notice={likely} heading={t('report.checkedSentTitle')} id="likely-answer" />
        </>
      )}
      <p className={styles.codeLabel}>{t('report.trackingCodeLabel')}</p>
      <p className={styles.code} data-testid="tracking-code">
        {formatTrackingCode(report.trackingCode)}
      </p>
      <p className="muted">{t('report.trackingCodeHint')}</p>
      {others.length > 0 && !report.confirmed && (
        <>
          <p>{t('report.matchesAfterSend')}</p>
          <ul className={styles.matchList}>
            {others.map((match) => (
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
