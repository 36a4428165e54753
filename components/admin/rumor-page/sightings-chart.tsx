'use client';

import { useTranslations } from 'next-intl';
import styles from './rumor-page.module.css';
import { useDates } from '../../i18n/use-dates';

const WIDTH = 360;
const HEIGHT = 96;

/** Sightings per hour over the last 72 hours, as plain SVG bars (no chart library). */
export function SightingsChart({ timeline }: { timeline: { hour: Date; count: number }[] }) {
  const t = useTranslations('rumorPage');
  const dates = useDates();
  const max = Math.max(1, ...timeline.map((h) => h.count));
  const total = timeline.reduce((sum, h) => sum + h.count, 0);
  const bar = WIDTH / timeline.length;
  return (
    <section className={styles.section} aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timelineTitle')}</h2>
      <p className="muted" style={{ marginTop: 0 }}>{t('timelineSummary', { count: total, max: total ? max : 0 })}</p>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT + 2}`} role="img" aria-label={t('timelineSummary', { count: total, max: total ? max : 0 })}>
        <line x1={0} x2={WIDTH} y1={HEIGHT + 1} y2={HEIGHT + 1} stroke="var(--color-border)" />
        {timeline.map((h, i) => {
          const height = h.count ? Math.max(3, (h.count / max) * HEIGHT) : 0;
          return (
            <rect key={i} x={i * bar + 0.5} y={HEIGHT - height} width={Math.max(1, bar - 1)} height={height} rx={1} fill="var(--color-brand)">
              <title>{`${dates.dateTime(h.hour)}: ${h.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className={styles.axis} aria-hidden="true">
        <span>{t('timelineStart')}</span>
        <span>{t('timelineEnd')}</span>
      </div>
    </section>
  );
}
