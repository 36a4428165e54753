// Live updates at scale: N concurrent SSE clients (default 5,000) on /api/v1/stream of ONE
// production server process, then notices published through the real publish path
// (publishNotice: the transaction with pg_notify on commit, as a moderator's click runs it; fan-out
// to subscribers is switched off here because it is not what this measures). For each
// publication: the time from calling publishNotice to each client receiving the event.
//   npx tsx bench/live-stream.ts [--clients=5000] [--processes=2] [--rounds=5] [--warmup=1] [--port=55490] [--web-port=3290] [--reuse-build]
// Needs `ulimit -n` above clients + a few hundred for the server and for each client process
// (the script raises the server's soft limit itself and refuses to start when the hard limit is
// too low). Uses RASPA_NEXT_DIST_DIR like the test runner (built when sources changed).
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '../server/db/client';
import { publishNotice } from '../server/notices/publish-notice';
import { createFinalNoticeRow, createRumorWithApprovedVerdict } from '../server/testing/notices';
import { asActor, createStaff } from '../server/testing/fixtures';
import { ensureProductionBuild } from '../scripts/lib/next-build';
import { startThrowawayPostgres } from './lib/throwaway-postgres';
import { loadAverage, ms, summarize } from './lib/stats';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')) as [string, string][]);
const CLIENTS = Number(args.clients ?? 5000);
const PROCESSES = Number(args.processes ?? 2);
const ROUNDS = Number(args.rounds ?? 5);
// Unmeasured publications first: the bench process's own first publishNotice (a cold Prisma
// transaction) would otherwise count as server latency. Their numbers are still printed.
const WARMUP = Number(args.warmup ?? 1);
const PG_PORT = Number(args.port ?? 55490);
const WEB_PORT = Number(args['web-port'] ?? 3290);
const root = path.resolve(import.meta.dirname, '..');
const log = (m: string) => process.stderr.write(`${m}\n`);
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

function hardFileLimit(): number {
  const out = spawnSyncText('sh', ['-c', 'ulimit -Hn']);
  return out === 'unlimited' ? Infinity : Number(out);
}
function spawnSyncText(cmd: string, argv: string[]): string {
  return String(execFileSync(cmd, argv)).trim();
}

function serverRssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return Number.NaN;
  }
}

function request<T>(child: ChildProcess, message: object, reply: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string }) => {
      if (m.type !== reply) return;
      child.off('message', onMessage);
      resolve(m as T);
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

async function main() {
  const perServerFds = CLIENTS + 500;
  if (hardFileLimit() < perServerFds) throw new Error(`ulimit -Hn is ${hardFileLimit()}; ${CLIENTS} clients need at least ${perServerFds}. Raise it (e.g. ulimit -n 65536) and retry.`);

  const pgServer = await startThrowawayPostgres({ name: 'live', port: PG_PORT, log });
  let web: ChildProcess | undefined;
  const clients: ChildProcess[] = [];
  try {
    const databaseUrl = await pgServer.createDatabase('live_bench');
    // --reuse-build: serve whatever build the dist folder holds (others' edits would otherwise rebuild it).
    const distDir = process.env.RASPA_NEXT_DIST_DIR || '.next';
    if (!('reuse-build' in args && fs.existsSync(path.join(root, distDir, 'BUILD_ID')))) await ensureProductionBuild(root, log);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${WEB_PORT}`,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      RASPA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
    };
    // One production server process; its soft file limit raised for the connections.
    web = spawn('sh', ['-c', `ulimit -n ${perServerFds} && exec "${process.execPath}" node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${WEB_PORT}`], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error('the web server did not become healthy');
      if (web.exitCode !== null) throw new Error('the web server exited');
      if (await fetch(`http://127.0.0.1:${WEB_PORT}/api/health`).then((r) => r.ok).catch(() => false)) break;
      await new Promise((r) => setTimeout(r, 250));
    }

    const started = nowMs();
    for (let i = 0; i < PROCESSES; i++) {
      clients.push(fork(path.join(import.meta.dirname, 'live-stream-client.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    }
    const share = (i: number) => Math.floor(CLIENTS / PROCESSES) + (i < CLIENTS % PROCESSES ? 1 : 0);
    // Half the clients follow one region, so the region filter is exercised too (the notices are for KZ-47).
    const ready = await Promise.all(
      clients.map((child, i) =>
        request<{ connected: number; failed: number }>(child, { cmd: 'connect', host: '127.0.0.1', port: WEB_PORT, path: i % 2 ? '/api/v1/stream?lang=ru&region=KZ-47' : '/api/v1/stream?lang=kk', count: share(i), batch: 100 }, 'ready'),
      ),
    );
    const connected = ready.reduce((s, r) => s + r.connected, 0);
    const failed = ready.reduce((s, r) => s + r.failed, 0);
    log(`${connected} SSE clients connected (${failed} failed) in ${((nowMs() - started) / 1000).toFixed(1)} s; server RSS ${serverRssMb(web.pid!).toFixed(0)} MB`);

    const db = createPrismaClient(databaseUrl, 2);
    const moderator = asActor(await createStaff(db, 'MODERATOR', ['KZ-47']));
    const all: number[] = [];
    const rounds: string[] = [];
    let minReceived = Infinity;
    for (let round = 1 - WARMUP; round <= ROUNDS; round++) {
      const rumor = await createRumorWithApprovedVerdict(db, ['KZ-47']);
      const draft = await createFinalNoticeRow(db, rumor.id, { published: false, regionCodes: ['KZ-47'] });
      await Promise.all(clients.map((child) => request(child, { cmd: 'expect', slug: draft.slug }, 'expecting')));
      await new Promise((r) => setTimeout(r, 500));
      const publishedAt = nowMs();
      await publishNotice(db, moderator, { noticeId: draft.id }, { enqueueFanout: async () => undefined });
      const committedMs = nowMs() - publishedAt;
      const results = await Promise.all(clients.map((child) => request<{ times: number[]; open: number }>(child, { cmd: 'collect', slug: draft.slug, waitMs: 30_000 }, 'collected')));
      const latencies = results.flatMap((r) => r.times.map((t) => t - publishedAt));
      const warmup = round < 1;
      if (!warmup) {
        all.push(...latencies);
        minReceived = Math.min(minReceived, latencies.length);
      }
      const s = summarize(latencies);
      const line = `${warmup ? 'warm-up (not counted)' : `round ${round}`}: ${latencies.length}/${connected} received · publishNotice committed in ${ms(committedMs)} ms · p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)} · max ${ms(s.max)} ms`;
      rounds.push(line);
      log(line);
    }
    await db.$disconnect();
    const total = summarize(all);
    console.log(`\nLive stream: ${CLIENTS} SSE clients on one production process (${PROCESSES} client processes), ${ROUNDS} publications through publishNotice`);
    console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load ${loadAverage()}`);
    console.log(`PostgreSQL: ${pgServer.version}`);
    console.log(`connected: ${connected}/${CLIENTS} (${failed} failed); server RSS with all connected: ${serverRssMb(web.pid!).toFixed(0)} MB`);
    for (const line of rounds) console.log(line);
    console.log(`all rounds: ${all.length} receipts (${minReceived}/${connected} in the worst round) · p50 ${ms(total.p50)} · p95 ${ms(total.p95)} · p99 ${ms(total.p99)} · max ${ms(total.max)} ms (publish call → client received)`);
  } finally {
    for (const child of clients) {
      if (child.connected) child.send({ cmd: 'close' });
      else child.kill();
    }
    web?.kill('SIGTERM');
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
