// Faults (issue 17): does Raspa keep its promises when a process is killed or PostgreSQL goes away?
// Loopback only, bounded, prints numbers. Its own embedded PostgreSQL (port --port, data under /tmp,
// deleted at the end) and the app exactly as `npm start` runs it (scripts/start.ts with DATABASE_URL:
// the production server and the worker, each under scripts/lib/supervisor.ts).
//
//   --part=intake    20 clients send reports (each with its own clientId, the idempotency key) and
//                    retry every failed or unanswered request with the SAME key until it is answered;
//                    the web server is killed (SIGKILL) after 10 s, the worker after 30 s. Checks:
//                    stored == acknowledged, 0 duplicated, every retry answered with its original
//                    tracking code (every key is sent once more at the end), time until the supervisor
//                    has the web server answering again and a new worker clustering again.
//   --part=outage    the same clients plus readers of a public page, and /api/health polled, while
//                    PostgreSQL is stopped for --outage=15 s: counts of 503 vs 500 (and anything else),
//                    whether each 503 carries Retry-After and the right body (JSON problem on the API, a
//                    page in the address's language on the site), what /api/health says, and the time
//                    from PostgreSQL accepting again to each kind of request succeeding by itself.
//   --part=delivery  --deliveries=20000 partner webhooks at a local receiver, one published notice,
//                    a supervised worker (scripts/worker.ts) killed (SIGKILL) once --kill-at=5000
//                    deliveries have arrived: lost and duplicated counts at the receiver, and how long
//                    the rest took.
//   --part=all       (default) the three in turn, each on a fresh database.
//
//   npx tsx bench/faults.ts [--part=all|intake|outage|delivery] [--clients=20] [--think=200]
//     [--outage=15] [--deliveries=20000] [--kill-at=5000] [--port=55620] [--web-port=3620] [--reuse-build]
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const num = (name: string, fallback: number) => Number(flag(name) ?? fallback);
const PART = flag('part') ?? 'all';
const CLIENTS = num('clients', 20);
const THINK_MS = num('think', 200);
const OUTAGE_S = num('outage', 15);
const DELIVERIES = num('deliveries', 20_000);
const KILL_AT = num('kill-at', 5_000);
const PG_PORT = num('port', 55620);
const WEB_PORT = num('web-port', 3620);
const root = path.resolve(import.meta.dirname, '..');
const BASE = `http://127.0.0.1:${WEB_PORT}`;

process.env.RASPA_ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64');
process.env.NEXTAUTH_URL = BASE;
process.env.LOG_LEVEL = 'warn';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const say = (m: string) => process.stderr.write(`  ${m}\n`);

// ---------------------------------------------------------------------------------------------
// PostgreSQL that this bench can stop and start again on the same data and port.

type Embedded = Awaited<ReturnType<typeof import('../server/db/embedded-postgres').startEmbeddedPostgres>>;

class BenchPostgres {
  private server: Embedded | undefined;
  readonly password = randomBytes(12).toString('hex');
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-bench-faults-'));
  version = '';

  async start(): Promise<void> {
    const { startEmbeddedPostgres } = await import('../server/db/embedded-postgres');
    fs.chmodSync(this.dir, 0o755);
    this.server = await startEmbeddedPostgres({ dataDir: path.join(this.dir, 'cluster'), port: PG_PORT, password: this.password, database: 'postgres', ephemeral: true });
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  async freshDatabase(name: string): Promise<string> {
    const { recreateDatabase } = await import('../server/db/embedded-postgres');
    const admin = this.server!.url;
    await recreateDatabase(admin, name);
    if (!this.version) {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      this.version = (await client.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v.split(',')[0]!;
      await client.end();
    }
    return this.server!.urlFor(name);
  }

  async remove(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The app as `npm start` runs it, and its children.

class App {
  readonly log: string[] = [];
  private launcher: ChildProcess | undefined;
  /** npm start's data folder (its local secrets), deleted on stop. */
  private readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-bench-faults-data-'));

  constructor(private readonly databaseUrl: string) {}

  async start(): Promise<void> {
    const dataDir = this.dataDir;
    this.launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(WEB_PORT),
        RASPA_LISTEN_HOST: '127.0.0.1',
        DATABASE_URL: this.databaseUrl,
        RASPA_DATA_DIR: dataDir,
        RASPA_DEMO: 'false',
        RATE_LIMIT_DISABLED: 'true',
        RASPA_WEBHOOK_ALLOW_PRIVATE: 'true',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) this.log.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    };
    this.launcher.stdout!.on('data', keep);
    this.launcher.stderr!.on('data', keep);
    const deadline = Date.now() + 15 * 60_000;
    while (!this.log.some((l) => l.includes('Raspa is running'))) {
      if (this.launcher.exitCode !== null) throw new Error(`npm start exited:\n${this.log.slice(-30).join('\n')}`);
      if (Date.now() > deadline) throw new Error('npm start did not come up within 15 minutes');
      await sleep(200);
    }
  }

  /** The web server's and the worker's process ids (children of the launcher). */
  children(): { web: number[]; worker: number[] } {
    const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(this.launcher!.pid)]).toString();
    const rows = out.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => ({ pid: Number(l.split(/\s+/)[0]), args: l }));
    return { web: rows.filter((r) => r.args.includes('next')).map((r) => r.pid), worker: rows.filter((r) => r.args.includes('scripts/worker.ts')).map((r) => r.pid) };
  }

  supervisorLines(): string[] {
    return this.log.filter((l) => /exited|running again|could not start/.test(l));
  }

  async stop(): Promise<void> {
    if (this.launcher && this.launcher.exitCode === null) {
      const exited = new Promise((r) => this.launcher!.once('exit', r));
      this.launcher.kill('SIGINT');
      await Promise.race([exited, sleep(30_000)]);
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Every process below `pid` (the web server may have children of its own). */
function descendants(pid: number): number[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=']).toString();
  const rows = out.split('\n').map((l) => l.trim().split(/\s+/).map(Number)).filter((r) => r.length === 2);
  const found: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of rows) {
      if (parent !== p) continue;
      found.push(child!);
      walk(child!);
    }
  };
  walk(pid);
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Clients

interface Ack {
  clientId: string;
  code: string;
  /** How many requests it took (1 = answered first time). */
  attempts: number;
}

interface Answer {
  at: number;
  kind: 'report' | 'page' | 'health';
  status: number; // 0 = no answer (connection refused/reset, timeout)
  retryAfter: string | null;
  bodyOk: boolean;
  note: string;
}

async function makeBodies(count: number): Promise<{ clientId: string; body: string }[]> {
  const { LANGUAGE_MIX, makeClaim, reportText } = await import('./lib/rumour-text');
  const { pick, seededRandom } = await import('./lib/stats');
  const r = seededRandom(17);
  return Array.from({ length: count }, () => {
    const { claim, place } = makeClaim(r);
    const clientId = randomUUID();
    return { clientId, body: JSON.stringify({ clientId, text: reportText(claim, pick(LANGUAGE_MIX, r), r).text, regionCode: place.region }) };
  });
}

async function postReport(body: string): Promise<{ status: number; json: Record<string, unknown> | null; retryAfter: string | null; type: string }> {
  try {
    const response = await fetch(`${BASE}/api/v1/reports?lang=ru`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(15_000) });
    const text = await response.text();
    let json: Record<string, unknown> | null = null;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // not JSON: counted as a wrong body
    }
    return { status: response.status, json, retryAfter: response.headers.get('retry-after'), type: response.headers.get('content-type') ?? '' };
  } catch (error) {
    return { status: 0, json: null, retryAfter: null, type: String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name) };
  }
}

/**
 * One citizen's phone: sends a report, and while it has no answer retries with the same clientId
 * (after 300 ms, as an offline outbox would) until it is answered 200/201. Stops starting new
 * reports when `until()` says so; a report already started is retried to the end (at most 3 min).
 */
async function reportingClient(bodies: { clientId: string; body: string }[], acks: Ack[], answers: Answer[], until: () => boolean, mismatches: string[]) {
  while (!until()) {
    const next = bodies.pop();
    if (!next) return;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const r = await postReport(next.body);
      const problem = r.json && typeof r.json.error === 'string';
      answers.push({ at: Date.now(), kind: 'report', status: r.status, retryAfter: r.retryAfter, bodyOk: r.status === 503 ? r.type.includes('json') && r.json?.error === 'unavailable' : r.status < 300 || !!problem, note: r.status === 0 ? r.type : String(r.json?.error ?? '') });
      if (r.status === 200 || r.status === 201) {
        const code = String(r.json?.trackingCode);
        acks.push({ clientId: next.clientId, code, attempts: attempt });
        // Every tenth answered report is sent again at once: the same key must give the same code.
        if (acks.length % 10 === 0) {
          let again = await postReport(next.body);
          for (let n = 0; (again.status === 0 || again.status === 503) && n < 600; n++) again = await sleep(300).then(() => postReport(next.body));
          if (again.status !== 200 || String(again.json?.trackingCode) !== code) mismatches.push(`${next.clientId}: ${again.status} ${String(again.json?.trackingCode)} ≠ ${code}`);
        }
        break;
      }
      if (r.status !== 0 && r.status !== 502 && r.status !== 503 && r.status !== 500) {
        mismatches.push(`${next.clientId}: refused ${r.status} ${JSON.stringify(r.json)}`);
        break;
      }
      if (Date.now() - started > 180_000) {
        mismatches.push(`${next.clientId}: never answered in 3 min`);
        break;
      }
      await sleep(300);
    }
    await sleep(THINK_MS);
  }
}

async function readingClient(paths: string[], answers: Answer[], until: () => boolean) {
  for (let i = 0; !until(); i++) {
    const p = paths[i % paths.length]!;
    const lang = p.split('/')[1]!;
    try {
      const response = await fetch(`${BASE}${p}`, { signal: AbortSignal.timeout(15_000) });
      const text = await response.text();
      const bodyOk = response.status === 503 ? (response.headers.get('content-type') ?? '').includes('text/html') && text.includes(`<html lang="${lang}"`) : true;
      answers.push({ at: Date.now(), kind: 'page', status: response.status, retryAfter: response.headers.get('retry-after'), bodyOk, note: p });
    } catch (error) {
      answers.push({ at: Date.now(), kind: 'page', status: 0, retryAfter: null, bodyOk: false, note: String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name) });
    }
    await sleep(THINK_MS);
  }
}

async function healthPoller(answers: Answer[], until: () => boolean) {
  while (!until()) {
    try {
      const response = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(5_000) });
      const body = (await response.json().catch(() => null)) as { db?: string } | null;
      answers.push({ at: Date.now(), kind: 'health', status: response.status, retryAfter: response.headers.get('retry-after'), bodyOk: !!body?.db, note: `db ${body?.db ?? '?'}` });
    } catch (error) {
      answers.push({ at: Date.now(), kind: 'health', status: 0, retryAfter: null, bodyOk: false, note: String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name) });
    }
    await sleep(250);
  }
}

function statusCounts(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.status === 0 ? `no answer (${a.note})` : String(a.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort().map(([k, n]) => `${k}: ${n}`).join(', ');
}

/** What the database holds for the given keys: rows, duplicated keys and the codes. */
async function storedReports(url: string, clientIds: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query<{ clientId: string; trackingCode: string }>(`SELECT "clientId"::text AS "clientId", "trackingCode" FROM "Report" WHERE "clientId" = ANY($1::uuid[])`, [clientIds])).rows;
    const pending = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Report" WHERE "clusteringPending"`)).rows[0]!.n);
    const byKey = new Map<string, string[]>();
    for (const row of rows) byKey.set(row.clientId, [...(byKey.get(row.clientId) ?? []), row.trackingCode]);
    return { rows: rows.length, byKey, pending };
  } finally {
    await client.end();
  }
}

async function untilTrue(what: string, probe: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (!(await probe())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
  return Date.now() - start;
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Part 1: intake through kill -9 of the web server and of the worker.

async function intakePart(postgres: BenchPostgres): Promise<string[]> {
  const { loadAverage } = await import('./lib/stats');
  const url = await postgres.freshDatabase('faults_intake');
  const app = new App(url);
  await app.start();
  try {
    const load = loadAverage();
    const bodies = await makeBodies(50_000);
    const acks: Ack[] = [];
    const answers: Answer[] = [];
    const mismatches: string[] = [];
    const t0 = Date.now();
    const RUN_MS = 45_000;
    const clients = Array.from({ length: CLIENTS }, () => reportingClient(bodies, acks, answers, () => Date.now() - t0 > RUN_MS, mismatches));

    // The web server, 10 s in.
    await sleep(10_000);
    const before = app.children();
    const web = before.web[0]!;
    const webTree = [web, ...descendants(web)];
    say(`kill -9 the web server (pid ${web}${webTree.length > 1 ? `, with its children ${webTree.slice(1).join(' ')}` : ''}) after ${acks.length} reports`);
    const webKilledAt = Date.now();
    process.kill(web, 'SIGKILL');
    await sleep(200);
    const orphans = webTree.slice(1).filter(alive);
    const webDownMs = await untilTrue('the web server to answer again', healthy, 120_000);
    const webBack = app.children().web[0];
    say(`web server answering again after ${seconds(webDownMs)} (pid ${webBack})${orphans.length ? `; its children left running: ${orphans.join(' ')}` : ''}`);

    // The worker, 30 s in.
    await sleep(Math.max(0, t0 + 30_000 - Date.now()));
    const worker = app.children().worker[0]!;
    say(`kill -9 the worker (pid ${worker}) after ${acks.length} reports`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const clustered = async () => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Report" WHERE NOT "clusteringPending"`)).rows[0]!.n);
    process.kill(worker, 'SIGKILL');
    const workerKilledAt = Date.now();
    const newWorkerMs = await untilTrue('a new worker process', () => app.children().worker.some((p) => p !== worker), 120_000);
    const clusteredAtRestart = await clustered();
    const clusteringAgainMs = await untilTrue('the new worker to cluster a report', async () => (await clustered()) > clusteredAtRestart, 180_000).then((ms) => ms + newWorkerMs);
    say(`new worker after ${seconds(newWorkerMs)}, clustering again after ${seconds(clusteringAgainMs)}`);

    await Promise.all(clients);
    const runEnd = Date.now();
    // Every acknowledged key once more: the original tracking code, no new row.
    let sameCode = 0;
    const differentCode: string[] = [];
    const queue = [...acks];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let ack = queue.pop(); ack; ack = queue.pop()) {
          const body = JSON.stringify({ clientId: ack.clientId, text: 'bench: resent with the same key (the text is ignored)' });
          const r = await postReport(body);
          if (r.status === 200 && r.json?.trackingCode === ack.code) sameCode++;
          else differentCode.push(`${r.status} ${String(r.json?.trackingCode)} ≠ ${ack.code}`);
        }
      }),
    );
    const stored = await storedReports(url, acks.map((a) => a.clientId));
    const duplicated = [...stored.byKey.values()].filter((codes) => codes.length > 1).length;
    const codeMatches = acks.filter((a) => stored.byKey.get(a.clientId)?.[0] === a.code).length;
    // Clustering of everything stored, bounded.
    const drainStart = Date.now();
    while ((await storedReports(url, [])).pending > 0 && Date.now() - drainStart < 180_000) await sleep(1_000);
    const pendingAfter = (await storedReports(url, [])).pending;
    await client.end();

    const retried = acks.filter((a) => a.attempts > 1);
    return [
      `### Intake through kill -9 of the web server and the worker`,
      '',
      `\`npx tsx bench/faults.ts --part=intake --clients=${CLIENTS} --think=${THINK_MS}\` — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load before ${load}, after ${loadAverage()}`,
      '',
      '| measure | value |',
      '|---|---|',
      `| clients / run | ${CLIENTS} retrying with the same clientId until answered / ${seconds(runEnd - t0)} (web server killed at ${seconds(webKilledAt - t0)}, worker at ${seconds(workerKilledAt - t0)}) |`,
      `| answers to report posts | ${statusCounts(answers)} |`,
      `| **acknowledged / stored** | **${acks.length} / ${stored.rows}** |`,
      `| **keys stored twice** | **${duplicated}** |`,
      `| reports answered only after retrying (through a kill) | ${retried.length} (max ${Math.max(0, ...retried.map((a) => a.attempts))} attempts) |`,
      `| stored tracking code = the one acknowledged | ${codeMatches} of ${acks.length} |`,
      `| **every key sent again at the end: original code** | **${sameCode} of ${acks.length}**${differentCode.length ? ` (${differentCode.slice(0, 3).join('; ')})` : ''} |`,
      `| immediate re-sends (every 10th) with a different answer; unexpected refusals | ${mismatches.length}${mismatches.length ? ` (${mismatches.slice(0, 3).join('; ')})` : ''} |`,
      `| **web server killed → answering again** (supervisor restart + Next start) | **${seconds(webDownMs)}**${orphans.length ? ` — its children survived the kill: ${orphans.length}` : ''} |`,
      `| **worker killed → new worker process / clustering again** | **${seconds(newWorkerMs)} / ${seconds(clusteringAgainMs)}** |`,
      `| reports not clustered 3 min after the run | ${pendingAfter} |`,
      `| supervisor log | ${app.supervisorLines().map((l) => l.replace(/^\S+ \[raspa\] /, '')).join(' · ')} |`,
    ];
  } finally {
    await app.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Part 2: PostgreSQL stopped for 15 s under load.

async function outagePart(postgres: BenchPostgres): Promise<string[]> {
  const { loadAverage } = await import('./lib/stats');
  const { createPrismaClient } = await import('../server/db/client');
  const { createPublishedNotice } = await import('../server/testing/fixtures');
  const url = await postgres.freshDatabase('faults_outage');
  const app = new App(url);
  await app.start();
  try {
    const db = createPrismaClient(url, 1);
    await createPublishedNotice(db, { slug: 'aktau-water-faults', verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Ақтауда су өшіріледі', ru: 'В Актау отключат воду', en: 'Water cut in Aktau' } });
    await db.$disconnect();
    const load = loadAverage();
    const bodies = await makeBodies(50_000);
    const acks: Ack[] = [];
    const answers: Answer[] = [];
    const mismatches: string[] = [];
    let stopClients = false;
    const until = () => stopClients;
    const pages = ['/ru/notices', '/kk/notices/aktau-water-faults', '/en', '/ru/report', '/kk/track/ABC-1234'];
    const running = [
      ...Array.from({ length: Math.ceil(CLIENTS / 2) }, () => reportingClient(bodies, acks, answers, until, mismatches)),
      ...Array.from({ length: Math.floor(CLIENTS / 2) }, () => readingClient(pages, answers, until)),
      healthPoller(answers, until),
    ];
    await sleep(10_000);
    say(`stopping PostgreSQL for ${OUTAGE_S} s`);
    const stoppedAt = Date.now();
    await postgres.stop();
    const stopTook = Date.now() - stoppedAt;
    await sleep(Math.max(0, OUTAGE_S * 1000 - stopTook));
    const restartAt = Date.now();
    await postgres.start();
    const backAt = Date.now();
    say(`PostgreSQL accepting again (start took ${seconds(backAt - restartAt)})`);
    await sleep(30_000);
    stopClients = true;
    await Promise.all(running);

    const during = answers.filter((a) => a.at >= stoppedAt && a.at < backAt);
    const after = (kind: Answer['kind']) => answers.filter((a) => a.kind === kind && a.at >= backAt);
    const firstOk = (kind: Answer['kind']) => {
      const list = after(kind);
      // Resumed = the first answer after which this kind never fails again (a 404 for an unknown
      // tracking code is an answer; no answer or a 5xx is a failure).
      let last = -1;
      list.forEach((a, i) => {
        if (a.status === 0 || a.status >= 500) last = i;
      });
      const ok = list[last + 1];
      return ok ? seconds(ok.at - backAt) : 'never';
    };
    const kinds: Answer['kind'][] = ['report', 'page', 'health'];
    const all500 = answers.filter((a) => a.status >= 500 && a.status !== 503);
    const unavailable = answers.filter((a) => a.status === 503);
    const healthDuring = during.filter((a) => a.kind === 'health');
    const stored = await storedReports(url, acks.map((a) => a.clientId));
    const duplicated = [...stored.byKey.values()].filter((codes) => codes.length > 1).length;
    const byKind = (kind: Answer['kind'], list: Answer[]) => statusCounts(list.filter((a) => a.kind === kind)) || '–';
    // Pages whose 500 became the outage page, and when (the log line's time and path).
    const replaced = app.log
      .filter((l) => l.includes('failed mid-render while the database is unreachable'))
      .map((l) => ({ at: Date.parse(`${new Date(stoppedAt).toISOString().slice(0, 10)}T${l.slice(0, 12)}Z`), path: /"path":"([^"]*)"/.exec(l)?.[1] ?? '?' }));
    // What the server said about any 500, for whoever chases it.
    if (all500.length) say(`server log around the 500s:\n${app.log.filter((l) => /error|Error|500/.test(l)).slice(0, 40).join('\n')}`);
    return [
      `### PostgreSQL stopped for ${OUTAGE_S} s under load`,
      '',
      `\`npx tsx bench/faults.ts --part=outage --clients=${CLIENTS} --think=${THINK_MS} --outage=${OUTAGE_S}\` — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load before ${load}, after ${loadAverage()}`,
      '',
      '| measure | value |',
      '|---|---|',
      `| load | ${Math.ceil(CLIENTS / 2)} report clients (retrying with the same key), ${Math.floor(CLIENTS / 2)} page readers (${pages.join(', ')}), /api/health every 250 ms |`,
      `| PostgreSQL | stopped (fast shutdown, took ${seconds(stopTook)}) for ${seconds(restartAt - stoppedAt)}, accepting again ${seconds(backAt - restartAt)} after its start |`,
      `| report posts while it was down | ${byKind('report', during)} |`,
      `| page reads while it was down | ${byKind('page', during)} |`,
      `| /api/health while it was down | ${byKind('health', during)}; says ${[...new Set(healthDuring.map((a) => a.note))].join(', ')} |`,
      `| **500 (or any 5xx but 503) in the whole run** | **${all500.length}**${all500.length ? ` (${statusCounts(all500)}: ${[...new Set(all500.map((a) => `${a.kind} ${a.note} at ${seconds(a.at - stoppedAt)} after the stop`))].slice(0, 12).join(', ')})` : ''} |`,
      `| answers other than 503 while it was down | ${during.filter((a) => a.status !== 503).map((a) => `${a.kind} ${a.note} ${a.status} at ${seconds(a.at - stoppedAt)}`).slice(0, 20).join(', ') || 'none'} |`,
      `| 503 answers / with Retry-After / with the right body (JSON problem; page in the address's language) | ${unavailable.length} / ${unavailable.filter((a) => a.retryAfter).length} / ${unavailable.filter((a) => a.bodyOk).length} |`,
      `| 503 answers without the right body | ${statusCounts(unavailable.filter((a) => !a.bodyOk).map((a) => ({ ...a, status: 0, note: `${a.kind} ${a.note}` }))) || 'none'} |`,
      `| **resumed by itself after PostgreSQL was back** (reports / pages / health) | **${kinds.map(firstOk).join(' / ')}** |`,
      `| report posts in the whole run | ${byKind('report', answers)} |`,
      `| acknowledged / stored / keys stored twice | ${acks.length} / ${stored.rows} / ${duplicated} |`,
      `| pages that failed mid-render and were answered 503 instead of 500 (server/api/outage-page.ts) | ${replaced.length}${replaced.length ? ` (${replaced.map((l) => `${l.path} at ${seconds(l.at - stoppedAt)}`).join(', ')} after the stop)` : ''} |`,
      `| refusals other than 503 or retries that never got an answer | ${mismatches.length}${mismatches.length ? ` (${mismatches.slice(0, 3).join('; ')})` : ''} |`,
      `| supervisor log | ${app.supervisorLines().map((l) => l.replace(/^\S+ \[raspa\] /, '')).join(' · ') || 'nothing restarted'} |`,
    ];
  } finally {
    await app.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Part 3: the worker killed in the middle of 20,000 deliveries.

async function deliveryPart(postgres: BenchPostgres): Promise<string[]> {
  const { loadAverage } = await import('./lib/stats');
  const { insertBatches } = await import('./lib/bulk-load');
  const { createPrismaClient } = await import('../server/db/client');
  const { createPublishedNotice } = await import('../server/testing/fixtures');
  const { encryptText, keyedHash } = await import('../server/crypto/secret-box');
  const { enqueueJob, JOB_QUEUES } = await import('../server/jobs/queue');
  const { applyMigrations } = await import('../server/db/migrate');
  const { seedDatabase } = await import('../prisma/seed');
  const { supervise, supervisedChild } = await import('../scripts/lib/supervisor');
  const key = process.env.RASPA_ENCRYPTION_KEY!;
  const url = await postgres.freshDatabase('faults_delivery');
  await applyMigrations(url, { log: () => {} });
  const db = createPrismaClient(url, 2);
  await seedDatabase(db, { demo: false });

  // The partners' webhook endpoint: /hook/<n>, counting calls per partner and per delivery id.
  const perPartner = new Map<number, number>();
  const deliveryIds = new Set<string>();
  let calls = 0;
  const secondCalls: number[] = [];
  let firstAt = 0;
  let lastAt = 0;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const n = Number(req.url!.split('/').pop());
      perPartner.set(n, (perPartner.get(n) ?? 0) + 1);
      if (perPartner.get(n)! > 1) secondCalls.push(Date.now());
      deliveryIds.add(String(req.headers['x-raspa-delivery']));
      calls++;
      lastAt = Date.now();
      firstAt ||= lastAt;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const receiverPort = (receiver.address() as AddressInfo).port;
  const log: string[] = [];
  let workers: Awaited<ReturnType<typeof supervise<ReturnType<typeof supervisedChild> & { pid: number }>>> | undefined;
  try {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const urls = Array.from({ length: DELIVERIES }, (_, i) => `http://127.0.0.1:${receiverPort}/hook/${i}`);
    await insertBatches(
      client,
      `INSERT INTO "Subscription" (id, channel, "regionCodes", language, confirmed, "confirmedAt", active, "addressCipher", "addressHash", "webhookSecret", "unsubscribeToken", label, "updatedAt")
       SELECT id, 'WEBHOOK', '{KZ-47}', 'ru', true, now(), true, c, h, s, t, l, now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(id, c, h, s, t, l)`,
      [urls.map(() => randomUUID()), urls.map((u) => encryptText(u, key)), urls.map((u) => keyedHash(u, key)), urls.map(() => randomBytes(24).toString('base64url')), urls.map(() => randomBytes(18).toString('base64url')), urls.map((_, i) => `partner ${i}`)],
      'webhooks',
    );
    await client.query('VACUUM ANALYZE "Subscription"');
    await client.end();
    const { notice } = await createPublishedNotice(db, { slug: 'aktau-port-faults', verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Ақтау порты жабылады', ru: 'Порт Актау закроют', en: 'Aktau port to close' } });
    const version = await db.noticeVersion.findFirstOrThrow({ where: { noticeId: notice.id } });

    const env = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', RASPA_WEBHOOK_ALLOW_PRIVATE: 'true' };
    workers = await supervise({
      name: 'the background worker',
      log: (m) => log.push(m),
      start: async () => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
        return Object.assign(supervisedChild(child), { pid: child.pid! });
      },
    });
    await sleep(8_000); // the worker's start-up (pg-boss, loops) before the clock starts
    const load = loadAverage();
    const published = Date.now();
    await db.noticeVersion.update({ where: { id: version.id }, data: { publishedAt: new Date(published), fanoutRequestedAt: new Date(published) } });
    await enqueueJob(url, JOB_QUEUES.noticeFanout, { noticeVersionId: version.id });

    await untilTrue(`${KILL_AT} deliveries`, () => calls >= KILL_AT, 600_000);
    const killedPid = workers.current().pid;
    process.kill(killedPid, 'SIGKILL');
    const killedAt = Date.now();
    const callsAtKill = calls;
    say(`kill -9 the worker (pid ${killedPid}) after ${callsAtKill} deliveries`);
    const inFlightNow = await db.delivery.count({ where: { status: 'QUEUED', lockedUntil: { gt: new Date() } } });
    let resumedMs = 0;
    const deadline = Date.now() + 10 * 60_000;
    let lastReport = 0;
    while (perPartner.size < DELIVERIES && Date.now() < deadline) {
      if (!resumedMs && calls > callsAtKill) resumedMs = Date.now() - killedAt;
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        say(`${seconds(Date.now() - published)}: ${perPartner.size} partners reached, ${calls} calls`);
      }
      await sleep(100);
    }
    const allAt = Date.now();
    // Deliveries the killed worker had claimed stay leased until the lease ends; only when every row
    // is settled is the count of duplicates final (a claimed row sent before the kill is sent again).
    const settledMs = await untilTrue('every delivery settled', async () => (await db.delivery.count({ where: { status: 'QUEUED' } })) === 0, 5 * 60_000)
      .then((ms) => ms + allAt - killedAt)
      .catch(() => 0);
    await sleep(1_000);
    const statuses = await db.delivery.groupBy({ by: ['status'], _count: true });
    const duplicated = [...perPartner.values()].filter((n) => n > 1).length;
    return [
      `### Worker killed in the middle of ${DELIVERIES} webhook deliveries`,
      '',
      `\`npx tsx bench/faults.ts --part=delivery --deliveries=${DELIVERIES} --kill-at=${KILL_AT}\` — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load before ${load}, after ${loadAverage()}`,
      '',
      '| measure | value |',
      '|---|---|',
      `| partners (webhooks at a local receiver) | ${DELIVERIES} |`,
      `| worker killed (SIGKILL) after | ${callsAtKill} deliveries received, ${seconds(killedAt - published)} after publishing; ${inFlightNow} deliveries then claimed and unsettled |`,
      `| **lost** (partners never reached) | **${DELIVERIES - perPartner.size}** |`,
      `| **duplicated** (partners reached twice; the same X-Raspa-Delivery id both times) | **${duplicated}** (${calls} calls, ${deliveryIds.size} distinct delivery ids) |`,
      `| worker killed → deliveries arriving again | ${resumedMs ? seconds(resumedMs) : 'never'} |`,
      `| worker killed → the dead worker's unsettled deliveries sent again (first / last duplicate) | ${secondCalls.length ? `${seconds(secondCalls[0]! - killedAt)} / ${seconds(secondCalls.at(-1)! - killedAt)}` : '–'} |`,
      `| publish → first / last partner reached | ${seconds(firstAt - published)} / ${seconds(allAt - published)} |`,
      `| worker killed → every Delivery row settled | ${settledMs ? seconds(settledMs) : 'not within 5 min'} |`,
      `| Delivery rows by status | ${statuses.map((s) => `${s.status} ${s._count}`).join(', ')} |`,
      `| supervisor log | ${log.join(' · ')} |`,
    ];
  } finally {
    await workers?.stop();
    await db.$disconnect();
    await new Promise((r) => receiver.close(r));
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { ensureProductionBuild } = await import('../scripts/lib/next-build');
  if (PART !== 'delivery' && !argv.includes('--reuse-build')) await ensureProductionBuild(root, say);
  const postgres = new BenchPostgres();
  const onSignal = () => void postgres.remove().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await postgres.start();
    const sections: string[][] = [];
    if (PART === 'all' || PART === 'intake') sections.push(await intakePart(postgres));
    if (PART === 'all' || PART === 'outage') sections.push(await outagePart(postgres));
    if (PART === 'all' || PART === 'delivery') sections.push(await deliveryPart(postgres));
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${postgres.version}\n`);
    console.log(sections.map((s) => s.join('\n')).join('\n\n'));
  } finally {
    await postgres.remove();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
