// The one definition of "a rumour's verdict" for every metric (dashboard, transparency report):
// its first approved verdict other than the interim CHECKING, approved when a second moderator
// reviewed it (reviewedAt) or, when none was needed, when it was drafted (createdAt). Time to
// verdict is measured from the rumour's first report (Rumor.firstSeenAt) to that moment.
import { Prisma } from '../db/generated/client';

/** Rows ("rumorId", verdict, "approvedAt"): one per rumour that has a verdict. */
export const FIRST_VERDICTS_SQL = Prisma.sql`
  SELECT DISTINCT ON (v."rumorId") v."rumorId", v.verdict::text AS verdict, coalesce(v."reviewedAt", v."createdAt") AS "approvedAt"
  FROM "VerdictDraft" v
  WHERE v.status = 'APPROVED' AND v.verdict <> 'CHECKING'
  ORDER BY v."rumorId", coalesce(v."reviewedAt", v."createdAt")`;

/** Seconds from a rumour's first report to `at` (never negative: nothing precedes the claim). */
export function secondsSinceFirstReport(at: Prisma.Sql, rumorAlias = 'r'): Prisma.Sql {
  return Prisma.sql`greatest(0, extract(epoch FROM (${at} - ${Prisma.raw(`${rumorAlias}."firstSeenAt"`)})))`;
}

export function hoursSinceFirstReport(at: Prisma.Sql, rumorAlias = 'r'): Prisma.Sql {
  return Prisma.sql`(${secondsSinceFirstReport(at, rumorAlias)} / 3600)`;
}
