'use client';

// Before publishing: which languages are ready, and an explicit tick for each one that will be
// published without its text (a notice may go out with a language missing, but never by accident).
import { useTranslations } from 'next-intl';
import { Choice, FieldGroup } from '../../ui/form';
import styles from './notice-editor.module.css';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import { useLanguageName } from '../../i18n/use-language-name';

export function CompletenessCheck({
  missing,
  allowMissing,
  onAllowMissing,
}: {
  missing: readonly Language[];
  allowMissing: readonly Language[];
  onAllowMissing: (languages: Language[]) => void;
}) {
  const t = useTranslations('noticeEditor');
  const languageName = useLanguageName();
  const noneComplete = missing.length === LANGUAGES.length;
  return (
    <section aria-labelledby="notice-completeness" className={styles.box}>
      <h3 id="notice-completeness" className={styles.boxTitle}>
        {t('completeness.title')}
      </h3>
      <ul className={styles.completeness} data-testid="notice-completeness">
        {LANGUAGES.map((language) =>
          missing.includes(language) ? (
            <li key={language} className={styles.missing}>
              {t('completeness.missing', { language: languageName(language) })}
            </li>
          ) : (
            <li key={language} className={styles.complete}>
              {t('completeness.complete', { language: languageName(language) })}
            </li>
          ),
        )}
      </ul>
      {noneComplete ? (
        <p className="muted" style={{ margin: 0 }}>
          {t('completeness.noneComplete')}
        </p>
      ) : (
        missing.length > 0 && (
          <FieldGroup legend={t('completeness.tickMissing')}>
            {missing.map((language) => (
              <Choice
                key={language}
                label={t('completeness.allowMissing', { language: languageName(language) })}
                checked={allowMissing.includes(language)}
                onChange={(event) => onAllowMissing(event.target.checked ? [...allowMissing, language] : allowMissing.filter((l) => l !== language))}
              />
            ))}
          </FieldGroup>
        )
      )}
    </section>
  );
}
