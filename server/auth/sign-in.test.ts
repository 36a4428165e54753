import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createStaff } from '../testing/fixtures';
import { LOCK_AFTER, LOCK_MINUTES, signInStaff } from './sign-in';

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
