// The page behind an invitation or reset link: anyone holding the link (and only them — it carries
// 256 random bits) chooses the member's password, once, within 72 hours. Nobody is signed in by
// it: the member then signs in as usual, with two-factor where it is on.
import type { Db } from '../db/client';
import type { StaffTokenPurpose } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { hashPassword } from '../auth/password';
import { assertAcceptablePassword } from '../auth/password-policy';
import { endStaffSessions } from '../auth/staff-sessions';
import { DomainError } from '../errors';
import { credentialTokenHash, spendCredentialTokens } from '../staff/credential-tokens';
import { setPasswordWithLinkInput, type SetPasswordWithLinkInput } from './schema';

export type SetPasswordLink =
  | { state: 'valid'; purpose: StaffTokenPurpose; email: string; name: string; expiresAt: Date }
  | { state: 'expired' | 'used' | 'unknown' };

async function findLink(db: Pick<Db, 'staffCredentialToken'>, token: string) {
  return db.staffCredentialToken.findUnique({
    where: { tokenHash: credentialTokenHash(token) },
    select: { id: true, purpose: true, expiresAt: true, usedAt: true, user: { select: { id: true, email: true, name: true, active: true } } },
  });
}

/** What the page shows for a link: the form, or why it no longer works. */
export async function describeSetPasswordLink(db: Db, token: string, now = new Date()): Promise<SetPasswordLink> {
  if (token.length < 20 || token.length > 100) return { state: 'unknown' };
  const link = await findLink(db, token);
  if (!link || !link.user.active) return { state: 'unknown' };
  if (link.usedAt) return { state: 'used' };
  if (link.expiresAt <= now) return { state: 'expired' };
  return { state: 'valid', purpose: link.purpose, email: link.user.email, name: link.user.name, expiresAt: link.expiresAt };
}

export async function setPasswordWithLink(db: Db, rawInput: SetPasswordWithLinkInput): Promise<{ email: string }> {
  const input = setPasswordWithLinkInput.parse(rawInput);
  const now = new Date();
  const described = await describeSetPasswordLink(db, input.token, now);
  if (described.state !== 'valid') throw new DomainError('BAD_REQUEST', `link_${described.state}`);
  await assertAcceptablePassword(input.newPassword, described);
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Spent inside the transaction that uses it, so two tabs submitting at once set one password.
    const link = await findLink(tx, input.token);
    if (!link || link.usedAt || link.expiresAt <= now || !link.user.active) throw new DomainError('BAD_REQUEST', 'link_used');
    const spent = await tx.staffCredentialToken.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count === 0) throw new DomainError('BAD_REQUEST', 'link_used');
    await spendCredentialTokens(tx, link.user.id, now);
    await tx.user.update({
      where: { id: link.user.id },
      data: { passwordHash, passwordMustChange: false, passwordChangedAt: now, failedSignIns: 0, lastFailedSignInAt: null, lockedUntil: null },
    });
    await endStaffSessions(tx, link.user.id, 'PASSWORD_RESET', now);
    await recordAuditEvent(tx, { actorId: link.user.id, action: 'account.password_set_by_link', entityId: link.user.id, after: { purpose: link.purpose } });
    return { email: link.user.email };
  });
}
