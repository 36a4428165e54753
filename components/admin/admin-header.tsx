import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/server/policy';
import { LanguageSwitcher } from '../layout/language-switcher';
import type { Language } from '@/server/i18n/languages';
import { SignOutButton } from './sign-out-button';
import { AdminMenu } from './admin-menu';
import { AdminIntlProvider } from './admin-intl';
import { NotificationBell } from './notifications/notification-bell';
import styles from './admin-header.module.css';

/** `unreadNotifications` is null for who has no notification centre (the hotline's PROXY, or a gated member). */
export async function AdminHeader({ locale, user, gated, unreadNotifications }: { locale: Language; user: Pick<Actor, 'name' | 'role'>; gated: boolean; unreadNotifications: number | null }) {
  const t = await getTranslations({ locale });
  const { role } = user;
  // A member who must first change their password (or set up two-factor) sees their account only;
  // the hotline's PROXY sees the hotline and their account.
  const links: { href: string; label: string; show: boolean }[] = [
    { href: '/admin', label: t('admin.navInbox'), show: role === 'ADMIN' || role === 'MODERATOR' },
    { href: '/admin/sources', label: t('verification.navSources'), show: role === 'ADMIN' || role === 'MODERATOR' },
    { href: '/admin/tasks', label: t('verification.navTasks'), show: role !== 'PROXY' },
    { href: '/admin/dashboard', label: t('dashboard.nav'), show: role === 'ADMIN' || role === 'MODERATOR' },
    { href: '/admin/channels', label: t('channels.nav'), show: role === 'ADMIN' || role === 'MODERATOR' },
    { href: '/admin/exports', label: t('staffExport.nav'), show: role === 'ADMIN' || role === 'MODERATOR' },
    { href: '/admin/hotline', label: t('hotline.nav'), show: role === 'ADMIN' || role === 'PROXY' },
    { href: '/admin/settings', label: t('settings.nav'), show: role === 'ADMIN' },
    { href: '/admin/webhooks', label: t('webhooks.navLabel'), show: role === 'ADMIN' },
    { href: '/admin/transparency', label: t('transparency.admin.nav'), show: role === 'ADMIN' },
    { href: '/admin/staff', label: t('staff.nav'), show: role === 'ADMIN' },
    { href: '/admin/audit', label: t('auditLog.nav'), show: role === 'ADMIN' },
  ];
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`} style={{ maxWidth: 1200 }}>
        <a className={styles.brand} href={`/${locale}${role === 'PROXY' ? '/admin/hotline' : role === 'VERIFIER' ? '/admin/tasks' : '/admin'}`}>
          Raspa · {t('admin.title')}
        </a>
        {/* Outside the menu: the unread count is in sight on a phone too. */}
        {unreadNotifications !== null && (
          <div className={styles.bellSlot}>
            <AdminIntlProvider locale={locale} namespaces={['notifications']}>
              <NotificationBell initialCount={unreadNotifications} />
            </AdminIntlProvider>
          </div>
        )}
        <AdminMenu label={t('admin.menu')} closeLabel={t('admin.menuClose')}>
        <nav aria-label={t('admin.navigation')} className={styles.nav}>
          {!gated &&
            links
              .filter((link) => link.show)
              .map((link) => (
                <a key={link.href} href={`/${locale}${link.href}`}>
                  {link.label}
                </a>
              ))}
        </nav>
        <div className={styles.user}>
          <a className={styles.account} href={`/${locale}/admin/account`}>
            {t('auth.signedInAs', { name: user.name })} · {t(`roles.${role}`)}
          </a>
          <div className={styles.switcher}>
            <LanguageSwitcher current={locale} label={t('common.language')} />
          </div>
          <SignOutButton label={t('auth.signOut')} locale={locale} />
        </div>
        </AdminMenu>
      </div>
    </header>
  );
}
