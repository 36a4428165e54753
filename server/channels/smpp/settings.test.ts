// The SMPP account as admins save and test it: the password never stored or audited in clear, the
// shared schema's refusals, and "test connection" against a local SMSC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverEnv } from '../../config/env';
import type { Actor } from '../../policy';
import { setupTestDatabase } from '../../testing/database';
import { FakeSmsc } from '../../testing/fake-smsc';
import { createStaff } from '../../testing/fixtures';
import { SMPP_DEFAULTS, smppSettingsInput } from './schema';
import { getSmppSettingsForm, loadSmppAccount, saveSmppSettings, SMPP_SETTINGS_KEY } from './settings';
import { testSmppConnection } from './test-connection';

const t = setupTestDatabase();
const KEY = serverEnv().RASPA_ENCRYPTION_KEY;
let admin: Actor;
let moderator: Actor;
let smsc: FakeSmsc;

beforeAll(async () => {
  smsc = await FakeSmsc.start({ systemId: 'kz-aggregator', password: 'Pa55word' });
  const a = await createStaff(t.db, 'ADMIN', []);
  admin = { id: a.id, name: a.name, role: 'ADMIN', regionCodes: [], nationalQueue: false, canViewContacts: true };
  const m = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
  moderator = { id: m.id, name: m.name, role: 'MODERATOR', regionCodes: ['KZ-47'], nationalQueue: false, canViewContacts: false };
});

afterAll(async () => {
  await smsc.close();
});

const account = () => ({ ...SMPP_DEFAULTS, host: '127.0.0.1', port: smsc.port, systemId: 'kz-aggregator', sourceAddress: 'Raspa' });

describe('SMPP settings', () => {
  it('stores the password sealed, audits the change without it, and keeps it when the field is left empty', async () => {
    const saved = await saveSmppSettings(t.db, admin, { ...account(), password: 'Pa55word' }, { encryptionKey: KEY });
    expect(saved).toMatchObject({ passwordSet: true, saved: true, values: { password: '', systemId: 'kz-aggregator' } });
    const row = await t.db.setting.findUniqueOrThrow({ where: { key: SMPP_SETTINGS_KEY } });
    expect(JSON.stringify(row.value)).not.toContain('Pa55word');
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'smpp_settings.updated' }, orderBy: { id: 'desc' } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit.after)).not.toContain('Pa55word');
    expect(audit.after).toMatchObject({ passwordChanged: true, host: '127.0.0.1' });

    await saveSmppSettings(t.db, admin, { ...account(), password: '', ratePerSecond: 50 }, { encryptionKey: KEY });
    const loaded = await loadSmppAccount(t.db, { encryptionKey: KEY });
    expect(loaded).toMatchObject({ password: 'Pa55word', ratePerSecond: 50 });
    const second = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'smpp_settings.updated' }, orderBy: { id: 'desc' } });
    expect(second.before).toMatchObject({ ratePerSecond: 10 });
    expect(second.after).toMatchObject({ ratePerSecond: 50, passwordChanged: false });
    // SMPP_PASSWORD in the environment wins over the stored one.
    expect((await loadSmppAccount(t.db, { encryptionKey: KEY, passwordFromEnv: 'FromEnv1' }))!.password).toBe('FromEnv1');
  });

  it('is for admins only', async () => {
    await expect(saveSmppSettings(t.db, moderator, account(), { encryptionKey: KEY })).rejects.toThrow(/admins/);
    await expect(getSmppSettingsForm(t.db, moderator, { passwordFromEnv: false })).rejects.toThrow(/admins/);
  });

  it('refuses what an SMSC would refuse, with a key the form translates', () => {
    const issues = (input: object) => {
      const parsed = smppSettingsInput.safeParse({ ...account(), ...input });
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    };
    expect(issues({})).toEqual([]);
    expect(issues({ host: 'http://smsc.example.kz:2775' })).toEqual(['host:hostInvalid']);
    expect(issues({ port: '70000' })).toEqual(['port:portInvalid']);
    expect(issues({ sourceAddress: 'RaspaKazakhstan' })).toEqual(['sourceAddress:alphanumericTooLong']);
    expect(issues({ sourceTon: 1, sourceAddress: 'Raspa' })).toEqual(['sourceAddress:sourceDigitsOnly']);
    expect(issues({ sourceTon: 1, sourceAddress: '+77010000000' })).toEqual([]);
    expect(issues({ systemId: 'логин' })).toEqual(['systemId:asciiOnly']);
    expect(issues({ ratePerSecond: 0 })).toEqual(['ratePerSecond:rateInvalid']);
  });

  it('tests a connection with the stored password, and says why an SMSC refused', async () => {
    const ok = await testSmppConnection(t.db, admin, { ...account(), password: '' }, { encryptionKey: KEY });
    expect(ok).toMatchObject({ ok: true });
    expect(smsc.enquireLinks.length).toBeGreaterThanOrEqual(1);
    expect(smsc.unbinds.length).toBe(1);
    expect(await testSmppConnection(t.db, admin, { ...account(), password: 'wrong' }, { encryptionKey: KEY })).toEqual({ ok: false, error: 'bind_transceiver: ESME_RINVPASWD (0x0E)' });
    const closed = await testSmppConnection(t.db, admin, { ...account(), port: 9 }, { encryptionKey: KEY });
    expect(closed.ok).toBe(false);
    expect(!closed.ok && closed.error).toMatch(/could not connect to 127\.0\.0\.1:9/);
  });
});
