import type { ReactNode } from 'react';
import styles from './dashboard.module.css';

/** A chart with its title and, for screen readers and exact reading, the numbers in a table. */
export function ChartFigure({ id, title, summary, showNumbers, chart, legend, table }: { id: string; title: string; summary: string; showNumbers: string; chart: ReactNode; legend?: ReactNode; table: ReactNode }) {
  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted" id={`${id}-summary`} style={{ margin: '0 0 8px' }}>
        {summary}
      </p>
      {chart}
      {legend}
      <details className={styles.details}>
        <summary>{showNumbers}</summary>
        <div className={styles.tableWrap}>{table}</div>
      </details>
    </section>
  );
}
