import type { Db } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';

export async function getRumorForStaff(db: Db, actor: Actor, id: string) {
  const rumor = await db.rumor.findUnique({
    where: { id },
    select: {
      id: true,
      claim: true,
      status: true,
      priorityLevel: true,
      sightingCount: true,
      settlementCount: true,
      regionCodes: true,
      firstSeenAt: true,
      lastSeenAt: true,
      highRisk: true,
      riskFlags: true,
    },
  });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  return rumor;
}
