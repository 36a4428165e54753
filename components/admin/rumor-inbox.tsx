'use client';

import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import type { InboxPage, InboxRumor } from '@/server/rumors/list-inbox';
import { AWAITING_CLUSTERING_CAP, type InboxFilters } from '@/server/rumors/schema';
import { useTRPC } from '../trpc/client';
import { BulkActions } from './inbox/bulk-actions';
import { MergeDone, type DoneMerge } from './rumor-page/merge-done';
import { InboxFilterBar } from './inbox/filter-bar';
import inboxStyles from './inbox/inbox.module.css';
import { useNewReportCount } from './inbox/use-new-reports';
import styles from './rumor-inbox.module.css';
import { useDates } from '../i18n/use-dates';

// Live events say when to look again; this slow poll only covers a dropped event stream.
const FALLBACK_POLL_MS = 60_000;
// A deadline means nothing once a rumour is published or closed.
const OPEN_STATUSES: ReadonlySet<string> = new Set(['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL']);

export function RumorInbox({
  initialPage,
  regionNames,
  regionOptions,
  actorId,
}: {
  initialPage: InboxPage;
  regionNames: Record<string, string>;
  regionOptions: { code: string; name: string }[];
  actorId: string;
}) {
  const t = useTranslations();
  const dates = useDates();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<InboxFilters>({});
  const [selected, setSelected] = useState<{ id: string; claim: string }[]>([]);
  const [notice, setNotice] = useState<{ message: string; merge?: DoneMerge }>({ message: '' });
  const newReports = useNewReportCount();
  const isDefaultView = Object.keys(filters).length === 0;

  const query = useInfiniteQuery(
    trpc.rumors.inbox.infiniteQueryOptions(filters, {
      getNextPageParam: (last) => last.nextCursor,
      initialData: isDefaultView ? { pages: [initialPage], pageParams: [null] } : undefined,
      refetchInterval: FALLBACK_POLL_MS,
    }),
  );
  const rumors = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const awaitingClustering = query.data?.pages[0]?.awaitingClustering ?? 0;
  const selectedIds = new Set(selected.map((s) => s.id));

  const applyFilters = (next: InboxFilters) => {
    setFilters(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as InboxFilters);
    setSelected([]);
  };
  const showNew = async () => {
    newReports.reset();
    await query.refetch();
  };
  const toggle = (rumor: InboxRumor) =>
    setSelected((current) => (current.some((s) => s.id === rumor.id) ? current.filter((s) => s.id !== rumor.id) : [...current, { id: rumor.id, claim: rumor.claim }]));
  const refreshInbox = () => queryClient.invalidateQueries({ queryKey: trpc.rumors.inbox.pathKey() });
  const afterBulkAction = async (message: string, merge?: DoneMerge) => {
    setSelected([]);
    setNotice({ message, merge });
    await refreshInbox();
  };

  return (
    <>
      <InboxFilterBar filters={filters} onApply={applyFilters} regionOptions={regionOptions} />
      <div className={inboxStyles.newReports} aria-live="polite">
        {newReports.count > 0 && (
          <button type="button" className="button button--secondary" onClick={() => void showNew()}>
            {t('inbox.newReports', { count: newReports.count })}
          </button>
        )}
      </div>
      {awaitingClustering > 0 && (
        <p className="muted" data-testid="awaiting-clustering">
          {awaitingClustering > AWAITING_CLUSTERING_CAP
            ? t('inbox.awaitingClusteringMany', { count: AWAITING_CLUSTERING_CAP })
            : t('inbox.awaitingClustering', { count: awaitingClustering })}
        </p>
      )}
      {notice.merge ? (
        <MergeDone key={notice.merge.mergeEventId} merge={notice.merge} message={notice.message} onUndone={() => void refreshInbox()} />
      ) : (
        <p role="status" className="muted">
          {notice.message}
        </p>
      )}
      {selected.length > 0 && <BulkActions selected={selected} actorId={actorId} onDone={(m, merge) => void afterBulkAction(m, merge)} onClear={() => setSelected([])} />}

      {query.isPending ? (
        <p className={styles.empty}>{t('inbox.loading')}</p>
      ) : rumors.length === 0 ? (
        <p className={styles.empty}>{isDefaultView ? t('admin.rumorsEmpty') : t('inbox.empty')}</p>
      ) : (
        <>
          <label className={styles.selectAll}>
            <input
              type="checkbox"
              checked={rumors.every((r) => selectedIds.has(r.id))}
              onChange={(event) => setSelected(event.target.checked ? rumors.map((r) => ({ id: r.id, claim: r.claim })) : [])}
            />
            {t('inbox.selectAll')}
          </label>
          <ul className={styles.list} aria-label={t('admin.rumorsTitle')}>
            {rumors.map((rumor) => (
              <li key={rumor.id} className={styles.row} data-priority={rumor.priorityLevel} data-status={rumor.status} data-testid="inbox-rumor">
                <label className={styles.check}>
                  <input type="checkbox" checked={selectedIds.has(rumor.id)} onChange={() => toggle(rumor)} aria-label={t('inbox.select', { claim: rumor.claim })} />
                </label>
                <div className={styles.body}>
                  <p className={styles.claim}>
                    <a href={`/${locale}/admin/rumors/${rumor.id}`}>{rumor.claim}</a>
                  </p>
                  <div className={styles.meta}>
                    <span className={`${styles.pill} ${rumor.priorityLevel === 'CRITICAL' ? styles.critical : ''}`}>
                      {t(`priority.${rumor.priorityLevel}`)}
                    </span>
                    <span className={styles.pill}>{t(`status.${rumor.status}`)}</span>
                    {rumor.dueAt &&
                      (rumor.overdue || OPEN_STATUSES.has(rumor.status)) &&
                      (rumor.overdue ? (
                        <span className={`${styles.pill} ${styles.critical}`}>⚠ {t('inbox.overdue', { date: dates.dateTime(rumor.dueAt) })}</span>
                      ) : (
                        <span>{t('inbox.due', { date: dates.relative(rumor.dueAt) })}</span>
                      ))}
                    <span>{t('admin.sightingsCount', { count: rumor.sightingCount })}</span>
                    {rumor.sightingsLast6h > 0 && <span className={styles.recent}>{t('inbox.sightingsLast6h', { count: rumor.sightingsLast6h })}</span>}
                    <span>{rumor.regionCodes.map((code) => regionNames[code] ?? code).join(', ')}</span>
                    <span>{t('admin.lastSeen', { date: dates.since(rumor.lastSeenAt) })}</span>
                    <span>{rumor.assigneeName ? t('inbox.assignedTo', { name: rumor.assigneeName }) : t('inbox.unassigned')}</span>
                    {rumor.isDemo && <span className="badge badge--demo">{t('common.demoBadge')}</span>}
                  </div>
                </div>
              </li>
            ))}
          </ul>
          {query.hasNextPage && (
            <p>
              <button type="button" className="button button--quiet" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {query.isFetchingNextPage ? t('inbox.loading') : t('inbox.loadMore')}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
