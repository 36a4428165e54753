// The team journey timed (issue 16): the walk of e2e/team-walk.ts — a citizen's report of a new
// high-risk claim → the moderator's open inbox → a question to the field verifier (360-px phone) →
// the answer on the moderator's open rumour page → a FALSE verdict → the administrator's open
// notification centre → approval on the moderator's open page → the notice published — in three
// Chromium contexts against ONE production server (`next start`) and its worker, on a throwaway
// PostgreSQL. Nobody reloads. Prints, per run, the wall time (report sent → notice published) and
// each hand-over's "system waiting": from a colleague's click to the other view showing it (measured
// with Playwright's in-page waits, no polling interval added). Target: system waiting ≤ 10 s of the
// whole. People's own time (reading, typing) is not in it: Playwright types at once.
//   npx tsx bench/journey.ts [--runs=3] [--port=55710] [--web-port=3295] [--reuse-build]
// Uses RASPA_NEXT_DIST_DIR like the test runner (built when sources changed) and Debian's Chromium
// (CHROMIUM_PATH or /usr/bin/chromium).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { createPrismaClient } from '../server/db/client';
import { createStaff } from '../server/testing/fixtures';
import { ensureProductionBuild } from '../scripts/lib/next-build';
import { teamWalk, type TeamWalkResult } from '../e2e/team-walk';
import { startThrowawayPostgres } from './lib/throwaway-postgres';
import { loadAverage, ms, summarize } from './lib/stats';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')) as [string, string][]);
const RUNS = Number(args.runs ?? 3);
const PG_PORT = Number(args.port ?? 55710);
const WEB_PORT = Number(args['web-port'] ?? 3295);
const PASSWORD = 'journey bench password';
const root = path.resolve(import.meta.dirname, '..');
const log = (m: string) => process.stderr.write(`${m}\n`);

async function waitHealthy(server: ChildProcess) {
  for (let i = 0; ; i++) {
    if (i > 240) throw new Error('the web server did not become healthy');
    if (server.exitCode !== null) throw new Error('the web server exited');
    if (await fetch(`http://127.0.0.1:${WEB_PORT}/api/health`).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main() {
  const pgServer = await startThrowawayPostgres({ name: 'journey', port: PG_PORT, log });
  const children: ChildProcess[] = [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const databaseUrl = await pgServer.createDatabase('journey_bench');
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const db = createPrismaClient(databaseUrl, 1);
    const moderator = await createStaff(db, 'MODERATOR', ['KZ-47'], { password: PASSWORD });
    const verifier = await createStaff(db, 'VERIFIER', ['KZ-47'], { password: PASSWORD });
    const admin = await createStaff(db, 'ADMIN', [], { password: PASSWORD });
    // Mangystau asks for four eyes on every verdict (a region setting of admins'), so the walk has its
    // approval step whatever the non-demo lexicon's weights make of the claim's risk words.
    await db.region.update({ where: { code: 'KZ-47' }, data: { requiresApproval: true } });
    await db.$disconnect();

    const distDir = process.env.RASPA_NEXT_DIST_DIR || '.next';
    if (!('reuse-build' in args && fs.existsSync(path.join(root, distDir, 'BUILD_ID')))) await ensureProductionBuild(root, log);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://localhost:${WEB_PORT}`,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      RASPA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
    };
    // The server and its worker (clustering, notifications), as `npm start` runs them.
    children.push(spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(WEB_PORT)], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] }));
    children.push(spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] }));
    await waitHealthy(children[0]!);

    const results: TeamWalkResult[] = [];
    // One unmeasured walk first: the server's first render of each page compiles nothing, but
    // its first queries and Chromium's first contexts are cold.
    for (let run = 0; run <= RUNS; run++) {
      const result = await teamWalk({
        browser,
        baseURL: `http://localhost:${WEB_PORT}`,
        moderator: { email: moderator.email, password: PASSWORD },
        verifier: { email: verifier.email, password: PASSWORD, name: verifier.name },
        admin: { email: admin.email, password: PASSWORD },
        query: async (sql, params) => (await client.query(sql, params)).rows,
        variant: run,
      });
      const waiting = result.handOvers.reduce((sum, h) => sum + h.waitedMs, 0);
      log(`${run === 0 ? 'warm-up (not counted)' : `run ${run}`}: wall ${ms(result.wallMs / 1000)} s, system waiting ${ms(waiting / 1000)} s`);
      if (run > 0) results.push(result);
    }

    console.log(`\nTeam journey (report → published notice, 3 browser contexts, no reload): ${RUNS} runs after one warm-up`);
    console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, Chromium ${browser.version()}, load ${loadAverage()}`);
    console.log(`PostgreSQL: ${pgServer.version}`);
    for (const [i, what] of results[0]!.handOvers.map((h) => h.what).entries()) {
      const s = summarize(results.map((r) => r.handOvers[i]!.waitedMs));
      console.log(`  ${what}: p50 ${ms(s.p50)} · max ${ms(s.max)} ms`);
    }
    const walls = summarize(results.map((r) => r.wallMs));
    const waits = summarize(results.map((r) => r.handOvers.reduce((sum, h) => sum + h.waitedMs, 0)));
    const shares = results.map((r) => r.handOvers.reduce((sum, h) => sum + h.waitedMs, 0) / r.wallMs);
    console.log(`wall time: p50 ${ms(walls.p50 / 1000)} · max ${ms(walls.max / 1000)} s`);
    console.log(`system waiting (sum of the hand-overs): p50 ${ms(waits.p50 / 1000)} · max ${ms(waits.max / 1000)} s — ${(Math.min(...shares) * 100).toFixed(0)}–${(Math.max(...shares) * 100).toFixed(0)} % of the wall time (target ≤ 10 s)`);
  } finally {
    await browser.close().catch(() => undefined);
    await client.end().catch(() => undefined);
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await pgServer.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
