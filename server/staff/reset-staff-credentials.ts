// An admin's help with a member's sign-in: a new password (by link, or a one-time password to hand
// over), signing them out everywhere (a lost laptop), or turning two-factor off (a lost phone with
// no recovery codes). Each ends the member's sessions, so whoever held one is out at the next request.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { generatePassword, hashPassword } from '../auth/password';
import { endStaffSessions } from '../auth/staff-sessions';
import { sendMail } from '../delivery/mailer';
import { DomainError } from '../errors';
import { assertCanManageStaff, assertNotSelf, type Actor } from '../policy';
import { mailOutcome, type IssuedCredentials } from './create-staff-member';
import { issueCredentialToken, setPasswordUrl, spendCredentialTokens } from './credential-tokens';
import { resetStaffPasswordInput, staffMemberInput, type ResetStaffPasswordInput, type StaffMemberInput } from './schema';
import { staffPasswordResetMail } from './staff-mails';
import { changeOtherStaffMember, lockStaffMember } from './staff-rules';

/**
 * The old password stops working at once (a reset is often because it leaked): with a link the
 * member has no password until they open it; with a one-time password they must replace it at
 * sign-in. A lock from failed attempts is lifted.
 */
export async function resetStaffPassword(db: Db, actor: Actor, rawInput: ResetStaffPasswordInput): Promise<{ id: string; sessionsEnded: number; credentials: IssuedCredentials }> {
  assertCanManageStaff(actor);
  const input = resetStaffPasswordInput.parse(rawInput);
  assertNotSelf(actor, input.id);
  const now = new Date();
  const oneTimePassword = input.credentials === 'ONE_TIME_PASSWORD' ? generatePassword() : null;
  const passwordHash = oneTimePassword ? await hashPassword(oneTimePassword) : null;
  const done = await db.$transaction(async (tx) => {
    const member = await lockStaffMember(tx, input.id);
    if (!member.active) throw new DomainError('CONFLICT', 'memberInactive');
    await tx.user.update({
      where: { id: member.id },
      data: { passwordHash, passwordMustChange: Boolean(oneTimePassword), failedSignIns: 0, lastFailedSignInAt: null, lockedUntil: null },
    });
    const sessionsEnded = await endStaffSessions(tx, member.id, 'PASSWORD_RESET', now);
    const link = oneTimePassword ? null : await issueCredentialToken(tx, { userId: member.id, purpose: 'PASSWORD_RESET', createdById: actor.id, now });
    if (oneTimePassword) await spendCredentialTokens(tx, member.id, now);
    await recordAuditEvent(tx, { actorId: actor.id, action: 'staff.password_reset', entityId: member.id, after: { credentials: input.credentials, sessionsEnded } });
    return { member, sessionsEnded, link };
  });
  const { member, sessionsEnded, link } = done;
  if (!link) return { id: member.id, sessionsEnded, credentials: { method: 'ONE_TIME_PASSWORD', oneTimePassword: oneTimePassword! } };
  const url = setPasswordUrl(member.locale, link.token);
  const mailed = await sendMail(staffPasswordResetMail({ to: member.email, language: member.locale, name: member.name, link: url, expiresAt: link.expiresAt }));
  return { id: member.id, sessionsEnded, credentials: { method: 'INVITE_LINK', link: url, expiresAt: link.expiresAt, mail: mailOutcome(mailed) } };
}

/** "Sign out everywhere" for someone else: every session of the member ends now. */
export async function endStaffMemberSessions(db: Db, actor: Actor, rawInput: StaffMemberInput) {
  const now = new Date();
  return changeOtherStaffMember(db, actor, staffMemberInput, rawInput, async (tx, member) => {
    const sessionsEnded = await endStaffSessions(tx, member.id, 'ENDED_BY_ADMIN', now);
    await recordAuditEvent(tx, { actorId: actor.id, action: 'staff.signed_out_everywhere', entityId: member.id, after: { sessionsEnded } });
    return { id: member.id, sessionsEnded };
  });
}

/** Two-factor off for a member who lost their authenticator and recovery codes; they can set it up again. */
export async function resetStaffTwoFactor(db: Db, actor: Actor, rawInput: StaffMemberInput) {
  const now = new Date();
  return changeOtherStaffMember(db, actor, staffMemberInput, rawInput, async (tx, member) => {
    if (!member.totpEnabledAt) return { id: member.id, sessionsEnded: 0 };
    await tx.user.update({ where: { id: member.id }, data: { totpSecretCipher: null, totpPendingCipher: null, totpEnabledAt: null, totpLastStep: null, recoveryCodeHashes: [] } });
    const sessionsEnded = await endStaffSessions(tx, member.id, 'TWO_FACTOR_CHANGED', now);
    await recordAuditEvent(tx, { actorId: actor.id, action: 'staff.two_factor_reset', entityId: member.id, before: { twoFactor: true }, after: { twoFactor: false, sessionsEnded } });
    return { id: member.id, sessionsEnded };
  });
}
