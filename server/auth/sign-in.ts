// Staff sign-in with per-account throttling: after SLOW_AFTER consecutive failures each further
// attempt must wait (doubling), and after LOCK_AFTER failures the account is locked for LOCK_MINUTES.
// Counting per account (not per IP) is what stops password guessing against one moderator. A member
// with two-factor on also gives a code from their authenticator app (or a one-time recovery code);
// a wrong code counts as a failure like a wrong password. Success starts a server-side session
// (server/auth/staff-sessions.ts) whose id goes into the session cookie.
import type { Db } from '../db/client';
import type { Role } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { serverEnv } from '../config/env';
import { hashPassword, verifyPassword } from './password';
import { startStaffSession, type SessionDevice } from './staff-sessions';
import { acceptTotpCode, looksLikeRecoveryCode, openTotpSecret, recoveryCodeHash } from './two-factor';

export const SLOW_AFTER = 3;
export const LOCK_AFTER = 5;
export const LOCK_MINUTES = 15;

export interface SignedInStaffMember {
  id: string;
  email: string;
  name: string;
  role: Role;
  regionCodes: string[];
  canViewContacts: boolean;
}

export type SignInOutcome =
  | { ok: true; staff: SignedInStaffMember; sessionId: string }
  | { ok: false; reason: 'invalid' }
  /** Password right; two-factor is on and no code was given. Not a failure: the form asks for the code. */
  | { ok: false; reason: 'code-required' }
  | { ok: false; reason: 'code-invalid' }
  | { ok: false; reason: 'slow-down'; retryAfterSeconds: number }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

export interface SignInInput {
  email: string;
  password: string;
  /** A 6-digit code from the authenticator app, or a recovery code. */
  code?: string;
}

let dummyHash: Promise<string> | undefined;

/** Seconds to wait before the next attempt after `failures` consecutive failures. */
export function waitAfterFailures(failures: number): number {
  return failures < SLOW_AFTER ? 0 : 2 ** (failures - SLOW_AFTER + 2); // 4 s, 8 s, …
}

const NO_DEVICE: SessionDevice = { browser: null, os: null, deviceType: null };

export async function signInStaff(db: Db, input: SignInInput, now = new Date(), device: SessionDevice = NO_DEVICE): Promise<SignInOutcome> {
  const user = await db.user.findUnique({ where: { email: input.email } });
  if (!user || !user.active || !user.passwordHash) {
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

  const passwordRight = await verifyPassword(user.passwordHash, input.password);
  if (passwordRight && user.totpSecretCipher && !input.code?.trim()) return { ok: false, reason: 'code-required' };
  const secondFactor = passwordRight && user.totpSecretCipher ? checkSecondFactor(user, input.code!, now) : null;

  if (passwordRight && (!user.totpSecretCipher || secondFactor)) {
    const sessionId = await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: {
          failedSignIns: 0,
          lastFailedSignInAt: null,
          lockedUntil: null,
          lastSignInAt: now,
          ...(secondFactor?.kind === 'totp' ? { totpLastStep: secondFactor.step } : {}),
          ...(secondFactor?.kind === 'recovery' ? { recoveryCodeHashes: user.recoveryCodeHashes.filter((h) => h !== secondFactor.hash) } : {}),
        },
      });
      const id = await startStaffSession(tx, user.id, device, now);
      await recordAuditEvent(tx, {
        actorId: user.id,
        action: 'auth.signed_in',
        entityId: user.id,
        after: { sessionId: id, secondFactor: secondFactor?.kind ?? null, browser: device.browser, os: device.os },
      });
      if (secondFactor?.kind === 'recovery') {
        await recordAuditEvent(tx, { actorId: user.id, action: 'auth.recovery_code_used', entityId: user.id, after: { remaining: user.recoveryCodeHashes.length - 1 } });
      }
      return id;
    });
    return {
      ok: true,
      sessionId,
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
      after: lock ? { lockedUntil: lockedUntil!.toISOString() } : { failedSignIns: failures, ...(passwordRight ? { wrongCode: true } : {}) },
    });
  });
  if (lock) return { ok: false, reason: 'locked', retryAfterSeconds: LOCK_MINUTES * 60 };
  return { ok: false, reason: passwordRight ? 'code-invalid' : 'invalid' };
}

/** The second factor that matched: an authenticator code (its time step) or an unused recovery code (its hash). */
function checkSecondFactor(
  user: { totpSecretCipher: string | null; totpLastStep: number | null; recoveryCodeHashes: string[] },
  code: string,
  now: Date,
): { kind: 'totp'; step: number } | { kind: 'recovery'; hash: string } | null {
  const key = serverEnv().RASPA_ENCRYPTION_KEY;
  if (looksLikeRecoveryCode(code)) {
    const hash = recoveryCodeHash(code, key);
    return user.recoveryCodeHashes.includes(hash) ? { kind: 'recovery', hash } : null;
  }
  const step = acceptTotpCode(openTotpSecret(user.totpSecretCipher!, key), code, user.totpLastStep, now);
  return step === null ? null : { kind: 'totp', step };
}
