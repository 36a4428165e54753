// A new deployment has no staff (demo accounts only come with RASPA_DEMO): the deployer creates the
// first administrator from the server's command line (`npm run staff:first-admin`), who then adds
// everyone else in Admin → Staff. Refused once any active administrator exists, so the command is
// no way around the staff page.
import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { generatePassword, hashPassword } from '../auth/password';
import type { Db } from '../db/client';
import { DomainError } from '../errors';
import { LANGUAGES } from '../i18n/languages';

export const firstAdminInput = z.object({
  email: z.string().trim().min(1, 'emailRequired').max(254).pipe(z.email('emailInvalid')).transform((v) => v.toLowerCase()),
  name: z.string().trim().min(1, 'nameRequired').max(120, 'nameTooLong'),
  locale: z.enum(LANGUAGES).default('ru'),
});
export type FirstAdminInput = z.input<typeof firstAdminInput>;

/** Creates the first administrator with a one-time password (to be replaced at first sign-in), returned once. */
export async function createFirstAdmin(db: Db, rawInput: FirstAdminInput): Promise<{ id: string; email: string; oneTimePassword: string }> {
  const input = firstAdminInput.parse(rawInput);
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.$transaction(async (tx) => {
    // One at a time, so two runs cannot both see "no administrator yet".
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('raspa:first-admin'))`;
    if (await tx.user.count({ where: { role: 'ADMIN', active: true } })) throw new DomainError('CONFLICT', 'adminExists');
    if (await tx.user.count({ where: { email: input.email } })) throw new DomainError('CONFLICT', 'emailTaken');
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: 'ADMIN', regionCodes: [], nationalQueue: true, canViewContacts: true, locale: input.locale, passwordHash, passwordMustChange: true },
      select: { id: true, email: true },
    });
    await recordAuditEvent(tx, {
      actorLabel: 'system',
      action: 'staff.created',
      entityId: user.id,
      after: { email: user.email, name: input.name, role: 'ADMIN', regionCodes: [], nationalQueue: true, canViewContacts: true, credentials: 'ONE_TIME_PASSWORD' },
    });
    return { id: user.id, email: user.email, oneTimePassword };
  });
}
