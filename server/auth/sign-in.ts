// Staff sign-in with per-account throttling: after SLOW_AFTER consecutive failures each further
// attempt must wait (doubling), and after LOCK_AFTER failures the account is locked for LOCK_MINUTES.
// Counting per account (not per IP) is what stops password guessing against one moderator. A member
// with two-factor on also gives a code from their authenticator app (or a one-time recovery code);
// a wrong code counts as a failure like a wrong password. Success starts a server-side session
// (server/auth/staff-sessions.ts) whose id goes into the session cookie.
import type { KnownDevice } from './known-device';
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

export interface SignInContext {
  /** The member this browser signed in as before, and when, from its signed known-device token (server/auth/known-device.ts). */
  knownDevice?: KnownDevice | null;
  /** The client's own budget of failures (the `auth.sign_in_failures` rate limit): asked first, charged on each failure. */
  clientFailures?: { check(): Promise<{ allowed: boolean; retryAfterSeconds: number }>; count(): Promise<unknown> };
}

/**
 * The back-off an account is in: locked, or waiting after repeated failures; null when it may try.
 * It holds against everyone but the owner: from a browser they signed in from before, or with the
 * right password and second factor, they still get in — so failing on purpose cannot keep a
 * moderator out in a crisis.
 */
function accountBackOff(user: { lockedUntil: Date | null; failedSignIns: number; lastFailedSignInAt: Date | null }, now: Date): SignInOutcome | null {
  if (user.lockedUntil && user.lockedUntil > now) {
    return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const wait = waitAfterFailures(user.failedSignIns);
  if (wait > 0 && user.lastFailedSignInAt) {
    const readyAt = user.lastFailedSignInAt.getTime() + wait * 1000;
    if (readyAt > now.getTime()) return { ok: false, reason: 'slow-down', retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000) };
  }
  return null;
}

/** A browser the member signed in from since their password last changed (tokens count whole seconds). */
function isOwnersDevice(device: KnownDevice | null | undefined, user: { id: string; passwordChangedAt: Date | null }): boolean {
  if (!device || device.userId !== user.id) return false;
  return !user.passwordChangedAt || device.issuedAt.getTime() >= Math.floor(user.passwordChangedAt.getTime() / 1000) * 1000;
}

export async function signInStaff(db: Db, input: SignInInput, now = new Date(), device: SessionDevice = NO_DEVICE, context: SignInContext = {}): Promise<SignInOutcome> {
  // Per client first, before anything about the account is looked at: one address cannot run
  // through passwords (or lock out account after account) however many e-mails it tries. Only
  // failures are charged, so colleagues signing in behind one office address are not slowed.
  const client = await context.clientFailures?.check();
  if (client && !client.allowed) return { ok: false, reason: 'slow-down', retryAfterSeconds: client.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email: input.email } });
  // Every path below hashes the password exactly once — unknown e-mail, account in back-off or not —
  // so the response time does not tell which e-mails belong to staff.
  if (!user || !user.active || !user.passwordHash) {
    dummyHash ??= hashPassword('raspa-dummy-password');
    await verifyPassword(await dummyHash, input.password);
    await context.clientFailures?.count();
    return { ok: false, reason: 'invalid' };
  }
  const passwordRight = await verifyPassword(user.passwordHash, input.password);
  const secondFactor = passwordRight && user.totpSecretCipher && input.code?.trim() ? checkSecondFactor(user, input.code, now) : null;

  const backOff = accountBackOff(user, now);
  const ownerEvidently = isOwnersDevice(context.knownDevice, user) || secondFactor !== null;
  if (backOff && !ownerEvidently) {
    if (!passwordRight) await context.clientFailures?.count();
    return backOff;
  }

  if (passwordRight && user.totpSecretCipher && !input.code?.trim()) return { ok: false, reason: 'code-required' };

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

  await context.clientFailures?.count();
  // One atomic increment: parallel wrong attempts are each counted, none is lost to a stale read.
  const outcome = await db.$transaction(async (tx) => {
    const { failedSignIns: failures } = await tx.user.update({ where: { id: user.id }, data: { failedSignIns: { increment: 1 }, lastFailedSignInAt: now }, select: { failedSignIns: true } });
    const lock = failures >= LOCK_AFTER;
    const lockedUntil = lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    if (lock) await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lastFailedSignInAt: null, lockedUntil } });
    await recordAuditEvent(tx, {
      actorLabel: 'anonymous',
      action: lock ? 'auth.locked' : 'auth.sign_in_failed',
      entityId: user.id,
      after: lock ? { lockedUntil: lockedUntil!.toISOString() } : { failedSignIns: failures, ...(passwordRight ? { wrongCode: true } : {}) },
    });
    return lock;
  });
  if (outcome) return { ok: false, reason: 'locked', retryAfterSeconds: LOCK_MINUTES * 60 };
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
