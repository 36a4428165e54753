import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notFound } from '../errors';
import { assertAdmin, type Actor } from '../policy';
import { OPEN_STATUSES } from '../rumors/inbox-filters';
import { refreshOpenRumors } from './open-rumors';
import { updateRegionRiskInput, type UpdateRegionRiskInput } from './schema';

const select = { code: true, riskLevel: true, requiresApproval: true } as const;

/** Sets a region's tension level (feeds priority) and whether its verdicts need a second moderator. */
export async function updateRegionRisk(db: Db, actor: Actor, rawInput: UpdateRegionRiskInput) {
  assertAdmin(actor, 'Only admins change priority settings.');
  const input = updateRegionRiskInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    // Locked before it is read: two changes at once must each see the other's committed level, or the
    // second (seeing a stale level equal to its own) skips the refresh and leaves the first's priorities.
    await tx.$executeRaw`SELECT 1 FROM "Region" WHERE code = ${input.code} FOR UPDATE`;
    const before = await tx.region.findUnique({ where: { code: input.code }, select });
    if (!before) throw notFound('Region');
    const after = await tx.region.update({ where: { code: input.code }, data: { riskLevel: input.riskLevel, requiresApproval: input.requiresApproval }, select });
    let refreshed = 0;
    if (before.riskLevel !== after.riskLevel) {
      // In this transaction, set-based (open-rumors.ts): the inbox shows the new priority the moment the change is saved.
      const open = await tx.rumor.findMany({ where: { status: { in: [...OPEN_STATUSES] }, regionCodes: { has: input.code } }, select: { id: true } });
      refreshed = await refreshOpenRumors(tx, open.map((r) => r.id));
    }
    await recordAuditEvent(tx, { actorId: actor.id, action: 'region.risk_updated', entityId: input.code, before, after: { ...after, rumorsRefreshed: refreshed } });
    return { ...after, rumorsRefreshed: refreshed };
  });
}
