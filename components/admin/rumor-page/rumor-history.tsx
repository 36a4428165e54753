'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';

const KNOWN = new Set(['report.submitted', 'report.confirmed_match', 'report.clustered', 'rumor.created_from_report', 'rumor.status_changed', 'rumor.assigned', 'rumor.claim_edited', 'rumor.comment_added', 'rumor.dismissed', 'rumor.merged', 'rumor.merge_received', 'rumor.created_by_split', 'report.split', 'rumor.joined_across_languages', 'rumor.join_split']);
/** Who acted when no staff member did (audit actorLabel). */
const NON_STAFF_ACTORS = new Set(['citizen', 'system', 'sms-gateway']);
const STATUSES = new Set(['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED', 'DISMISSED', 'MERGED']);

function statusOf(value: unknown): string | null {
  const status = value && typeof value === 'object' && 'status' in value ? (value as { status: unknown }).status : null;
  return typeof status === 'string' && STATUSES.has(status) ? status : null;
}

export function RumorHistory({ rumorId }: { rumorId: string }) {
  const t = useTranslations('rumorPage');
  const tAll = useTranslations();
  const format = useFormatter();
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
          {events.map((e) => {
            const from = statusOf(e.before);
            const to = statusOf(e.after);
            return (
              <li key={e.id}>
                <time dateTime={new Date(e.createdAt).toISOString()}>{format.dateTime(new Date(e.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
                <strong>{!e.byStaff && NON_STAFF_ACTORS.has(e.actorName) ? t(`historyActor.${e.actorName as 'citizen'}`) : e.actorName}</strong> {KNOWN.has(e.action) ? t(`historyAction.${e.action.replace('.', '_') as 'rumor_assigned'}`) : t('historyAction.other', { action: e.action })}
                {from && to && <> ({t('historyStatus', { from: tAll(`status.${from}`), to: tAll(`status.${to}`) })})</>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
