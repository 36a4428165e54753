import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/db/embedded-postgres';
import { submitReport } from '../../server/reports/submit-report';
import { setupTestDatabase } from '../../server/testing/database';
import { backgroundWorkerProcess, supervise, supervisedChild, type Supervised, type Supervisor } from './supervisor';

const t = setupTestDatabase();
const running: Supervisor<Supervised>[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A stand-in for the worker: a Node process that runs until it is killed.
function longRunningChild() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return Object.assign(supervisedChild(child, 2_000), { pid: child.pid! });
}

describe('supervise', () => {
  it('starts a killed child again and logs why, and after stop() nothing comes back', async () => {
    const log: string[] = [];
    const worker = await supervise({ name: 'the background worker', log: (m) => log.push(m), start: async () => longRunningChild(), firstDelayMs: 50 });
    running.push(worker);
    const first = worker.current().pid;
    process.kill(first, 'SIGKILL');

    const second = await until('a new worker', () => (worker.current().pid !== first ? worker.current().pid : undefined));
    expect(pidAlive(second)).toBe(true);
    expect(worker.restarts()).toBe(1);
    expect(log).toEqual([
      'The background worker exited (signal SIGKILL); starting it again in 50 ms.',
      'The background worker is running again (restart 1).',
    ]);

    await worker.stop();
    expect(pidAlive(second)).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(worker.current().pid).toBe(second);
    expect(worker.restarts()).toBe(1);
  });

  it('waits twice as long after each crash in a row, up to the limit', async () => {
    const log: string[] = [];
    // Each run ends by itself at once, like a worker whose configuration is broken.
    const crashing = await supervise({
      name: 'the web server',
      log: (m) => log.push(m),
      start: async () => supervisedChild(spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' })),
      firstDelayMs: 20,
      maxDelayMs: 80,
    });
    running.push(crashing);
    await until('four restarts', () => (crashing.restarts() >= 4 ? true : undefined));
    const delays = log.filter((m) => m.includes('exited')).slice(0, 4);
    expect(delays).toEqual([
      'The web server exited (code 3); starting it again in 20 ms.',
      'The web server exited (code 3); starting it again in 40 ms.',
      'The web server exited (code 3); starting it again in 80 ms.',
      'The web server exited (code 3); starting it again in 80 ms.',
    ]);
  });

  it('keeps trying when starting again fails, and says why', async () => {
    const log: string[] = [];
    let attempts = 0;
    const flaky = await supervise({
      name: 'the embedded PostgreSQL',
      log: (m) => log.push(m),
      start: async () => {
        attempts++;
        if (attempts === 2) throw new Error('the port is still held\nmore detail');
        return longRunningChild();
      },
      firstDelayMs: 10,
    });
    running.push(flaky);
    process.kill(flaky.current().pid, 'SIGKILL');
    await until('a successful restart', () => (flaky.restarts() === 1 ? true : undefined));
    expect(attempts).toBe(3);
    expect(log[1]).toBe('The embedded PostgreSQL exited (could not start: the port is still held); starting it again in 20 ms.');
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('supervising the embedded PostgreSQL', () => {
  it('brings the database back on the same address after its server is killed', { timeout: 120_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-supervised-pg-'));
    const port = await freePort();
    const log: string[] = [];
    const database = await supervise<EmbeddedDatabase>({
      name: 'the embedded PostgreSQL',
      log: (m) => log.push(m),
      firstDelayMs: 200,
      start: () => startEmbeddedPostgres({ dataDir, port, password: 'supervised', database: 'raspa', ephemeral: true }),
    });
    running.push(database);
    try {
      const url = database.current().url;
      const query = async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return (await client.query<{ n: number }>('select 41 + 1 as n')).rows[0]!.n;
        } finally {
          await client.end();
        }
      };
      expect(await query()).toBe(42);

      const postmasterPid = Number(fs.readFileSync(path.join(database.current().clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmasterPid, 'SIGKILL');
      await until('a restarted PostgreSQL', () => (database.restarts() >= 1 ? true : undefined), 60_000);
      expect(await query()).toBe(42);
      expect(database.current().url).toBe(url);
      expect(log[0]).toBe('The embedded PostgreSQL exited (signal SIGKILL); starting it again in 200 ms.');
    } finally {
      await database.stop();
      running.splice(running.indexOf(database), 1);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('supervising the background worker', () => {
  it('starts the real worker again after it is killed, and the new one does the work', { timeout: 180_000 }, async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const log: string[] = [];
    const worker = await supervise({
      name: 'the background worker',
      log: (m) => log.push(m),
      firstDelayMs: 100,
      start: async () => backgroundWorkerProcess(root, { ...process.env, DATABASE_URL: t.url }, 'ignore'),
    });
    running.push(worker);
    const clustered = async (text: string) => {
      const { report } = await submitReport(t.db, { clientId: crypto.randomUUID(), text, regionCode: 'KZ-47' }, { channel: 'API', encryptionKey: process.env.RASPA_ENCRYPTION_KEY! });
      return until('the worker to cluster a report', async () => ((await t.db.report.findFirstOrThrow({ where: { trackingCode: report.trackingCode } })).clusteringPending ? undefined : true), 90_000);
    };
    await clustered('Говорят, в Актау на неделю отключат воду');

    const first = worker.current().pid!;
    process.kill(first, 'SIGKILL');
    const second = await until('a new worker', () => (worker.restarts() === 1 ? worker.current().pid : undefined), 30_000);
    expect(second).not.toBe(first);
    expect(pidAlive(first)).toBe(false);
    expect(log).toEqual(['The background worker exited (signal SIGKILL); starting it again in 100 ms.', 'The background worker is running again (restart 1).']);
    await clustered('В Жанаозене говорят, что закроют все школы на карантин');
  });
});
