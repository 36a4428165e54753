'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import type { InboxRumor } from '@/server/rumors/list-inbox';
import { useTRPC } from '../trpc/client';
import styles from './rumor-inbox.module.css';

export function RumorInbox({ initialRumors, regionNames }: { initialRumors: InboxRumor[]; regionNames: Record<string, string> }) {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const { data: rumors = initialRumors } = useQuery(
    trpc.rumors.inbox.queryOptions({}, { initialData: initialRumors, refetchInterval: 15_000 }),
  );

  if (rumors.length === 0) return <p className={styles.empty}>{t('admin.rumorsEmpty')}</p>;
  return (
    <ul className={styles.list} aria-label={t('admin.rumorsTitle')}>
      {rumors.map((rumor) => (
        <li key={rumor.id} className={styles.row} data-priority={rumor.priorityLevel} data-testid="inbox-rumor">
          <p className={styles.claim}>{rumor.claim}</p>
          <div className={styles.meta}>
            <span className={`${styles.pill} ${rumor.priorityLevel === 'CRITICAL' ? styles.critical : ''}`}>
              {t(`priority.${rumor.priorityLevel}`)}
            </span>
            <span className={styles.pill}>{t(`status.${rumor.status}`)}</span>
            <span>{t('admin.sightingsCount', { count: rumor.sightingCount })}</span>
            <span>{rumor.regionCodes.map((code) => regionNames[code] ?? code).join(', ')}</span>
            <span>{t('admin.lastSeen', { date: format.relativeTime(rumor.lastSeenAt) })}</span>
            {rumor.isDemo && <span className="badge badge--demo">{t('common.demoBadge')}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}
