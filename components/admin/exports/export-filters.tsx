'use client';

// The staff export's form: a filter form (components/ui/filter-form.tsx — checked here, then sent
// as a plain GET form the server checks again): a region and a range of days.
import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { useFilterForm } from '@/components/ui/filter-form';
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
  const { formProps, field, day, register } = useFilterForm(filtersSchema, { values, serverErrors, idPrefix: 'export' });

  return (
    <form {...formProps} className="card">
      {field('region', t('region'), (described) => (
        <select id="export-region" defaultValue={values.region} {...described} {...register('region')}>
          <option value="">{anyRegion}</option>
          {regions.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      ))}
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
