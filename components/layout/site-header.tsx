import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import { LanguageSwitcher } from './language-switcher';
import styles from './site-header.module.css';

export async function SiteHeader({ locale }: { locale: Language }) {
  const t = await getTranslations({ locale });
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <a className={styles.brand} href={`/${locale}`}>
          <span className={styles.brandName}>{t('common.appName')}</span>
          <span className={styles.brandTagline}>{t('common.tagline')}</span>
        </a>
        <LanguageSwitcher current={locale} label={t('common.language')} />
      </div>
    </header>
  );
}
