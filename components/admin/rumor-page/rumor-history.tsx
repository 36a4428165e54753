'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';
import { useDates } from '../../i18n/use-dates';

export function RumorHistory({ rumorId }: { rumorId: string }) {
  const t = useTranslations('rumorPage');
  const tAll = useTranslations();
  const dates = useDates();
  const trpc = useTRPC();
  const { data: events } = useQuery(trpc.rumors.history.queryOptions({ id: rumorId }));
  return (
    <section className={styles.section} aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      {!events ? (
        <p className="muted">{tAll('common.loading')}</p>
      ) : events.length === 0 ? (
        <p className="muted" style={{ marginBottom: 0 }}>{t('historyEmpty')}</p>
      ) : (
        <ol className={styles.history}>
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={new Date(e.createdAt).toISOString()}>{dates.dateTime(e.createdAt)}</time>
              <strong>{e.actorMessage ? tAll(e.actorMessage) : e.actorName}</strong> {tAll(e.message)}
              {e.statusChange && <> ({t('historyStatus', { from: tAll(`status.${e.statusChange.from}`), to: tAll(`status.${e.statusChange.to}`) })})</>}
              {e.verdict && <> ({tAll(`verdict.${e.verdict}`)})</>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
