// `npm test`: every test, against real PostgreSQL and a real browser.
//  1. checks for Chromium (Debian's; Playwright cannot download its own here) and installs it
//     with apt-get when running as root, or says exactly what to do;
//  2. starts one throwaway PostgreSQL cluster (or uses RASPA_TEST_PG_ADMIN_URL);
//  3. runs Vitest (unit + integration, each test file in its own cloned database);
//  4. builds the production bundle if sources changed, serves it against a fresh seeded database
//     and runs the Playwright journeys in Chromium;
//  5. names every failed test, then prints one summary line: "tests: N passed, N failed".
//  --only=unit or --only=e2e runs one half.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
// Nothing here may import the generated Prisma client (server/db/client, prisma/seed) at the top: it
// is generated in main() first when the schema changed, and runPlaywright imports it after that.
import { recreateDatabase } from '../server/db/embedded-postgres';
import { applyMigrations } from '../server/db/migrate';
import { ensureProductionBuild, runCommand } from './lib/next-build';
import { startTestCluster, testClusterIdentity, type TestCluster } from './lib/test-cluster';
import { claimTestRun, TestRunBusyError } from './lib/test-run-lock';
import { clearArtifactsFor } from './lib/test-artifacts';
import { startSmtpSink, type SmtpSink } from '../server/testing/smtp-sink';
import { noCounts, playwrightCounts, summaryLines, vitestCounts, type Counts } from './lib/test-reports';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
// Separate artifact folders (and PostgreSQL ports, see test-cluster.ts) let two runs share a checkout.
const artifacts = process.env.RASPA_TEST_ARTIFACTS ? path.resolve(process.env.RASPA_TEST_ARTIFACTS) : path.join(root, 'e2e', '.artifacts');
// `npm test -- --only=e2e e2e/notice-page.spec.ts` passes the file filters on to Playwright or Vitest.
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--only='));

function log(message: string) {
  process.stdout.write(`[test] ${message}\n`);
}

/** Runs one phase and logs its wall time, so every run's log says where the time went. */
async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    log(`${phase}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    log("Chromium is missing; installing Debian's chromium package (apt-get)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    '\nThe end-to-end tests need Chromium, and Playwright cannot download its own browser here.\n' +
      'Install it, then run npm test again:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.\n',
  );
  process.exit(1);
}

async function runVitest(cluster: TestCluster): Promise<Counts> {
  const report = path.join(artifacts, 'vitest.json');
  try {
    await runCommand(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...filters, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
      cwd: root,
      env: { ...process.env, RASPA_TEST_PG_ADMIN_URL: cluster.adminUrl },
    });
  } catch {
    // counted from the report below
  }
  if (!fs.existsSync(report)) return { ...noCounts(), failed: 1, failures: ['Vitest wrote no report (see its output above)'] };
  return vitestCounts(JSON.parse(fs.readFileSync(report, 'utf8')), root);
}

const backgroundWorkers: ChildProcess[] = [];

/** Stops a child and waits (briefly) until it has exited, so nothing outlives the test run. */
async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 12_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/**
 * The Telegram bot is on in end-to-end runs, talking to a fake Bot API that the Telegram spec
 * starts on this port (see e2e/admin-telegram.phone.spec.ts), so its webhook flows always run.
 */
function e2eTelegramEnv(port: number): Record<string, string> {
  if (process.env.TELEGRAM_BOT_TOKEN) return {};
  return {
    TELEGRAM_BOT_TOKEN: '123456:E2E_token_abcdefghijklmnopqrstuv',
    TELEGRAM_WEBHOOK_SECRET: 'e2e-telegram-secret-0123456789',
    TELEGRAM_API_BASE_URL: `http://127.0.0.1:${port + 196}`,
    TELEGRAM_PUBLIC_CHANNEL: '@raspa_e2e',
    TELEGRAM_BOT_USERNAME: 'raspa_e2e_bot',
  };
}

/**
 * Mail in end-to-end runs goes through real SMTP to a local sink on this port (server/testing/
 * smtp-sink.ts); each mail it receives is written as JSON to E2E_MAIL_DIR for the specs to read.
 * Partner webhooks may point at the specs' own receiver on 127.0.0.1.
 */
function e2eMailAndWebhookEnv(port: number): Record<string, string> {
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port + 197), SMTP_FROM: 'Raspa <noreply@raspa.test>', RASPA_WEBHOOK_ALLOW_PRIVATE: 'true' };
}

async function startMailSink(port: number, dir: string): Promise<SmtpSink> {
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  return startSmtpSink({ port: port + 197, onMail: (mail) => fs.writeFileSync(path.join(dir, `${Date.now()}-${++n}.json`), JSON.stringify(mail)) });
}

/**
 * The end-to-end deployment is scaled out, as `RASPA_WEB_PROCESSES=2 RASPA_WORKER_PROCESSES=2 npm start`
 * runs it: two web servers (`port`, `port + 1`) and two background workers over one PostgreSQL, so
 * every spec also checks that nothing is sent twice or missed between processes
 * (e2e/scale-out.spec.ts talks to both web servers).
 */
const E2E_WEB_PROCESSES = 2;
const E2E_WORKER_PROCESSES = 2;

function e2eServerEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...e2eTelegramEnv(port),
    ...e2eMailAndWebhookEnv(port),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    RASPA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    RASPA_DEMO: 'true',
    // As behind a deployment's reverse proxy: each journey says in X-Forwarded-For which network it
    // comes from (e2e/test.ts clientNetwork), so per-client rate limits count each journey alone.
    RASPA_TRUSTED_PROXY_HOPS: '1',
    LOG_LEVEL: 'warn',
  };
}

/** Whether something already answers on the port (an earlier run's server, left behind). */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function startWebServers(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess[]> {
  // A server left on the port would answer the health check in place of this build's: the run would
  // test old code (and fail confusingly after a rebuild). Refuse instead.
  for (let i = 0; i < E2E_WEB_PROCESSES; i++) {
    if (await portAnswers(port + i)) throw new Error(`Port ${port + i} is already in use (a server left by an earlier run?). Stop it, or set E2E_PORT to a free port.`);
  }
  const logFile = fs.createWriteStream(path.join(artifacts, 'web-server.log'));
  const servers = Array.from({ length: E2E_WEB_PROCESSES }, (_, i) => {
    const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port + i)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
    server.stdout?.pipe(logFile);
    server.stderr?.pipe(logFile);
    return server;
  });
  // The background workers run beside them, as under `npm start`; they stop with the servers.
  // `--import tsx` rather than the tsx CLI: no wrapper process that could leave a worker orphaned.
  for (let i = 0; i < E2E_WORKER_PROCESSES; i++) {
    const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
    worker.stdout?.pipe(logFile);
    worker.stderr?.pipe(logFile);
    backgroundWorkers.push(worker);
  }
  try {
    for (const [i, server] of servers.entries()) {
      for (let attempt = 0; ; attempt++) {
        if (server.exitCode !== null) throw new Error(`A web server exited early; see ${path.relative(root, artifacts)}/web-server.log`);
        if (attempt >= 240) throw new Error('A web server did not become healthy within 60 s.');
        try {
          if ((await fetch(`http://127.0.0.1:${port + i}/api/health`)).ok) break;
        } catch {
          // not up yet
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } catch (error) {
    // Stopped here, not left running to be mistaken for the next run's servers.
    await Promise.all(servers.map(stopChild));
    throw error;
  }
  return servers;
}

async function runPlaywright(cluster: TestCluster, chromium: string): Promise<Counts> {
  const database = 'raspa_e2e';
  const databaseUrl = cluster.urlFor(database);
  // The database is seeded while the bundle builds: the one waits on PostgreSQL, the other on the CPU.
  const [seed] = await Promise.all([
    timed('e2e database migrated and seeded', async () => {
      await recreateDatabase(cluster.adminUrl, database);
      await applyMigrations(databaseUrl);
      const [{ createPrismaClient }, { seedDatabase }] = await Promise.all([import('../server/db/client'), import('../prisma/seed')]);
      const prisma = createPrismaClient(databaseUrl, 2);
      try {
        return await seedDatabase(prisma, { demo: true });
      } finally {
        await prisma.$disconnect();
      }
    }),
    timed('production bundle ready', () => ensureProductionBuild(root, log)),
  ]);
  const port = Number(process.env.E2E_PORT ?? 3100);
  const mailDir = path.join(artifacts, 'mail');
  const mailSink = await startMailSink(port, mailDir);
  const serverEnv = e2eServerEnv(databaseUrl, port);
  const servers = await timed('web servers and workers up', () => startWebServers(serverEnv, port));
  const report = path.join(artifacts, 'playwright.json');
  try {
    await timed('Playwright', () => runCommand(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '--config', 'e2e/playwright.config.ts', ...filters], {
      cwd: root,
      env: {
        ...process.env,
        E2E_BASE_URL: `http://localhost:${port}`,
        E2E_SECOND_BASE_URL: `http://localhost:${port + 1}`,
        // For specs that write rows the servers must read (an encrypted webhook address).
        E2E_ENCRYPTION_KEY: serverEnv.RASPA_ENCRYPTION_KEY,
        E2E_DATABASE_URL: databaseUrl,
        E2E_STAFF: JSON.stringify(seed.staff),
        ...e2eTelegramEnv(port),
        E2E_MAIL_DIR: mailDir,
        CHROMIUM_PATH: chromium,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      },
    }));
  } catch {
    // counted from the report below
  } finally {
    await Promise.all([...servers, ...backgroundWorkers].map(stopChild));
    await mailSink.close();
  }
  if (!fs.existsSync(report)) return { ...noCounts(), failed: 1, failures: ['Playwright wrote no report (see its output above)'] };
  return playwrightCounts(JSON.parse(fs.readFileSync(report, 'utf8')), 'e2e');
}

/**
 * Refuses to start beside another run on the same PostgreSQL or artifacts folder (it would stop that
 * run's PostgreSQL, re-create its databases and delete its reports), before touching either.
 */
function claimOrRefuse() {
  try {
    claimTestRun([testClusterIdentity(), { key: `artifacts ${artifacts}`, what: `the artifacts folder ${path.relative(root, artifacts) || artifacts}` }], {
      howToRunBeside: 'give this run its own: RASPA_TEST_PG_PORT=<free port> RASPA_TEST_ARTIFACTS=<folder> E2E_PORT=<free port> npm test …',
    });
  } catch (error) {
    if (!(error instanceof TestRunBusyError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

async function main() {
  const started = performance.now();
  claimOrRefuse();
  // Only what this run writes: a unit run leaves the last e2e run's screenshots and reports.
  clearArtifactsFor(artifacts, only, filters.length > 0);
  const chromium = only === 'unit' ? '' : ensureChromium();
  // The Prisma client Vitest, the seed and the bundle load: generated again if the schema changed
  // since (a pull or rebase that did not run `node scripts/prisma-generate.mjs`), before any loads it.
  await timed('Prisma client current', () => runCommand(process.execPath, ['scripts/prisma-generate.mjs', '--if-changed'], { cwd: root }));
  log('Starting PostgreSQL for the tests…');
  const cluster = await timed('PostgreSQL up', () => startTestCluster(root));
  const totals = noCounts();
  const add = (c: Counts) => {
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
    totals.failures.push(...c.failures);
  };
  try {
    if (only !== 'e2e') {
      log('Unit and integration tests (Vitest)…');
      add(await timed('Vitest', () => runVitest(cluster)));
    }
    if (only !== 'unit') {
      log('End-to-end tests (Playwright, Chromium)…');
      add(await runPlaywright(cluster, chromium));
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message);
    totals.failed += 1;
    totals.failures.push(`(the run stopped: ${message.split('\n')[0]})`);
  } finally {
    await Promise.all(backgroundWorkers.map(stopChild));
    await cluster.stop();
  }
  log(`npm test: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(summaryLines(totals));
  process.exit(totals.failed > 0 ? 1 : 0);
}

void main();
