import type { Db } from '../db/client';
import { rumorScopeSql, type Actor } from '../policy';
import type { TimeToVerdict } from './schema';

interface Row {
  median7: number | null;
  count7: number;
  median30: number | null;
  count30: number;
}

/**
 * Median hours from a rumour's first report to its first approved verdict, for verdicts approved
 * in the last 7 and 30 days. A verdict is approved when reviewed (reviewedAt) or, when no second
 * moderator was needed, when it was drafted (createdAt).
 */
export async function medianTimeToVerdict(db: Db, actor: Actor, now: Date): Promise<TimeToVerdict[]> {
  const since30 = new Date(now.getTime() - 30 * 86_400_000);
  const since7 = new Date(now.getTime() - 7 * 86_400_000);
  const [row] = await db.$queryRaw<Row[]>`
    WITH decided AS (
      SELECT r.id, r."firstSeenAt", min(coalesce(v."reviewedAt", v."createdAt")) AS "approvedAt"
      FROM "VerdictDraft" v JOIN "Rumor" r ON r.id = v."rumorId"
      WHERE v.status = 'APPROVED' AND v.verdict <> 'CHECKING' AND ${rumorScopeSql(actor, 'r')}
      GROUP BY r.id, r."firstSeenAt"
    ), hours AS (
      SELECT "approvedAt", greatest(0, extract(epoch FROM ("approvedAt" - "firstSeenAt")) / 3600) AS h
      FROM decided WHERE "approvedAt" >= ${since30} AND "approvedAt" <= ${now}
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
