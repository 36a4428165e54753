// The tables of a transparency report for one scope (the country or one region), with small
// counts protected (server/disclosure/small-counts.ts). The one source for the page, its charts,
// the PDF and the CSV/JSON downloads, so they can never disagree.
import { MIN_PUBLIC_COUNT, protectCounts, protectMatrix, protectSingle, type PublicCount } from '../disclosure/small-counts';
import { REGION_CODES } from '../regions/codes';
import { DELIVERY_CHANNELS, FINAL_VERDICTS, NATIONAL, PRIORITY_LEVELS, REPORT_CHANNELS, RUMOR_STATUSES, type TimingFigures, type TransparencyFigures } from './figures';

export type TableValue =
  | { kind: 'count'; count: PublicCount }
  /** Seconds; null when there were fewer than MIN_PUBLIC_COUNT cases (or none). */
  | { kind: 'duration'; seconds: number | null }
  /** 0–1; null when fewer than MIN_PUBLIC_COUNT cases stand behind it. */
  | { kind: 'share'; value: number | null };

export const TABLE_IDS = ['summary', 'reportsByChannel', 'reportsByRegion', 'rumorsByStatus', 'verdicts', 'timings', 'deadlines', 'notices', 'deliveries', 'verification'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface ReportTable {
  id: TableId;
  /** Column keys after the row label; labels come from messages (transparency.columns.<key>). */
  columns: string[];
  rows: { key: string; values: TableValue[] }[];
  /** A totals row, when the table has one. */
  total?: TableValue[];
}

const count = (c: PublicCount): TableValue => ({ kind: 'count', count: c });
const duration = (t: TimingFigures): TableValue => ({ kind: 'duration', seconds: t.count >= MIN_PUBLIC_COUNT ? t.medianSeconds : null });
const p90 = (t: TimingFigures): TableValue => ({ kind: 'duration', seconds: t.count >= MIN_PUBLIC_COUNT ? t.p90Seconds : null });
/** part / (part + rest), published only when both counts are: a share of a known total would give a hidden count back. */
function share(part: PublicCount, rest: PublicCount): TableValue {
  if (part.kind !== 'exact' || rest.kind !== 'exact' || part.value + rest.value < MIN_PUBLIC_COUNT) return { kind: 'share', value: null };
  return { kind: 'share', value: part.value / (part.value + rest.value) };
}

/** Region × channel reports of the whole country, protected as one grid so region pages and the national page agree. */
export function protectedReportGrid(figures: TransparencyFigures) {
  const rows = [...REGION_CODES, null] as const;
  const cells = rows.map((region) => REPORT_CHANNELS.map((channel) => figures.reports.find((r) => r.regionCode === region && r.channel === channel)?.count ?? 0));
  const grid = protectMatrix(cells);
  const rowOf = (region: string | null) => rows.indexOf(region as never);
  return {
    raw: cells,
    rowKeys: rows.map((r) => r ?? 'none'),
    byRegion: (region: string | null) => ({ cells: grid.cells[rowOf(region)]!, total: grid.rowTotals[rowOf(region)]!, raw: cells[rowOf(region)]! }),
    regionTotals: grid.rowTotals,
    national: { cells: grid.columnTotals, total: grid.total, raw: REPORT_CHANNELS.map((_, c) => cells.reduce((s, row) => s + row[c]!, 0)) },
  };
}

export function buildReportTables(figures: TransparencyFigures, scope: string): ReportTable[] {
  const scoped = figures.scopes[scope];
  if (!scoped) throw new Error(`No figures for ${scope}`);
  const grid = protectedReportGrid(figures);
  const reports = scope === NATIONAL ? grid.national : grid.byRegion(scope);

  const rumorCells = RUMOR_STATUSES.map((status) => PRIORITY_LEVELS.map((level) => scoped.rumors.find((c) => c.status === status && c.level === level)?.count ?? 0));
  const rumors = protectMatrix(rumorCells);

  const verdictValues = FINAL_VERDICTS.map((v) => scoped.verdicts[v]);
  const verdicts = protectCounts({ values: [...verdictValues, verdictValues.reduce((s, v) => s + v, 0)], lines: [{ parts: [0, 1, 2, 3], total: 4 }] });

  const { due, met } = scoped.deadlines;
  const deadlineShare = () => share(deadlines[1]!, deadlines[2]!);
  // due = met + missed
  const deadlines = protectCounts({ values: [due, met, due - met], lines: [{ parts: [1, 2], total: 0 }] });

  const v = scoped.verification;
  // requested = answered + not answered; answered = on time + late = confirms + denies + cannot tell
  const verification = protectCounts({
    values: [v.requested, v.answered, v.requested - v.answered, v.answeredOnTime, v.answered - v.answeredOnTime, v.CONFIRMS, v.DENIES, v.CANNOT_TELL],
    lines: [
      { parts: [1, 2], total: 0 },
      { parts: [3, 4], total: 1 },
      { parts: [5, 6, 7], total: 1 },
    ],
  });

  const deliveryCells = DELIVERY_CHANNELS.map((channel) => {
    const row = scoped.deliveries.find((d) => d.channel === channel);
    return [row?.sent ?? 0, row?.failed ?? 0];
  });
  const deliveries = protectMatrix(deliveryCells);

  const tables: ReportTable[] = [
    {
      id: 'summary',
      columns: ['value'],
      rows: [
        { key: 'reports', values: [count(reports.total)] },
        { key: 'rumors', values: [count(rumors.total)] },
        { key: 'verdicts', values: [count(verdicts[4]!)] },
        { key: 'noticesPublished', values: [count(protectSingle(scoped.notices.published))] },
        { key: 'medianTimeToVerdict', values: [duration(scoped.timeToVerdict)] },
        { key: 'deadlinesMet', values: [deadlineShare()] },
        { key: 'pageViews', values: [count(protectSingle(scoped.pageViews))] },
      ],
    },
    {
      id: 'reportsByChannel',
      columns: ['reports'],
      rows: REPORT_CHANNELS.map((channel, i) => ({ key: channel, values: [count(reports.cells[i]!)] })),
      total: [count(reports.total)],
    },
  ];
  if (scope === NATIONAL) {
    tables.push({
      id: 'reportsByRegion',
      columns: ['reports'],
      rows: grid.rowKeys.map((key, i) => ({ key, values: [count(grid.regionTotals[i]!)] })),
      total: [count(grid.national.total)],
    });
  }
  tables.push(
    {
      id: 'rumorsByStatus',
      columns: [...PRIORITY_LEVELS, 'total'],
      rows: RUMOR_STATUSES.map((status, i) => ({ key: status, values: [...rumors.cells[i]!.map(count), count(rumors.rowTotals[i]!)] })),
      total: [...rumors.columnTotals.map(count), count(rumors.total)],
    },
    {
      id: 'verdicts',
      columns: ['rumors'],
      rows: FINAL_VERDICTS.map((verdict, i) => ({ key: verdict, values: [count(verdicts[i]!)] })),
      total: [count(verdicts[4]!)],
    },
    {
      id: 'timings',
      columns: ['cases', 'median', 'p90'],
      rows: [
        { key: 'firstAction', values: [count(protectSingle(scoped.timeToFirstAction.count)), duration(scoped.timeToFirstAction), p90(scoped.timeToFirstAction)] },
        { key: 'interimNotice', values: [count(protectSingle(scoped.timeToInterimNotice.count)), duration(scoped.timeToInterimNotice), p90(scoped.timeToInterimNotice)] },
        // The same count as the verdicts table's total, protected the same way.
        { key: 'verdict', values: [count(verdicts[4]!), duration(scoped.timeToVerdict), p90(scoped.timeToVerdict)] },
        { key: 'delivered95', values: [count(protectSingle(scoped.timeTo95PercentDelivered.count)), duration(scoped.timeTo95PercentDelivered), p90(scoped.timeTo95PercentDelivered)] },
        { key: 'fieldAnswer', values: [count(protectSingle(v.answerTime.count)), duration(v.answerTime), p90(v.answerTime)] },
      ],
    },
    {
      id: 'deadlines',
      columns: ['rumors'],
      rows: [
        { key: 'met', values: [count(deadlines[1]!)] },
        { key: 'missed', values: [count(deadlines[2]!)] },
        { key: 'share', values: [deadlineShare()] },
      ],
      total: [count(deadlines[0]!)],
    },
    {
      id: 'notices',
      columns: ['notices'],
      rows: (['published', 'interim', 'corrected', 'withdrawn'] as const).map((key) => ({ key, values: [count(protectSingle(scoped.notices[key]))] })),
    },
    {
      id: 'deliveries',
      columns: ['sent', 'failed', 'total'],
      rows: DELIVERY_CHANNELS.map((channel, i) => ({ key: channel, values: [...deliveries.cells[i]!.map(count), count(deliveries.rowTotals[i]!)] })),
      total: [...deliveries.columnTotals.map(count), count(deliveries.total)],
    },
    {
      id: 'verification',
      columns: ['requests'],
      rows: [
        { key: 'answered', values: [count(verification[1]!)] },
        { key: 'notAnswered', values: [count(verification[2]!)] },
        { key: 'onTime', values: [count(verification[3]!)] },
        { key: 'late', values: [count(verification[4]!)] },
        { key: 'CONFIRMS', values: [count(verification[5]!)] },
        { key: 'DENIES', values: [count(verification[6]!)] },
        { key: 'CANNOT_TELL', values: [count(verification[7]!)] },
      ],
      total: [count(verification[0]!)],
    },
  );
  return tables;
}

/** A value as machines read it (CSV, JSON): a number, "<5", "withheld", or null when not published. */
export function machineValue(value: TableValue): number | string | null {
  if (value.kind === 'count') return value.count.kind === 'exact' ? value.count.value : value.count.kind === 'small' ? `<${MIN_PUBLIC_COUNT}` : 'withheld';
  if (value.kind === 'duration') return value.seconds;
  return value.value === null ? null : Math.round(value.value * 1000) / 1000;
}
