'use client';

// What an admin form says after a save: "Saved …" or what went wrong, in a polite live region under
// the form. One home for the pattern every settings form repeated (state, try/catch, the alert).
import { useState } from 'react';
import { useServerErrorMessage, type FormMessageNamespace } from './form-errors';

export type SaveStatus = { kind: 'info' | 'error'; text: string } | null;

/** `run(work)` clears the status, then shows the message `work` returns, or the server's error in words. */
export function useSaveStatus(namespace: FormMessageNamespace) {
  const serverError = useServerErrorMessage(namespace);
  const [status, setStatus] = useState<SaveStatus>(null);
  const run = async (work: () => Promise<string>) => {
    setStatus(null);
    try {
      setStatus({ kind: 'info', text: await work() });
    } catch (error) {
      setStatus({ kind: 'error', text: serverError(error) });
    }
  };
  return { status, run };
}

export function SaveStatusMessage({ status }: { status: SaveStatus }) {
  return (
    <div role="status" aria-live="polite">
      {status && (
        <p className={`alert alert--${status.kind}`} style={{ marginTop: 16, marginBottom: 0 }}>
          {status.text}
        </p>
      )}
    </div>
  );
}
