// An admin changes a member's name, role, region scope or contact permission. Takes effect on the
// member's next request: the actor is read fresh each time (server/auth/current-actor.ts).
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notifyLiveEvent } from '../live/events';
import type { Actor } from '../policy';
import { updateStaffInput, type UpdateStaffInput } from './schema';
import { assertAnotherActiveAdmin, changeOtherStaffMember } from './staff-rules';

// An admin cannot change their own role or scope here: demoting oneself by a slip locks one out.
export async function updateStaffMember(db: Db, actor: Actor, rawInput: UpdateStaffInput) {
  return changeOtherStaffMember(db, actor, updateStaffInput, rawInput, async (tx, member, input) => {
    if (member.role === 'ADMIN' && input.role !== 'ADMIN' && member.active) await assertAnotherActiveAdmin(tx, member.id);
    const before = { name: member.name, role: member.role, regionCodes: member.regionCodes, nationalQueue: member.nationalQueue, canViewContacts: member.canViewContacts };
    const after = { name: input.name, role: input.role, regionCodes: input.regionCodes, nationalQueue: input.nationalQueue, canViewContacts: input.canViewContacts };
    await tx.user.update({ where: { id: member.id }, data: after });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'staff.updated', entityId: member.id, before, after });
    // Open live streams were authorised for the old role and regions: they close and reconnect.
    await notifyLiveEvent(tx, { type: 'staff.access_changed', userId: member.id });
    return { id: member.id, ...after };
  });
}
