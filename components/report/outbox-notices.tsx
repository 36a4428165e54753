'use client';

// What the outbox has to say above the form: reports still waiting on this phone, and the tracking
// code of one it has just sent (queued earlier, sent by this page, another tab or the service worker).
import type { ReportText } from './report-text';
import { formatTrackingCode } from './report-result';
import type { OutboxState } from './use-outbox';
import styles from './report-form.module.css';

export function OutboxNotices({ t, locale, outbox, sentHere }: { t: ReportText; locale: string; outbox: OutboxState; sentHere: string[] }) {
  return (
    <>
      {outbox.lastSent && !sentHere.includes(outbox.lastSent.clientId) && (
        <div className="alert alert--info" role="status">
          <p>{t('report.queuedSent')}</p>
          <p>
            {t('report.trackingCodeLabel')}:{' '}
            <strong className={styles.inlineCode} data-testid="tracking-code">
              {formatTrackingCode(outbox.lastSent.trackingCode)}
            </strong>{' '}
            <a href={`/${locale}/track/${outbox.lastSent.trackingCode}`}>{t('report.followLink')}</a>
          </p>
        </div>
      )}
      {outbox.queuedCount > 0 && (
        <p className="alert alert--info" role="status" data-testid="outbox-count">
          {t('report.queuedCount', { count: outbox.queuedCount })}
        </p>
      )}
    </>
  );
}
