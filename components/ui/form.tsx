'use client';

// The parts every admin form is built from, so that each field is announced the same way: its
// label, then its hint and error read out with it (aria-describedby), aria-invalid while it is
// wrong; a form-level error that screen readers hear at once; the row of buttons.
//
//   <Field label={t('excerpt')} hint={t('excerptHint')} error={fieldError(errors.excerpt)}>
//     {(control) => <textarea rows={4} {...control} {...register('excerpt')} />}
//   </Field>
import { useEffect, useId, useRef, type InputHTMLAttributes, type ReactNode } from 'react';
import styles from './form.module.css';

/** What a control needs from its Field: spread it on the <input>, <select> or <textarea>. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': 'true' | 'false';
  'aria-describedby'?: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** One labelled control. `hint` (a sentence, a live counter) and `error` are read with it. */
export function Field({
  label,
  hint,
  error,
  id: givenId,
  labelHidden = false,
  describedBy: sharedDescription,
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated; nothing when the value is fine. */
  error?: string | null;
  /** Only when something else must point at the control; otherwise a unique id is made. */
  id?: string;
  /** The label is still read out, just not shown (a row of compact controls). */
  labelHidden?: boolean;
  /** Ids of other elements that also describe the control (a hint shared by several fields). */
  describedBy?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? 'true' : 'false', 'aria-describedby': describedBy(sharedDescription, hintId, errorId) })}
      {hint && (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Related choices (checkboxes, radios) under one legend, with the group's hint and error. */
export function FieldGroup({
  legend,
  hint,
  error,
  layout = 'row',
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** 'grid' for long lists (regions): columns that reflow down to one on a phone. */
  layout?: 'row' | 'grid';
  children: ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={styles.group} aria-describedby={describedBy(hintId, errorId)} aria-invalid={error ? 'true' : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      <div className={layout === 'grid' ? styles.choiceGrid : styles.choices}>{children}</div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A checkbox (or radio) and its words as one target. Takes everything an <input> takes, register() included. */
export function Choice({ label, type = 'checkbox', ...input }: { label: ReactNode; type?: 'checkbox' | 'radio' } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { ref?: React.Ref<HTMLInputElement> }) {
  return (
    <label className={styles.choice}>
      <input type={type} {...input} />
      <span>{label}</span>
    </label>
  );
}

/**
 * The form's own error (the server refused, the connection dropped): announced at once and focused,
 * so keyboard and screen-reader users land on it. Field errors stay beside their fields.
 */
/** One problem in the summary: its message, linking to the field (by id) that has it. */
export interface FormProblem {
  fieldId: string;
  message: string;
}

/**
 * What went wrong, at the top of the form and focused: the form's own message and, GOV.UK-style,
 * each field's problem as a link that moves to that field.
 */
export function FormErrorSummary({ error, problems = [], id }: { error?: string | null; problems?: FormProblem[]; id?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error, problems.length]);
  if (!error) return null;
  return (
    <div ref={box} id={id} className={`alert alert--error ${styles.summary}`} role="alert" tabIndex={-1}>
      {problems.length > 0 ? <p className={styles.summaryTitle}>{error}</p> : error}
      {problems.length > 0 && (
        <ul className={styles.summaryList}>
          {problems.map((problem) => (
            <li key={problem.fieldId + problem.message}>
              <a
                href={`#${problem.fieldId}`}
                onClick={(event) => {
                  const field = document.getElementById(problem.fieldId);
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                  field.scrollIntoView({ block: 'center' });
                }}
              >
                {problem.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The row of buttons that ends a form (submit first, then cancel). */
export function FormActions({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={className ? `${styles.actions} ${className}` : styles.actions}>{children}</div>;
}

/**
 * A form's submit button, held while the form is being sent (`pending`) so a double tap sends once;
 * `pendingLabel` is what it says meanwhile, where the form has words for that. `disabled` holds it for
 * other reasons too (nothing changed, another of the form's requests is running).
 */
export function SubmitButton({
  pending,
  pendingLabel,
  secondary = false,
  disabled = false,
  className,
  children,
}: {
  pending: boolean;
  pendingLabel?: ReactNode;
  secondary?: boolean;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const classes = ['button', secondary && 'button--secondary', className].filter(Boolean).join(' ');
  return (
    <button type="submit" className={classes} disabled={pending || disabled}>
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}

/** The end of a form opened in place: submit (held while it is being sent), then cancel. */
export function SubmitOrCancel({ submit, cancel, submitting, onCancel }: { submit: ReactNode; cancel: ReactNode; submitting: boolean; onCancel: () => void }) {
  return (
    <FormActions>
      <SubmitButton pending={submitting}>{submit}</SubmitButton>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {cancel}
      </button>
    </FormActions>
  );
}
