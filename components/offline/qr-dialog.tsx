'use client';

// The modal both QR dialogs open in (showing a sequence, scanning one): nearly the whole phone screen,
// a title, a close button and a line of help. Escape and the close button both end it via onClose.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import styles from './qr-sequence.module.css';

export function QrDialog({ title, help, closeLabel, onClose, testId, children }: { title: string; help: string; closeLabel: string; onClose: () => void; testId: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId} onClose={onClose} data-testid={testId}>
      <div className={styles.head}>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button--secondary" onClick={() => dialog.current?.close()}>
          {closeLabel}
        </button>
      </div>
      <p className={styles.help}>{help}</p>
      {children}
    </dialog>
  );
}
