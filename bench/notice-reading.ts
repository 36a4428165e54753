// Reading a notice under load: 200 concurrent readers (autocannon, keep-alive, gzip) on the notice
// page of the production build, against a throwaway seeded database. Prints p50/p99 latency
// (targets p50 ≤ 20 ms, p99 ≤ 100 ms), throughput, and — for comparison — what one uncached
// render costs in-process (database reads + HTML), which the server pays once per page, language and
// change of a notice (Next's data cache, server/notices/public-notice-cache.ts).
//
//   RASPA_NEXT_DIST_DIR=.next-b npx tsx bench/notice-reading.ts [--connections=200] [--duration=20] [--reader-rate=1] [--port=3290] [--pg-port=55590]
//
// Needs a production build in $RASPA_NEXT_DIST_DIR (default .next): `npx next build`.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import autocannon from 'autocannon';
import { renderNoticeDocument } from '../server/notices/render/notice-document';
import { seedDatabase } from '../prisma/seed';
import { createPrismaClient } from '../server/db/client';
import { getPublicNotice } from '../server/notices/get-notice';
import { startThrowawayPostgres } from './lib/throwaway-postgres';
import { loadAverage, percentile } from './lib/stats';

const argv = process.argv.slice(2);
const get = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const connections = get('connections', 200);
const duration = get('duration', 20);
const readerRate = get('reader-rate', 1);
const port = get('port', 3290);
const pgPort = get('pg-port', 55590);
const SLUG = 'seifullina-forensic-examination-2016-demo';
const log = (m: string) => process.stderr.write(`${m}\n`);

async function waitHealthy(server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error('The web server exited early.');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The web server did not become healthy within 60 s.');
}

const postgres = await startThrowawayPostgres({ name: 'notice-reading', port: pgPort, log });
let server: ChildProcess | undefined;
try {
  const databaseUrl = await postgres.createDatabase('notice_reading');
  const prisma = createPrismaClient(databaseUrl, 2);
  await seedDatabase(prisma, { demo: true });

  // One uncached render, in-process, 200 times: what a reader would wait without the page cache.
  const renders: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    const notice = await getPublicNotice(prisma, SLUG, 'ru');
    renderNoticeDocument(notice!, 'ru', { siteUrl: 'http://127.0.0.1' });
    renders.push(performance.now() - started);
  }
  await prisma.$disconnect();

  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      RASPA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
    },
  });
  await waitHealthy(server);
  const url = `http://127.0.0.1:${port}/ru/notices/${SLUG}`;
  const first = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
  if (!first.ok) throw new Error(`${url}: HTTP ${first.status}`);
  await autocannon({ url, connections: 20, duration: 3, headers: { 'accept-encoding': 'gzip' } }); // warm-up (JIT, pools)

  const loadBefore = loadAverage();
  // Readers read: each of `connections` readers opens the page once every 1/readerRate s, at its own
  // random phase (autocannon's rate options fire all connections on the same tick, measuring a burst
  // instead). Run first, so the saturation run below leaves no backlog or garbage behind for it.
  const paced = await pacedReaders(url, connections, readerRate, duration);
  const pacedLines = [
    `paced: ${connections} readers, each a page every ${(1 / readerRate).toFixed(1)} s — requests: ${paced.length} (${(paced.length / duration).toFixed(0)}/s)`,
    `paced latency ms: p50 ${percentile(paced, 50).toFixed(1)}  p90 ${percentile(paced, 90).toFixed(1)}  p99 ${percentile(paced, 99).toFixed(1)}  max ${Math.max(...paced).toFixed(1)}  (targets p50 ≤ 20, p99 ≤ 100)`,
  ];
  // The closed loop has every connection re-request the instant a page arrives: a saturation test
  // (p50 20 ms at 200 connections would need ~10,000 requests/s from one process).
  const result = await autocannon({ url, connections, duration, headers: { 'accept-encoding': 'gzip' } });
  console.log(`Notice page under ${connections} concurrent readers for ${duration} s — ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${postgres.version.split(',')[0]}`);
  console.log(`load average before: ${loadBefore}; after: ${loadAverage()}`);
  console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`);
  console.log(`latency ms: p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}  (targets p50 ≤ 20, p99 ≤ 100)`);
  for (const line of pacedLines) console.log(line);
  console.log(`uncached render in-process (getPublicNotice + HTML), 200×: p50 ${percentile(renders, 50).toFixed(1)} ms, p99 ${percentile(renders, 99).toFixed(1)} ms`);
} finally {
  server?.kill('SIGTERM');
  await postgres.stop();
}

/** Readers on keep-alive connections, each requesting the page at its own pace; returns latencies (ms). */
async function pacedReaders(url: string, readers: number, ratePerReader: number, seconds: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: readers });
  const latencies: number[] = [];
  const periodMs = 1000 / ratePerReader;
  const endAt = Date.now() + seconds * 1000;
  const get = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      http
        .get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (response) => {
          response.on('data', () => {});
          response.on('end', () => {
            if (response.statusCode === 200) latencies.push(performance.now() - started);
            resolve();
          });
        })
        .on('error', reject);
    });
  await Promise.all(
    Array.from({ length: readers }, async () => {
      await new Promise((r) => setTimeout(r, Math.random() * periodMs));
      while (Date.now() < endAt) {
        const next = Date.now() + periodMs;
        await get();
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
      }
    }),
  );
  agent.destroy();
  return latencies;
}
