// The one field of a plain HTML form on a public page (a tracking code, a claim to check, a report to
// forget), which works without JavaScript: the hint and the error stand between the label and the control, so a
// screen reader hears them before the control, and the control takes the focus when the page comes
// back with an error: without JavaScript that is the only way to bring the reader back to it.
// No client code: it renders on the server with its page.
import type { ReactNode } from 'react';

/** What the control needs: spread it on the <input> or <textarea>. */
export interface PlainFormControlProps {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string;
  autoFocus: boolean;
}

export function PlainFormField({
  id,
  label,
  hint,
  hintClassName,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  hintClassName?: string;
  /** Already translated; nothing when the value is fine. */
  error?: string | null;
  children: (control: PlainFormControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className={hintClassName ? `muted ${hintClassName}` : 'muted'}>
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': error ? `${errorId} ${hintId}` : hintId, autoFocus: Boolean(error) })}
    </div>
  );
}
