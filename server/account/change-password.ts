// A member changes their own password. The current one is asked for even within a session, so a
// session left open on a shared computer cannot be turned into the account. Every other session
// ends (whoever knew the old password is out); this one stays.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { hashPassword, verifyPassword } from '../auth/password';
import { assertAcceptablePassword } from '../auth/password-policy';
import { endStaffSessions } from '../auth/staff-sessions';
import { DomainError } from '../errors';
import type { SignedInStaff } from '../staff/load-actor';
import { changePasswordInput, type ChangePasswordInput } from './schema';

export async function changeOwnPassword(db: Db, me: SignedInStaff, rawInput: ChangePasswordInput) {
  const input = changePasswordInput.parse(rawInput);
  const now = new Date();
  const user = await db.user.findUniqueOrThrow({ where: { id: me.actor.id }, select: { passwordHash: true, email: true, name: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await db.$transaction((tx) => recordAuditEvent(tx, { actorId: me.actor.id, action: 'account.password_change_refused', entityId: me.actor.id }));
    throw new DomainError('BAD_REQUEST', 'currentPasswordWrong');
  }
  if (input.newPassword === input.currentPassword) throw new DomainError('BAD_REQUEST', 'passwordUnchanged');
  await assertAcceptablePassword(input.newPassword, user);
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: me.actor.id }, data: { passwordHash, passwordMustChange: false, passwordChangedAt: now } });
    const otherSessionsEnded = await endStaffSessions(tx, me.actor.id, 'PASSWORD_CHANGED', now, me.sessionId);
    await recordAuditEvent(tx, { actorId: me.actor.id, action: 'account.password_changed', entityId: me.actor.id, after: { otherSessionsEnded } });
    return { otherSessionsEnded };
  });
}
