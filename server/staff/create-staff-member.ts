// An admin adds a staff member: with an invitation link (e-mailed, and shown to the admin once so
// it can be handed over another way when there is no SMTP), or with a one-time password shown once
// that the member must replace at first sign-in.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { generatePassword, hashPassword } from '../auth/password';
import { sendMail, type MailResult } from '../delivery/mailer';
import { DomainError } from '../errors';
import { assertCanManageStaff, type Actor } from '../policy';
import { issueCredentialToken, setPasswordUrl } from './credential-tokens';
import { createStaffInput, type CreateStaffInput } from './schema';
import { staffInvitationMail } from './staff-mails';
import { isUniqueViolation } from './staff-rules';

/** What the admin sees once, right after the change: a link or a password, never stored readable. */
export type IssuedCredentials =
  /** mail: 'sent' to the member, only 'logged' (no SMTP configured), or 'failed' (the mail server refused). */
  | { method: 'INVITE_LINK'; link: string; expiresAt: Date; mail: MailOutcome }
  | { method: 'ONE_TIME_PASSWORD'; oneTimePassword: string };

export async function createStaffMember(db: Db, actor: Actor, rawInput: CreateStaffInput): Promise<{ id: string; credentials: IssuedCredentials }> {
  assertCanManageStaff(actor);
  const input = createStaffInput.parse(rawInput);
  const now = new Date();
  const oneTimePassword = input.credentials === 'ONE_TIME_PASSWORD' ? generatePassword() : null;
  const passwordHash = oneTimePassword ? await hashPassword(oneTimePassword) : null;
  const created = await db
    .$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          regionCodes: input.regionCodes,
          nationalQueue: input.nationalQueue,
          canViewContacts: input.canViewContacts,
          locale: input.locale,
          passwordHash,
          passwordMustChange: Boolean(oneTimePassword),
        },
        select: { id: true },
      });
      const link = input.credentials === 'INVITE_LINK' ? await issueCredentialToken(tx, { userId: user.id, purpose: 'INVITE', createdById: actor.id, now }) : null;
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'staff.created',
        entityId: user.id,
        after: { email: input.email, name: input.name, role: input.role, regionCodes: input.regionCodes, nationalQueue: input.nationalQueue, canViewContacts: input.canViewContacts, credentials: input.credentials },
      });
      return { id: user.id, link };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'emailTaken');
      throw error;
    });

  if (!created.link) return { id: created.id, credentials: { method: 'ONE_TIME_PASSWORD', oneTimePassword: oneTimePassword! } };
  const link = setPasswordUrl(input.locale, created.link.token);
  // After the commit: a mail server that is down must not undo the account. The admin sees the
  // link either way and whether the mail went out.
  const mailed = await sendMail(staffInvitationMail({ to: input.email, language: input.locale, name: input.name, role: input.role, invitedBy: actor.name, link, expiresAt: created.link.expiresAt }));
  return { id: created.id, credentials: { method: 'INVITE_LINK', link, expiresAt: created.link.expiresAt, mail: mailOutcome(mailed) } };
}

export type MailOutcome = 'sent' | 'logged' | 'failed';

export function mailOutcome(result: MailResult): MailOutcome {
  return !result.ok ? 'failed' : result.loggedOnly ? 'logged' : 'sent';
}
