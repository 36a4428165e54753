'use client';

// What an admin form says after a save: "Saved …" or what went wrong, in a polite live region under
// the form. One home for the pattern every settings form repeated (state, try/catch, the alert).
import { useState } from 'react';
import { useServerErrorMessage, type FormMessageNamespace } from './form-errors';

export type SaveStatus = { kind: 'info' | 'error'; text: string } | null;

/**
 * `run(work)` clears the status, then shows what `work` returns — its words of success, a status of its
 * own (a connection test the server ran and that failed), or null for nothing — or, when it throws,
 * the server's refusal in words. `show` sets the status directly (a list's mutation callbacks);
 * `error` is the status's text when it is an error, for a FormErrorSummary.
 */
export function useSaveStatus(namespace: FormMessageNamespace) {
  const serverError = useServerErrorMessage(namespace);
  const [status, setStatus] = useState<SaveStatus>(null);
  const run = async (work: () => Promise<string | SaveStatus>) => {
    setStatus(null);
    try {
      const outcome = await work();
      setStatus(typeof outcome === 'string' ? { kind: 'info', text: outcome } : outcome);
    } catch (error) {
      setStatus({ kind: 'error', text: serverError(error) });
    }
  };
  const showError = (error: unknown) => setStatus({ kind: 'error', text: serverError(error) });
  return { status, run, show: setStatus, showError, error: status?.kind === 'error' ? status.text : null, info: status?.kind === 'info' ? status.text : null };
}

/**
 * Where the status stands decides how it looks:
 * - `belowForm` (the default): under a settings form, one alert either way, in a polite live region;
 * - `inline`: one line inside a compact row form (a region's risk), muted when all went well and in
 *   the error colour otherwise;
 * - `inFlow`: among a panel's content (the verification panels, a member's sessions, a report card):
 *   the alert's own spacing, success in a polite live region that is always there, a failure as an
 *   alert heard at once;
 * - `errorOnly`: buttons whose success shows in the page itself (a rumour's status and assignee): only
 *   a failure, as an alert heard at once, without spacing of its own (it stands in a grid with gaps).
 */
export function SaveStatusMessage({ status, layout = 'belowForm', testId }: { status: SaveStatus; layout?: 'belowForm' | 'inline' | 'inFlow' | 'errorOnly'; testId?: string }) {
  if (layout === 'errorOnly') {
    return status?.kind === 'error' ? (
      <p className="alert alert--error" role="alert" style={{ margin: 0 }} data-testid={testId}>
        {status.text}
      </p>
    ) : null;
  }
  if (layout === 'inline') {
    return (
      <span role="status" aria-live="polite" className={status?.kind === 'error' ? 'field-error' : 'muted'} style={{ flexBasis: '100%' }} data-testid={testId}>
        {status?.text}
      </span>
    );
  }
  if (layout === 'inFlow') {
    return (
      <>
        <div role="status" aria-live="polite">
          {status?.kind === 'info' && (
            <p className="alert alert--info" data-testid={testId}>
              {status.text}
            </p>
          )}
        </div>
        {status?.kind === 'error' && (
          <p className="alert alert--error" role="alert" data-testid={testId}>
            {status.text}
          </p>
        )}
      </>
    );
  }
  return (
    <div role="status" aria-live="polite">
      {status && (
        <p className={`alert alert--${status.kind}`} style={{ marginTop: 16, marginBottom: 0 }} data-testid={testId}>
          {status.text}
        </p>
      )}
    </div>
  );
}
