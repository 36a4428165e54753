// Clustering: a new report joins the most similar open rumour — trigram similarity (pg_trgm) of
// script-neutral normalised text, within the recent window, in the same or a neighbouring region —
// or starts a new rumour. The threshold and window are admin settings, tuned on bench/clustering.
import type { DbTx } from '../db/client';
import { readSetting } from '../settings/read-settings';

export interface ClusterCandidate {
  rumorId: string;
  score: number;
}

const OPEN_FOR_SIGHTINGS = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED'];

async function regionsNear(tx: DbTx, regionCode: string | undefined): Promise<string[]> {
  if (!regionCode) return [];
  const region = await tx.region.findUnique({ where: { code: regionCode }, select: { neighbourCodes: true } });
  return [regionCode, ...(region?.neighbourCodes ?? [])];
}

export async function findClusterCandidate(
  tx: DbTx,
  input: { normalizedText: string; regionCode?: string; now?: Date },
  options: { threshold?: number } = {},
): Promise<ClusterCandidate | null> {
  const threshold = options.threshold ?? (await readSetting(tx, 'clustering.threshold'));
  const windowDays = await readSetting(tx, 'clustering.windowDays');
  const since = new Date((input.now ?? new Date()).getTime() - windowDays * 86_400_000);
  const regions = await regionsNear(tx, input.regionCode);
  // `%` uses the GIN trigram indexes; the threshold is set for this transaction only.
  await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`;
  const rows = await tx.$queryRaw<{ rumorId: string; score: number }[]>`
    WITH candidates AS (
      SELECT r."rumorId", similarity(r."normalizedText", ${input.normalizedText}) AS score
      FROM "Report" r
      WHERE r."normalizedText" % ${input.normalizedText} AND r."receivedAt" > ${since} AND r."rumorId" IS NOT NULL
      UNION ALL
      SELECT m.id, similarity(m."normalizedClaim", ${input.normalizedText})
      FROM "Rumor" m
      WHERE m."normalizedClaim" % ${input.normalizedText} AND m."lastSeenAt" > ${since}
    )
    SELECT c."rumorId", max(c.score)::float8 AS score
    FROM candidates c JOIN "Rumor" m ON m.id = c."rumorId"
    WHERE m.status::text = ANY(${OPEN_FOR_SIGHTINGS})
      AND (cardinality(${regions}::text[]) = 0 OR cardinality(m."regionCodes") = 0 OR m."regionCodes" && ${regions}::text[])
    GROUP BY c."rumorId"
    ORDER BY score DESC
    LIMIT 1`;
  const best = rows[0];
  return best && best.score >= threshold ? { rumorId: best.rumorId, score: best.score } : null;
}
