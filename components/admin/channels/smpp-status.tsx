'use client';

// Live state of the SMPP bind (the worker writes it; this polls every few seconds): bound or not,
// since when, which worker holds it, the last error, and what went through it in the last day.
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { SmppStatusView } from '@/server/channels/smpp/settings';
import { useTRPC } from '../../trpc/client';
import { useDates } from '../../i18n/use-dates';
import styles from './smpp.module.css';
import facts from '../../ui/facts.module.css';

const POLL_MS = 3_000;

type Serialised = Omit<SmppStatusView, 'since' | 'lastErrorAt'> & { since: string | null; lastErrorAt: string | null };

export function SmppStatus({ initial }: { initial: Serialised }) {
  const t = useTranslations('channels.smpp');
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.smpp.status.queryOptions(), refetchInterval: POLL_MS });
  const status: Serialised = query.data ? { ...query.data, since: query.data.since?.toISOString() ?? null, lastErrorAt: query.data.lastErrorAt?.toISOString() ?? null } : initial;
  const dates = useDates();
  const time = (iso: string | null) => (iso ? dates.dateTime(iso, { seconds: true }) : '—');

  return (
    <div className={styles.status} data-testid="smpp-status" data-state={status.state}>
      <dl className={facts.list}>
        <dt>{t('status.state')}</dt>
        <dd>
          <span className={styles.state} data-state={status.state}>
            {t(`states.${status.state}`)}
          </span>
          {status.since && <span className="muted"> · {t('status.since', { time: time(status.since) })}</span>}
        </dd>
        {status.holder && (
          <>
            <dt>{t('status.holder')}</dt>
            <dd>
              <code>{status.holder}</code>
            </dd>
          </>
        )}
        <dt>{t('status.lastError')}</dt>
        <dd>
          {status.lastError ? (
            <>
              <code className={styles.error} data-testid="smpp-last-error">
                {status.lastError}
              </code>{' '}
              <span className="muted">· {time(status.lastErrorAt)}</span>
            </>
          ) : (
            <span className="muted">{t('status.noError')}</span>
          )}
        </dd>
        <dt>{t('status.waiting')}</dt>
        <dd>{t('status.waitingValue', { count: status.waiting })}</dd>
        <dt>{t('status.lastDay')}</dt>
        <dd>{t('status.lastDayValue', status.lastDay)}</dd>
      </dl>
      {status.state === 'noWorker' && <p className="alert alert--error">{t('status.noWorkerHint')}</p>}
    </div>
  );
}
