import styles from './dashboard.module.css';

const WIDTH = 360;
const HEIGHT = 170;
const AXIS = 22;
const LEFT = 28;
const RIGHT = 12;

export interface Series {
  key: string;
  label: string;
  color: string;
}

const shortDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}`;

/** Reports per day as stacked columns, one colour per series; decorative for screen readers, who get the table. */
export function StackedDayChart({ labelledBy, days, series, counts }: { labelledBy: string; days: string[]; series: Series[]; counts: Map<string, number> }) {
  const totals = days.map((day) => series.reduce((sum, s) => sum + (counts.get(`${day}|${s.key}`) ?? 0), 0));
  const max = Math.max(1, ...totals);
  const step = (WIDTH - LEFT - RIGHT) / days.length;
  const plot = HEIGHT - AXIS;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={labelledBy}>
      <text x={LEFT - 4} y={14} fontSize={13} textAnchor="end" fill="var(--color-muted)">
        {max}
      </text>
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={9} y2={9} stroke="var(--color-border)" strokeDasharray="2 3" />
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={plot} y2={plot} stroke="var(--color-muted)" />
      {days.map((day, i) => {
        let y = plot;
        return (
          <g key={day}>
            {series.map((s) => {
              const count = counts.get(`${day}|${s.key}`) ?? 0;
              if (!count) return null;
              const height = (count / max) * (plot - 9);
              y -= height;
              return (
                <rect key={s.key} x={LEFT + i * step + 1} y={y} width={Math.max(1, step - 2)} height={height} fill={s.color}>
                  <title>{`${shortDay(day)} · ${s.label}: ${count}`}</title>
                </rect>
              );
            })}
            {i % 2 === days.length % 2 ? null : (
              <text x={LEFT + i * step + step / 2} y={HEIGHT - 5} fontSize={12} textAnchor="middle" fill="var(--color-muted)">
                {shortDay(day)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function Legend({ series }: { series: Series[] }) {
  return (
    <ul className={styles.legend} aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}>
          <span className={styles.swatch} style={{ background: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
