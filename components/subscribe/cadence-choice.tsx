// "How often": each notice at once, or a daily or weekly digest — the same radio group on the
// subscribe form and on the manage page (plain form fields: works without JavaScript).
import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import { CADENCES, type Cadence } from '@/server/subscriptions/schema';
import styles from './subscribe.module.css';

const CADENCE_LABELS: Record<Cadence, 'cadenceImmediate' | 'cadenceDaily' | 'cadenceWeekly'> = {
  IMMEDIATE: 'cadenceImmediate',
  DAILY: 'cadenceDaily',
  WEEKLY: 'cadenceWeekly',
};

export async function CadenceChoice({ locale, chosen, invalid = false, legendHidden = false }: { locale: Language; chosen: Cadence; invalid?: boolean; legendHidden?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'subscribe' });
  return (
    <fieldset className={styles.cadences} aria-describedby="cadence-hint" aria-invalid={invalid ? 'true' : undefined}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{t('cadenceLegend')}</legend>
      {CADENCES.map((cadence) => (
        <label key={cadence} className={styles.check}>
          <input type="radio" name="cadence" value={cadence} defaultChecked={cadence === chosen} />
          {t(CADENCE_LABELS[cadence])}
        </label>
      ))}
      <p className={`muted ${styles.hint}`} id="cadence-hint">
        {t('cadenceHint')}
      </p>
    </fieldset>
  );
}
