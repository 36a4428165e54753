import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { createStaff, asActor } from '../testing/fixtures';
import { listAssignableModerators } from './list-colleagues';

const t = setupTestDatabase();
type Staff = Awaited<ReturnType<typeof createStaff>>;

let actor: Actor;
let mangystau: Staff;
let mangystauAndTurkistan: Staff;
let turkistan: Staff;
let verifier: Staff;
let admin: Staff;
let inactive: Staff;

beforeAll(async () => {
  mangystau = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
  mangystauAndTurkistan = await createStaff(t.db, 'MODERATOR', ['KZ-47', 'KZ-61']);
  turkistan = await createStaff(t.db, 'MODERATOR', ['KZ-61']);
  verifier = await createStaff(t.db, 'VERIFIER', ['KZ-47']);
  admin = await createStaff(t.db, 'ADMIN', []);
  inactive = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
  await t.db.user.update({ where: { id: inactive.id }, data: { active: false } });
  // Names out of creation order, to see the list sorted by name.
  await t.db.user.update({ where: { id: mangystau.id }, data: { name: 'Ерлан Мангистау' } });
  await t.db.user.update({ where: { id: mangystauAndTurkistan.id }, data: { name: 'Айгуль Два региона' } });
  await t.db.user.update({ where: { id: admin.id }, data: { name: 'Болат Админ' } });
  actor = asActor(mangystau);
});

describe('listAssignableModerators', () => {
  it('offers active moderators of the rumour’s region and admins, sorted by name', async () => {
    const offered = await listAssignableModerators(t.db, actor, { regionCodes: ['KZ-47'] });
    expect(offered).toEqual([
      { id: mangystauAndTurkistan.id, name: 'Айгуль Два региона', role: 'MODERATOR' },
      { id: admin.id, name: 'Болат Админ', role: 'ADMIN' },
      { id: mangystau.id, name: 'Ерлан Мангистау', role: 'MODERATOR' },
    ]);
  });

  it('does not offer an out-of-region moderator, a verifier or an inactive moderator', async () => {
    const ids = (await listAssignableModerators(t.db, actor, { regionCodes: ['KZ-47'] })).map((u) => u.id);
    expect(ids).not.toContain(turkistan.id);
    expect(ids).not.toContain(verifier.id);
    expect(ids).not.toContain(inactive.id);
  });

  it('offers for a two-region rumour only those who cover both regions', async () => {
    const ids = (await listAssignableModerators(t.db, actor, { regionCodes: ['KZ-47', 'KZ-61'] })).map((u) => u.id);
    expect(ids).toEqual([mangystauAndTurkistan.id, admin.id]);
  });

  it('offers admins and national-queue moderators for a rumour no region claims, and lists them only to those who may see it', async () => {
    const national = await createStaff(t.db, 'MODERATOR', [], { nationalQueue: true });
    const ids = (await listAssignableModerators(t.db, asActor(national), { regionCodes: [] })).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([national.id, admin.id]));
    for (const outsider of [mangystau, mangystauAndTurkistan, turkistan, verifier, inactive]) expect(ids).not.toContain(outsider.id);
    await expect(listAssignableModerators(t.db, actor, { regionCodes: [] })).rejects.toThrow();
  });

  it('does not list a region’s team to a moderator of another region', async () => {
    await expect(listAssignableModerators(t.db, asActor(turkistan), { regionCodes: ['KZ-47'] })).rejects.toThrow();
  });

  it('rejects a malformed region code', async () => {
    await expect(listAssignableModerators(t.db, actor, { regionCodes: ['Mangystau'] })).rejects.toThrow();
  });
});
