// Someone leaves: their account stops working at once — every session ends, so their next request
// fails rather than the one after the 12-hour cookie expires — and their work goes back to their
// regions: assigned rumours become unassigned, rumours they were editing are unlocked, and open
// verification tasks lose their assignee so the region's moderators ask someone else. Reactivating
// restores the account (not the work); the member signs in again.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { endStaffSessions } from '../auth/staff-sessions';
import { assertCanManageStaff, type Actor } from '../policy';
import { spendCredentialTokens } from './credential-tokens';
import { staffMemberInput, type StaffMemberInput } from './schema';
import { assertAnotherActiveAdmin, changeOtherStaffMember, lockStaffMember } from './staff-rules';

export async function deactivateStaffMember(db: Db, actor: Actor, rawInput: StaffMemberInput) {
  const now = new Date();
  return changeOtherStaffMember(db, actor, staffMemberInput, rawInput, async (tx, member) => {
    if (!member.active) return { id: member.id, sessionsEnded: 0, rumorsHandedBack: 0, tasksHandedBack: 0 };
    if (member.role === 'ADMIN') await assertAnotherActiveAdmin(tx, member.id);
    await tx.user.update({ where: { id: member.id }, data: { active: false, deactivatedAt: now } });
    const sessionsEnded = await endStaffSessions(tx, member.id, 'DEACTIVATED', now);
    await spendCredentialTokens(tx, member.id, now);

    const rumors = await tx.rumor.findMany({ where: { assigneeId: member.id }, select: { id: true } });
    await tx.rumor.updateMany({ where: { assigneeId: member.id }, data: { assigneeId: null } });
    for (const rumor of rumors) {
      await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.handed_back', entityId: rumor.id, before: { assigneeId: member.id }, after: { assigneeId: null } });
    }
    await tx.rumor.updateMany({ where: { lockedById: member.id }, data: { lockedById: null, lockedUntil: null } });

    const tasks = await tx.verificationRequest.findMany({ where: { assigneeId: member.id, status: 'OPEN' }, select: { id: true, rumorId: true } });
    await tx.verificationRequest.updateMany({ where: { id: { in: tasks.map((task) => task.id) } }, data: { assigneeId: null } });
    for (const task of tasks) {
      await recordAuditEvent(tx, { actorId: actor.id, action: 'verification.handed_back', entityId: task.id, before: { assigneeId: member.id }, after: { assigneeId: null, rumorId: task.rumorId } });
    }

    const result = { id: member.id, sessionsEnded, rumorsHandedBack: rumors.length, tasksHandedBack: tasks.length };
    await recordAuditEvent(tx, { actorId: actor.id, action: 'staff.deactivated', entityId: member.id, before: { active: true }, after: { active: false, sessionsEnded, rumorsHandedBack: rumors.length, tasksHandedBack: tasks.length } });
    return result;
  });
}

export async function reactivateStaffMember(db: Db, actor: Actor, rawInput: StaffMemberInput) {
  assertCanManageStaff(actor);
  const input = staffMemberInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const member = await lockStaffMember(tx, input.id);
    if (member.active) return { id: member.id };
    await tx.user.update({ where: { id: member.id }, data: { active: true, deactivatedAt: null, failedSignIns: 0, lockedUntil: null, lastFailedSignInAt: null } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'staff.reactivated', entityId: member.id, before: { active: false }, after: { active: true } });
    return { id: member.id };
  });
}
