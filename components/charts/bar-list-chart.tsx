import { layoutBarList, type BarRow } from '@/server/charts/bar-list-layout';
import styles from './charts.module.css';

/** Values as labelled horizontal bars, in the order given; server-rendered SVG, readable without JavaScript. */
export function BarListChart({ labelledBy, rows }: { labelledBy: string; rows: BarRow[] }) {
  const layout = layoutBarList(rows);
  return (
    <svg className={styles.chart} viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={labelledBy}>
      {layout.bars.map((bar) => (
        <g key={bar.key}>
          <text x={0} y={bar.labelY} fontSize={layout.fontSize} fill="var(--color-text)">
            {bar.label}
          </text>
          {bar.barWidth > 0 && <rect x={0} y={bar.barY} width={bar.barWidth} height={bar.barHeight} rx={2} fill={bar.muted ? 'var(--color-muted)' : 'var(--color-brand)'} />}
          <text x={bar.valueX} y={bar.valueY} fontSize={layout.fontSize} fontWeight={700} fill={bar.muted ? 'var(--color-muted)' : 'var(--color-text)'}>
            {bar.display}
          </text>
        </g>
      ))}
    </svg>
  );
}
