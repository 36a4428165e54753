// Rules every staff-administration use case shares.
import type { z } from 'zod';
import type { Db, DbTx } from '../db/client';
import type { User } from '../db/generated/client';
import { DomainError } from '../errors';
import { assertCanManageStaff, assertNotSelf, type Actor } from '../policy';
export { isUniqueViolation } from '../db/unique-violation';

/** Raspa must keep at least one active admin, or nobody could manage staff again. */
export async function assertAnotherActiveAdmin(tx: DbTx, memberId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: 'ADMIN', active: true, id: { not: memberId } } });
  if (others === 0) throw new DomainError('CONFLICT', 'lastAdmin');
}

/** Who a member is and what they may do where: what the staff list and a member's own account page show. */
export const STAFF_PROFILE_SELECT = { email: true, name: true, role: true, regionCodes: true, nationalQueue: true, canViewContacts: true } as const;

type StaffProfileRow = Pick<User, keyof typeof STAFF_PROFILE_SELECT>;

/** Field by field, so that nothing else selected with it (a password hash) is passed on by accident. */
export function staffProfile(user: StaffProfileRow): StaffProfileRow {
  return { email: user.email, name: user.name, role: user.role, regionCodes: user.regionCodes, nationalQueue: user.nationalQueue, canViewContacts: user.canViewContacts };
}

/** A member row for a change, locked against a concurrent one; NOT_FOUND when there is none. */
export async function lockStaffMember(tx: DbTx, id: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked) throw new DomainError('NOT_FOUND', 'memberNotFound');
  return tx.user.findUniqueOrThrow({
    where: { id },
    select: { id: true, ...STAFF_PROFILE_SELECT, active: true, locale: true, totpEnabledAt: true, passwordHash: true },
  });
}

export type LockedStaffMember = Awaited<ReturnType<typeof lockStaffMember>>;

/**
 * How every admin change to another member starts: only an admin may, the input is parsed, the
 * member is not the admin themselves (demoting or locking oneself out by a slip), and the member's
 * row is locked for the one transaction in which `change` makes and audits the change.
 */
export async function changeOtherStaffMember<Schema extends z.ZodType<{ id: string }>, Result>(
  db: Db,
  actor: Actor,
  schema: Schema,
  rawInput: z.input<Schema>,
  change: (tx: DbTx, member: LockedStaffMember, input: z.output<Schema>) => Promise<Result>,
): Promise<Result> {
  assertCanManageStaff(actor);
  const input = schema.parse(rawInput);
  assertNotSelf(actor, input.id);
  return db.$transaction(async (tx) => change(tx, await lockStaffMember(tx, input.id), input));
}
