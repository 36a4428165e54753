// Draining a clustering backlog with 1 and with 2 workers (issue 17). A backlog of --reports reports
// (default 10,000: the labelled and held-out sets' texts in order, repeated across their regions as
// forwarded copies, so that no two are identical but every copy says what its original says) is
// stored with intake's own submitReport, none clustered; then 1 worker, and on a second copy 2
// workers at once (each its own connection pool, as two `npm run worker` processes would be), run
// the worker's clustering loop until nothing is pending. Prints the wall time of each and the speed-up;
// each run's rumours scored pairwise against the labels (precision: of report pairs put in one
// rumour, how many share a label; recall: of pairs sharing a label, how many were put together);
// whether the two runs made the same rumours, and if not which reports each placed elsewhere, per
// labelled claim and region, and which claims one run split more than the other.
// Each worker is its own process (this script again, with --worker-of), as `npm run worker` would
// be: two loops in one process would share one event loop's CPU. Per worker it prints where the
// time went — in transactions or paused (waiting for the other worker, idle), node's own CPU, how
// many batches, and how often it found nothing it was allowed to take — and the CPU PostgreSQL's
// backends used meanwhile — and per 1,000 reports, the CPU node and PostgreSQL spent (what a second
// worker costs beyond the first, whatever else the machine is doing). The bench itself stays out of
// the database while the workers drain: each worker tells it when it found nothing left to take
// (rather than the bench asking every few milliseconds), it samples what the connections are doing
// only every SAMPLE_MS, and the CPU of its own connection is counted apart from the workers'.
//
//   npx tsx bench/clustering-drain.ts [--reports=10000] [--port=55849] [--diff=differences.json] [--elsewhere=N] [--national=N] [--cpu-prof=DIR] [--queries]
//
// --queries: every statement a worker sends (each a round trip) is counted by its first words; printed
// per 1,000 reports for 1 and for 2 workers side by side, largest difference first.
//
// --cpu-prof=DIR: each worker's CPU profile from "go" to "stop" (the drain alone, not its start-up)
// is written to DIR as <1|2>-worker<s>-<pid>.cpuprofile (open in Chrome DevTools, or read with
// bench/cpu-profile-top.ts).
//
// --elsewhere=N: every Nth forwarded copy (never an original) is reported from a region far from the
// one its original chose — someone in Almaty passing on Atyrau's news. A copy whose text names a place
// is then routed to that place's region too (server/reports/report-regions.ts): a partition of two
// regions, which the default backlog never has (RESULTS 1za). Default 0: none, the backlog as before.
//
// --national=N: every Nth report (2: half, as in the blind sets, where 45–75 % chose no region) is sent with
// no region: one whose text names no place is in the national queue, reconciled with the regions once the
// backlog is drained (server/reports/reconcile-partitions.ts, RESULTS 1zd). Default 0: the sets' own regions.
import { fork } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createPrismaClient, type Db } from '../server/db/client';
import type { RegionCode } from '../server/regions/codes';
import { clusteringCounters } from '../server/reports/cluster-pending-reports';
import { runClusteringLoop, warmClusteringCaches } from '../server/reports/clustering-loop';
import { submitReport } from '../server/reports/submit-report';
import { loadAverage } from './lib/stats';
import { startThrowawayPostgres } from './lib/throwaway-postgres';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const REPORTS = arg('reports', 10_000);
const PORT = arg('port', 55849);
const SHOWN_DIFFERENCES = 12;
const STORING_LANES = 4;
/** How often the bench reads pg_stat_activity while the workers drain (its only query meanwhile). */
const SAMPLE_MS = 250;
/** --no-settle: start each drain right after the last, as before session 30 (autovacuum then ran in whichever drain it fell in). */
const SETTLE = !process.argv.includes('--no-settle');
const DIFF_FILE = process.argv.find((a) => a.startsWith('--diff='))?.slice('--diff='.length);
const WORKER_OF = process.argv.find((a) => a.startsWith('--worker-of='))?.slice('--worker-of='.length);
const CPU_PROF = process.argv.find((a) => a.startsWith('--cpu-prof='))?.slice('--cpu-prof='.length);
/** --queries: count each worker's statements (round trips to PostgreSQL) by their first words, and print them per 1,000 reports. */
const QUERIES = process.argv.includes('--queries');
const encryptionKey = Buffer.alloc(32, 3).toString('base64');

interface Item {
  text: string;
  regionCode: string | null;
  /** The labelled claim ("set/group"): reports with one label should end in one rumour. */
  label: string;
}
const items: Item[] = ['labelled-reports.json', 'holdout-reports.json'].flatMap((file) =>
  (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'clustering', file), 'utf8')) as { reports: { text: string; regionCode: string | null; group: string }[] }).reports.map(
    (r) => ({ text: r.text, regionCode: r.regionCode, label: `${file.replace('-reports.json', '')}/${r.group}` }),
  ),
);
const itemOf = (index: number) => items[index % items.length]!;
const ELSEWHERE = arg('elsewhere', 0);
const NATIONAL = arg('national', 0);
/** The region report `index` was sent from: its original's, or with --elsewhere one far from it (Almaty city borders only Almaty region); with --national, none. */
function regionOf(index: number): string | null {
  if (NATIONAL > 0 && index % NATIONAL === 0) return null;
  const { regionCode } = itemOf(index);
  const copy = Math.floor(index / items.length);
  if (ELSEWHERE <= 0 || copy === 0 || copy % ELSEWHERE !== 0 || regionCode === null) return regionCode;
  return regionCode === 'KZ-75' || regionCode === 'KZ-19' ? 'KZ-27' : 'KZ-75';
}
// How a forwarded message is passed on: a header and a plea, in three languages — filler words and
// emoji the matcher drops, so every copy says exactly what its original says. (Copies once carried
// a counter, "(12)", which the matcher read as a number the claim states — different numbers are
// different claims — and split every claim into dozens of rumours at 10,000 reports.)
const HEADERS = ['', 'Переслано: ', 'Forwarded: ', 'Жіберілді: ', '❗', '⚡ ', 'срочно ', 'шұғыл '];
const PLEAS = ['', ' Распространите всем!', ' Please share!', ' Таратыңыз барлығына!', ' 🙏🙏', ' Репост!'];

/** Stores the backlog, a few reports at a time (order comes from receivedAt, one second apart, not from when each was stored). */
async function storeBacklog(db: Db): Promise<string[]> {
  const start = Date.now() - (REPORTS + 10) * 1_000;
  const ids: string[] = new Array<string>(REPORTS);
  const store = async (i: number) => {
    const item = itemOf(i);
    const copy = Math.floor(i / items.length);
    const text = `${HEADERS[copy % HEADERS.length]}${item.text}${PLEAS[Math.floor(copy / HEADERS.length) % PLEAS.length]}`;
    const { report } = await submitReport(db, { clientId: randomUUID(), text, regionCode: (regionOf(i) ?? undefined) as RegionCode | undefined }, { channel: 'API', encryptionKey, now: new Date(start + i * 1_000) });
    ids[i] = report.id;
  };
  await Promise.all(Array.from({ length: STORING_LANES }, async (_, lane) => {
    for (let i = lane; i < REPORTS; i += STORING_LANES) await store(i);
  }));
  return ids;
}

/** A worker's first reports: its node CPU for them is counted apart (caches to fill, code to compile once per process). */
const WARM_REPORTS = 100;
type WorkerCounters = typeof clusteringCounters & {
  cpuMs: number;
  warm: { reports: number; cpuMs: number } | null;
  /** Milliseconds from "go" to the moment its last report was placed (seen within 5 ms): how evenly two workers finish. */
  lastPlacedMs: number;
  /** With --queries: statements sent from "go" to "stop", by their first words. */
  queries: Record<string, number>;
};

/** With --queries: statements sent since "go", by their first words (whitespace folded, parameters apart). */
const statements = new Map<string, number>();
let countingStatements = false;
function countStatements(): void {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (countingStatements) {
      const first = args[0] as string | { text?: string } | undefined;
      const text = (typeof first === 'string' ? first : (first?.text ?? '?')).replace(/\s+/g, ' ').trim().slice(0, 90);
      statements.set(text, (statements.get(text) ?? 0) + 1);
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}
type FromWorker = { ready: true } | { drained: true } | { counters: WorkerCounters };

/** A worker process (--worker-of=url): the worker's own clustering loop from "go" to "stop", then its counters and CPU. */
async function runWorker(url: string): Promise<void> {
  if (QUERIES) countStatements();
  const db = createPrismaClient(url, 4);
  await db.$queryRaw`SELECT 1`;
  // As a running worker would have at a surge: its caches filled when it started (the loop's own
  // warm-up then finds them filled). Its CPU is printed apart.
  const warmFrom = process.cpuUsage();
  await warmClusteringCaches(db);
  const warmUp = process.cpuUsage(warmFrom);
  console.log(`worker ${process.pid}: caches warmed in ${((warmUp.user + warmUp.system) / 1000).toFixed(0)} ms of node CPU`);
  const stop = new AbortController();
  let loop: Promise<void> | undefined;
  let cpu = process.cpuUsage();
  let warm: WorkerCounters['warm'] = null;
  let watch: NodeJS.Timeout | undefined;
  let wentAt = 0;
  let lastPlacedMs = 0;
  let placedSoFar = 0;
  const cpuMsSince = (from: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(from);
    return (used.user + used.system) / 1000;
  };
  const profiler = CPU_PROF ? new Session() : null;
  process.on('message', (message: 'go' | 'stop') => {
    if (message === 'go') {
      if (profiler) {
        profiler.connect();
        void profiler.post('Profiler.enable').then(() => profiler.post('Profiler.start'));
      }
      Object.assign(clusteringCounters, Object.fromEntries(Object.keys(clusteringCounters).map((k) => [k, 0])));
      cpu = process.cpuUsage();
      statements.clear();
      countingStatements = QUERIES;
      warm = null;
      wentAt = performance.now();
      lastPlacedMs = 0;
      placedSoFar = 0;
      // Woken by the other worker's commits as `npm run worker` is (LISTEN on this database).
      loop = runClusteringLoop(db, stop.signal, { listenUrl: url });
      // The loop found nothing pending: tell the bench (an in-process check, no query).
      watch = setInterval(() => {
        if (warm === null && clusteringCounters.reports >= WARM_REPORTS) warm = { reports: clusteringCounters.reports, cpuMs: cpuMsSince(cpu) };
        if (clusteringCounters.reports !== placedSoFar) {
          placedSoFar = clusteringCounters.reports;
          lastPlacedMs = performance.now() - wentAt;
        }
        if (clusteringCounters.drainedLooks === 0) return;
        clearInterval(watch);
        process.send!({ drained: true } satisfies FromWorker);
      }, 5);
      return;
    }
    // Also in the worker that never saw the end itself: a live interval would keep its process running.
    clearInterval(watch);
    stop.abort();
    void (async () => {
      await loop;
      countingStatements = false;
      if (profiler) {
        const { profile } = await profiler.post('Profiler.stop');
        fs.mkdirSync(CPU_PROF!, { recursive: true });
        fs.writeFileSync(path.join(CPU_PROF!, `${process.env.RASPA_DRAIN_RUN ?? 'worker'}-${process.pid}.cpuprofile`), JSON.stringify(profile));
        profiler.disconnect();
      }
      process.send!({ counters: { ...clusteringCounters, cpuMs: cpuMsSince(cpu), warm, lastPlacedMs, queries: Object.fromEntries(statements) } } satisfies FromWorker);
      await db.$disconnect();
      process.disconnect();
    })();
  });
  process.send!({ ready: true } satisfies FromWorker);
}

/** CPU seconds used so far by one process. */
function processCpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, USER_HZ
}

/** CPU seconds used so far by a PostgreSQL server's processes (the postmaster, its backends, and those it reaped). */
function postgresCpuSeconds(postmasterPid: number): number {
  const ticks = (stat: string, from: number) => stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(from, from + 4).map(Number);
  const own = fs.readFileSync(`/proc/${postmasterPid}/stat`, 'utf8');
  // Fields after the name: state ppid … utime (12) stime cutime cstime.
  let total = ticks(own, 11).reduce((a, b) => a + b, 0);
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === postmasterPid) total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return total / 100; // USER_HZ
}

interface DrainResult {
  seconds: number;
  /** PostgreSQL's CPU seconds, without the bench's own connection (counted in benchCpu). */
  postgresCpu: number;
  /** CPU seconds of the bench meanwhile: its node process and its PostgreSQL connection. */
  benchCpu: { node: number; postgres: number };
  /** Transactions the database committed and rolled back meanwhile (pg_stat_database; the bench's samples included). */
  commits: number;
  rollbacks: number;
  /** The workers' connections, by what they were doing: average number of connections in that state. */
  connections: { state: string; share: number }[];
  /** Autovacuum workers seen running (any database of the cluster), by database: average number at work. */
  autovacuum: { database: string; share: number }[];
  workers: WorkerCounters[];
}

/** Runs `workers` worker processes, each the worker's own clustering loop, until nothing is pending. */
async function drain(url: string, workers: number): Promise<DrainResult> {
  const children = Array.from({ length: workers }, () => fork(process.argv[1]!, [`--worker-of=${url}`, ...(CPU_PROF ? [`--cpu-prof=${CPU_PROF}`] : []), ...(QUERIES ? ['--queries'] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, RASPA_DRAIN_RUN: `${workers}w` } }));
  const counters = children.map((child) => new Promise<WorkerCounters>((resolve, reject) => {
    child.on('message', (m: FromWorker) => 'counters' in m && resolve(m.counters));
    child.on('exit', (code) => reject(new Error(`worker exited (${code}) before reporting`)));
  }));
  await Promise.all(children.map((child) => new Promise<void>((resolve) => child.on('message', (m: FromWorker) => 'ready' in m && resolve()))));
  const drained = new Promise<void>((resolve) => {
    for (const child of children) child.on('message', (m: FromWorker) => 'drained' in m && resolve());
  });
  const watcher = createPrismaClient(url, 1);
  const xacts = async () => (await watcher.$queryRaw<{ commits: number; rollbacks: number }[]>`
    SELECT xact_commit::float8 AS commits, xact_rollback::float8 AS rollbacks FROM pg_stat_database WHERE datname = current_database()`)[0]!;
  try {
    const [backend] = await watcher.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const postmaster = Number(fs.readFileSync(`/proc/${backend!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    const xactBefore = await xacts();
    const cpuBefore = postgresCpuSeconds(postmaster);
    const watcherBefore = processCpuSeconds(backend!.pid);
    const benchBefore = process.cpuUsage();
    const began = performance.now();
    for (const child of children) child.send('go');
    // What the workers' connections were doing, sampled every SAMPLE_MS until a worker finds
    // nothing pending: running a query (on CPU or waiting for a lock, I/O…), inside a transaction
    // waiting for the worker (node), or outside one.
    const states = new Map<string, number>();
    const vacuums = new Map<string, number>();
    let samples = 0;
    let done = false;
    void drained.then(() => (done = true));
    while (!done) {
      samples++;
      const rows = await watcher.$queryRaw<{ state: string | null; vacuuming: string | null }[]>`
        SELECT CASE WHEN backend_type = 'client backend' THEN CASE WHEN state = 'active' THEN 'query ' || coalesce(wait_event_type || ':' || wait_event, 'running') ELSE state END END AS state,
               CASE WHEN backend_type = 'autovacuum worker' THEN coalesce(datname, '?') END AS vacuuming
        FROM pg_stat_activity
        WHERE pid <> pg_backend_pid() AND ((datname = current_database() AND backend_type = 'client backend' AND application_name NOT LIKE 'raspa-wake-%') OR backend_type = 'autovacuum worker')`;
      for (const { state, vacuuming } of rows) {
        if (state !== null) states.set(state, (states.get(state) ?? 0) + 1);
        if (vacuuming !== null) vacuums.set(vacuuming, (vacuums.get(vacuuming) ?? 0) + 1);
      }
      await Promise.race([sleep(SAMPLE_MS), drained]);
    }
    const seconds = (performance.now() - began) / 1000;
    const benchUsed = process.cpuUsage(benchBefore);
    const watcherCpu = processCpuSeconds(backend!.pid) - watcherBefore;
    const postgresCpu = postgresCpuSeconds(postmaster) - cpuBefore - watcherCpu;
    const xactAfter = await xacts();
    for (const child of children) child.send('stop');
    // A worker saw nothing pending, and reports a batch holds stay pending until it commits.
    const left = await watcher.report.count({ where: { clusteringPending: true } });
    if (left > 0) console.warn(`${left} reports still pending when a worker found none (set aside after failing)`);
    return {
      seconds,
      postgresCpu,
      benchCpu: { node: (benchUsed.user + benchUsed.system) / 1e6, postgres: watcherCpu },
      commits: xactAfter.commits - xactBefore.commits,
      rollbacks: xactAfter.rollbacks - xactBefore.rollbacks,
      workers: await Promise.all(counters),
      connections: [...states].sort((a, b) => b[1] - a[1]).map(([state, n]) => ({ state, share: n / Math.max(1, samples) })),
      autovacuum: [...vacuums].sort((a, b) => b[1] - a[1]).map(([database, n]) => ({ database, share: n / Math.max(1, samples) })),
    };
  } finally {
    await watcher.$disconnect();
  }
}

/**
 * Brings every database of the cluster to the same quiet state before a drain: VACUUM (ANALYZE)
 * (the backlog just stored, or the last drain's 10,000 updated reports, would otherwise be
 * vacuumed and analysed by autovacuum during whichever drain its naptime fell in — using the CPU
 * that drain is timed on, with plans that change as statistics arrive) and a CHECKPOINT (no
 * checkpoint of the last run's writes during the next). Returns the seconds it took.
 */
async function settle(urls: string[]): Promise<number> {
  const began = performance.now();
  for (const url of urls) {
    const db = createPrismaClient(url, 1);
    try {
      await db.$executeRawUnsafe('VACUUM (ANALYZE)');
      if (url === urls.at(-1)) await db.$executeRawUnsafe('CHECKPOINT');
    } finally {
      await db.$disconnect();
    }
  }
  return (performance.now() - began) / 1000;
}

/** CPU seconds per 1,000 reports: the workers' node processes, PostgreSQL (without the bench's connection), both. */
function cpuPerThousand(run: DrainResult): { node: number; postgres: number; total: number } {
  const reports = run.workers.reduce((sum, w) => sum + w.reports, 0);
  const node = run.workers.reduce((sum, w) => sum + w.cpuMs / 1000, 0);
  const per = (x: number) => (1000 * x) / Math.max(1, reports);
  return { node: per(node), postgres: per(run.postgresCpu), total: per(node + run.postgresCpu) };
}

/** Where one run's time went, worker by worker. */
function describeDrain(name: string, run: DrainResult): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    `${name}: PostgreSQL used ${run.postgresCpu.toFixed(1)} CPU s (${((100 * run.postgresCpu) / run.seconds).toFixed(0)} % of a core); the workers' connections on average: ${run.connections.map((c) => `${c.state} ${c.share.toFixed(2)}`).join(', ')}; autovacuum at work meanwhile: ${run.autovacuum.length ? run.autovacuum.map((v) => `${v.database} ${v.share.toFixed(2)}`).join(', ') : 'never seen'}`,
    `  CPU per 1,000 reports: node ${cpuPerThousand(run).node.toFixed(2)} s + PostgreSQL ${cpuPerThousand(run).postgres.toFixed(2)} s = ${cpuPerThousand(run).total.toFixed(2)} s; transactions ${run.commits} committed, ${run.rollbacks} rolled back (the bench's samples included); the bench meanwhile: node ${run.benchCpu.node.toFixed(1)} s, its PostgreSQL connection ${run.benchCpu.postgres.toFixed(1)} s`,
    ...run.workers.map((w, i) =>
      [
        `  worker ${i + 1}: ${w.reports} reports in ${w.batches} batches; in transactions ${s(w.busyMs)} (finding+locking ${s(w.partitionMs)}, placing ${s(w.placeMs)}, recount+notify ${s(w.finishMs)}; their node CPU ${s(w.partitionCpuMs)} / ${s(w.placeCpuMs)} / ${s(w.finishCpuMs)}),`,
        `paused ${s(w.blockedMs)} waiting for the other worker (${w.wakes} times woken by its commit, ${w.wakesPassed} of the other's commits let pass, far from what it waited for) + ${s(w.idleMs)} idle + ${s(w.surgeMs)} surge; last report placed at ${s(w.lastPlacedMs)} of ${run.seconds.toFixed(1)} s; node CPU ${s(w.cpuMs)} (${((100 * w.cpuMs) / 1000 / run.seconds).toFixed(0)} % of a core);`,
        w.warm ? `node CPU per 1,000 reports: its first ${w.warm.reports} ${(w.warm.cpuMs / w.warm.reports).toFixed(2)} s, the rest ${((w.cpuMs - w.warm.cpuMs) / Math.max(1, w.reports - w.warm.reports)).toFixed(2)} s;` : '',
        `looks with nothing to take ${w.emptyLooks} (nothing pending at all ${w.drainedLooks}), partitions passed over: locked by the other ${w.lockRefusals}, not their turn ${w.notTheirTurn}, locked but cut ${w.lockedButCut}; rumours reconciled once drained ${w.reconciled} (${w.reconcileMerges} merged away)`,
      ].filter(Boolean).join(' '),
    ),
  ];
}

/** --queries: the workers' statements per 1,000 reports, 1 worker → 2 workers (both summed), largest difference first. */
function compareStatements(one: DrainResult, two: DrainResult): string[] {
  const perThousand = (run: DrainResult) => {
    const reports = run.workers.reduce((sum, w) => sum + w.reports, 0);
    const counts = new Map<string, number>();
    for (const w of run.workers) for (const [text, n] of Object.entries(w.queries)) counts.set(text, (counts.get(text) ?? 0) + (1000 * n) / Math.max(1, reports));
    return counts;
  };
  const [a, b] = [perThousand(one), perThousand(two)];
  const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  const rows = [...new Set([...a.keys(), ...b.keys()])].map((text) => ({ text, a: a.get(text) ?? 0, b: b.get(text) ?? 0 })).sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a) || y.b - x.b);
  return [
    `statements per 1,000 reports (round trips), 1 worker → 2 workers: ${sum(a).toFixed(0)} → ${sum(b).toFixed(0)}; by their first words, largest difference first:`,
    ...rows.filter((r) => r.a >= 1 || r.b >= 1).slice(0, 50).map((r) => `  ${r.a.toFixed(1).padStart(7)} → ${r.b.toFixed(1).padStart(7)}  ${r.text}`),
  ];
}

/** The rumour each report of the backlog ended in (by position in the backlog). */
async function rumourOfEach(url: string, ids: string[]): Promise<string[]> {
  const db = createPrismaClient(url, 2);
  try {
    const rows = await db.report.findMany({ where: { id: { in: ids } }, select: { id: true, rumorId: true } });
    const rumorOf = new Map(rows.map((r) => [r.id, r.rumorId ?? `unclustered:${r.id}`]));
    return ids.map((id) => rumorOf.get(id)!);
  } finally {
    await db.$disconnect();
  }
}

const pairs = (n: number) => (n * (n - 1)) / 2;
function countBy<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Pairwise precision/recall against the labels: of report pairs put together, how many share a label, and of pairs sharing a label, how many were put together. */
function pairwiseScore(rumourOf: string[]): { precision: number; recall: number; f1: number; rumours: number } {
  const together = [...countBy(rumourOf).values()].reduce((s, n) => s + pairs(n), 0);
  const labelled = [...countBy(rumourOf.map((_, i) => itemOf(i).label)).values()].reduce((s, n) => s + pairs(n), 0);
  const both = [...countBy(rumourOf.map((r, i) => `${r}\u0000${itemOf(i).label}`)).values()].reduce((s, n) => s + pairs(n), 0);
  const precision = together ? both / together : 1;
  const recall = labelled ? both / labelled : 1;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), rumours: new Set(rumourOf).size };
}

/** Each report's rumour as the set of backlog positions in it, so two runs' rumours compare whatever their ids. */
function membersKeys(rumourOf: string[]): string[] {
  const members = new Map<string, number[]>();
  rumourOf.forEach((r, i) => members.set(r, [...(members.get(r) ?? []), i]));
  const key = new Map([...members].map(([r, m]) => [r, m.join(',')]));
  return rumourOf.map((r) => key.get(r)!);
}

/** A rumour described by what it holds: its first report, size and labels. */
function describeRumour(members: string): string {
  const at = members.split(',').map(Number);
  const labels = [...countBy(at.map((i) => itemOf(i).label))].sort((a, b) => b[1] - a[1]);
  return `#${at[0]} (${at.length}: ${labels.map(([l, n]) => `${l}×${n}`).join(', ')})`;
}

interface RunDiff {
  differing: number;
  /** Per labelled claim and region: how many rumours its reports ended in with 1 and with 2 workers, and which reports moved. */
  claims: { label: string; region: string; reports: number; rumoursOne: number; rumoursTwo: number; moved: number; from: string[]; to: string[] }[];
}

/** Which reports were placed differently by the two runs, per labelled claim and region. */
function diffRuns(one: string[], two: string[]): RunDiff {
  const keysOne = membersKeys(one);
  const keysTwo = membersKeys(two);
  const byClaim = new Map<string, number[]>();
  keysOne.forEach((_, i) => {
    const key = `${itemOf(i).label}\u0000${regionOf(i) ?? '—'}`;
    byClaim.set(key, [...(byClaim.get(key) ?? []), i]);
  });
  const claims: RunDiff['claims'] = [];
  let differing = 0;
  for (const [key, at] of byClaim) {
    const [label, region] = key.split('\u0000') as [string, string];
    const moved = at.filter((i) => keysOne[i] !== keysTwo[i]);
    differing += moved.length;
    const rumoursOne = new Set(at.map((i) => one[i])).size;
    const rumoursTwo = new Set(at.map((i) => two[i])).size;
    if (moved.length === 0 && rumoursOne === rumoursTwo) continue;
    claims.push({
      label,
      region,
      reports: at.length,
      rumoursOne,
      rumoursTwo,
      moved: moved.length,
      from: [...new Set(moved.map((i) => keysOne[i]!))].map(describeRumour),
      to: [...new Set(moved.map((i) => keysTwo[i]!))].map(describeRumour),
    });
  }
  return { differing, claims: claims.sort((a, b) => b.moved - a.moved) };
}

async function main() {
  const postgres = await startThrowawayPostgres({ name: 'drain', port: PORT });
  try {
    const loadBefore = loadAverage();
    const urls = [await postgres.createDatabase('drain_one'), await postgres.createDatabase('drain_two')];
    const ids: string[][] = [];
    ids.push(
      ...(await Promise.all(
        urls.map(async (url) => {
          const db = createPrismaClient(url, STORING_LANES);
          try {
            return await storeBacklog(db);
          } finally {
            await db.$disconnect();
          }
        }),
      )),
    );
    const loadStored = loadAverage();
    const partitions = await (async () => {
      const db = createPrismaClient(urls[0]!, 1);
      try {
        const [row] = await db.$queryRaw<{ regional: number; beyond: number; routed: number; national: number }[]>`
          SELECT count(*) FILTER (WHERE "regionCode" IS NOT NULL)::int AS regional,
                 count(*) FILTER (WHERE "regionCode" IS NOT NULL AND cardinality(report_regions("regionCode", "routedRegionCodes")) > 1)::int AS beyond, count(*) FILTER (WHERE "regionCode" IS NULL AND cardinality("routedRegionCodes") > 0)::int AS routed,
                 count(*) FILTER (WHERE "regionCode" IS NULL AND cardinality("routedRegionCodes") = 0)::int AS national
          FROM "Report" WHERE "clusteringPending"`;
        return row!;
      } finally {
        await db.$disconnect();
      }
    })();
    const settledFirst = SETTLE ? await settle(urls) : null;
    const one = await drain(urls[0]!, 1);
    const loadBetween = loadAverage();
    const settledSecond = SETTLE ? await settle(urls) : null;
    const two = await drain(urls[1]!, 2);
    const rumourOfOne = await rumourOfEach(urls[0]!, ids[0]!);
    const rumourOfTwo = await rumourOfEach(urls[1]!, ids[1]!);
    const diff = diffRuns(rumourOfOne, rumourOfTwo);
    const same = diff.differing === 0;
    console.log(`backlog: ${REPORTS} reports (${items.length} labelled texts across their regions${ELSEWHERE > 0 ? `; copies ${ELSEWHERE}, ${2 * ELSEWHERE}, … of each sent from a far region` : ''}), PostgreSQL ${postgres.version}`);
    console.log(
      settledFirst === null
        ? 'databases not settled between runs (--no-settle): autovacuum and checkpoints fall in whichever drain they happen to'
        : `before each drain every database was VACUUM (ANALYZE)d and checkpointed: ${settledFirst.toFixed(1)} s before 1 worker, ${settledSecond!.toFixed(1)} s before 2 workers (not timed in either)`,
    );
    console.log(`partitions: ${partitions.regional} reports chose a region (${partitions.beyond} of them name a place in another region too: partitioned by both), ${partitions.routed} chose none and name a place (routed to its region), ${partitions.national} in the national queue`);
    console.log(`1 worker:  ${one.seconds.toFixed(1)} s (${(REPORTS / one.seconds).toFixed(0)} reports/s)`);
    console.log(`2 workers: ${two.seconds.toFixed(1)} s (${(REPORTS / two.seconds).toFixed(0)} reports/s), speed-up ${(one.seconds / two.seconds).toFixed(2)}×`);
    const [cpuOne, cpuTwo] = [cpuPerThousand(one), cpuPerThousand(two)];
    const excess = (a: number, b: number) => `${b >= a ? '+' : ''}${((100 * (b - a)) / a).toFixed(0)} %`;
    console.log(
      `CPU per 1,000 reports, 1 worker → 2 workers: node ${cpuOne.node.toFixed(2)} → ${cpuTwo.node.toFixed(2)} s (${excess(cpuOne.node, cpuTwo.node)}), PostgreSQL ${cpuOne.postgres.toFixed(2)} → ${cpuTwo.postgres.toFixed(2)} s (${excess(cpuOne.postgres, cpuTwo.postgres)}), together ${cpuOne.total.toFixed(2)} → ${cpuTwo.total.toFixed(2)} s (${excess(cpuOne.total, cpuTwo.total)}); 2 saturated cores allow 2 workers ${((2 * cpuOne.total) / cpuTwo.total).toFixed(2)}× a worker that keeps one core busy`,
    );
    for (const line of [...describeDrain('1 worker', one), ...describeDrain('2 workers', two)]) console.log(line);
    if (QUERIES) for (const line of compareStatements(one, two)) console.log(line);
    for (const [name, rumourOf] of [['1 worker', rumourOfOne], ['2 workers', rumourOfTwo]] as const) {
      const score = pairwiseScore(rumourOf);
      console.log(`${name.padEnd(9)}: ${score.rumours} rumours; pairwise against the labels P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}`);
    }
    console.log(`same rumours with 2 workers as with 1: ${same ? 'yes' : 'NO'} (${diff.differing} of ${REPORTS} reports placed differently)`);
    const splitOnlyWithTwo = diff.claims.filter((c) => c.rumoursTwo > c.rumoursOne);
    console.log(`labelled claims (within one region) in more rumours with 2 workers than with 1: ${splitOnlyWithTwo.length}${splitOnlyWithTwo.length ? ` — ${splitOnlyWithTwo.map((c) => `${c.label} in ${c.region}: ${c.rumoursOne} → ${c.rumoursTwo}`).join('; ')}` : ''}`);
    const fewer = diff.claims.filter((c) => c.rumoursTwo < c.rumoursOne);
    if (fewer.length) console.log(`… in fewer rumours with 2 workers: ${fewer.map((c) => `${c.label} in ${c.region}: ${c.rumoursOne} → ${c.rumoursTwo}`).join('; ')}`);
    for (const c of diff.claims.slice(0, SHOWN_DIFFERENCES)) {
      console.log(`  ${c.label} in ${c.region}: ${c.moved} of ${c.reports} reports placed differently (rumours ${c.rumoursOne} → ${c.rumoursTwo})`);
      console.log(`    with 1 worker in  ${c.from.slice(0, 4).join(' · ')}${c.from.length > 4 ? ` · … ${c.from.length - 4} more` : ''}`);
      console.log(`    with 2 workers in ${c.to.slice(0, 4).join(' · ')}${c.to.length > 4 ? ` · … ${c.to.length - 4} more` : ''}`);
    }
    if (diff.claims.length > SHOWN_DIFFERENCES) console.log(`  … ${diff.claims.length - SHOWN_DIFFERENCES} more claims differ${DIFF_FILE ? '' : ' (--diff=file.json writes them all)'}`);
    if (DIFF_FILE) fs.writeFileSync(DIFF_FILE, JSON.stringify({ one: pairwiseScore(rumourOfOne), two: pairwiseScore(rumourOfTwo), ...diff }, null, 2));
    console.log(`load average (1 / 5 / 15 min): before ${loadBefore}; after storing the backlogs ${loadStored}; after 1 worker ${loadBetween}; at the end ${loadAverage()}`);
    if (!same) process.exitCode = 1;
  } finally {
    await postgres.stop();
  }
}

if (WORKER_OF) void runWorker(WORKER_OF);
else void main();
