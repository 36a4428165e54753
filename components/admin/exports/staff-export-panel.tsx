// The staff export page: a plain GET form (region, days; export-filters.tsx) that comes back to this
// page, which checks it with the export's own schema — field errors in the moderator's language, the
// values kept — and, when it is valid, offers the four downloads. Works without JavaScript. The days
// are read as the moderator's language writes them (31.03.2026); the downloads take them as YYYY-MM-DD.
import { getTranslations } from 'next-intl/server';
import { db } from '@/server/db/client';
import { staffExportInput, STAFF_EXPORT_FILES } from '@/server/exports/schema';
import { isAdmin, type Actor } from '@/server/policy';
import { listRegions } from '@/server/regions/list-regions';
import { readTypedDay } from '@/server/i18n/format';
import { AdminIntlProvider } from '../admin-intl';
import { ExportFilters, type ExportFilterValues } from './export-filters';
import styles from './staff-export.module.css';
import { type Language, placeName } from '@/server/i18n/languages';

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export async function StaffExportPanel({ locale, actor, query }: { locale: Language; actor: Actor; query: Query }) {
  const t = await getTranslations({ locale, namespace: 'staffExport' });
  const tErrors = await getTranslations({ locale, namespace: 'errors' });
  const regions = (await listRegions(db())).filter((r) => isAdmin(actor) || actor.regionCodes.includes(r.code));
  const days = { from: readTypedDay(first(query.from), locale), to: readTypedDay(first(query.to), locale) };
  const values = { region: first(query.region), from: days.from.shown, to: days.to.shown };
  const submitted = 'from' in query || 'to' in query || 'region' in query;
  const parsed = staffExportInput.safeParse({ regionCode: values.region || undefined, from: days.from.day, to: days.to.day });
  const errors: Partial<Record<keyof ExportFilterValues, string>> = {};
  for (const name of ['from', 'to'] as const) if (days[name].invalid) errors[name] = tErrors('dateInvalid');
  if (submitted && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'regionCode' ? 'region' : issue.path[0] === 'from' ? 'from' : 'to';
      errors[field] ??= tErrors.has(issue.message as 'invalid') ? tErrors(issue.message as 'invalid') : tErrors('invalid');
    }
  }
  if (submitted && parsed.success && values.region && !regions.some((r) => r.code === values.region)) errors.region = t('regionOutside');
  const ready = submitted && Object.keys(errors).length === 0;
  const search = new URLSearchParams(Object.entries({ region: values.region, from: days.from.day, to: days.to.day }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  search.set('lang', locale);
  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className="muted">{isAdmin(actor) ? t('scopeAll') : t('scopeRegions')}</p>
      <AdminIntlProvider locale={locale} namespaces={['staffExport']}>
        <ExportFilters values={values} serverErrors={errors} regions={regions.map((r) => ({ value: r.code, label: placeName(r, locale) }))} anyRegion={isAdmin(actor) ? t('allRegions') : t('myRegions')} />
      </AdminIntlProvider>
      {ready && (
        <section className="card" aria-labelledby="export-downloads">
          <h2 id="export-downloads">{t('downloadsTitle')}</h2>
          <ul className={styles.downloads}>
            {STAFF_EXPORT_FILES.map((file) => (
              <li key={file}>
                <a className="button button--secondary" href={`/api/admin/export/${file}?${search.toString()}`} download>
                  {t(`files.${file.replace('.', '_') as 'rumors_csv'}`)}
                </a>
              </li>
            ))}
          </ul>
          <p className="muted">{t('audited')}</p>
        </section>
      )}
      <section className="card" aria-labelledby="export-contents">
        <h2 id="export-contents">{t('contentsTitle')}</h2>
        <p>{t('contentsIncluded')}</p>
        <p>{t('contentsExcluded')}</p>
      </section>
    </div>
  );
}
