'use client';

// One term of a list the admin curates (risk terms, the claim lexicon): its words, in their
// language, and a × that removes it.
import type { ReactNode } from 'react';
import type { Language } from '@/server/i18n/languages';
import styles from './settings.module.css';

export function RemovableTerm({
  language,
  removeLabel,
  removeTitle,
  disabled,
  onRemove,
  children,
}: {
  language: Language;
  /** Names the term, for a screen reader: "Remove “…”". */
  removeLabel: string;
  removeTitle: string;
  disabled: boolean;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <li className={styles.term} lang={language}>
      {children}
      <button type="button" className={styles.remove} aria-label={removeLabel} title={removeTitle} disabled={disabled} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
