import styles from './dashboard.module.css';

const WIDTH = 360;
const ROW = 42;

/** Totals as labelled horizontal bars, largest first; the label sits above its bar so long names fit at 360 px. */
export function BarListChart({ labelledBy, rows }: { labelledBy: string; rows: { label: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${Math.max(ROW, rows.length * ROW)}`} role="img" aria-labelledby={labelledBy}>
      {rows.map((row, i) => {
        const width = Math.max(2, (row.count / max) * (WIDTH - 48));
        return (
          <g key={row.label} transform={`translate(0 ${i * ROW})`}>
            <text x={0} y={15} fontSize={15} fill="var(--color-text)">
              {row.label}
            </text>
            <rect x={0} y={21} width={width} height={14} rx={2} fill="var(--color-brand)" />
            <text x={width + 4} y={33} fontSize={15} fontWeight={700} fill="var(--color-text)">
              {row.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
