import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import styles from './verify.module.css';

/** Plain GET form: works without JavaScript; what was typed stays in the field with the answer. */
export async function VerifyForm({ locale, defaultValue, error }: { locale: Language; defaultValue?: string; error?: string }) {
  const t = await getTranslations({ locale, namespace: 'verify' });
  return (
    <form method="get" action={`/${locale}/verify`} className={styles.form} noValidate>
      <div className="field">
        <label htmlFor="verify-text">{t('inputLabel')}</label>
        <p id="verify-hint" className={`muted ${styles.hint}`}>
          {t('inputHint')}
        </p>
        {error && (
          <p id="verify-error" className="field-error">
            {error}
          </p>
        )}
        <textarea
          id="verify-text"
          name="text"
          rows={3}
          className={styles.input}
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={5000}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'verify-error verify-hint' : 'verify-hint'}
          autoFocus={Boolean(error)}
        />
      </div>
      <button className="button" type="submit">
        {t('submit')}
      </button>
    </form>
  );
}
