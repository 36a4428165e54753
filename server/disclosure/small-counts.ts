// Small-count protection for everything Raspa publishes as numbers (transparency report, its CSV,
// JSON and PDF). A count of 1–4 people is shown as "< 5": with so few, a neighbour, an employer or
// an official could tell who reported. Zero is shown as 0 (it tells nothing about anybody).
//
// Hiding a cell is not enough when its table also shows a total: total − the other cells gives it
// back. So every table is described as "lines" — parts that add up to a total — and each line is
// checked the way a reader would attack it: from what the page shows (an exact number; "< 5",
// i.e. 1–4; or "…", a withheld number of at least 5), what range does the line force on each
// "< 5" entry? The rule, applied until it holds everywhere:
//
//   no line may narrow a "< 5" entry below the full range 1–4.
//
// A line that does gets its smallest visible part above zero withheld (the one whose loss costs
// readers least; the first such part on ties), then the next, and its total when no part is left.
// Withheld entries are shown as "…" with a note saying why. Rows, columns and margins of one grid
// are lines over the same entries, so a region's row on its own page and the same row in the
// national table are hidden alike, and comparing the two pages does not undo the protection.
// (The check is per line, as published statistics offices do it; a reader solving all lines of a
// large grid at once could in rare cases narrow a value further.)
//
// Percentages, medians and percentiles are published only when at least MIN_PUBLIC_COUNT cases
// stand behind them.

/** Counts below this (and above zero) are never published exactly. */
export const MIN_PUBLIC_COUNT = 5;

export type PublicCount =
  | { kind: 'exact'; value: number }
  /** 1–4: shown as "< 5". */
  | { kind: 'small' }
  /** Hidden only so that a small count cannot be worked out from a total; its value may be large. */
  | { kind: 'withheld' };

export function isSmallCount(value: number): boolean {
  return value > 0 && value < MIN_PUBLIC_COUNT;
}

/** A set of entries and the lines (parts → total) that tie them together. Indexes refer to `values`. */
export interface CountGrid {
  values: number[];
  lines: { parts: number[]; total: number }[];
}

interface Bounds {
  low: number;
  high: number;
}

type EntryState = 'exact' | 'small' | 'withheld';

function boundsOf(state: EntryState, value: number): Bounds {
  if (state === 'small') return { low: 1, high: MIN_PUBLIC_COUNT - 1 };
  if (state === 'withheld') return { low: MIN_PUBLIC_COUNT, high: Number.POSITIVE_INFINITY };
  return { low: value, high: value };
}

/** Whether a reader of this line alone still sees every "< 5" entry in it as anything from 1 to 4. */
function lineProtects(line: CountGrid['lines'][number], state: EntryState[], values: number[]): boolean {
  const bounds = (i: number) => boundsOf(state[i]!, values[i]!);
  const sum = (indexes: number[], side: keyof Bounds) => indexes.reduce((s, i) => s + bounds(i)[side], 0);
  for (const part of line.parts) {
    if (state[part] !== 'small') continue;
    const others = line.parts.filter((i) => i !== part);
    // part = total − Σ others
    const low = bounds(line.total).low - sum(others, 'high');
    const high = bounds(line.total).high - sum(others, 'low');
    if (low > 1 || high < MIN_PUBLIC_COUNT - 1) return false;
  }
  if (state[line.total] === 'small') {
    if (sum(line.parts, 'low') > 1 || sum(line.parts, 'high') < MIN_PUBLIC_COUNT - 1) return false;
  }
  return true;
}

/** Applies the rule above; returns one PublicCount per entry of the grid. */
export function protectCounts(grid: CountGrid): PublicCount[] {
  const { values } = grid;
  const state: EntryState[] = values.map((value) => (isSmallCount(value) ? 'small' : 'exact'));
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of grid.lines) {
      while (!lineProtects(line, state, values)) {
        const candidates = line.parts.filter((i) => state[i] === 'exact' && values[i]! > 0);
        let next: number | undefined;
        if (candidates.length > 0) next = candidates.reduce((best, i) => (values[i]! < values[best]! ? i : best));
        else if (state[line.total] === 'exact') next = line.total;
        // Nothing left to hide: every entry of the line is already hidden.
        if (next === undefined) break;
        state[next] = 'withheld';
        changed = true;
      }
    }
  }
  return values.map((value, i) => (state[i] === 'exact' ? { kind: 'exact', value } : { kind: state[i] as 'small' | 'withheld' }));
}

/** A list of counts and their total (e.g. verdicts by kind). */
export function protectList(values: number[]): { parts: PublicCount[]; total: PublicCount } {
  const total = values.reduce((sum, v) => sum + v, 0);
  const result = protectCounts({ values: [...values, total], lines: [{ parts: values.map((_, i) => i), total: values.length }] });
  return { parts: result.slice(0, values.length), total: result[values.length]! };
}

/** A rows × columns table with row totals, column totals and the grand total, protected as one grid. */
export interface ProtectedMatrix {
  cells: PublicCount[][];
  rowTotals: PublicCount[];
  columnTotals: PublicCount[];
  total: PublicCount;
}

export function protectMatrix(cells: number[][]): ProtectedMatrix {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const values: number[] = [];
  const cellIndex = cells.map((row) => row.map((value) => values.push(value) - 1));
  const rowTotalIndex = cells.map((row) => values.push(row.reduce((s, v) => s + v, 0)) - 1);
  const columnTotalIndex = Array.from({ length: columns }, (_, c) => values.push(cells.reduce((s, row) => s + (row[c] ?? 0), 0)) - 1);
  const totalIndex = values.push(cells.flat().reduce((s, v) => s + v, 0)) - 1;
  const lines: CountGrid['lines'] = [
    ...cellIndex.map((row, r) => ({ parts: row, total: rowTotalIndex[r]! })),
    ...Array.from({ length: columns }, (_, c) => ({ parts: cellIndex.map((row) => row[c]!), total: columnTotalIndex[c]! })),
    { parts: rowTotalIndex, total: totalIndex },
    { parts: columnTotalIndex, total: totalIndex },
  ];
  const result = protectCounts({ values, lines });
  return {
    cells: cellIndex.map((row) => row.map((i) => result[i]!)),
    rowTotals: rowTotalIndex.map((i) => result[i]!),
    columnTotals: columnTotalIndex.map((i) => result[i]!),
    total: rows === 0 && columns === 0 ? { kind: 'exact', value: 0 } : result[totalIndex]!,
  };
}

/** A single count that no published total contains. */
export function protectSingle(value: number): PublicCount {
  return isSmallCount(value) ? { kind: 'small' } : { kind: 'exact', value };
}

/** The exact value, or null when it is hidden. */
export function exactValue(count: PublicCount): number | null {
  return count.kind === 'exact' ? count.value : null;
}
