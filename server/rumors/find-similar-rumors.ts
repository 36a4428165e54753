// "Is this the same claim as …?" — open rumours in the actor's regions whose normalised claim is
// close by trigram similarity, as merge candidates. Suggestions only: merging is a moderator's call.
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, rumorScopeSql, type Actor } from '../policy';
import { rumorIdInput } from './schema';

export const SIMILAR_MIN_SCORE = 0.25;
const SIMILAR_LIMIT = 5;

export interface SimilarRumor {
  id: string;
  claim: string;
  status: 'NEW' | 'INVESTIGATING' | 'AWAITING_APPROVAL';
  sightingCount: number;
  regionCodes: string[];
  lastSeenAt: Date;
  score: number;
}

export async function findSimilarRumors(db: Db, actor: Actor, rawInput: { id: string }): Promise<SimilarRumor[]> {
  const { id } = rumorIdInput.parse(rawInput);
  const rumor = await db.rumor.findUnique({ where: { id }, select: { normalizedClaim: true, regionCodes: true } });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  const scope = rumorScopeSql(actor);
  return db.$transaction(async (tx) => {
    // `%` uses the trigram index; the threshold applies to this transaction only. At this low
    // threshold the planner misjudges the index and scans every rumour, computing similarity()
    // on each (≈300 ms at 30,000 rumours vs ≈90 ms through the index; bench/moderation.ts).
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILAR_MIN_SCORE)}, true), set_config('enable_seqscan', 'off', true)`;
    const rows = await tx.$queryRaw<SimilarRumor[]>`
      SELECT id, claim, status::text AS status, "sightingCount", "regionCodes", "lastSeenAt",
             similarity("normalizedClaim", ${rumor.normalizedClaim})::float8 AS score
      FROM "Rumor"
      WHERE id <> ${id}::uuid
        AND status IN ('NEW', 'INVESTIGATING', 'AWAITING_APPROVAL')
        AND "normalizedClaim" % ${rumor.normalizedClaim}
        AND ${scope}
      ORDER BY score DESC, "lastSeenAt" DESC
      LIMIT ${SIMILAR_LIMIT}`;
    return rows.map((r) => ({ ...r, score: Math.round(r.score * 100) / 100 }));
  });
}
