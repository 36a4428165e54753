// Words and numbers of a transparency report in one language: titles, row and column labels, and
// values formatted on the server (headless browsers and many phones lack Kazakh locale data, so
// nothing is left for the client to format). Shared by the page, the PDF and the CSV/JSON files.
import { formatDate, formatNumber, formatPercent, formatQuarter } from '../i18n/format';
import { translatorFor } from '../i18n/translator';
import type { BarRow } from '@/server/charts/bar-list-layout';
import { NATIONAL } from './figures';
import type { Period } from './period';
import type { ReportTable, TableId, TableValue } from './tables';
import type { Language } from '../i18n/languages';

export interface ReportPresenter {
  language: Language;
  tableTitle(id: TableId): string;
  columnLabel(table: ReportTable, column: string): string;
  rowLabel(table: ReportTable, key: string): string;
  scopeName(scope: string): string;
  period(period: Pick<Period, 'from' | 'to' | 'quarter'>): string;
  number(value: number): string;
  date(date: Date): string;
  value(value: TableValue): string;
  duration(seconds: number): string;
}

export function reportPresenter(language: Language, regionNames: Record<string, string>): ReportPresenter {
  const t = translatorFor(language);
  const number = (value: number) => formatNumber(language, value, { maximumFractionDigits: 1 });
  const day = (iso: string) => formatDate(language, new Date(`${iso}T12:00:00+05:00`));
  const duration = (seconds: number) => {
    const minutes = seconds / 60;
    if (minutes < 90) return t('transparency.duration.minutes', { value: number(Math.max(1, Math.round(minutes))) });
    const hours = minutes / 60;
    if (hours < 48) return t('transparency.duration.hours', { value: number(Math.round(hours * 10) / 10) });
    return t('transparency.duration.days', { value: number(Math.round((hours / 24) * 10) / 10) });
  };
  const rowLabel = (table: ReportTable, key: string): string => {
    switch (table.id) {
      case 'reportsByChannel':
        return t(`dashboard.channels.${key as 'WEB'}`);
      case 'reportsByRegion':
        return key === 'none' ? t('transparency.noRegion') : (regionNames[key] ?? key);
      case 'rumorsByStatus':
        return t(`status.${key as 'NEW'}`);
      case 'verdicts':
        return t(`verdict.${key as 'FALSE'}`);
      case 'deliveries':
        return t(`reach.channel.${key as 'EMAIL'}`);
      default:
        return t(`transparency.rows.${table.id as 'summary'}.${key as 'reports'}`);
    }
  };
  return {
    language,
    tableTitle: (id) => t(`transparency.tables.${id}`),
    columnLabel: (table, column) => (table.id === 'rumorsByStatus' && column !== 'total' ? t(`priority.${column as 'HIGH'}`) : t(`transparency.columns.${column as 'value'}`)),
    rowLabel,
    scopeName: (scope) => (scope === NATIONAL ? t('transparency.national') : (regionNames[scope] ?? scope)),
    period: (period) =>
      period.quarter ? formatQuarter(language, period.quarter) : t('transparency.periodRange', { from: day(period.from), to: day(period.to) }),
    number,
    date: (date) => formatDate(language, date),
    duration,
    value(value) {
      if (value.kind === 'count') {
        if (value.count.kind === 'small') return t('transparency.small');
        if (value.count.kind === 'withheld') return t('transparency.withheld');
        return number(value.count.value);
      }
      if (value.kind === 'duration') return value.seconds === null ? t('transparency.notPublished') : duration(value.seconds);
      return value.value === null ? t('transparency.notPublished') : formatPercent(language, value.value);
    },
  };
}

/** Which column of a table its chart draws (tables not listed have no chart). */
const CHART_COLUMN: Partial<Record<TableId, number>> = { reportsByChannel: 0, reportsByRegion: 0, rumorsByStatus: 4, verdicts: 0, deliveries: 0 };

/**
 * The bars of a table's chart, for the page's SVG and the PDF alike: exact counts to scale, "< 5"
 * as a short stub, withheld values as text without a bar. Regions with no reports are left out of
 * the long region chart; a chart with nothing to draw is null.
 */
export function chartRows(table: ReportTable, present: ReportPresenter): BarRow[] | null {
  const column = CHART_COLUMN[table.id];
  if (column === undefined) return null;
  const isZero = (value: TableValue) => value.kind === 'count' && value.count.kind === 'exact' && value.count.value === 0;
  const rows = table.rows
    .filter((row) => !(table.id === 'reportsByRegion' && isZero(row.values[column]!)))
    .map((row): BarRow => {
      const value = row.values[column]!;
      const count = value.kind === 'count' ? value.count : null;
      return { key: row.key, label: present.rowLabel(table, row.key), value: count?.kind === 'exact' ? count.value : null, stub: count?.kind === 'small', display: present.value(value) };
    });
  return rows.some((row) => row.stub || (row.value ?? 0) > 0) ? rows : null;
}

/** Rows in reading order: regions alphabetically in the reader's language ("not known" last); other tables as built. */
export function displayRows(table: ReportTable, present: ReportPresenter): ReportTable['rows'] {
  if (table.id !== 'reportsByRegion') return table.rows;
  const collator = new Intl.Collator(present.language);
  return [...table.rows].sort((a, b) => (a.key === 'none' ? 1 : b.key === 'none' ? -1 : collator.compare(present.rowLabel(table, a.key), present.rowLabel(table, b.key))));
}
