'use client';

// On a phone the admin header is one row — the brand and a "Menu" button — so that the work
// (the inbox's first rumour, a task) is on the first screen; the menu opens the navigation, the
// account, the languages and sign-out. On wider screens everything is shown and the button hidden.
import { useEffect, useId, useState, type ReactNode } from 'react';
import styles from './admin-header.module.css';

export function AdminMenu({ label, closeLabel, children }: { label: string; closeLabel: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button type="button" className={`button button--quiet ${styles.menuButton}`} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? closeLabel : label}
      </button>
      <div id={id} className={styles.collapsible} data-open={open}>
        {children}
      </div>
    </>
  );
}
