import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import styles from './tracking.module.css';

/** Plain GET form: works without JavaScript; the track page validates and redirects. */
export async function TrackingCodeForm({ locale, defaultValue, error }: { locale: Language; defaultValue?: string; error?: string }) {
  const t = await getTranslations({ locale, namespace: 'track' });
  return (
    <form method="get" action={`/${locale}/track`} className={styles.form} noValidate>
      <div className="field">
        <label htmlFor="code">{t('codeLabel')}</label>
        <p id="code-hint" className={`muted ${styles.hint}`}>
          {t('codeHint')}
        </p>
        {error && (
          <p id="code-error" className="field-error">
            {error}
          </p>
        )}
        <input
          id="code"
          name="code"
          type="text"
          className={styles.codeInput}
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={20}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'code-error code-hint' : 'code-hint'}
          // Without JavaScript this is the only way to bring the reader back to the field in error.
          autoFocus={Boolean(error)}
        />
      </div>
      <button className="button" type="submit">
        {t('submit')}
      </button>
    </form>
  );
}
