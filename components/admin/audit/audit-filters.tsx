'use client';

// The audit log's filters: a filter form (components/ui/filter-form.tsx — checked here, then sent as
// a plain GET form the server checks again): who, what, where, which record, and a range of days.
import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { useFilterForm } from '@/components/ui/filter-form';
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
  const { formProps, field, day, register } = useFilterForm(filtersSchema, { values, serverErrors, idPrefix: 'audit' });
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

  return (
    <form {...formProps} className="card">
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
