'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';
import { useDates } from '../../i18n/use-dates';
import { formatNumber } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';
import { useServerErrorMessage } from '../../ui/form-errors';
import { useRefreshRumors } from './use-rumor-mutation';

export function RumorHistory({ rumorId }: { rumorId: string }) {
  const t = useTranslations('rumorPage');
  const tAll = useTranslations();
  const dates = useDates();
  const language = useLocale() as Language;
  const trpc = useTRPC();
  const refresh = useRefreshRumors();
  const serverError = useServerErrorMessage('rumorPage');
  const { data: events } = useQuery(trpc.rumors.history.queryOptions({ id: rumorId }));
  // A manual merge is undone from its own line: the rumours it merged are back as they were.
  const undo = useMutation(trpc.rumors.undoMerge.mutationOptions({ onSettled: () => void refresh() }));
  return (
    <section className={styles.section} aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      {undo.isSuccess && <p role="status" className="alert alert--info">{t('undoMergeDone', { n: formatNumber(language, undo.data.reportsReturned) })}</p>}
      {undo.isError && <p role="alert" className="alert alert--error">{serverError(undo.error)}</p>}
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
              {e.undoMerge && (
                <div className={styles.row}>
                  <button type="button" className={`button button--secondary ${styles.small}`} disabled={undo.isPending} onClick={() => undo.mutate({ id: rumorId, eventId: e.id })}>
                    {t('undoMerge')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
