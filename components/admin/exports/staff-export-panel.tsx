// The staff export page: a plain GET form (region, days) that comes back to this page, which checks
// it with the export's own schema — field errors in the moderator's language, the values kept —
// and, when it is valid, offers the four downloads. Works without JavaScript. The days are text in
// the moderator's own way of writing dates (31.03.2026 in kk and ru, 31/03/2026 in en), not a
// browser date picker, which shows its own locale's pattern (mm/dd/yyyy on a kk page in a browser
// without Kazakh data); the downloads take the same days as YYYY-MM-DD.
import { getTranslations } from 'next-intl/server';
import { db } from '@/server/db/client';
import { staffExportInput, STAFF_EXPORT_FILES } from '@/server/exports/schema';
import { isAdmin, type Actor } from '@/server/policy';
import { listRegions } from '@/server/regions/list-regions';
import { readTypedDay } from '@/server/i18n/format';
import styles from './staff-export.module.css';
import { type Language, placeName } from '@/server/i18n/languages';

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export async function StaffExportPanel({ locale, actor, query }: { locale: Language; actor: Actor; query: Query }) {
  const t = await getTranslations({ locale, namespace: 'staffExport' });
  const tErrors = await getTranslations({ locale, namespace: 'errors' });
  const tCommon = await getTranslations({ locale, namespace: 'common' });
  const regions = (await listRegions(db())).filter((r) => isAdmin(actor) || actor.regionCodes.includes(r.code));
  const days = { from: readTypedDay(first(query.from), locale), to: readTypedDay(first(query.to), locale) };
  const values = { region: first(query.region), from: days.from.shown, to: days.to.shown };
  const submitted = 'from' in query || 'to' in query || 'region' in query;
  const parsed = staffExportInput.safeParse({ regionCode: values.region || undefined, from: days.from.day, to: days.to.day });
  const errors: Record<string, string> = {};
  for (const name of ['from', 'to'] as const) if (days[name].invalid) errors[name] = tErrors('dateInvalid');
  if (submitted && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'regionCode' ? 'region' : String(issue.path[0] ?? 'to');
      errors[field] ??= tErrors.has(issue.message as 'invalid') ? tErrors(issue.message as 'invalid') : tErrors('invalid');
    }
  }
  if (submitted && parsed.success && values.region && !regions.some((r) => r.code === values.region)) errors.region = t('regionOutside');
  const ready = submitted && Object.keys(errors).length === 0;
  const search = new URLSearchParams(Object.entries({ region: values.region, from: days.from.day, to: days.to.day }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  search.set('lang', locale);
  const field = (name: 'from' | 'to', label: string) => (
    <div className="field">
      <label htmlFor={`export-${name}`}>{label}</label>
      <input id={`export-${name}`} name={name} defaultValue={values[name]} inputMode="numeric" autoComplete="off" placeholder={tCommon('datePattern')} maxLength={10} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={errors[name] ? `export-${name}-error` : undefined} />
      {errors[name] && (
        <p id={`export-${name}-error`} className="field-error">
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className="muted">{isAdmin(actor) ? t('scopeAll') : t('scopeRegions')}</p>
      <form method="get" className="card" noValidate>
        <div className="field">
          <label htmlFor="export-region">{t('region')}</label>
          <select id="export-region" name="region" defaultValue={values.region} aria-invalid={errors.region ? 'true' : undefined} aria-describedby={errors.region ? 'export-region-error' : undefined}>
            <option value="">{isAdmin(actor) ? t('allRegions') : t('myRegions')}</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {placeName(r, locale)}
              </option>
            ))}
          </select>
          {errors.region && (
            <p id="export-region-error" className="field-error">
              {errors.region}
            </p>
          )}
        </div>
        <div className={styles.days}>
          {field('from', t('from'))}
          {field('to', t('to'))}
        </div>
        <button type="submit" className="button">
          {t('prepare')}
        </button>
      </form>
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
