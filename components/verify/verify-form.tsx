import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import { PlainFormField } from '../ui/plain-form-field';
import { CODE_TYPING } from '../ui/code-typing';
import styles from './verify.module.css';

/** Plain GET form: works without JavaScript; what was typed stays in the field with the answer. */
export async function VerifyForm({ locale, defaultValue, error }: { locale: Language; defaultValue?: string; error?: string }) {
  const t = await getTranslations({ locale, namespace: 'verify' });
  return (
    <form method="get" action={`/${locale}/verify`} className={styles.form} noValidate>
      <PlainFormField id="verify-text" label={t('inputLabel')} hint={t('inputHint')} hintClassName={styles.hint} error={error}>
        {(control) => (
          <textarea
            name="text"
            rows={3}
            className={styles.input}
            defaultValue={defaultValue}
            {...CODE_TYPING}
            maxLength={5000}
            {...control}
          />
        )}
      </PlainFormField>
      <button className="button" type="submit">
        {t('submit')}
      </button>
    </form>
  );
}
