import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import { notifyStaff } from '../notifications/notify-staff';
import { coversRegions, hasRole, MODERATION_ROLES, type Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { assignInput } from './schema';

/** Assigns rumours to a moderator of their regions (or to nobody). All or none. */
export async function assignRumors(db: Db, actor: Actor, rawInput: { ids: string[]; assigneeId: string | null }) {
  const input = assignInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const assignee = input.assigneeId
      ? await tx.user.findUnique({ where: { id: input.assigneeId }, select: { id: true, role: true, regionCodes: true, nationalQueue: true, active: true, name: true } })
      : null;
    if (input.assigneeId && (!assignee || !assignee.active || !hasRole(assignee, MODERATION_ROLES))) {
      throw new DomainError('BAD_REQUEST', 'assigneeInvalid');
    }
    for (const id of input.ids) {
      const rumor = await loadRumorForAction(tx, actor, id);
      if (assignee && !coversRegions(assignee, rumor.regionCodes)) throw new DomainError('BAD_REQUEST', 'assigneeOutOfRegion');
      if (rumor.assigneeId === input.assigneeId) continue;
      await tx.rumor.update({ where: { id }, data: { assigneeId: input.assigneeId } });
      await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.assigned', entityId: id, before: { assigneeId: rumor.assigneeId }, after: { assigneeId: input.assigneeId } });
      await notifyStaff(tx, { kind: 'ASSIGNED', rumorId: id, recipientIds: [input.assigneeId], actorId: actor.id });
    }
    return { assigned: input.ids.length };
  });
}
