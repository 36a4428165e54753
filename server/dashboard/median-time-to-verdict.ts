import type { Db } from '../db/client';
import { rumorScopeSql, type Actor } from '../policy';
import { Prisma } from '../db/generated/client';
import { FIRST_VERDICTS_SQL, hoursSinceFirstReport } from './first-verdicts-sql';
import type { TimeToVerdict } from './schema';

interface Row {
  median7: number | null;
  count7: number;
  median30: number | null;
  count30: number;
}

/**
 * Median hours from a rumour's first report to its verdict (first-verdicts-sql.ts), for verdicts
 * approved in the last 7 and 30 days.
 */
export async function medianTimeToVerdict(db: Db, actor: Actor, now: Date): Promise<TimeToVerdict[]> {
  const since30 = new Date(now.getTime() - 30 * 86_400_000);
  const since7 = new Date(now.getTime() - 7 * 86_400_000);
  const [row] = await db.$queryRaw<Row[]>`
    WITH hours AS (
      SELECT fv."approvedAt", ${hoursSinceFirstReport(Prisma.sql`fv."approvedAt"`)} AS h
      FROM (${FIRST_VERDICTS_SQL}) fv JOIN "Rumor" r ON r.id = fv."rumorId"
      WHERE fv."approvedAt" >= ${since30} AND fv."approvedAt" <= ${now} AND ${rumorScopeSql(actor, 'r')}
    )
    SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY h) FILTER (WHERE "approvedAt" >= ${since7}))::float8 AS median7,
           (count(*) FILTER (WHERE "approvedAt" >= ${since7}))::int AS count7,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY h))::float8 AS median30,
           count(*)::int AS count30
    FROM hours`;
  const round = (hours: number | null | undefined) => (hours == null ? null : Math.round(hours * 10) / 10);
  return [
    { days: 7, medianHours: round(row?.median7), verdicts: row?.count7 ?? 0 },
    { days: 30, medianHours: round(row?.median30), verdicts: row?.count30 ?? 0 },
  ];
}
