// npm run backup [-- <file>]     a consistent backup of Raspa's data (server/db/backup.ts) into one .tar.gz
// npm run restore -- <file>      bring a backup back into an empty database
//
// The database is $DATABASE_URL, or — unset — the embedded PostgreSQL in $RASPA_DATA_DIR: used where
// `npm start` runs it, started for the command (and stopped after) when it is not running. A
// restore into the embedded database needs a new, empty data folder:
//   RASPA_DATA_DIR=.data-restored npm run restore -- raspa-backup.tar.gz
// (then start Raspa with that RASPA_DATA_DIR; keep the same RASPA_ENCRYPTION_KEY, or the secrets
// in the old folder's local-secrets.json, so that encrypted contacts stay readable).
import path from 'node:path';
import pg from 'pg';
import { launcherEnv } from '../server/config/env';
import { backupDatabase, restoreDatabase, RestoreRefused } from '../server/db/backup';
import { embeddedDatabaseUrl, startEmbeddedPostgres, type EmbeddedDatabase } from '../server/db/embedded-postgres';
import { loadOrCreateLocalSecrets } from './lib/local-secrets';

const root = path.resolve(import.meta.dirname, '..');

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The database to work on, and how to let go of it afterwards. */
async function openDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const parsed = launcherEnv();
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  const env = parsed.data;
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, close: async () => {} };
  const dataDir = path.resolve(root, env.RASPA_DATA_DIR);
  const password = env.EMBEDDED_PG_PASSWORD ?? loadOrCreateLocalSecrets(dataDir).EMBEDDED_PG_PASSWORD;
  const running = embeddedDatabaseUrl({ port: env.EMBEDDED_PG_PORT, password, database: 'raspa' });
  if (await reachable(running)) return { url: running, close: async () => {} };
  console.log(`[raspa] Starting the embedded PostgreSQL (data in ${path.relative(root, dataDir) || '.'}/postgres) for this command…`);
  const database: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: env.EMBEDDED_PG_PORT, password, database: 'raspa' });
  return { url: database.url, close: () => database.stop() };
}

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  if (command !== 'backup' && command !== 'restore') {
    console.error('Usage: npm run backup [-- <file>]  |  npm run restore -- <file>');
    return 1;
  }
  if (command === 'restore' && !file) {
    console.error('Usage: npm run restore -- <backup file>   (into an empty database; see scripts/backup.ts)');
    return 1;
  }
  const database = await openDatabase();
  try {
    if (command === 'backup') {
      const target = path.resolve(file ?? `raspa-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`);
      const manifest = await backupDatabase(database.url, target);
      const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
      console.log(`Backed up ${manifest.tables.length} tables (${rows} rows, files included) at migration ${manifest.migrations.at(-1)} to ${target}`);
    } else {
      const manifest = await restoreDatabase(database.url, path.resolve(file!), { log: (message) => console.log(`  ${message}`) });
      console.log(`Restored the backup of ${manifest.createdAt} (${manifest.tables.length} tables). Start Raspa as usual.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefused) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
