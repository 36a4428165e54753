import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage } from '@/server/i18n/languages';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { NotificationList } from '@/components/admin/notifications/notification-list';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { getVapidKeys } from '@/server/delivery/vapid';
import { listNotifications } from '@/server/notifications/list-notifications';
import { getNotificationSettings } from '@/server/notifications/settings';
import { NotificationSettings } from '@/components/admin/notifications/notification-settings';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru' });
  return { title: t('notifications.title') };
}

export default async function NotificationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/notifications');
  const [initialPage, settings, vapid] = await Promise.all([listNotifications(db(), actor), getNotificationSettings(db(), actor), getVapidKeys(db())]);
  return (
    <AdminIntlProvider locale={locale} namespaces={['notifications']}>
      <NotificationList initialPage={initialPage} />
      <NotificationSettings initial={settings} vapidPublicKey={vapid.publicKey} />
    </AdminIntlProvider>
  );
}
