'use client';

// The audit log's filters: a plain GET form that comes back to the page (so it works without
// JavaScript, the server checking it), checked here first with react-hook-form and zod so a bad date
// is explained before anything is sent. The date fields are text in the admin's own way of writing
// dates (31.03.2026 in kk and ru, 31/03/2026 in en): a browser's date picker shows its own locale's
// pattern, and headless Chromium and many phones have no Kazakh one ("mm/dd/yyyy" on a kk page).
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRef, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { typedDay, typedDaysInOrder } from '@/components/ui/typed-days';
import styles from './audit-log.module.css';

import type { AuditFilterValues } from './audit-log';

interface Option {
  value: string;
  label: string;
}

/** What the browser checks; the server checks the same (and the rest) again. */
const filtersSchema = z
  .object({ actor: z.string(), action: z.string(), region: z.string(), entityType: z.string(), entityId: z.string().max(100, 'invalid'), from: typedDay, to: typedDay })
  .refine(({ from, to }) => typedDaysInOrder(from, to), { message: 'dayRangeInvalid', path: ['to'] });

export function AuditFilters({
  values,
  serverErrors,
  options,
  csvHref,
}: {
  values: AuditFilterValues;
  /** The server's verdict on the filters it was given (translated), shown until the admin edits them. */
  serverErrors: Partial<Record<keyof AuditFilterValues, string>>;
  options: { actor: Option[]; action: Option[]; region: Option[]; entityType: Option[] };
  csvHref: string | null;
}) {
  const t = useTranslations('auditLog');
  const tErrors = useTranslations('errors');
  const tCommon = useTranslations('common');
  const form = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitted },
  } = useForm<AuditFilterValues>({ defaultValues: values, resolver: zodResolver(filtersSchema) });
  const errorOf = (name: keyof AuditFilterValues): string | undefined => {
    const key = errors[name]?.message;
    if (key) return tErrors.has(key as 'invalid') ? tErrors(key as 'invalid') : tErrors('invalid');
    return isSubmitted ? undefined : serverErrors[name];
  };
  const field = (name: keyof AuditFilterValues, label: string, control: (described: Record<string, string>) => ReactNode) => {
    const error = errorOf(name);
    const described: Record<string, string> = error ? { 'aria-invalid': 'true', 'aria-describedby': `audit-${name}-error` } : {};
    return (
      <div className="field">
        <label htmlFor={`audit-${name}`}>{label}</label>
        {control(described)}
        {error && (
          <p id={`audit-${name}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  const select = (name: 'actor' | 'action' | 'region' | 'entityType', label: string, any: string) =>
    field(name, label, (described) => (
      <select id={`audit-${name}`} defaultValue={values[name]} {...described} {...register(name)}>
        <option value="">{any}</option>
        {options[name].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ));
  const day = (name: 'from' | 'to', label: string) =>
    field(name, label, (described) => (
      <input id={`audit-${name}`} defaultValue={values[name]} inputMode="numeric" autoComplete="off" placeholder={tCommon('datePattern')} maxLength={10} {...described} {...register(name)} />
    ));

  // Rendered with their values (defaultValue) for the page without JavaScript too: register() sets
  // them only once the script runs. Checked here, then sent as the plain form it is (form.submit() does not raise another submit event).
  return (
    <form ref={form} method="get" className="card" noValidate onSubmit={(event) => void handleSubmit(() => form.current?.submit())(event)}>
      <div className={styles.filters}>
        {select('actor', t('actor'), t('anyActor'))}
        {select('action', t('action'), t('anyAction'))}
        {select('region', t('region'), t('anyRegion'))}
        {select('entityType', t('entityType'), t('anyEntityType'))}
        {field('entityId', t('entityId'), (described) => <input id="audit-entityId" defaultValue={values.entityId} maxLength={100} {...described} {...register('entityId')} />)}
        {day('from', t('from'))}
        {day('to', t('to'))}
      </div>
      <div className={styles.actions}>
        <button className="button" type="submit">
          {t('show')}
        </button>
        {csvHref && (
          <a className="button button--secondary" href={csvHref} download>
            {t('download')}
          </a>
        )}
      </div>
    </form>
  );
}
