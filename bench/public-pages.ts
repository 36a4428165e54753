// Public pages side by side on one production server (autocannon, loopback, 50 connections):
// requests/s and p99 of the home page, a region page, a check result, a notice page, the RSS feed
// and a static file, and each page's rate as a share of the static file's (target ≥ 70 % for every
// cached public page). Also counts the database transactions each page caused while nothing changed
// (pg_stat_database.xact_commit): a page served from Next's data cache causes none.
//
//   RASPA_NEXT_DIST_DIR=.next-b npx tsx bench/public-pages.ts [--connections=50] [--duration=10] [--port=3291] [--pg-port=55591] [--before=.next-before] [--before-project=/tmp/main]
//
// Needs a production build in $RASPA_NEXT_DIST_DIR (default .next): `npx next build`. With
// --before=<another build folder> (an older build kept aside, e.g. `cp -r .next .next-before` before
// rebuilding), that build is served too (on port+1, its own database) and every page is measured
// on both, one right after the other, so the comparison shares the machine's load. The older build
// may live in another checkout (e.g. `git archive main` built there): --before-project=<its folder>.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { seedDatabase } from '../prisma/seed';
import { createPrismaClient } from '../server/db/client';
import { startThrowawayPostgres } from './lib/throwaway-postgres';
import { loadAverage } from './lib/stats';

const argv = process.argv.slice(2);
const get = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const connections = get('connections', 50);
const duration = get('duration', 10);
const port = get('port', 3291);
const pgPort = get('pg-port', 55591);
const beforeDist = argv.find((a) => a.startsWith('--before='))?.split('=')[1];
const beforeProject = argv.find((a) => a.startsWith('--before-project='))?.split('=')[1];
const SLUG = 'seifullina-forensic-examination-2016-demo';
const log = (m: string) => process.stderr.write(`${m}\n`);

// [name, path, extra request headers]: the home page is also measured as a reader who chose a
// region sees it, and — to show where a page's time goes — past the front door
// (server/http/front-door-cache.ts leaves conditional requests to Next), with and without Next's gzip.
// The check page's question is posted (its words are in no address): that answer comes from the
// same cache of finished pages, but past the front door, which answers only GETs.
const QUESTION = { method: 'POST' as const, body: new URLSearchParams({ q: 'экспертиза Сейфуллина' }).toString() };
const PAGES: [string, string, Record<string, string>?, typeof QUESTION?][] = [
  ['static file', '/icons/icon-192.png'],
  ['home /ru', '/ru'],
  ['home /ru, region chosen (cookie)', '/ru', { cookie: 'region=KZ-47' }],
  ['region /ru/regions/KZ-47', '/ru/regions/KZ-47'],
  ['check /ru/check?q=…', `/ru/check?q=${encodeURIComponent('экспертиза Сейфуллина')}`],
  ['check, question posted (POST /ru/check/search)', '/ru/check/search', { 'content-type': 'application/x-www-form-urlencoded' }, QUESTION],
  ['notice page', `/ru/notices/${SLUG}`],
  ['RSS feed', '/api/v1/feeds/ru/rss.xml'],
  ['home /ru through Next (If-None-Match)', '/ru', { 'if-none-match': '"bench"' }],
  ['home /ru through Next, not compressed', '/ru', { 'if-none-match': '"bench"', 'accept-encoding': 'identity' }],
];

async function waitHealthy(server: ChildProcess, serverPort: number) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error('The web server exited early.');
    try {
      if ((await fetch(`http://127.0.0.1:${serverPort}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The web server did not become healthy within 60 s.');
}

const postgres = await startThrowawayPostgres({ name: 'public-pages', port: pgPort, log });
const servers: ChildProcess[] = [];
try {
  // Each server its own seeded database, so the transactions counted are that server's alone.
  const database = async (name: string) => {
    const url = await postgres.createDatabase(name);
    const prisma = createPrismaClient(url, 2);
    await seedDatabase(prisma, { demo: true });
    await prisma.$disconnect();
    const stats = new pg.Client({ connectionString: url });
    await stats.connect();
    /** Committed transactions in the database so far (flushed first: statistics are sent lazily). */
    const transactions = async () => {
      await stats.query('SELECT pg_stat_force_next_flush()').catch(() => undefined);
      await new Promise((r) => setTimeout(r, 1_100));
      await stats.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await stats.query<{ n: string }>('SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()');
      return Number(rows[0]?.n ?? 0);
    };
    return { url, stats, transactions };
  };

  const start = (serverPort: number, databaseUrl: string, distDir?: string, project?: string) => {
    const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(serverPort), '-H', '127.0.0.1'], {
      cwd: project,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ...(distDir ? { RASPA_NEXT_DIST_DIR: distDir } : {}),
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: `http://127.0.0.1:${serverPort}`,
        NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
        RASPA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        LOG_LEVEL: 'warn',
      },
    });
    servers.push(server);
    return waitHealthy(server, serverPort);
  };
  const targets = [{ label: beforeDist ? 'after' : '', port, db: await database('public_pages') }];
  if (beforeDist) targets.unshift({ label: 'before', port: port + 1, db: await database('public_pages_before') });
  await Promise.all(targets.map((target) => (target.label === 'before' ? start(target.port, target.db.url, beforeDist, beforeProject) : start(target.port, target.db.url))));
  const rows: { name: string; rate: number; p99: number; non2xx: number; errors: number; transactions: number }[] = [];
  const loadBefore = loadAverage();
  for (const [page, path, extra, posted] of PAGES) for (const target of targets) {
    const name = target.label ? `${page} (${target.label})` : page;
    const url = `http://127.0.0.1:${target.port}${path}`;
    // What a browser sends for a page (the home and region pages are served from the cache of
    // finished pages only for a browser's document request, never for the client router's).
    const headers = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'accept-encoding': 'gzip', 'accept-language': 'ru', ...extra };
    const first = await fetch(url, { headers, ...posted, redirect: 'manual' });
    if (first.status !== 200) throw new Error(`${url}: HTTP ${first.status}`);
    await autocannon({ url, connections: 10, duration: 2, headers, ...posted }); // warm-up (JIT, pools, caches)
    const before = await target.db.transactions();
    const result = await autocannon({ url, connections, duration, headers, ...posted });
    // The flushes and the query itself commit 2 transactions of their own.
    const during = (await target.db.transactions()) - before - 2;
    rows.push({ name, rate: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, transactions: during });
  }
  for (const target of targets) await target.db.stats.end();
  // Each server's pages are compared with that server's static file.
  const staticRates = new Map(targets.map((target, i) => [target.label, rows[i]?.rate ?? 1]));
  console.log(`Public pages, ${connections} connections × ${duration} s each, one after another — ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${postgres.version.split(',')[0]}`);
  console.log(`load average before: ${loadBefore}; after: ${loadAverage()}`);
  console.log('| page | requests/s | p99 ms | of static | DB transactions during run | non-2xx/errors |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [i, r] of rows.entries()) {
    const staticRate = staticRates.get(targets[i % targets.length]!.label) ?? 1;
    console.log(`| ${r.name} | ${r.rate.toFixed(0)} | ${r.p99} | ${((100 * r.rate) / staticRate).toFixed(0)} % | ${Math.max(0, r.transactions)} | ${r.non2xx}/${r.errors} |`);
  }
} finally {
  for (const server of servers) server.kill('SIGTERM');
  await postgres.stop();
}
