'use client';

// One setup for the staff pages' filter forms (audit log, staff exports): a plain GET form that comes
// back to the page, so it works without JavaScript and the server checks it; with JavaScript,
// react-hook-form and zod check it first, so a wrong day or a reversed range is explained beside its
// field before anything is sent. The days are text in the reader's own way of writing dates
// (31.03.2026 in kk and ru, 31/03/2026 in en; components/ui/typed-days.ts): a date picker shows its
// own locale's pattern, and headless Chromium and many phones have no Kazakh one.
//
//   const { formProps, field, day, register } = useFilterForm(filtersSchema, { values, serverErrors, idPrefix: 'export' });
//   <form {...formProps} className="card">
//     {field('region', t('region'), (described) => <select id="export-region" defaultValue={values.region} {...described} {...register('region')}>…</select>)}
//     {day('from', t('from'))}
//   </form>
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRef, type FormEvent, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';

/** What a field's control takes to be tied to its error: aria-invalid and aria-describedby while there is one. */
export type Described = { 'aria-invalid'?: 'true'; 'aria-describedby'?: string };

export function useFilterForm<Values extends FieldValues & { [K in keyof Values]: string }>(
  schema: z.ZodType<Values, Values>,
  {
    values,
    serverErrors,
    idPrefix,
  }: {
    /** The values the page was given (the query), rendered as the fields' default values. */
    values: Values;
    /** The server's verdict on those values (translated), shown until the form is sent again. */
    serverErrors: Partial<Record<keyof Values, string>>;
    /** Prefix of the controls' ids: `<prefix>-<name>`, its error `<prefix>-<name>-error`. */
    idPrefix: string;
  },
) {
  const tErrors = useTranslations('errors');
  const tCommon = useTranslations('common');
  const form = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitted },
  } = useForm<Values>({ defaultValues: values as DefaultValues<Values>, resolver: zodResolver(schema) });

  const errorOf = (name: keyof Values & string): string | undefined => {
    const key = (errors[name] as { message?: string } | undefined)?.message;
    if (key) return tErrors.has(key as 'invalid') ? tErrors(key as 'invalid') : tErrors('invalid');
    return isSubmitted ? undefined : serverErrors[name];
  };

  /** A labelled field: its control (given the aria attributes that tie it to its error) and the error under it. */
  const field = (name: keyof Values & string, label: string, control: (described: Described) => ReactNode) => {
    const error = errorOf(name);
    const described: Described = error ? { 'aria-invalid': 'true', 'aria-describedby': `${idPrefix}-${name}-error` } : {};
    return (
      <div className="field">
        <label htmlFor={`${idPrefix}-${name}`}>{label}</label>
        {control(described)}
        {error && (
          <p id={`${idPrefix}-${name}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  /** A day typed as the reader's language writes it. */
  const day = (name: keyof Values & string, label: string) =>
    field(name, label, (described) => (
      <input id={`${idPrefix}-${name}`} defaultValue={values[name]} inputMode="numeric" autoComplete="off" placeholder={tCommon('datePattern')} maxLength={10} {...described} {...register(name as Path<Values>)} />
    ));

  // Fields are rendered with their values (defaultValue) for the page without JavaScript too:
  // register() sets them only once the script runs. Checked here, then sent as the plain form it is
  // (form.submit() does not raise another submit event).
  const formProps = {
    ref: form,
    method: 'get',
    noValidate: true,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void handleSubmit(() => form.current?.submit())(event),
  } as const;

  return { formProps, field, day, register: (name: keyof Values & string) => register(name as Path<Values>) };
}
