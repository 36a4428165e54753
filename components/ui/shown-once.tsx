'use client';

// A secret the server shows once — an invitation link, a one-time password, recovery codes — with
// a copy button. It is announced when it appears; once the page is left it cannot be shown again.
import { useState, type ReactNode } from 'react';
import styles from './shown-once.module.css';

export function ShownOnce({ title, children, value, copyLabel, copiedLabel, testId }: { title: ReactNode; children?: ReactNode; value: string; copyLabel: string; copiedLabel: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, an old browser): the value stays selectable.
      setCopied(false);
    }
  }
  return (
    <div className={`alert alert--info ${styles.box}`} role="status">
      <p className={styles.title}>{title}</p>
      <pre className={styles.value} data-testid={testId} tabIndex={0}>
        {value}
      </pre>
      <div className={styles.actions}>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <span aria-live="polite">{copied ? copiedLabel : ''}</span>
      </div>
      {children}
    </div>
  );
}
