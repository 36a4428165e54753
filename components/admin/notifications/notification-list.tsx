'use client';

// The notification centre: newest first, unread ones marked; opening one marks it read and goes
// where it points (the rumour, or a verifier's task). Live: a new notification, or ones read in
// another tab, refetch the list.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMemo, useState, type MouseEvent } from 'react';
import type { listNotifications } from '@/server/notifications/list-notifications';
import { notificationPath } from '@/server/notifications/kinds';
import { useTRPC } from '../../trpc/client';
import { useStaffEvent } from '../../live/use-staff-events';
import { useDates } from '../../i18n/use-dates';
import styles from './notifications.module.css';

type Page = Awaited<ReturnType<typeof listNotifications>>;
type Item = Page['items'][number];

export function NotificationList({ initialPage }: { initialPage: Page }) {
  const t = useTranslations('notifications');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { unread: unreadOnly },
      { getNextPageParam: (last) => last.nextCursor, initialData: unreadOnly ? undefined : { pages: [initialPage], pageParams: [null] } },
    ),
  );
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.notifications.list.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.notifications.unreadCount.queryKey() });
  };
  useStaffEvent('notifications.changed', refresh, refresh);
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess: refresh }));
  const anyUnread = items.some((item) => !item.readAt);

  return (
    <section className={styles.centre} aria-labelledby="notifications-heading">
      <div className={styles.heading}>
        <h1 id="notifications-heading">{t('title')}</h1>
        <button type="button" className="button button--secondary" disabled={!anyUnread || markAll.isPending} onClick={() => markAll.mutate()}>
          {t('markAllRead')}
        </button>
      </div>
      <p className="muted">{t('intro')}</p>
      <div role="group" aria-label={t('filterLabel')} className={styles.filter}>
        <button type="button" className={`button ${unreadOnly ? 'button--quiet' : ''}`} aria-pressed={!unreadOnly} onClick={() => setUnreadOnly(false)}>
          {t('all')}
        </button>
        <button type="button" className={`button ${unreadOnly ? '' : 'button--quiet'}`} aria-pressed={unreadOnly} onClick={() => setUnreadOnly(true)}>
          {t('unread')}
        </button>
      </div>
      {query.isError && (
        <p className="alert alert--error" role="alert">
          {t('loadError')}
        </p>
      )}
      {query.isSuccess && items.length === 0 && <p className="alert alert--info">{unreadOnly ? t('emptyUnread') : t('empty')}</p>}
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id}>
            <NotificationRow item={item} onRead={refresh} />
          </li>
        ))}
      </ul>
      {query.hasNextPage && (
        <button type="button" className="button button--secondary" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('more')}
        </button>
      )}
    </section>
  );
}

function NotificationRow({ item, onRead }: { item: Item; onRead: () => void }) {
  const t = useTranslations('notifications');
  const locale = useLocale();
  const dates = useDates();
  const trpc = useTRPC();
  const router = useRouter();
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: onRead }));
  const href = `/${locale}${notificationPath(item)}`;
  const unread = !item.readAt;
  const text = t(`kinds.${item.kind}`, { actor: item.actor?.name ?? t('someone'), count: item.count });
  // Read first, then go: leaving at once could cancel the write.
  const open = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!unread || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    await markRead.mutateAsync({ ids: [item.id] }).catch(() => undefined);
    router.push(href);
  };
  return (
    <article className={`${styles.item} ${unread ? styles.unread : ''}`} aria-labelledby={`notification-${item.id}`}>
      <a id={`notification-${item.id}`} className={styles.link} href={href} onClick={(event) => void open(event)}>
        {unread && <span className="visually-hidden">{t('unreadMark')}: </span>}
        <span className={styles.what}>{text}</span>
        <span className={styles.claim}>{item.rumor.claim}</span>
      </a>
      <div className={styles.meta}>
        <time dateTime={new Date(item.createdAt).toISOString()} title={dates.dateTime(item.createdAt)}>
          {dates.since(item.createdAt)}
        </time>
        {unread && (
          <button type="button" className="button button--quiet" disabled={markRead.isPending} onClick={() => markRead.mutate({ ids: [item.id] })}>
            {t('markRead')}
          </button>
        )}
      </div>
    </article>
  );
}
