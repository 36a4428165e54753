// `npm start`: the whole of Raspa from one command.
//  1. validates the environment and creates local secrets on first start (.data/secrets.json);
//  2. with DATABASE_URL unset, starts the embedded PostgreSQL (data in .data/postgres);
//  3. applies migrations, seeds reference data and (demo mode) demo content on an empty database;
//  4. builds the production bundle when sources changed, then serves it on $PORT (default 3000);
//     `npm run dev` (--dev) runs Next's development server instead: no build, code reloads on save;
//  5. supervises what it started: a web server, worker or embedded PostgreSQL that dies is started
//     again with back-off (scripts/lib/supervisor.ts); only Ctrl-C stops everything, cleanly.
//  RASPA_WEB_PROCESSES / RASPA_WORKER_PROCESSES scale out on one machine: web servers on PORT,
//  PORT+1 … (put a reverse proxy in front) and several workers, all over the one PostgreSQL.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { childProcessEnv, describeEnvErrors, launcherEnv, serverEnvSchema } from '../server/config/env';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/db/embedded-postgres';
import { applyMigrations } from '../server/db/migrate';
import { createPrismaClient } from '../server/db/client';
import { seedDatabase, type StaffLogin } from '../prisma/seed';
import { loadOrCreateLocalSecrets } from './lib/local-secrets';
import { demoLoginsAtStart, saveDemoLogins } from './lib/demo-logins';
import { ensureProductionBuild } from './lib/next-build';
import { backgroundWorkerProcess, supervise, supervisedChild, type Supervisor } from './lib/supervisor';

const root = path.resolve(import.meta.dirname, '..');
const development = process.argv.includes('--dev');

function log(message: string) {
  process.stdout.write(`[raspa] ${message}\n`);
}

async function main() {
  const parsed = launcherEnv();
  if (!parsed.success) {
    console.error(`Raspa cannot start: invalid environment.\n${describeEnvErrors(parsed.error)}\nSee .env.example.`);
    process.exit(1);
  }
  const env = parsed.data;
  const dataDir = path.resolve(root, env.RASPA_DATA_DIR);
  const secrets = loadOrCreateLocalSecrets(dataDir);
  const embedded = !env.DATABASE_URL;
  // Demo content by default with the embedded database; opt in explicitly on a real server.
  const demo = env.RASPA_DEMO ? env.RASPA_DEMO === 'true' || env.RASPA_DEMO === '1' : embedded;

  // Check the web server's environment now, before starting anything (its DATABASE_URL comes later).
  const webEnvCheck = serverEnvSchema.safeParse(
    childProcessEnv({
      DATABASE_URL: env.DATABASE_URL ?? 'postgresql://embedded/raspa',
      NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? secrets.NEXTAUTH_SECRET,
      RASPA_ENCRYPTION_KEY: env.RASPA_ENCRYPTION_KEY ?? secrets.RASPA_ENCRYPTION_KEY,
    }),
  );
  if (!webEnvCheck.success) {
    console.error(`Raspa cannot start: invalid environment.\n${describeEnvErrors(webEnvCheck.error)}\nSee .env.example.`);
    process.exit(1);
  }

  let database: Supervisor<EmbeddedDatabase> | undefined;
  const webs: Supervisor<ReturnType<typeof supervisedChild>>[] = [];
  const workers: Supervisor<ReturnType<typeof supervisedChild>>[] = [];
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('Stopping…');
    await Promise.all([...webs, ...workers].map((child) => child.stop()));
    if (database) {
      await database.stop().catch((e: unknown) => console.error('Could not stop PostgreSQL cleanly:', e));
      log('Embedded PostgreSQL stopped.');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  // A closed terminal: the embedded PostgreSQL is in its own process group and would not hear it.
  process.on('SIGHUP', () => void shutdown(0));

  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      log(`Starting the embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_PG_PORT} (data in ${path.relative(root, dataDir) || '.'}/postgres)…`);
      // Restarted on the same port and data, so the web server and worker reconnect by themselves
      // (and answer 503 while it is down).
      database = await supervise({
        name: 'the embedded PostgreSQL',
        log,
        start: () =>
          startEmbeddedPostgres({
            dataDir: path.join(dataDir, 'postgres'),
            port: env.EMBEDDED_PG_PORT,
            password: env.EMBEDDED_PG_PASSWORD ?? secrets.EMBEDDED_PG_PASSWORD,
            database: 'raspa',
            // Ctrl-C stops the web servers and workers first, then PostgreSQL: had it heard the Ctrl-C
            // too, it would cut their connections mid-shutdown and each would log a fatal error.
            ownProcessGroup: true,
            log,
          }),
      });
      databaseUrl = database.current().url;
    } else {
      log('Using the PostgreSQL server in DATABASE_URL.');
    }

    const { applied } = await applyMigrations(databaseUrl, { log: () => {} });
    log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database schema is up to date.');

    const prisma = createPrismaClient(databaseUrl, 2);
    // Demo staff created by this start: their passwords are printed now, and never again.
    let createdLogins: StaffLogin[] = [];
    try {
      const seed = await seedDatabase(prisma, { demo });
      if (seed.seededNow && seed.staff.length) {
        saveDemoLogins(dataDir, seed.staff);
        createdLogins = seed.staff;
      }
      if (seed.seededNow) log(demo ? 'Seeded reference data and demonstration content.' : 'Seeded reference data.');
    } finally {
      await prisma.$disconnect();
    }

    if (!development) await ensureProductionBuild(root, log);

    const baseUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
    const webEnv = childProcessEnv({
      NODE_ENV: development ? 'development' : 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? secrets.NEXTAUTH_SECRET,
      RASPA_ENCRYPTION_KEY: env.RASPA_ENCRYPTION_KEY ?? secrets.RASPA_ENCRYPTION_KEY,
      RASPA_DEMO: demo ? 'true' : 'false',
    });
    const webPorts = Array.from({ length: env.RASPA_WEB_PROCESSES }, (_, i) => env.PORT + i);
    for (const [i, webPort] of webPorts.entries()) {
      const nextArgs = ['node_modules/next/dist/bin/next', development ? 'dev' : 'start', '-p', String(webPort), ...(env.RASPA_LISTEN_HOST ? ['-H', env.RASPA_LISTEN_HOST] : [])];
      webs.push(
        await supervise({
          name: webPorts.length > 1 ? `web server ${i + 1} (port ${webPort})` : 'the web server',
          log,
          start: async () => supervisedChild(spawn(process.execPath, nextArgs, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: webEnv })),
        }),
      );
    }

    // The background workers (clustering, notice fan-out, deliveries …); `npm run worker` adds more elsewhere.
    for (let i = 0; i < env.RASPA_WORKER_PROCESSES; i++) {
      workers.push(
        await supervise({
          name: env.RASPA_WORKER_PROCESSES > 1 ? `background worker ${i + 1}` : 'the background worker',
          log,
          start: async () => backgroundWorkerProcess(root, webEnv),
        }),
      );
    }

    // A web server that dies before it is ready (a port in use, a broken build) is not restarted:
    // that needs a person, and the answer from another server on the port must not count.
    await Promise.all(
      webs.map(async (web, i) => {
        const first = web.current();
        await Promise.race([
          waitForHealthy(`http://127.0.0.1:${webPorts[i]}/api/health`),
          first.exited.then((how) => {
            if (web.current() === first) throw new Error(`the web server on port ${webPorts[i]} exited before it was ready (${how}).`);
          }),
        ]);
      }),
    );
    if (webPorts.length > 1) log(`${webPorts.length} web servers on ports ${webPorts.join(', ')} and ${workers.length} background workers over one PostgreSQL.`);
    log(`Raspa is running on ${baseUrl}`);
    if (demo) {
      const logins = demoLoginsAtStart(dataDir, createdLogins, baseUrl);
      if (logins) process.stdout.write(`\n${logins}\n\n`);
    }
    log('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(`\nRaspa could not start: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

async function waitForHealthy(url: string) {
  // The development server compiles each route on its first request: give it longer.
  const seconds = development ? 300 : 60;
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The web server did not become healthy at ${url} within ${seconds} s.`);
}

void main();
