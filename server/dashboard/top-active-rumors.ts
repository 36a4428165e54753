import type { Db } from '../db/client';
import { rumorScopeSql, type Actor } from '../policy';
import { TOP_ACTIVE_HOURS, TOP_ACTIVE_LIMIT, type ActiveRumor } from './schema';

/** Rumours with the most sightings in the last 24 hours (merged and dismissed ones left out). */
export async function topActiveRumors(db: Db, actor: Actor, now: Date): Promise<ActiveRumor[]> {
  const since = new Date(now.getTime() - TOP_ACTIVE_HOURS * 3_600_000);
  return db.$queryRaw<ActiveRumor[]>`
    SELECT r.id, r.claim, r.status::text AS status, r."priorityLevel"::text AS "priorityLevel", r."regionCodes", recent.count AS "sightingsLast24h"
    FROM (
      SELECT "rumorId", count(*)::int AS count FROM "Report"
      WHERE "rumorId" IS NOT NULL AND "receivedAt" > ${since} AND "receivedAt" <= ${now}
      GROUP BY "rumorId"
    ) recent
    JOIN "Rumor" r ON r.id = recent."rumorId"
    WHERE r.status NOT IN ('MERGED', 'DISMISSED') AND ${rumorScopeSql(actor, 'r')}
    ORDER BY recent.count DESC, r."priorityScore" DESC, r.id
    LIMIT ${TOP_ACTIVE_LIMIT}`;
}
