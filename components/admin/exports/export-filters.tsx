'use client';

// The staff export's form: a plain GET form that comes back to the page (so it works without
// JavaScript, the server checking it), checked here first with react-hook-form and zod so a wrong day
// or a reversed range is explained before anything is sent. The days are text in the moderator's own
// way of writing dates (31.03.2026 in kk and ru, 31/03/2026 in en): a browser's date picker shows its
// own locale's pattern, and headless Chromium and many phones have no Kazakh one ("mm/dd/yyyy" on a kk page).
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { typedDay, typedDaysInOrder } from '@/components/ui/typed-days';
import styles from './staff-export.module.css';

export interface ExportFilterValues {
  region: string;
  from: string;
  to: string;
}

/** What the browser checks; the server checks the same (and the region's scope) again. */
const filtersSchema = z
  .object({ region: z.string(), from: typedDay, to: typedDay })
  .refine(({ from, to }) => typedDaysInOrder(from, to), { message: 'dayRangeInvalid', path: ['to'] });

export function ExportFilters({
  values,
  serverErrors,
  regions,
  anyRegion,
}: {
  values: ExportFilterValues;
  /** The server's verdict on the form it was given (translated), shown until the moderator sends it again. */
  serverErrors: Partial<Record<keyof ExportFilterValues, string>>;
  regions: { value: string; label: string }[];
  /** "All regions" for an admin, "My regions" for a moderator. */
  anyRegion: string;
}) {
  const t = useTranslations('staffExport');
  const tErrors = useTranslations('errors');
  const tCommon = useTranslations('common');
  const form = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitted },
  } = useForm<ExportFilterValues>({ defaultValues: values, resolver: zodResolver(filtersSchema) });
  const errorOf = (name: keyof ExportFilterValues): string | undefined => {
    const key = errors[name]?.message;
    if (key) return tErrors.has(key as 'invalid') ? tErrors(key as 'invalid') : tErrors('invalid');
    return isSubmitted ? undefined : serverErrors[name];
  };
  const described = (name: keyof ExportFilterValues) => (errorOf(name) ? { 'aria-invalid': 'true' as const, 'aria-describedby': `export-${name}-error` } : {});
  const errorText = (name: keyof ExportFilterValues) => {
    const error = errorOf(name);
    return (
      error && (
        <p id={`export-${name}-error`} className="field-error">
          {error}
        </p>
      )
    );
  };
  const day = (name: 'from' | 'to', label: string) => (
    <div className="field">
      <label htmlFor={`export-${name}`}>{label}</label>
      <input id={`export-${name}`} defaultValue={values[name]} inputMode="numeric" autoComplete="off" placeholder={tCommon('datePattern')} maxLength={10} {...described(name)} {...register(name)} />
      {errorText(name)}
    </div>
  );

  // Rendered with their values (defaultValue) for the page without JavaScript too: register() sets
  // them only once the script runs. Checked here, then sent as the plain form it is (form.submit() does not raise another submit event).
  return (
    <form ref={form} method="get" className="card" noValidate onSubmit={(event) => void handleSubmit(() => form.current?.submit())(event)}>
      <div className="field">
        <label htmlFor="export-region">{t('region')}</label>
        <select id="export-region" defaultValue={values.region} {...described('region')} {...register('region')}>
          <option value="">{anyRegion}</option>
          {regions.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        {errorText('region')}
      </div>
      <div className={styles.days}>
        {day('from', t('from'))}
        {day('to', t('to'))}
      </div>
      <button type="submit" className="button">
        {t('prepare')}
      </button>
    </form>
  );
}
