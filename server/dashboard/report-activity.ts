import type { Db } from '../db/client';
import { reportScopeSql, type Actor } from '../policy';
import { REPORT_ACTIVITY_DAYS, type DailyCount } from './schema';
import { kazakhstanDay, startOfKazakhstanDay } from '../i18n/format';

interface Row {
  day: string;
  regionCode: string | null;
  channel: string;
  count: number;
}

/** The last `days` calendar days in Kazakhstan, oldest first, as YYYY-MM-DD. */
export function kzDays(now: Date, days: number): string[] {
  return Array.from({ length: days }, (_, i) => kazakhstanDay(new Date(now.getTime() - (days - 1 - i) * 86_400_000)));
}

/** Reports per Kazakhstan day by region and by channel over the last 14 days, counted in the database. */
export async function reportActivity(db: Db, actor: Actor, now: Date) {
  const days = kzDays(now, REPORT_ACTIVITY_DAYS);
  const since = startOfKazakhstanDay(days[0]!);
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char(("receivedAt" + interval '5 hours')::date, 'YYYY-MM-DD') AS day,
           "regionCode", channel::text AS channel, count(*)::int AS count
    FROM "Report" rp
    WHERE "receivedAt" >= ${since} AND "receivedAt" <= ${now} AND ${reportScopeSql(actor, 'rp')}
    GROUP BY 1, 2, 3`;
  const sum = (keyOf: (row: Row) => string): DailyCount[] => {
    const totals = new Map<string, DailyCount>();
    for (const row of rows) {
      const key = keyOf(row);
      const id = `${row.day}|${key}`;
      const entry = totals.get(id) ?? { day: row.day, key, count: 0 };
      entry.count += row.count;
      totals.set(id, entry);
    }
    return [...totals.values()].sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key));
  };
  return { days, byRegion: sum((r) => r.regionCode ?? 'unknown'), byChannel: sum((r) => r.channel) };
}
