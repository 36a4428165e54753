import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/server/policy';
import { LanguageSwitcher } from '../layout/language-switcher';
import type { Locale } from '../i18n/routing';
import { SignOutButton } from './sign-out-button';
import styles from './admin-header.module.css';

export async function AdminHeader({ locale, user }: { locale: Locale; user: Pick<Actor, 'name' | 'role'> }) {
  const t = await getTranslations({ locale });
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`} style={{ maxWidth: 1200 }}>
        <a className={styles.brand} href={`/${locale}/admin`}>
          Raspa · {t('admin.title')}
        </a>
        <nav aria-label={t('admin.navigation')} className={styles.nav}>
          <a href={`/${locale}/admin`}>{t('admin.navInbox')}</a>
          {user.role !== 'VERIFIER' && (
            <a href={`/${locale}/admin/sources`}>
              {t('verification.navSources')}
            </a>
          )}
          <a href={`/${locale}/admin/tasks`}>
            {t('verification.navTasks')}
          </a>
          {user.role !== 'VERIFIER' && (
            <a href={`/${locale}/admin/dashboard`}>
              {t('dashboard.nav')}
            </a>
          )}
          {user.role !== 'VERIFIER' && <a href={`/${locale}/admin/channels`}>{t('channels.nav')}</a>}
          {user.role !== 'VERIFIER' && <a href={`/${locale}/admin/exports`}>{t('staffExport.nav')}</a>}
          {user.role === 'ADMIN' && (
            <a href={`/${locale}/admin/settings`}>
              {t('settings.nav')}
            </a>
          )}
          {user.role === 'ADMIN' && <a href={`/${locale}/admin/webhooks`}>{t('webhooks.navLabel')}</a>}
          {user.role === 'ADMIN' && <a href={`/${locale}/admin/transparency`}>{t('transparency.admin.nav')}</a>}
        </nav>
        <div className={styles.user}>
          <span>
            {t('auth.signedInAs', { name: user.name })} · {t(`roles.${user.role}`)}
          </span>
          <div className={styles.switcher}>
            <LanguageSwitcher current={locale} label={t('common.language')} />
          </div>
          <SignOutButton label={t('auth.signOut')} locale={locale} />
        </div>
      </div>
    </header>
  );
}
