// A titled card of an admin page. Its heading names the region for screen readers (aria-labelledby),
// so "Telegram bot" or "Response deadlines" is a landmark one can jump to.
import type { ReactNode } from 'react';
import styles from './section.module.css';

export function Section({ titleId, title, intro, className, children }: { titleId: string; title: ReactNode; intro?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section className={className ? `${styles.section} ${className}` : styles.section} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}
