'use client';

// Plain links (work without JavaScript) to the same page in each language.
import { usePathname } from 'next/navigation';
import { LANGUAGE_NAMES, LANGUAGE_PATTERN, LANGUAGE_SHORT_NAMES, LANGUAGES, type Language } from '@/server/i18n/languages';
import styles from './language-switcher.module.css';

const LANGUAGE_PREFIX = new RegExp(`^/(${LANGUAGE_PATTERN})(?=/|$)`);

export function LanguageSwitcher({ current, label }: { current: Language; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(LANGUAGE_PREFIX, '');
  return (
    <nav aria-label={label}>
      <ul className={styles.switcher}>
        {LANGUAGES.map((locale) => (
          <li key={locale}>
            <a
              className={styles.link}
              href={`/${locale}${rest}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              title={LANGUAGE_NAMES[locale]}
            >
              <span aria-hidden="true">{LANGUAGE_SHORT_NAMES[locale]}</span>
              <span className="visually-hidden">{LANGUAGE_NAMES[locale]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
