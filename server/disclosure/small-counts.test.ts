import { describe, expect, it } from 'vitest';
import { MIN_PUBLIC_COUNT, protectList, protectMatrix, protectSingle, type PublicCount } from './small-counts';

const show = (count: PublicCount) => (count.kind === 'exact' ? count.value : count.kind === 'small' ? '<5' : '…');

/**
 * A reader's attack on a published list and its total, done the slow way: every assignment of the
 * hidden entries that agrees with the page ("< 5" is 1–4, "…" is at least 5) is tried, and the
 * values each "< 5" entry can still take are collected.
 */
function possibleValuesOfSmallParts(published: { parts: PublicCount[]; total: PublicCount }, maxHidden = 60): Set<number>[] {
  const entries = [...published.parts, published.total];
  const ranges = entries.map((c) => (c.kind === 'exact' ? [c.value] : c.kind === 'small' ? [1, 2, 3, 4] : Array.from({ length: maxHidden - 4 }, (_, i) => i + 5)));
  const possible = published.parts.map(() => new Set<number>());
  const assign = (i: number, chosen: number[]) => {
    if (i === entries.length) {
      const sum = chosen.slice(0, -1).reduce((s, v) => s + v, 0);
      if (sum !== chosen.at(-1)) return;
      chosen.slice(0, -1).forEach((v, j) => {
        if (published.parts[j]!.kind === 'small') possible[j]!.add(v);
      });
      return;
    }
    for (const v of ranges[i]!) assign(i + 1, [...chosen, v]);
  };
  assign(0, []);
  return possible;
}

describe('small-count protection', () => {
  it('shows 1–4 as "< 5" and leaves 0 and 5+ exact', () => {
    expect([0, 1, 4, 5, 120].map((v) => show(protectSingle(v)))).toEqual([0, '<5', '<5', 5, 120]);
    expect(MIN_PUBLIC_COUNT).toBe(5);
  });

  it('changes nothing when no count is small', () => {
    const list = protectList([120, 0, 50]);
    expect(list.parts.map(show)).toEqual([120, 0, 50]);
    expect(show(list.total)).toBe(170);
  });

  it('withholds a second entry so that total − the rest does not give a "< 5" back', () => {
    // Reports by channel: web 120, SMS 3, Telegram 50. Without protection: 173 − 120 − 50 = 3.
    const list = protectList([120, 3, 50, 0, 0]);
    expect(list.parts.map(show)).toEqual([120, '<5', '…', 0, 0]);
    expect(show(list.total)).toBe(173);
  });

  it('withholds the total when no part can hide the small one (a part of 5 would give it away)', () => {
    // 6 − (at least 5) leaves exactly 1: the 5 alone is no cover.
    const list = protectList([1, 5]);
    expect(list.parts.map(show)).toEqual(['<5', '…']);
    expect(show(list.total)).toBe('…');
  });

  it('keeps every "< 5" anywhere from 1 to 4 for a reader who tries every possibility', () => {
    const lists = [
      [120, 3, 50, 0, 0],
      [1, 5],
      [1, 6],
      [4, 8, 9],
      [2, 7, 30],
      [3, 3, 40],
      [1, 0, 12, 5],
      [4, 5, 5, 5],
    ];
    for (const values of lists) {
      const published = protectList(values);
      const possible = possibleValuesOfSmallParts(published);
      published.parts.forEach((part, i) => {
        if (part.kind === 'small') expect([...possible[i]!].sort(), `${values.join(',')} → part ${i}`).toEqual([1, 2, 3, 4]);
      });
    }
  });

  it('protects a region × channel grid so that a region row and the national totals agree', () => {
    // Rows: three regions; columns: WEB, SMS, TELEGRAM.
    const grid = protectMatrix([
      [40, 2, 10],
      [30, 0, 25],
      [12, 9, 0],
    ]);
    const rows = grid.cells.map((row) => row.map(show));
    expect(rows[0]![1]).toBe('<5');
    // Row 1 and column SMS each gained a withheld entry.
    expect(rows[0]!.filter((c) => c === '…').length + (show(grid.rowTotals[0]!) === '…' ? 1 : 0)).toBeGreaterThanOrEqual(1);
    expect(grid.cells.map((row) => row[1]!).filter((c) => c.kind !== 'exact').length + (grid.columnTotals[1]!.kind === 'exact' ? 0 : 1)).toBeGreaterThanOrEqual(2);
    // The national total stays exact: 128 reports.
    expect(show(grid.total)).toBe(128);
    // Every line: the small cell can still be 1–4 given its row, and given its column.
    const rowLine = { parts: grid.cells[0]!, total: grid.rowTotals[0]! };
    const columnLine = { parts: grid.cells.map((row) => row[1]!), total: grid.columnTotals[1]! };
    for (const line of [rowLine, columnLine]) {
      const possible = possibleValuesOfSmallParts(line);
      line.parts.forEach((part, i) => {
        if (part.kind === 'small') expect([...possible[i]!].sort()).toEqual([1, 2, 3, 4]);
      });
    }
  });

  it('treats a small row total like any other small count', () => {
    const grid = protectMatrix([
      [3, 0],
      [50, 20],
    ]);
    expect(show(grid.rowTotals[0]!)).toBe('<5');
    expect(grid.rowTotals.filter((c) => c.kind !== 'exact').length + (grid.total.kind === 'exact' ? 0 : 1)).toBeGreaterThanOrEqual(2);
  });
});
