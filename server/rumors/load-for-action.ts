import type { DbTx } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';

/** A rumour the actor may act on, read inside the acting transaction and locked against races. */
export async function loadRumorForAction(tx: DbTx, actor: Actor, id: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Rumor" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked) throw notFound('Rumour');
  const rumor = await tx.rumor.findUniqueOrThrow({
    where: { id },
    select: { id: true, status: true, claim: true, regionCodes: true, assigneeId: true, dismissReason: true, mergedIntoId: true, highRisk: true },
  });
  assertCoversRegions(actor, rumor.regionCodes);
  return rumor;
}
