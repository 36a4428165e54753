'use client';

import { useTranslations } from 'next-intl';
import type { RumorDetail } from '@/server/rumors/get-rumor-detail';
import styles from './rumor-page.module.css';

/** The documented priority formula (server/rumors/priority.ts), factor by factor. */
export function PriorityReasons({ rumor }: { rumor: RumorDetail }) {
  const t = useTranslations('rumorPage');
  const tAll = useTranslations();
  return (
    <section className={styles.section} aria-labelledby="priority-title">
      <h2 id="priority-title">{t('priorityTitle')}</h2>
      <p style={{ marginTop: 0 }}>
        <span className={styles.pill} data-priority={rumor.priority.level}>
          {t('priorityScore', { level: tAll(`priority.${rumor.priority.level}`), score: rumor.priority.score })}
        </span>
      </p>
      <ul className={styles.reasons}>
        {rumor.priority.reasons.map((reason) => (
          <li key={reason.factor} data-zero={reason.points === 0}>
            <span>{t(`factor.${reason.factor}`)}</span>
            <span className={styles.points}>{t('points', { points: reason.points })}</span>
          </li>
        ))}
      </ul>
      {/* A flag is a risk term a report named, in that report's words: quoted as found, never as an id. */}
      {rumor.riskFlags.length > 0 && (
        <p className="muted" style={{ marginBottom: 0 }}>
          {t('riskTerms', { terms: rumor.riskFlags.map((term) => t('riskTerm', { term })).join(', ') })}
        </p>
      )}
    </section>
  );
}
