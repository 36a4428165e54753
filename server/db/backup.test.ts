// `npm run backup` / `npm run restore`: a round trip of a deployment's data into a new, empty
// database gives the same rows (photos' bytes and the audit trail's hashes included), and a
// restore never overwrites a database that holds data.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { serverEnv } from '../config/env';
import { submitReport } from '../reports/submit-report';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { dropDatabase } from '../testing/template-database';
import { updatePublicChannels } from '../settings/update-public-channels';
import { ensureDatabase } from './embedded-postgres';
import { backupDatabase, restoreDatabase, RestoreRefused } from './backup';
import { databaseUrlFor } from '../../scripts/lib/test-cluster';

const t = setupTestDatabase();
const adminUrl = inject('pgAdminUrl');
const target = `raspa_restore_${randomBytes(4).toString('hex')}`;
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-backup-test-')), 'raspa.tar.gz');

afterAll(async () => {
  await dropDatabase(adminUrl, target);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

/** Every table's row count and an order-independent digest of its rows. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query<{ name: string }>(`SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND relname NOT IN ('_prisma_migrations', 'rate_limits') ORDER BY relname`)).rows;
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(`SELECT count(*) AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS digest FROM ${client.escapeIdentifier(name)} x`);
      out[name] = { rows: Number(rows[0]!.n), digest: rows[0]!.digest ?? '' };
    }
    return out;
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  it('round-trips a deployment into an empty database: same rows in every table, photos and audit hashes included', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    await updatePublicChannels(t.db, admin, { smsNumbers: ['1414'], telegramBot: null });
    const { report } = await submitReport(t.db, { clientId: randomUUID(), text: 'Говорят, что в Актау закроют порт на неделю', regionCode: 'KZ-47', contact: { kind: 'PHONE', value: '+7 701 555 12 34' } }, { channel: 'API', encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY });
    await t.db.storedFile.create({ data: { mimeType: 'image/webp', byteSize: 4, sha256: 'x', data: Buffer.from([0, 1, 254, 255]), reportId: report.id } });

    const manifest = await backupDatabase(t.url, file);
    expect(manifest.tables.find((table) => table.name === 'Report')?.rows).toBeGreaterThan(0);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    await ensureDatabase(adminUrl, target);
    const targetUrl = databaseUrlFor(adminUrl, target);
    await restoreDatabase(targetUrl, file);
    const [before, after] = await Promise.all([fingerprint(t.url), fingerprint(targetUrl)]);
    expect(after).toEqual(before);
    expect(Object.keys(after).length).toBeGreaterThan(30);

    // New rows get new ids after the restored ones (sequences moved on).
    const client = new pg.Client({ connectionString: targetUrl });
    await client.connect();
    try {
      const maxBefore = Number((await client.query('SELECT max(id) AS m FROM "AuditEvent"')).rows[0].m);
      const inserted = await client.query(`INSERT INTO "AuditEvent" (action, "entityType", "entityId", "actorLabel") VALUES ('privacy.purged', 'Retention', 'retention', 'system') RETURNING id`);
      expect(Number(inserted.rows[0].id)).toBeGreaterThan(maxBefore);
    } finally {
      await client.end();
    }

    // Never over a database with data in it.
    await expect(restoreDatabase(targetUrl, file)).rejects.toBeInstanceOf(RestoreRefused);
    await expect(restoreDatabase(targetUrl, file)).rejects.toThrow(/not empty/);
  });
});
