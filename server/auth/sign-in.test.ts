import { describe, expect, it, vi } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { confirmTwoFactorEnrolment, disableTwoFactor, startTwoFactorEnrolment } from '../account/two-factor';
import { loadSignedInStaff } from '../staff/load-actor';
import { createStaff, sessionFor } from '../testing/fixtures';
import { passwordProblem } from './password-policy';
import { LOCK_AFTER, LOCK_MINUTES, signInStaff } from './sign-in';
import { totpCodeAt } from './two-factor';
import { verifyPassword } from './password';
import { issueKnownDeviceToken, readKnownDevice } from './known-device';

// The real argon2id check, counted: every path of a sign-in must hash exactly once.
vi.mock('./password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./password')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const t = setupTestDatabase();
const PASSWORD = 'correct horse battery';

describe('staff sign-in', () => {
  it('signs in with the right password and returns role and regions', async () => {
    const user = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    const outcome = await signInStaff(t.db, { email: user.email, password: PASSWORD });
    expect(outcome).toMatchObject({ ok: true, staff: { id: user.id, role: 'MODERATOR', regionCodes: ['KZ-47'] } });
    const audit = await t.db.auditEvent.findFirst({ where: { entityId: user.id, action: 'auth.signed_in' } });
    expect(audit).not.toBeNull();
  });

  it('rejects a wrong password and an unknown e-mail the same way', async () => {
    const user = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    expect(await signInStaff(t.db, { email: user.email, password: 'wrong' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInStaff(t.db, { email: 'nobody@test.raspa', password: 'wrong' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('slows down repeated failures, then locks the account for a period', async () => {
    const user = await createStaff(t.db, 'VERIFIER', ['KZ-61'], { password: PASSWORD });
    let now = new Date('2026-01-01T10:00:00Z');
    const attempt = (password: string) => signInStaff(t.db, { email: user.email, password }, now);

    for (let i = 0; i < 3; i++) expect((await attempt('wrong')).ok).toBe(false);
    // Immediately after the third failure even the right password must wait.
    const slowed = await attempt(PASSWORD);
    expect(slowed).toMatchObject({ ok: false, reason: 'slow-down' });

    for (let i = 3; i < LOCK_AFTER; i++) {
      now = new Date(now.getTime() + 60_000);
      await attempt('wrong');
    }
    now = new Date(now.getTime() + 60_000);
    const locked = await attempt(PASSWORD);
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    if (!locked.ok && locked.reason === 'locked') expect(locked.retryAfterSeconds).toBeGreaterThan((LOCK_MINUTES - 2) * 60);

    now = new Date(now.getTime() + (LOCK_MINUTES + 1) * 60_000);
    expect((await attempt(PASSWORD)).ok).toBe(true);
  });

  it('refuses a deactivated account', async () => {
    const user = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('two-factor sign-in (TOTP)', () => {
  async function enrolledMember() {
    const user = await createStaff(t.db, 'ADMIN', [], { password: PASSWORD });
    const session = await sessionFor(t.db, user);
    const me = (await loadSignedInStaff(t.db, { userId: user.id, sessionId: session.user.sessionId }))!;
    const enrolment = await startTwoFactorEnrolment(t.db, me);
    const secret = enrolment.secret.replace(/\s/g, '');
    expect(enrolment.uri).toContain(`secret=${secret}`);
    expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    // A wrong code does not turn it on.
    await expect(confirmTwoFactorEnrolment(t.db, me, { code: '000000' })).rejects.toThrow('codeWrong');
    const { recoveryCodes } = await confirmTwoFactorEnrolment(t.db, me, { code: totpCodeAt(secret, new Date(Date.now() - 30_000)) });
    expect(recoveryCodes).toHaveLength(10);
    return { user, secret, recoveryCodes, me };
  }

  it('asks for the code after the right password, signs in with it, and refuses the same code twice', async () => {
    const { user, secret } = await enrolledMember();
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD })).toEqual({ ok: false, reason: 'code-required' });
    // A wrong password with any code is just a wrong password.
    expect(await signInStaff(t.db, { email: user.email, password: 'wrong', code: '123456' })).toEqual({ ok: false, reason: 'invalid' });
    const now = new Date();
    const code = totpCodeAt(secret, now);
    const outcome = await signInStaff(t.db, { email: user.email, password: PASSWORD, code }, now);
    expect(outcome).toMatchObject({ ok: true, staff: { id: user.id } });
    // Seen over a shoulder: the same code again within its window is refused.
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD, code }, new Date(now.getTime() + 5000))).toEqual({ ok: false, reason: 'code-invalid' });
  });

  it('counts wrong codes like wrong passwords towards the lock', async () => {
    const { user } = await enrolledMember();
    let now = new Date('2026-02-01T10:00:00Z');
    for (let i = 0; i < LOCK_AFTER; i++) {
      now = new Date(now.getTime() + 60_000);
      await signInStaff(t.db, { email: user.email, password: PASSWORD, code: '000000' }, now);
    }
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD, code: '111111' }, new Date(now.getTime() + 1000))).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('takes each recovery code once instead of a code from the app', async () => {
    const { user, recoveryCodes } = await enrolledMember();
    const [first] = recoveryCodes;
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD, code: first!.toUpperCase() })).toMatchObject({ ok: true });
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD, code: first! })).toEqual({ ok: false, reason: 'code-invalid' });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).recoveryCodeHashes).toHaveLength(9);
    expect(await t.db.auditEvent.count({ where: { entityId: user.id, action: 'auth.recovery_code_used' } })).toBe(1);
  });

  it('is not turned off without the password and a code, nor by an admin where the deployer requires it', async () => {
    const { secret, me } = await enrolledMember();
    const later = () => totpCodeAt(secret, new Date(Date.now() + 30_000));
    await expect(disableTwoFactor(t.db, me, { password: PASSWORD, code: later() }, { requireAdminTwoFactor: true })).rejects.toThrow('twoFactorRequiredForAdmins');
    await expect(disableTwoFactor(t.db, me, { password: 'wrong', code: later() }, { requireAdminTwoFactor: false })).rejects.toThrow('currentPasswordWrong');
    await disableTwoFactor(t.db, me, { password: PASSWORD, code: later() }, { requireAdminTwoFactor: false });
    expect((await signInStaff(t.db, { email: (await t.db.user.findUniqueOrThrow({ where: { id: me.actor.id } })).email, password: PASSWORD })).ok).toBe(true);
  });
});

describe('sign-in under attack', () => {
  const lockOut = async (email: string, now: Date) => {
    for (let i = 0; i < LOCK_AFTER; i++) await signInStaff(t.db, { email, password: `wrong ${i}` }, new Date(now.getTime() + i * 60_000));
  };

  it('hashes the password once whatever the e-mail: unknown, a known account, one slowed down, one locked', async () => {
    const user = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    const slowed = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    await t.db.user.update({ where: { id: slowed.id }, data: { failedSignIns: 3, lastFailedSignInAt: new Date() } });
    const locked = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    await t.db.user.update({ where: { id: locked.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    const hashes = vi.mocked(verifyPassword);
    for (const [email, expected] of [
      ['nobody@test.raspa', 'invalid'],
      [user.email, 'invalid'],
      [slowed.email, 'slow-down'],
      [locked.email, 'locked'],
    ] as const) {
      hashes.mockClear();
      expect(await signInStaff(t.db, { email, password: 'wrong guess' })).toMatchObject({ ok: false, reason: expected });
      expect(hashes).toHaveBeenCalledTimes(1);
    }
  });

  it('charges each failure to the client, and stops a client over its budget before looking at any account', async () => {
    const user = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    const budget = 3;
    let failures = 0;
    const client = { check: async () => ({ allowed: failures <= budget, retryAfterSeconds: 420 }), count: async () => ++failures };
    // Failures on a known account and on unknown e-mails count alike; a success costs nothing.
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD }, new Date(), undefined, { clientFailures: client })).toMatchObject({ ok: true });
    await signInStaff(t.db, { email: user.email, password: 'wrong' }, new Date(), undefined, { clientFailures: client });
    for (const email of ['a@test.raspa', 'b@test.raspa', 'c@test.raspa']) await signInStaff(t.db, { email, password: 'wrong' }, new Date(), undefined, { clientFailures: client });
    expect(failures).toBe(4);
    // Over budget: refused before any account is looked at, the right password included, nothing counted against the account.
    const before = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    for (let i = 0; i < LOCK_AFTER + 2; i++) expect(await signInStaff(t.db, { email: user.email, password: i ? 'wrong' : PASSWORD }, new Date(), undefined, { clientFailures: client })).toEqual({ ok: false, reason: 'slow-down', retryAfterSeconds: 420 });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedSignIns: before.failedSignIns, lockedUntil: null });
    // Another client still gets in.
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD })).toMatchObject({ ok: true });
  });

  it('lets the owner in from a browser they signed in from before while strangers keep the account locked', async () => {
    const owner = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    const other = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    const now = new Date('2026-03-01T10:00:00Z');
    await lockOut(owner.email, now);
    const during = new Date(now.getTime() + LOCK_AFTER * 60_000);
    expect(await signInStaff(t.db, { email: owner.email, password: PASSWORD }, during)).toMatchObject({ ok: false, reason: 'locked' });
    // Another member's device, or a forged token, is no way in.
    const secret = 'test-secret-of-the-deployment';
    const othersDevice = readKnownDevice(issueKnownDeviceToken(other.id, secret, now), secret, during);
    expect(await signInStaff(t.db, { email: owner.email, password: PASSWORD }, during, undefined, { knownDevice: othersDevice })).toMatchObject({ ok: false, reason: 'locked' });
    expect(readKnownDevice(`${issueKnownDeviceToken(owner.id, secret, now).slice(0, -2)}AA`, secret, during)).toBeNull();
    expect(readKnownDevice(issueKnownDeviceToken(owner.id, 'another deployment', now), secret, during)).toBeNull();
    // The owner's own browser, still with the right password only.
    const ownDevice = readKnownDevice(issueKnownDeviceToken(owner.id, secret, now), secret, during);
    expect(await signInStaff(t.db, { email: owner.email, password: 'wrong' }, during, undefined, { knownDevice: ownDevice })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await signInStaff(t.db, { email: owner.email, password: PASSWORD }, during, undefined, { knownDevice: ownDevice })).toMatchObject({ ok: true, staff: { id: owner.id } });
  });

  it('stops counting a browser as the owner\'s once the password was changed after it signed in', async () => {
    const owner = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    const secret = 'test-secret-of-the-deployment';
    const signedInAt = new Date('2026-03-01T09:00:00Z');
    const changedAt = new Date('2026-03-01T09:30:00.500Z');
    await t.db.user.update({ where: { id: owner.id }, data: { passwordChangedAt: changedAt } });
    const now = new Date('2026-03-01T10:00:00Z');
    await lockOut(owner.email, now);
    const during = new Date(now.getTime() + LOCK_AFTER * 60_000);
    // Whoever signed in with the old password keeps no way past the lock.
    const before = readKnownDevice(issueKnownDeviceToken(owner.id, secret, signedInAt), secret, during);
    expect(await signInStaff(t.db, { email: owner.email, password: PASSWORD }, during, undefined, { knownDevice: before })).toMatchObject({ ok: false, reason: 'locked' });
    // A browser that signed in in the same second as the change, or after it, still does.
    const after = readKnownDevice(issueKnownDeviceToken(owner.id, secret, changedAt), secret, during);
    expect(await signInStaff(t.db, { email: owner.email, password: PASSWORD }, during, undefined, { knownDevice: after })).toMatchObject({ ok: true, staff: { id: owner.id } });
  });

  it('lets the owner in with the password and their second factor while the account is locked, and tells a stranger nothing more', async () => {
    const user = await createStaff(t.db, 'ADMIN', [], { password: PASSWORD });
    const session = await sessionFor(t.db, user);
    const me = (await loadSignedInStaff(t.db, { userId: user.id, sessionId: session.user.sessionId }))!;
    const secret = (await startTwoFactorEnrolment(t.db, me)).secret.replace(/\s/g, '');
    await confirmTwoFactorEnrolment(t.db, me, { code: totpCodeAt(secret, new Date(Date.now() - 30_000)) });
    const now = new Date();
    await lockOut(user.email, new Date(now.getTime() - LOCK_AFTER * 60_000));
    // The right password without a code, or with a wrong one, is just "locked": no hint that it was right.
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD }, now)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD, code: '000000' }, now)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signInStaff(t.db, { email: user.email, password: 'wrong', code: totpCodeAt(secret, now) }, now)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signInStaff(t.db, { email: user.email, password: PASSWORD, code: totpCodeAt(secret, now) }, now)).toMatchObject({ ok: true });
  });

  it('counts every one of many simultaneous wrong attempts', async () => {
    const user = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    const outcomes = await Promise.all(Array.from({ length: 2 * LOCK_AFTER }, (_, i) => signInStaff(t.db, { email: user.email, password: `guess ${i}` })));
    const failed = await t.db.auditEvent.count({ where: { entityId: user.id, action: 'auth.sign_in_failed' } });
    const locks = await t.db.auditEvent.count({ where: { entityId: user.id, action: 'auth.locked' } });
    const counted = failed + locks;
    // Each attempt that got past the back-off check is counted once; every LOCK_AFTER of them lock the account.
    expect(counted).toBe(outcomes.filter((o) => !o.ok && (o.reason === 'invalid' || (o.reason === 'locked' && o.retryAfterSeconds === LOCK_MINUTES * 60))).length);
    expect(counted).toBeGreaterThanOrEqual(LOCK_AFTER);
    expect(locks).toBe(Math.floor(counted / LOCK_AFTER));
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).not.toBeNull();
  });
});

describe('the password policy', () => {
  it('refuses passwords from breach lists and their usual variations, and ones made of the member’s own name', async () => {
    expect(await passwordProblem('qwerty123456')).toBe('passwordBreached');
    expect(await passwordProblem('Password2024!')).toBe('passwordBreached');
    expect(await passwordProblem('1q2w3e4r5t6y')).toBe('passwordBreached');
    expect(await passwordProblem('aigerim.serikkyzy', { email: 'aigerim.serikkyzy@akimat.kz', name: 'Aigerim Serikkyzy' })).not.toBeNull();
    expect(await passwordProblem('Kaspiy-tenizi-2026')).toBeNull();
    expect(await passwordProblem('Тұздың көлі жағасы')).toBeNull();
  });
});
