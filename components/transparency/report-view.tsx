// The transparency report as a page: server-rendered HTML and SVG, no client JavaScript, every
// number formatted on the server in the reader's language. The same tables feed the PDF and the
// CSV/JSON downloads (server/transparency/tables.ts).
import { BarListChart } from '@/components/charts/bar-list-chart';
import { getTranslations } from 'next-intl/server';
import { renderNoticeMarkdown } from '@/server/notices/render-markdown';
import { NATIONAL, type TransparencyFigures } from '@/server/transparency/figures';
import type { PublishedReportSummary } from '@/server/transparency/list-reports';
import type { Period } from '@/server/transparency/period';
import type { ResolvedReport } from '@/server/transparency/report-source';
import { chartRows, displayRows, reportPresenter, type ReportPresenter } from '@/server/transparency/present';
import { buildReportTables, type ReportTable } from '@/server/transparency/tables';
import styles from './report-view.module.css';
import type { Language } from '@/server/i18n/languages';

export type ViewSource =
  | { kind: 'published'; period: Period; figures: TransparencyFigures; quarter: string; version: number; latestVersion: number; publishedAt: Date; changeNote: string | null; narrative: string; versions: { version: number; publishedAt: Date; changeNote: string | null }[] }
  | { kind: 'live'; period: Period; figures: TransparencyFigures }
  | { kind: 'draft'; period: Period; figures: TransparencyFigures; narrative: string };

/** The form's `shown` value when the page showed dates the reader chose (not a quarter). */
export const RANGE_SHOWN = 'range';

export interface ReportViewProps {
  locale: Language;
  source: ViewSource | null;
  scope: string;
  regions: { code: string; name: string }[];
  published: PublishedReportSummary[];
  /** What the reader asked for, to keep it in the form (days as the page's language writes them). */
  query: { quarter?: string; region?: string; from?: string; to?: string };
  errors: Record<string, string>;
  /** Where the form sends the reader (the public page, or the admin preview). */
  action: string;
  /** Fields the form carries along unchanged (the admin preview's quarter). */
  hiddenFields?: Record<string, string>;
}

/** A resolved report (published or live) as the view shows it, with the narrative in the page's language. */
export function viewSourceOf(source: NonNullable<ResolvedReport['source']>, locale: Language): ViewSource {
  if (source.kind === 'live') return source;
  const { report } = source;
  return { kind: 'published', period: source.period, figures: source.figures, quarter: report.quarter, version: report.version, latestVersion: report.latestVersion, publishedAt: report.publishedAt, changeNote: report.changeNote, narrative: report.narratives[locale], versions: report.versions };
}

export function downloadBase(source: ViewSource): string | null {
  if (source.kind === 'draft') return null;
  return `/api/v1/transparency/${source.kind === 'published' ? source.quarter : 'live'}`;
}

export function downloadQuery(source: ViewSource, locale: Language, scope: string): string {
  const params = new URLSearchParams({ lang: locale });
  if (scope !== NATIONAL) params.set('region', scope);
  if (source.kind === 'published' && source.version !== source.latestVersion) params.set('version', String(source.version));
  if (source.kind === 'live') {
    params.set('from', source.period.from);
    params.set('to', source.period.to);
  }
  return params.toString();
}

function TableBlock({ table, present, csvHref, t }: { table: ReportTable; present: ReportPresenter; csvHref: string | null; t: Awaited<ReturnType<typeof getTranslations>> }) {
  const titleId = `table-${table.id}`;
  const bars = chartRows(table, present);
  // A table of four or more value columns (status × priority) takes the whole row: its headers then fit
  // unbroken. On a phone no six columns fit 360 px in Kazakh or Russian ("Бекітуді күтуде", "Критический"),
  // so each row is said as a list of "priority: count" that wraps (report-view.module.css, .stacked): no
  // sideways scrolling. Its explicit roles keep it a table for screen readers when the layout is not one.
  const stacked = table.columns.length >= 4;
  const labels = table.columns.map((column) => present.columnLabel(table, column));
  const role = (name: 'table' | 'rowgroup' | 'row' | 'columnheader' | 'rowheader' | 'cell') => (stacked ? name : undefined);
  const tableClass = [styles.table, table.columns.length >= 3 ? styles.compact : '', stacked ? styles.stacked : ''].filter(Boolean).join(' ');
  return (
    <section className={stacked ? `${styles.panel} ${styles.wide}` : styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId}>{present.tableTitle(table.id)}</h2>
      {bars && (
        <>
          <p className="visually-hidden" id={`${titleId}-chart`}>
            {t('transparency.chartSummary')}
          </p>
          <BarListChart labelledBy={`${titleId} ${titleId}-chart`} rows={bars} />
        </>
      )}
      <div className={styles.tableWrap} role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className={tableClass} role={role('table')} aria-labelledby={stacked ? titleId : undefined}>
          <thead role={role('rowgroup')}>
            <tr role={role('row')}>
              <td role={role('cell')} />
              {labels.map((label, i) => (
                <th key={table.columns[i]} scope="col" role={role('columnheader')}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role={role('rowgroup')}>
            {displayRows(table, present).map((row) => (
              <tr key={row.key} role={role('row')}>
                <th scope="row" role={role('rowheader')}>
                  {present.rowLabel(table, row.key)}
                </th>
                {row.values.map((value, i) => (
                  <td key={i} role={role('cell')} data-label={stacked ? labels[i] : undefined}>
                    {present.value(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {table.total && (
            <tfoot role={role('rowgroup')}>
              <tr role={role('row')}>
                <th scope="row" role={role('rowheader')}>
                  {t('transparency.columns.total')}
                </th>
                {table.total.map((value, i) => (
                  <td key={i} role={role('cell')} data-label={stacked ? labels[i] : undefined}>
                    {present.value(value)}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {csvHref && (
        <p className={styles.csv}>
          <a href={csvHref}>
            {t('transparency.tableCsv')}
          </a>
        </p>
      )}
    </section>
  );
}

export async function TransparencyReportView({ locale, source, scope, regions, published, query, errors, action, hiddenFields = {} }: ReportViewProps) {
  const t = await getTranslations({ locale });
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, r.name]));
  const present = reportPresenter(locale, regionNames);
  // The page answers dates the reader typed (or got from a link): the quarter list then says so instead of
  // showing a quarter that is not what the figures cover.
  const showsRange = source?.kind !== 'draft' && Boolean(query.from || query.to);
  const tables = source ? buildReportTables(source.figures, scope) : [];
  const summary = tables.find((table) => table.id === 'summary');
  const base = source ? downloadBase(source) : null;
  const search = source ? downloadQuery(source, locale, scope) : '';
  // Period and report errors live under transparency.errors; shared input errors (dates, regions) under errors.
  const errorText = (key: string) =>
    t.has(`transparency.errors.${key as 'generic'}`) ? t(`transparency.errors.${key as 'generic'}`) : t.has(`errors.${key as 'invalid'}`) ? t(`errors.${key as 'invalid'}`) : t('transparency.errors.generic');
  const fieldError = (field: string) =>
    errors[field] ? (
      <p id={`transparency-${field}-error`} className="field-error">
        {errorText(errors[field]!)}
      </p>
    ) : null;
  const claims = source ? source.figures.publishedNotices.filter((n) => scope === NATIONAL || n.regionCodes.includes(scope)) : [];

  return (
    <div className={`container ${styles.page}`}>
      <header>
        <h1>
          {t('transparency.title')}: {present.scopeName(scope)}
        </h1>
        {source && <p className={styles.period}>{present.period(source.period)}</p>}
        <p className="muted">{t('transparency.intro')}</p>
      </header>

      <form method="get" action={action} className={`card ${styles.controls}`} noValidate>
        {Object.entries(hiddenFields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {/* Without JavaScript the form sends the quarter and the dates together: this says the page showed
            the dates, so a quarter chosen now is the reader's new choice (the page reads it). */}
        {showsRange && <input type="hidden" name="shown" value={RANGE_SHOWN} />}
        <div className={styles.controlRow}>
          <div className="field">
            <label htmlFor="transparency-region">{t('transparency.scopeLabel')}</label>
            <select id="transparency-region" name="region" defaultValue={scope === NATIONAL ? '' : scope} aria-describedby={errors.region ? 'transparency-region-error' : undefined}>
              <option value="">{t('transparency.national')}</option>
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
            {fieldError('region')}
          </div>
          {published.length > 0 && (
            <div className="field">
              <label htmlFor="transparency-quarter">{t('transparency.reportLabel')}</label>
              <select id="transparency-quarter" name="quarter" defaultValue={showsRange ? '' : source?.kind === 'published' ? source.quarter : (query.quarter ?? '')} aria-describedby={errors.quarter ? 'transparency-quarter-error' : undefined}>
                {showsRange && <option value="">{t('transparency.chosenDates')}</option>}
                {published.map((r) => (
                  <option key={r.quarter} value={r.quarter}>
                    {present.period({ from: r.periodFrom, to: r.periodTo, quarter: r.quarter })}
                  </option>
                ))}
              </select>
              {fieldError('quarter')}
            </div>
          )}
        </div>
        {source?.kind !== 'draft' && (
        <details className={styles.range} open={Boolean(query.from || query.to || errors.from || errors.to)}>
          <summary>{t('transparency.customRange')}</summary>
          <div className={styles.controlRow}>
            <div className="field">
              <label htmlFor="transparency-from">{t('transparency.from')}</label>
              <input id="transparency-from" name="from" defaultValue={query.from} inputMode="numeric" autoComplete="off" placeholder={t('common.datePattern')} maxLength={10} aria-invalid={errors.from ? 'true' : undefined} aria-describedby={errors.from ? 'transparency-from-error' : undefined} />
              {fieldError('from')}
            </div>
            <div className="field">
              <label htmlFor="transparency-to">{t('transparency.to')}</label>
              <input id="transparency-to" name="to" defaultValue={query.to} inputMode="numeric" autoComplete="off" placeholder={t('common.datePattern')} maxLength={10} aria-invalid={errors.to ? 'true' : undefined} aria-describedby={errors.to ? 'transparency-to-error' : undefined} />
              {fieldError('to')}
            </div>
          </div>
        </details>
        )}
        <button type="submit" className="button">
          {t('transparency.show')}
        </button>
      </form>

      {!source && <p className="alert alert--error">{errorText(errors.quarter ?? 'generic')}</p>}

      {source?.kind === 'published' && (
        <div className={`alert alert--info ${styles.status}`}>
          <p>
            {t('transparency.publishedOn', { date: present.date(source.publishedAt) })}
            {source.latestVersion > 1 && <> · {t('transparency.versionOf', { version: source.version, latest: source.latestVersion })}</>}
          </p>
          {source.changeNote && <p>{t('transparency.correctionNote', { note: source.changeNote })}</p>}
          {source.version !== source.latestVersion && (
            <p>
              <a href={`${action}?quarter=${source.quarter}${scope !== NATIONAL ? `&region=${scope}` : ''}`}>{t('transparency.latestVersion')}</a>
            </p>
          )}
        </div>
      )}
      {source?.kind === 'live' && (
        <p className={`alert alert--info ${styles.status}`}>
          {published.length === 0 && !query.from ? `${t('transparency.noReports')} ` : ''}
          {t('transparency.liveNotice')}
        </p>
      )}
      {source?.kind === 'draft' && <p className={`alert alert--info ${styles.status}`}>{t('transparency.draftNotice')}</p>}

      {source && base && (
        <nav className={styles.downloads} aria-label={t('transparency.downloadsTitle')}>
          {/* No `download` attribute: the answer's Content-Disposition saves the file, and a refusal (too many
              downloads from one network, 429) is then a page saying how long to wait, not a failed download. */}
          <a className="button button--secondary" href={`${base}/report.pdf?${search}`}>
            {t('transparency.downloadPdf')}
          </a>
          <a className="button button--secondary" href={`${base}/tables.json?${search}`}>
            {t('transparency.downloadJson')}
          </a>
        </nav>
      )}

      {source && source.kind !== 'live' && source.narrative.trim() && (
        <section className={styles.narrative} aria-labelledby="transparency-narrative">
          <h2 id="transparency-narrative">{t('transparency.narrativeTitle')}</h2>
          <div lang={locale} dangerouslySetInnerHTML={{ __html: renderNoticeMarkdown(source.narrative) }} />
        </section>
      )}

      {summary && (
        <section aria-labelledby="table-summary">
          <h2 id="table-summary">{present.tableTitle('summary')}</h2>
          <dl className={styles.stats}>
            {summary.rows.map((row) => (
              <div key={row.key} className={styles.stat}>
                <dt>{present.rowLabel(summary, row.key)}</dt>
                <dd>{present.value(row.values[0]!)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <div className={styles.grid}>
        {tables
          .filter((table) => table.id !== 'summary')
          .map((table) => (
            <TableBlock key={table.id} table={table} present={present} t={t} csvHref={base ? `${base}/${table.id}.csv?${search}` : null} />
          ))}
      </div>

      {source && (
        <section className={styles.panel} aria-labelledby="transparency-claims">
          <h2 id="transparency-claims">{t('transparency.publishedClaimsTitle')}</h2>
          <p className="muted">{t('transparency.publishedClaimsHint')}</p>
          {claims.length === 0 ? (
            <p>{t('transparency.publishedClaimsEmpty')}</p>
          ) : (
            <ul className={styles.claims}>
              {claims.map((claim) => (
                <li key={claim.slug}>
                  <span className={`badge badge--${claim.verdict}`}>{t(`verdict.${claim.verdict}`)}</span>{' '}
                  <a href={`/${locale}/notices/${claim.slug}`}>{claim.titles[locale] ?? claim.titles.ru ?? claim.titles.kk ?? claim.titles.en}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section className={styles.panel} aria-labelledby="transparency-method">
        <h2 id="transparency-method">{t('transparency.methodTitle')}</h2>
        <ul className={styles.method}>
          {(['smallCounts', 'withheld', 'overlap', 'timings', 'deadlines', 'frozen'] as const).map((key) => (
            <li key={key}>{t(`transparency.method.${key}`)}</li>
          ))}
        </ul>
      </section>

      {source?.kind === 'published' && source.versions.length > 1 && (
        <section className={styles.panel} aria-labelledby="transparency-versions">
          <h2 id="transparency-versions">{t('transparency.versionsTitle')}</h2>
          <ol className={styles.versions}>
            {source.versions.map((v) => (
              <li key={v.version}>
                <a href={`${action}?quarter=${source.quarter}&version=${v.version}${scope !== NATIONAL ? `&region=${scope}` : ''}`} aria-current={v.version === source.version ? 'page' : undefined}>
                  {t('transparency.versionLine', { version: v.version, date: present.date(v.publishedAt) })}
                </a>
                {v.changeNote && <span className="muted"> — {v.changeNote}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}

      {published.length > 0 && (
        <section className={styles.panel} aria-labelledby="transparency-archive">
          <h2 id="transparency-archive">{t('transparency.archiveTitle')}</h2>
          <ul className={styles.versions}>
            {published.map((r) => (
              <li key={r.quarter}>
                <a href={`${action}?quarter=${r.quarter}${scope !== NATIONAL ? `&region=${scope}` : ''}`}>{present.period({ from: r.periodFrom, to: r.periodTo, quarter: r.quarter })}</a>
                <span className="muted"> · {t('transparency.publishedOn', { date: present.date(r.firstPublishedAt) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
