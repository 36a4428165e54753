import { getTranslations } from 'next-intl/server';
import { db } from '@/server/db/client';
import { getNoticeReach } from '@/server/delivery/reach';
import styles from './delivery.module.css';

/** Reach of one notice for its admin page: deliveries per channel, speed per version, page views. */
export async function NoticeReachPanel({ noticeId, locale }: { noticeId: string; locale: string }) {
  const [reach, t] = await Promise.all([getNoticeReach(db(), noticeId), getTranslations({ locale, namespace: 'reach' })]);
  const number = new Intl.NumberFormat(locale);
  const duration = (ms: number | null) => (ms === null ? t('notYet') : t('seconds', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ms / 1000) }));
  return (
    <section className={`card ${styles.reach}`} aria-labelledby="notice-reach">
      <h2 id="notice-reach">{t('title')}</h2>
      {reach.channels.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        // Scrolls sideways on a phone: focusable and named so keyboard users can scroll it too.
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby="notice-reach">
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('colChannel')}</th>
                <th scope="col">{t('colQueued')}</th>
                <th scope="col">{t('colSent')}</th>
                <th scope="col">{t('colFailed')}</th>
              </tr>
            </thead>
            <tbody>
              {reach.channels.map((row) => (
                <tr key={row.channel}>
                  <th scope="row">{t(`channel.${row.channel}`)}</th>
                  <td>{number.format(row.queued)}</td>
                  <td>{number.format(row.sent)}</td>
                  <td>{number.format(row.failed)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('total')}</th>
                <td>{number.format(reach.totals.queued)}</td>
                <td>{number.format(reach.totals.sent)}</td>
                <td>{number.format(reach.totals.failed)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {reach.versions
        .filter((v) => v.total > 0)
        .map((version) => (
          <div key={version.version}>
            <h3 style={{ marginBottom: 0, marginTop: 'var(--space-3)', fontSize: '1rem' }}>{t('versionTitle', { version: version.version })}</h3>
            <dl className={styles.reachFacts}>
              <div>
                <dt>{t('firstDelivery')}</dt>
                <dd>{duration(version.msToFirstDelivery)}</dd>
              </div>
              <div>
                <dt>{t('p95Delivery')}</dt>
                <dd>{duration(version.msTo95Percent)}</dd>
              </div>
            </dl>
          </div>
        ))}
      <dl className={styles.reachFacts}>
        <div>
          <dt>{t('pageViews')}</dt>
          <dd>{number.format(reach.pageViews)}</dd>
        </div>
      </dl>
      <p className="muted" style={{ marginBottom: 0, fontSize: '0.9rem' }}>
        {t('pageViewsHint')}
      </p>
    </section>
  );
}
