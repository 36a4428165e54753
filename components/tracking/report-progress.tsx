import { getFormatter, getTranslations } from 'next-intl/server';
import type { TrackingStatus } from '@/server/reports/track-report';
import type { Language } from '@/server/i18n/languages';
import styles from './tracking.module.css';

type StepState = 'done' | 'active' | 'upcoming' | 'closed';
type StepKey = 'received' | 'checking' | 'verdict' | 'closed';

// received → being checked → verdict; a dismissed report ends in "closed" instead of a verdict.
const STEPS: Record<TrackingStatus, [StepKey, StepState][]> = {
  received: [['received', 'done'], ['checking', 'upcoming'], ['verdict', 'upcoming']],
  checking: [['received', 'done'], ['checking', 'active'], ['verdict', 'upcoming']],
  verdict: [['received', 'done'], ['checking', 'done'], ['verdict', 'done']],
  closed: [['received', 'done'], ['checking', 'done'], ['closed', 'closed']],
};

const CURRENT_INDEX: Record<TrackingStatus, number> = { received: 0, checking: 1, verdict: 2, closed: 2 };
const MARKERS: Record<StepState, string> = { done: '✓', active: '…', upcoming: '', closed: '–' };

export async function ReportProgress({ locale, status, receivedAt }: { locale: Language; status: TrackingStatus; receivedAt: Date }) {
  const t = await getTranslations({ locale, namespace: 'track' });
  const format = await getFormatter({ locale });
  return (
    <ol className={styles.steps}>
      {STEPS[status].map(([key, state], index) => (
        <li key={key} className={`${styles.step} ${styles[state]}`} aria-current={index === CURRENT_INDEX[status] ? 'step' : undefined}>
          <span className={styles.marker} aria-hidden="true">
            {MARKERS[state] || index + 1}
          </span>
          <span className={styles.stepText}>
            <span className={styles.stepLabel}>{t(`steps.${key}`)}</span>
            <span className="visually-hidden"> ({t(`stepState.${state}`)})</span>
            {key === 'received' && (
              <time className={styles.stepDetail} dateTime={receivedAt.toISOString()}>
                {format.dateTime(receivedAt, { dateStyle: 'long', timeStyle: 'short' })}
              </time>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
