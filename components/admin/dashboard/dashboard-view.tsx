import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardSummary } from '@/server/dashboard/get-dashboard-summary';
import type { Language } from '@/server/i18n/languages';
import { BarListChart } from '../../charts/bar-list-chart';
import { ChartFigure } from './chart-figure';
import styles from './dashboard.module.css';
import { Legend, StackedDayChart, type Series } from './stacked-day-chart';

const STATUSES = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL'] as const;
const LEVELS = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'] as const;
const CHANNELS = ['WEB', 'TELEGRAM', 'SMS', 'API', 'FIELD', 'PHONE', 'IN_PERSON'] as const;
const CHANNEL_COLORS: Record<(typeof CHANNELS)[number], string> = { WEB: '#0b5cad', TELEGRAM: '#2a9d8f', SMS: '#8a5a00', API: '#6b3fa0', FIELD: '#b42318', PHONE: '#1f7a3a', IN_PERSON: '#a23b72' };

const shortDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}`;

export async function DashboardView({ locale, summary, regionNames, scope }: { locale: Language; summary: DashboardSummary; regionNames: Record<string, string>; scope: string[] | 'all' }) {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const tAll = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const regionLabel = (code: string) => (code === 'unknown' ? t('unknownRegion') : (regionNames[code] ?? code));
  const { days, byChannel, byRegion } = summary.activity;

  const open = new Map(summary.openRumors.map((c) => [`${c.status}|${c.level}`, c.count]));
  const openTotal = summary.openRumors.reduce((sum, c) => sum + c.count, 0);
  const maxCell = Math.max(1, ...summary.openRumors.map((c) => c.count));

  const channelCounts = new Map(byChannel.map((d) => [`${d.day}|${d.key}`, d.count]));
  const series: Series[] = CHANNELS.map((key) => ({ key, label: t(`channels.${key}`), color: CHANNEL_COLORS[key] }));
  const reportTotal = byChannel.reduce((sum, d) => sum + d.count, 0);

  const regionTotals = new Map<string, number>();
  for (const d of byRegion) regionTotals.set(d.key, (regionTotals.get(d.key) ?? 0) + d.count);
  const regionRows = [...regionTotals.entries()].sort((a, b) => b[1] - a[1]).map(([code, count]) => ({ code, label: regionLabel(code), count }));
  const regionDaily = new Map(byRegion.map((d) => [`${d.day}|${d.key}`, d.count]));

  const duration = (hours: number | null) => (hours === null ? t('verdictNone') : hours >= 48 ? t('days', { value: format.number(Math.round(hours / 2.4) / 10) }) : t('hours', { value: format.number(hours) }));

  return (
    <div>
      <h1 style={{ marginBottom: 4 }}>{t('title')}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {scope === 'all' ? t('scopeAll') : t('scopeRegions', { regions: scope.map(regionLabel).join(', ') })} ·{' '}
        {t('generatedAt', { time: format.dateTime(summary.generatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
      </p>

      <div className={styles.grid}>
        <section className={styles.panel} aria-labelledby="overdue-title">
          <h2 id="overdue-title">{t('overdueTitle')}</h2>
          <dl className={styles.stats}>
            <div className={styles.stat}>
              <dt>{t('overdueHint')}</dt>
              <dd className={summary.overdue ? styles.overdue : undefined}>{format.number(summary.overdue)}</dd>
            </div>
          </dl>
        </section>
        <section className={styles.panel} aria-labelledby="verdict-title">
          <h2 id="verdict-title">{t('verdictTitle')}</h2>
          <dl className={styles.stats}>
            {summary.timeToVerdict.map((w) => (
              <div key={w.days} className={styles.stat}>
                <dt>{t('verdictWindow', { days: w.days })}</dt>
                <dd>
                  {duration(w.medianHours)}
                  <small>{t('verdictCount', { count: w.verdicts })}</small>
                </dd>
              </div>
            ))}
          </dl>
          <p className="muted" style={{ margin: '8px 0 0', fontSize: '0.85rem' }}>
            {t('verdictHint')}
          </p>
        </section>
      </div>

      <div className={styles.stack}>
        <section className={styles.panel} aria-labelledby="open-title">
          <h2 id="open-title">{t('openTitle')}</h2>
          <div className={styles.tableWrap}>
            <table className={styles.table} aria-labelledby="open-title">
              <thead>
                <tr>
                  <th scope="col">{t('priorityColumn')}</th>
                  {STATUSES.map((status) => (
                    <th key={status} scope="col">
                      {tAll(`status.${status}`)}
                    </th>
                  ))}
                  <th scope="col" className={styles.optionalColumn}>
                    {t('total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {LEVELS.map((level) => (
                  <tr key={level}>
                    <th scope="row">{tAll(`priority.${level}`)}</th>
                    {STATUSES.map((status) => {
                      const count = open.get(`${status}|${level}`) ?? 0;
                      return (
                        <td key={status} className={styles.heat} style={count ? { background: `rgba(11, 92, 173, ${0.08 + (0.3 * count) / maxCell})` } : undefined}>
                          {count}
                        </td>
                      );
                    })}
                    <td className={styles.optionalColumn}>
                      <strong>{STATUSES.reduce((sum, status) => sum + (open.get(`${status}|${level}`) ?? 0), 0)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('total')}</th>
                  {STATUSES.map((status) => (
                    <td key={status}>
                      <strong>{LEVELS.reduce((sum, level) => sum + (open.get(`${status}|${level}`) ?? 0), 0)}</strong>
                    </td>
                  ))}
                  <td className={styles.optionalColumn}>
                    <strong>{openTotal}</strong>
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </section>
      </div>

      <div className={styles.stack}>
        <section className={styles.panel} aria-labelledby="top-title">
          <h2 id="top-title">{t('topTitle')}</h2>
          {summary.topActive.length === 0 ? (
            <p className="muted">{t('topEmpty')}</p>
          ) : (
            <ol className={styles.top}>
              {summary.topActive.map((rumor) => (
                <li key={rumor.id}>
                  <a className={styles.topClaim} href={`/${locale}/admin/rumors/${rumor.id}`}>
                    {rumor.claim}
                  </a>
                  <span>
                    <strong>{t('sightings24h', { count: rumor.sightingsLast24h })}</strong>
                    <span className="muted">
                      {' · '}
                      {tAll(`priority.${rumor.priorityLevel}`)}
                      {rumor.regionCodes.length > 0 && ` · ${rumor.regionCodes.map(regionLabel).join(', ')}`}
                    </span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <div className={styles.grid}>
        <ChartFigure
          id="channels"
          title={t('channelTitle')}
          summary={reportTotal ? t('chartSummary', { count: reportTotal }) : t('empty')}
          showNumbers={t('showNumbers')}
          chart={<StackedDayChart labelledBy="channels-title channels-summary" days={days} series={series} counts={channelCounts} />}
          legend={<Legend series={series} />}
          table={
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t('day')}</th>
                  {series.map((s) => (
                    <th key={s.key} scope="col">
                      {s.label}
                    </th>
                  ))}
                  <th scope="col">{t('total')}</th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <tr key={day}>
                    <th scope="row">{shortDay(day)}</th>
                    {series.map((s) => (
                      <td key={s.key}>{channelCounts.get(`${day}|${s.key}`) ?? 0}</td>
                    ))}
                    <td>
                      <strong>{series.reduce((sum, s) => sum + (channelCounts.get(`${day}|${s.key}`) ?? 0), 0)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartFigure
          id="regions"
          title={t('regionTitle')}
          summary={reportTotal ? t('chartSummary', { count: reportTotal }) : t('empty')}
          showNumbers={t('showNumbers')}
          chart={regionRows.length ? <BarListChart labelledBy="regions-title regions-summary" rows={regionRows.map((r) => ({ key: r.code, label: r.label, value: r.count, display: format.number(r.count) }))} /> : null}
          table={
            <table className={styles.table}>
              <caption className="visually-hidden">{t('regionDailyTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('region')}</th>
                  <th scope="col">{t('total')}</th>
                  {days.map((day) => (
                    <th key={day} scope="col">
                      {shortDay(day)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {regionRows.map((row) => (
                  <tr key={row.code}>
                    <th scope="row">{row.label}</th>
                    <td>
                      <strong>{row.count}</strong>
                    </td>
                    {days.map((day) => (
                      <td key={day}>{regionDaily.get(`${day}|${row.code}`) ?? 0}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
    </div>
  );
}
