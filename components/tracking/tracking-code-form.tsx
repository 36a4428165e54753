import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import { PlainFormField } from '../ui/plain-form-field';
import { CODE_TYPING } from '../ui/code-typing';
import styles from './tracking.module.css';

/** Plain GET form: works without JavaScript; the track page validates and redirects. */
export async function TrackingCodeForm({ locale, defaultValue, error }: { locale: Language; defaultValue?: string; error?: string }) {
  const t = await getTranslations({ locale, namespace: 'track' });
  return (
    <form method="get" action={`/${locale}/track`} className={styles.form} noValidate>
      <PlainFormField id="code" label={t('codeLabel')} hint={t('codeHint')} hintClassName={styles.hint} error={error}>
        {(control) => (
          <input
            name="code"
            type="text"
            className={styles.codeInput}
            defaultValue={defaultValue}
            {...CODE_TYPING}
            enterKeyHint="go"
            maxLength={20}
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
