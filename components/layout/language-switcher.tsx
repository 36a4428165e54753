'use client';

// Plain links (work without JavaScript) to the same page in each language.
import { usePathname } from 'next/navigation';
import { locales, type Locale } from '../i18n/routing';
import styles from './language-switcher.module.css';

const SHORT_NAMES: Record<Locale, string> = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' };
const FULL_NAMES: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/(kk|ru|en)(?=\/|$)/, '');
  return (
    <nav aria-label={label}>
      <ul className={styles.switcher}>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              className={styles.link}
              href={`/${locale}${rest}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              title={FULL_NAMES[locale]}
            >
              <span aria-hidden="true">{SHORT_NAMES[locale]}</span>
              <span className="visually-hidden">{FULL_NAMES[locale]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
