// Rules every staff-administration use case shares.
import type { DbTx } from '../db/client';
import { DomainError } from '../errors';
export { isUniqueViolation } from '../db/unique-violation';

/** Raspa must keep at least one active admin, or nobody could manage staff again. */
export async function assertAnotherActiveAdmin(tx: DbTx, memberId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: 'ADMIN', active: true, id: { not: memberId } } });
  if (others === 0) throw new DomainError('CONFLICT', 'lastAdmin');
}

/** A member row for a change, locked against a concurrent one; NOT_FOUND when there is none. */
export async function lockStaffMember(tx: DbTx, id: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked) throw new DomainError('NOT_FOUND', 'memberNotFound');
  return tx.user.findUniqueOrThrow({
    where: { id },
    select: { id: true, email: true, name: true, role: true, regionCodes: true, nationalQueue: true, canViewContacts: true, active: true, locale: true, totpEnabledAt: true, passwordHash: true },
  });
}
