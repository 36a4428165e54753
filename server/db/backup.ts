// Backup and restore of a deployment's data (`npm run backup`, `npm run restore -- <file>`).
//
// The embedded PostgreSQL ships no pg_dump, and the machine's client may be older than the server,
// so this is PostgreSQL's own COPY under one REPEATABLE READ snapshot: every table of the schema as
// it stood at one instant (uploaded photos and evidence files live in the database, so they are in
// it too), written with a manifest into one .tar.gz. Restore needs an empty database: it applies the
// same migrations the backup was made at, copies the rows back with triggers and foreign keys
// paused (they were consistent when dumped; the audit chain keeps its stored hashes), and moves each
// sequence past the highest id. pg-boss's queue (schema pgboss) is not kept: jobs are transient and
// the worker re-creates its schedules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';
import { applyMigrations, readMigrationNames } from './migrate';

export const BACKUP_FORMAT = 'raspa-backup/1';

/** A backup or restore that must not go ahead (and why, for the person running it). */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}
const MIGRATIONS_TABLE = '_prisma_migrations';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The migrations the database had: restore brings the schema to exactly these first. */
  migrations: string[];
  tables: { name: string; rows: number }[];
}

async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1 ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => row.name);
}

/** Writes a consistent backup of the database at `connectionString` to `file` (a .tar.gz). */
export async function backupDatabase(connectionString: string, file: string): Promise<BackupManifest> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-backup-'));
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const hasSchema = (await client.query(`SELECT to_regclass('public."${MIGRATIONS_TABLE}"') IS NOT NULL AS present`)).rows[0].present as boolean;
    if (!hasSchema) throw new RestoreRefused('Nothing to back up: this database has no Raspa schema (start Raspa once, or check DATABASE_URL).');
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = (await client.query<{ migration_name: string }>(`SELECT migration_name FROM "${MIGRATIONS_TABLE}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)).rows.map((r) => r.migration_name);
    const tables: BackupManifest['tables'] = [];
    fs.mkdirSync(path.join(work, 'data'));
    for (const name of await publicTables(client)) {
      const rows = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${client.escapeIdentifier(name)}`)).rows[0]!.n);
      await pipeline(client.query(copyTo(`COPY ${client.escapeIdentifier(name)} TO STDOUT`)), fs.createWriteStream(path.join(work, 'data', `${name}.copy`)));
      tables.push({ name, rows });
    }
    await client.query('COMMIT');
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables };
    fs.writeFileSync(path.join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await tar.create({ gzip: true, file, cwd: work, portable: true }, ['manifest.json', 'data']);
    return manifest;
  } finally {
    await client.end();
    fs.rmSync(work, { recursive: true, force: true });
  }
}


/** Brings a backup back into the empty database at `connectionString`. */
export async function restoreDatabase(connectionString: string, file: string, options: { migrationsDir?: string; log?: (message: string) => void } = {}): Promise<BackupManifest> {
  const log = options.log ?? (() => {});
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-restore-'));
  try {
    await tar.extract({ file, cwd: work });
    const manifestPath = path.join(work, 'manifest.json');
    if (!fs.existsSync(manifestPath)) throw new RestoreRefused(`${file} is not a Raspa backup (no manifest.json).`);
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT) throw new RestoreRefused(`${file} has format ${String(manifest.format)}; this version reads ${BACKUP_FORMAT}.`);
    const available = await readMigrationNames(options.migrationsDir);
    if (available.join('\n') !== manifest.migrations.join('\n')) {
      throw new RestoreRefused(
        `The backup was made by a different version of Raspa (${manifest.migrations.length} migrations, this one has ${available.length}). ` +
          'Restore it with the version that made it (same prisma/migrations), then upgrade.',
      );
    }

    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      const existing = await publicTables(client);
      for (const name of existing) {
        const { rows } = await client.query(`SELECT 1 FROM ${client.escapeIdentifier(name)} LIMIT 1`);
        if (rows.length) throw new RestoreRefused(`The database is not empty (table ${name} has rows). Restore into a new, empty database.`);
      }
      await applyMigrations(connectionString, { migrationsDir: options.migrationsDir, log });
      const tables = new Set(await publicTables(client));
      await client.query('BEGIN');
      // Triggers (the audit trail's notifications, foreign-key checks) stay off while the rows that
      // were consistent together come back; needs the database owner or a superuser.
      await client.query(`SET LOCAL session_replication_role = replica`);
      for (const { name, rows } of manifest.tables) {
        if (!tables.has(name)) {
          log(`Skipped ${name}: not part of this schema (a transient table).`);
          continue;
        }
        // Migrations may have seeded a table (reference data): the backup's rows replace them.
        await client.query(`DELETE FROM ${client.escapeIdentifier(name)}`);
        await pipeline(fs.createReadStream(path.join(work, 'data', `${name}.copy`)), client.query(copyFrom(`COPY ${client.escapeIdentifier(name)} FROM STDIN`)));
        log(`Restored ${name}: ${rows} row(s).`);
      }
      // Each sequence continues after the highest id restored.
      const sequences = await client.query<{ seq: string; tbl: string; col: string }>(
        `SELECT s.oid::regclass::text AS seq, t.relname AS tbl, a.attname AS col
         FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
         JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE s.relkind = 'S' AND n.nspname = 'public'`,
      );
      for (const { seq, tbl, col } of sequences.rows) {
        await client.query(`SELECT setval($1, COALESCE((SELECT max(${client.escapeIdentifier(col)}) FROM ${client.escapeIdentifier(tbl)}), 0) + 1, false)`, [seq]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
    return manifest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
