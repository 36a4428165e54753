import type { Verdict } from '@/server/db/generated/enums';
import styles from './verdict-stamp.module.css';

/** The verdict as the first thing a reader sees on a notice: a large label and what it means. */
export function VerdictStamp({ verdict, caption, label, meaning }: { verdict: Verdict; caption: string; label: string; meaning: string }) {
  return (
    <div className={`${styles.stamp} ${styles[verdict] ?? ''}`}>
      <p className={styles.label}>
        <span className="visually-hidden">{caption}: </span>
        {label}
      </p>
      <p className={styles.meaning}>{meaning}</p>
    </div>
  );
}
