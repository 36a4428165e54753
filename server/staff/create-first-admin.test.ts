import { describe, expect, it } from 'vitest';
import { signInStaff } from '../auth/sign-in';
import { setupTestDatabase } from '../testing/database';
import { createFirstAdmin } from './create-first-admin';

const t = setupTestDatabase();

describe('the first administrator of a new deployment', () => {
  it('is created once with a one-time password that signs in and must be replaced; later runs are refused', async () => {
    // A fresh deployment: no administrator yet (the test database has the demo-less seed).
    await t.db.user.updateMany({ where: { role: 'ADMIN' }, data: { active: false } });
    const admin = await createFirstAdmin(t.db, { email: 'Director@NGO.kz', name: 'Айгүл Директор' });
    expect(admin.email).toBe('director@ngo.kz');

    const signedIn = await signInStaff(t.db, { email: 'director@ngo.kz', password: admin.oneTimePassword });
    expect(signedIn.ok).toBe(true);
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(stored).toMatchObject({ role: 'ADMIN', passwordMustChange: true, nationalQueue: true });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: admin.id, action: 'staff.created' } });
    expect(audit.actorLabel).toBe('system');
    expect(JSON.stringify(audit.after)).not.toContain(admin.oneTimePassword);

    await expect(createFirstAdmin(t.db, { email: 'second@ngo.kz', name: 'Второй' })).rejects.toMatchObject({ code: 'CONFLICT', message: 'adminExists' });
    expect(await t.db.user.count({ where: { email: 'second@ngo.kz' } })).toBe(0);
  });
});
