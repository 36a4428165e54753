// Report intake under load: autocannon POSTs realistic reports to /api/v1/reports of a running
// production server (loopback only), each with its own clientId, then counts the rows the run
// created in "Report" and compares them with the 201 answers: every 201 must be exactly one row.
// Requests still in flight when the run stops get no answer but may still be stored, so up to
// (sent − answered) extra rows are expected; more rows than that, or fewer than the 201s, is a bug.
// Also prints how many answers carried an "already checked?" search (intake skips it while the
// process is busy searching: matchesChecked false) and then waits for the worker to cluster every
// stored report, printing how long that took.
//
//   DATABASE_URL=postgresql://… npx tsx bench/intake.ts [http://127.0.0.1:3000] [--duration=20] [--connections=50] [--seed=7]
//
// The server must run with RATE_LIMIT_DISABLED=true, or most answers are 429. DATABASE_URL is the
// database that server writes to (without it the row check is skipped).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { LANGUAGE_MIX, makeClaim, reportText } from './lib/rumour-text';
import { loadAverage, pick, seededRandom } from './lib/stats';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const HEARD_VIA = ['WHATSAPP', 'TELEGRAM', 'WORD_OF_MOUTH', 'PHONE_CALL', 'INSTAGRAM', 'TIKTOK'] as const;

function parseArgs(argv: string[]) {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const url = new URL(argv.find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:3000');
  if (!LOOPBACK.has(url.hostname)) throw new Error(`Refusing to load ${url.host}: this benchmark runs against loopback only.`);
  return {
    url,
    duration: Number(get('duration') ?? 20),
    connections: Number(get('connections') ?? 50),
    seed: Number(get('seed') ?? 7),
  };
}

async function countCreated(databaseUrl: string, clientIds: string[], since: Date) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [ours] = (
      await client.query<{ rows: string; rumours: string; duplicates: string; searched: string; pending: string }>(
        `SELECT count(*) AS rows, count(DISTINCT "rumorId") AS rumours, count(*) - count(DISTINCT "clientId") AS duplicates,
                count("intakeMatches") AS searched, count(*) FILTER (WHERE "clusteringPending") AS pending
         FROM "Report" WHERE "clientId" = ANY($1::uuid[])`,
        [clientIds],
      )
    ).rows;
    const [all] = (await client.query<{ rows: string }>(`SELECT count(*) AS rows FROM "Report" WHERE "receivedAt" >= $1`, [since.toISOString().replace('Z', '')])).rows;
    return {
      rows: Number(ours?.rows),
      rumours: Number(ours?.rumours),
      duplicates: Number(ours?.duplicates),
      searched: Number(ours?.searched),
      pending: Number(ours?.pending),
      allSince: Number(all?.rows),
    };
  } finally {
    await client.end();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const r = seededRandom(args.seed);
  // Bodies are generated before the run: on 2 cores, generating text per request would take CPU
  // from the server under test. More than the run can send; each is sent at most once.
  const bodies = Array.from({ length: Math.max(20_000, args.duration * 1_500) }, () => {
    const { claim, place } = makeClaim(r);
    const language = pick(LANGUAGE_MIX, r);
    const clientId = randomUUID();
    return {
      clientId,
      body: JSON.stringify({
        clientId,
        text: reportText(claim, language, r).text,
        regionCode: r() < 0.85 ? place.region : undefined,
        heardVia: r() < 0.6 ? pick(HEARD_VIA, r) : undefined,
      }),
    };
  });
  const sent: string[] = [];
  const body = () => {
    const next = bodies[sent.length];
    if (!next) throw new Error('bench/intake: out of pre-generated bodies; raise their number');
    sent.push(next.clientId);
    return next.body;
  };

  const startedAt = new Date(Date.now() - 1000);
  console.log(`POST ${new URL('/api/v1/reports', args.url).href} for ${args.duration} s with ${args.connections} connections (load average before: ${loadAverage()})`);
  const result = await autocannon({
    url: args.url.origin,
    connections: args.connections,
    duration: args.duration,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/reports',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        // Called for every request: a fresh clientId and text each time.
        setupRequest: (request) => ({ ...request, body: body() }),
      },
    ],
  });

  const unanswered = result.requests.sent - result.requests.total;
  const status = (code: number) => result.statusCodeStats?.[String(code) as keyof typeof result.statusCodeStats]?.count ?? 0;
  const created = status(201);
  console.log(`\nrequests answered: ${result.requests.total} in ${result.duration} s (${unanswered} sent but unanswered when the run stopped), ${result.requests.average.toFixed(1)} req/s on average (max ${result.requests.max})`);
  console.log(`latency ms: p50 ${result.latency.p50}, p97.5 ${result.latency.p97_5}, p99 ${result.latency.p99}, max ${result.latency.max}`);
  console.log(`status codes: ${Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => `${code}: ${s.count}`).join(', ') || 'none'}`);
  console.log(`non-2xx: ${result.non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`);
  console.log(`load average after: ${loadAverage()}`);

  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log('\nDATABASE_URL not set: rows created were not counted.');
    return;
  }
  // Let the server finish what was in flight: count until the number stops changing.
  let counted = await countCreated(databaseUrl, sent, startedAt);
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const again = await countCreated(databaseUrl, sent, startedAt);
    if (again.rows === counted.rows) break;
    counted = again;
  }
  console.log(`\nReport rows with this run's clientIds: ${counted.rows} (in ${counted.rumours} rumours; duplicate clientIds: ${counted.duplicates}); 201 answers: ${created}; unanswered: ${unanswered}`);
  const extra = counted.rows - created;
  console.log(
    extra === 0
      ? 'OK: one row per 201.'
      : extra > 0 && extra <= unanswered
        ? `OK: one row per 201, plus ${extra} from requests still in flight when the run stopped.`
        : `MISMATCH: ${extra} rows more than 201 answers (at most ${unanswered} expected from unanswered requests).`,
  );
  console.log(`All Report rows received since the run started (any source): ${counted.allSince}`);
  console.log(`Answered with an "already checked?" search: ${counted.searched} of ${counted.rows} (the rest: matchesChecked false, the server was busy searching)`);
  // The worker clusters what intake stored; time how long it takes to catch up.
  const drainStart = Date.now();
  let pending = counted.pending;
  console.log(`Waiting for the worker to cluster them: ${pending} still pending when the count settled…`);
  while (pending > 0 && Date.now() - drainStart < 15 * 60_000) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    pending = (await countCreated(databaseUrl, sent, startedAt)).pending;
  }
  const drained = (Date.now() - drainStart) / 1000;
  const final = await countCreated(databaseUrl, sent, startedAt);
  console.log(
    pending === 0
      ? `All clustered ${drained.toFixed(0)} s after the count settled (${(counted.pending / Math.max(drained, 1)).toFixed(0)} reports/s), into ${final.rumours} rumours.`
      : `Still ${pending} pending after ${drained.toFixed(0)} s; stopped waiting.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
