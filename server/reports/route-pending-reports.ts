// Reports that chose no region and were still waiting to be clustered when the
// clustering_partitions migration was applied were stored before intake routed them: their
// routedRegionCodes are empty, so they would be clustered as the national queue's — compared with
// rumours of no region only — though their text names a place, and region-scoped staff would not
// see their rumour. Each worker routes them as intake does now (submit-report.ts), before its
// clusterer starts. Once: only reports received before that migration finished are looked at, a
// report routed meanwhile by another worker no longer has empty regions, and one a clusterer holds
// (its row locked) is passed over — it is being placed already. A text that names no place leaves
// the report national, as at intake. The regions it gets are recorded with its clustering
// (report.clustered's routedRegionCodes), as for any report.
import type { Db } from '../db/client';
import { logger } from '../log';
import { regionsNamed } from '../settlements/place-index';

/** The migration whose intake change left earlier pending reports unrouted. */
const MIGRATION_NAME = '%\\_clustering\\_partitions';
const BATCH = 200;

interface Unrouted {
  id: string;
  normalizedText: string;
  receivedAt: Date;
}

/** Routes every report left unrouted by the migration; returns how many it gave regions. */
export async function routeReportsPendingAtMigration(db: Db, { batch = BATCH }: { batch?: number } = {}): Promise<number> {
  let routed = 0;
  let after: Unrouted | null = null;
  for (;;) {
    const from: Unrouted | null = after;
    const rows = await db.$transaction(async (tx): Promise<Unrouted[]> => {
      const unrouted: Unrouted[] = await tx.$queryRaw<Unrouted[]>`
        SELECT r.id, r."normalizedText", r."receivedAt" FROM "Report" r
        WHERE r."clusteringPending" AND r."regionCode" IS NULL AND r."routedRegionCodes" = '{}'
          AND r."receivedAt" < (SELECT min(m.finished_at) FROM "_prisma_migrations" m WHERE m.migration_name LIKE ${MIGRATION_NAME} AND m.rolled_back_at IS NULL)
          AND (${from === null}::boolean OR (r."receivedAt", r.id) > (${from?.receivedAt ?? null}::timestamptz, ${from?.id ?? null}::uuid))
        ORDER BY r."receivedAt", r.id LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
      for (const report of unrouted) {
        const regions = await regionsNamed(tx, report.normalizedText);
        if (regions.length === 0) continue;
        await tx.$executeRaw`UPDATE "Report" SET "routedRegionCodes" = ${regions}::text[] WHERE id = ${report.id}::uuid`;
        routed++;
      }
      return unrouted;
    });
    if (rows.length < batch) break;
    after = rows[rows.length - 1]!;
  }
  if (routed > 0) logger.info({ routed }, 'reports pending since the clustering_partitions migration routed to the regions their texts name');
  return routed;
}
