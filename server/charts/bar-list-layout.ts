// Geometry of a horizontal bar list (label above its bar, so long region names fit on a 360-px
// phone), computed once and drawn twice: as SVG in pages (bar-list-chart.tsx) and as vectors in
// PDFs (server/transparency/render-pdf.ts), so the printed chart is the one on screen.
export interface BarRow {
  key: string;
  label: string;
  /** Bar length in data units; null draws no bar (a hidden value). */
  value: number | null;
  /** A value known only to be small ("< 5"): a short fixed stub, not scaled against the others. */
  stub?: boolean;
  /** The value as printed beside the bar, already formatted for the reader's language. */
  display: string;
}

export interface BarLayout {
  width: number;
  height: number;
  fontSize: number;
  bars: { key: string; label: string; display: string; labelY: number; barY: number; barWidth: number; barHeight: number; valueX: number; valueY: number; muted: boolean }[];
}

export const BAR_CHART_WIDTH = 360;
const ROW = 42;
const VALUE_ROOM = 56;
const STUB_WIDTH = 6;

export function layoutBarList(rows: BarRow[], width = BAR_CHART_WIDTH): BarLayout {
  const max = Math.max(1, ...rows.map((r) => (r.stub ? 0 : (r.value ?? 0))));
  return {
    width,
    height: Math.max(ROW, rows.length * ROW),
    fontSize: 15,
    bars: rows.map((row, i) => {
      const barWidth = row.stub ? STUB_WIDTH : !row.value ? 0 : Math.max(2, (row.value / max) * (width - VALUE_ROOM));
      return { key: row.key, label: row.label, display: row.display, labelY: i * ROW + 15, barY: i * ROW + 21, barWidth, barHeight: 14, valueX: barWidth + 4, valueY: i * ROW + 33, muted: row.value === null || Boolean(row.stub) };
    }),
  };
}
