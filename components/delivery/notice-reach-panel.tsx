import { getTranslations } from 'next-intl/server';
import { db } from '@/server/db/client';
import { getNoticeReach, type ReachCounts } from '@/server/delivery/reach';
import styles from './delivery.module.css';
import { formatNumber } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';

type ReachText = Awaited<ReturnType<typeof getTranslations<'reach'>>>;

/** Reach of one notice for its admin page: deliveries per channel, speed per version, the withdrawal messages apart, page views. */
export async function NoticeReachPanel({ noticeId, locale }: { noticeId: string; locale: Language }) {
  const [reach, t] = await Promise.all([getNoticeReach(db(), noticeId), getTranslations({ locale, namespace: 'reach' })]);
  const number = (value: number) => formatNumber(locale, value);
  const duration = (ms: number | null) => (ms === null ? t('notYet') : t('seconds', { value: formatNumber(locale, ms / 1000, { maximumFractionDigits: 1 }) }));
  return (
    <section className={`card ${styles.reach}`} aria-labelledby="notice-reach" data-testid="notice-reach">
      <h2 id="notice-reach">{t('title')}</h2>
      {reach.channels.length === 0 ? <p className="muted">{t('none')}</p> : <ReachTable id="notice-reach" counts={reach} t={t} number={number} />}
      {reach.versions
        .filter((v) => v.total > 0)
        .map((version) => (
          <div key={version.version}>
            <h3 className={styles.reachSubtitle}>{t('versionTitle', { version: version.version })}</h3>
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
      {reach.withdrawal && (
        <div data-testid="withdrawal-reach">
          <h3 id="withdrawal-reach" className={styles.reachSubtitle}>
            {t('withdrawalTitle')}
          </h3>
          <p className="muted" style={{ margin: 0 }}>
            {t('withdrawalHint')}
          </p>
          {reach.withdrawal.channels.length === 0 ? (
            <p className="muted">{t('withdrawalNone')}</p>
          ) : (
            <>
              <ReachTable id="withdrawal-reach" counts={reach.withdrawal} t={t} number={number} />
              <dl className={styles.reachFacts}>
                <div>
                  <dt>{t('firstWithdrawalDelivery')}</dt>
                  <dd>{duration(reach.withdrawal.msToFirstDelivery)}</dd>
                </div>
                <div>
                  <dt>{t('p95Delivery')}</dt>
                  <dd>{duration(reach.withdrawal.msTo95Percent)}</dd>
                </div>
              </dl>
            </>
          )}
        </div>
      )}
      <dl className={styles.reachFacts}>
        <div>
          <dt>{t('pageViews')}</dt>
          <dd>{number(reach.pageViews)}</dd>
        </div>
      </dl>
      <p className="muted" style={{ marginBottom: 0, fontSize: '0.9rem' }}>
        {t('pageViewsHint')}
      </p>
    </section>
  );
}

/** Queued, sent, failed (and cancelled, when any were) per channel, with a total row. */
function ReachTable({ id, counts, t, number }: { id: string; counts: ReachCounts; t: ReachText; number: (value: number) => string }) {
  const withCancelled = counts.totals.cancelled > 0;
  return (
    // Scrolls sideways on a phone: focusable and named so keyboard users can scroll it too.
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby={id}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('colChannel')}</th>
            <th scope="col">{t('colQueued')}</th>
            <th scope="col">{t('colSent')}</th>
            <th scope="col">{t('colFailed')}</th>
            {withCancelled && <th scope="col">{t('colCancelled')}</th>}
          </tr>
        </thead>
        <tbody>
          {counts.channels.map((row) => (
            <tr key={row.channel}>
              <th scope="row">{t(`channel.${row.channel}`)}</th>
              <td>{number(row.queued)}</td>
              <td>{number(row.sent)}</td>
              <td>{number(row.failed)}</td>
              {withCancelled && <td>{number(row.cancelled)}</td>}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('total')}</th>
            <td>{number(counts.totals.queued)}</td>
            <td>{number(counts.totals.sent)}</td>
            <td>{number(counts.totals.failed)}</td>
            {withCancelled && <td>{number(counts.totals.cancelled)}</td>}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
