// Staff sign-in with per-account throttling: after SLOW_AFTER consecutive failures each further
// attempt must wait (doubling), and after LOCK_AFTER failures the account is locked for LOCK_MINUTES.
// Counting per account (not per IP) is what stops password guessing against one moderator.
import type { Db } from '../db/client';
import type { Role } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { hashPassword, verifyPassword } from './password';

export const SLOW_AFTER = 3;
export const LOCK_AFTER = 5;
export const LOCK_MINUTES = 15;

export interface SignedInStaff {
  id: string;
  email: string;
  name: string;
  role: Role;
  regionCodes: string[];
  canViewContacts: boolean;
}

export type SignInOutcome =
  | { ok: true; staff: SignedInStaff }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'slow-down'; retryAfterSeconds: number }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;

/** Seconds to wait before the next attempt after `failures` consecutive failures. */
export function waitAfterFailures(failures: number): number {
  return failures < SLOW_AFTER ? 0 : 2 ** (failures - SLOW_AFTER + 2); // 4 s, 8 s, …
}

export async function signInStaff(db: Db, input: { email: string; password: string }, now = new Date()): Promise<SignInOutcome> {
  const user = await db.user.findUnique({ where: { email: input.email } });
  if (!user || !user.active) {
    // Same work as a real check, so response time does not reveal which e-mails exist.
    dummyHash ??= hashPassword('raspa-dummy-password');
    await verifyPassword(await dummyHash, input.password);
    return { ok: false, reason: 'invalid' };
  }

  if (user.lockedUntil && user.lockedUntil > now) {
    return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const wait = waitAfterFailures(user.failedSignIns);
  if (wait > 0 && user.lastFailedSignInAt) {
    const readyAt = user.lastFailedSignInAt.getTime() + wait * 1000;
    if (readyAt > now.getTime()) {
      return { ok: false, reason: 'slow-down', retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000) };
    }
  }

  if (await verifyPassword(user.passwordHash, input.password)) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lastFailedSignInAt: null, lockedUntil: null, lastSignInAt: now } });
      await recordAuditEvent(tx, { actorId: user.id, action: 'auth.signed_in', entityId: user.id });
    });
    return {
      ok: true,
      staff: { id: user.id, email: user.email, name: user.name, role: user.role, regionCodes: user.regionCodes, canViewContacts: user.canViewContacts },
    };
  }

  const failures = user.failedSignIns + 1;
  const lock = failures >= LOCK_AFTER;
  const lockedUntil = lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: lock ? { failedSignIns: 0, lastFailedSignInAt: null, lockedUntil } : { failedSignIns: failures, lastFailedSignInAt: now },
    });
    await recordAuditEvent(tx, {
      actorLabel: 'anonymous',
      action: lock ? 'auth.locked' : 'auth.sign_in_failed',
      entityId: user.id,
      after: lock ? { lockedUntil: lockedUntil!.toISOString() } : { failedSignIns: failures },
    });
  });
  if (lock) return { ok: false, reason: 'locked', retryAfterSeconds: LOCK_MINUTES * 60 };
  return { ok: false, reason: 'invalid' };
}
