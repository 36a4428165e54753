// A throwaway embedded PostgreSQL for benchmarks: its own port and a data folder under /tmp, a
// migrated and seeded template database (reference data only) to clone, and clean-up of both the
// server and its files on exit — also on Ctrl-C.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { seedDatabase } from '../../prisma/seed';
import { createPrismaClient } from '../../server/db/client';
import { recreateDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/db/embedded-postgres';
import { applyMigrations } from '../../server/db/migrate';

export interface ThrowawayPostgres {
  /** Superuser connection to the `postgres` database (may create databases). */
  adminUrl: string;
  /** PostgreSQL's own version string, for RESULTS.md. */
  version: string;
  /** A fresh database cloned from the seeded template; returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** A fresh migrated database with no rows at all, as on a first start; returns its URL. */
  createEmptyDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const TEMPLATE = 'bench_template';

export async function startThrowawayPostgres(options: { name: string; port: number; log?: (m: string) => void }): Promise<ThrowawayPostgres> {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `raspa-bench-${options.name}-`));
  fs.chmodSync(dataDir, 0o755); // the postgres OS user must reach the cluster folder inside it
  const clusterDir = path.join(dataDir, 'cluster');
  let server: EmbeddedDatabase | undefined;
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = () => {
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    log(`Starting a throwaway PostgreSQL on 127.0.0.1:${options.port} (data in ${dataDir})…`);
    server = await startEmbeddedPostgres({
      dataDir: clusterDir,
      port: options.port,
      password: randomBytes(12).toString('hex'),
      database: 'postgres',
      ephemeral: true,
    });
    const adminUrl = server.url;
    await recreateDatabase(adminUrl, TEMPLATE);
    const templateUrl = server.urlFor(TEMPLATE);
    await applyMigrations(templateUrl);
    const prisma = createPrismaClient(templateUrl, 1);
    try {
      await seedDatabase(prisma, { demo: false });
    } finally {
      await prisma.$disconnect();
    }

    const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    };
    const version = await admin(async (c) => (await c.query<{ v: string }>('SELECT version() AS v')).rows[0]?.v ?? 'unknown');
    const running = server;

    return {
      adminUrl,
      version,
      createDatabase: async (name) => {
        await admin(async (c) => {
          await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
          await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)} TEMPLATE ${c.escapeIdentifier(TEMPLATE)}`);
        });
        return running.urlFor(name);
      },
      createEmptyDatabase: async (name) => {
        await recreateDatabase(adminUrl, name);
        const url = running.urlFor(name);
        await applyMigrations(url);
        return url;
      },
      dropDatabase: (name) => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`))),
      stop: async () => {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
