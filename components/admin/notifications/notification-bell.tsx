'use client';

// The header's bell: how many unread notifications, kept current by the staff live channel (a
// `notifications.changed` event for this member refetches the count; so does a reconnect).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useTRPC } from '../../trpc/client';
import { useStaffEvent } from '../../live/use-staff-events';
import { formatNumber } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';
import styles from './notifications.module.css';

export function NotificationBell({ initialCount }: { initialCount: number }) {
  const t = useTranslations('notifications');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const count = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { initialData: initialCount }));
  const refetch = () => void queryClient.invalidateQueries({ queryKey: trpc.notifications.unreadCount.queryKey() });
  useStaffEvent('notifications.changed', refetch, refetch);
  const unread = count.data ?? 0;
  return (
    <a className={styles.bell} href={`/${locale}/admin/notifications`} aria-label={t('badge', { count: unread })} data-testid="notification-bell">
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      <span className={styles.bellLabel}>{t('nav')}</span>
      {unread > 0 && (
        <span className={styles.count} data-testid="notification-count" aria-hidden="true">
          {unread > 99 ? '99+' : formatNumber(locale as Language, unread)}
        </span>
      )}
    </a>
  );
}
