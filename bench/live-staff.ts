// The staff live channel under a team's load: C raw SSE clients signed in as staff (moderators of
// four regions and admins) on GET /api/admin/events — the real handler (handleStaffEvents), the
// real LISTEN hub and the real AuditEvent trigger — while A colleagues change rumours through the
// real use cases (comments and evidence, each in its own transaction). For every event: the time
// from the actor calling the use case to each client that may see it receiving the frame, and how
// many database queries the stream side made per event (sessions are read when a connection opens;
// per event it must not depend on how many are connected). Run at C/4 and C connections side by side.
//   npx tsx bench/live-staff.ts [--clients=200] [--actors=20] [--rounds=10] [--port=55690]
// The HTTP server is node:http around the route's handler, in this process (no Next build), and the
// clients are in this process too: latencies include their parsing on the same event loop.
import { uncachedPublicDocuments } from '../server/notices/public-notice-cache';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Readable } from 'node:stream';
import type { Session } from 'next-auth';
import { handleStaffEvents } from '../server/api/staff-events';
import type { ApiDeps } from '../server/api/deps';
import { createPrismaClient, type Db } from '../server/db/client';
import { EventHub } from '../server/live/events';
import { logger } from '../server/log';
import { addComment } from '../server/rumors/add-comment';
import { asActor, createRumor, createStaff, sessionFor } from '../server/testing/fixtures';
import { addEvidence } from '../server/verification/add-evidence';
import { startThrowawayPostgres } from './lib/throwaway-postgres';
import { loadAverage, ms, summarize } from './lib/stats';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')) as [string, string][]);
const CLIENTS = Number(args.clients ?? 200);
const ACTORS = Number(args.actors ?? 20);
const ROUNDS = Number(args.rounds ?? 10);
const PG_PORT = Number(args.port ?? 55690);
const REGIONS = ['KZ-47', 'KZ-61', 'KZ-75', 'KZ-71'];
const log = (m: string) => process.stderr.write(`${m}\n`);
process.env.LOG_LEVEL ??= 'warn';
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** A Prisma client that counts every query it sends (raw ones included). */
function countingClient(url: string) {
  const counter = { queries: 0 };
  const client = createPrismaClient(url, 10).$extends({
    query: {
      async $allOperations({ args: queryArgs, query }) {
        counter.queries++;
        return query(queryArgs);
      },
    },
  }) as unknown as Db;
  return { client, counter };
}

interface Client {
  regionCodes: string[];
  admin: boolean;
  /** rumorId → arrival times of its events, in order. */
  arrivals: Map<string, number[]>;
  abort: AbortController;
}

async function main() {
  const pgServer = await startThrowawayPostgres({ name: 'live-staff', port: PG_PORT, log });
  const server = http.createServer();
  const hub = { current: null as EventHub | null };
  try {
    const url = await pgServer.createDatabase('live_staff_bench');
    // The environment the server module reads (serverEnv), as npm start would set it.
    Object.assign(process.env, { DATABASE_URL: url, NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), RASPA_ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    const setup = createPrismaClient(url, 4) as unknown as Db;
    const streamSide = countingClient(url);
    const writerSide = countingClient(url);
    hub.current = new EventHub(url);

    // Staff: a moderator of each region and an admin; each connection its own session.
    const moderators = await Promise.all(REGIONS.map((code) => createStaff(setup, 'MODERATOR', [code])));
    const admin = await createStaff(setup, 'ADMIN', []);
    const sessions = new Map<string, { session: Session; regionCodes: string[]; admin: boolean }>();
    for (let i = 0; i < CLIENTS; i++) {
      // Every tenth connection is an admin's (sees everything); the rest spread over the regions.
      const user = i % 10 === 9 ? admin : moderators[i % REGIONS.length]!;
      sessions.set(String(i), { session: await sessionFor(setup, user), regionCodes: user.regionCodes, admin: user.role === 'ADMIN' });
    }
    const actors = await Promise.all(Array.from({ length: ACTORS }, (_, i) => createStaff(setup, 'MODERATOR', [REGIONS[i % REGIONS.length]!])));
    const rumors = await Promise.all(actors.map((actor, i) => createRumor(setup, `Говорят, в районе ${i} закроют рынок на неделю`, actor.regionCodes, 'INVESTIGATING')));

    server.on('request', (req, res) => {
      const entry = sessions.get(String(req.headers['x-bench-connection']));
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      const deps: ApiDeps = {
        db: streamSide.client,
        encryptionKey: '',
        consumeRateLimit: async () => ({ allowed: true, retryAfterSeconds: 0 }),
        log: logger,
        session: async () => entry?.session ?? null,
        liveEvents: hub.current!,
        telegramConfig: () => null,
        now: () => new Date(),
        publicDocuments: uncachedPublicDocuments(streamSide.client),
      };
      void handleStaffEvents(new Request('http://raspa.bench/api/admin/events', { signal: abort.signal }), deps).then((response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        if (response.body) Readable.fromWeb(response.body as never).pipe(res);
        else res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };

    async function connect(index: number): Promise<Client> {
      const entry = sessions.get(String(index))!;
      const client: Client = { regionCodes: entry.regionCodes, admin: entry.admin, arrivals: new Map(), abort: new AbortController() };
      const response = await fetch(`http://127.0.0.1:${port}/api/admin/events`, { headers: { 'x-bench-connection': String(index) }, signal: client.abort.signal });
      if (response.status !== 200) throw new Error(`connection ${index}: HTTP ${response.status}`);
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let connected!: () => void;
      const ready = new Promise<void>((resolve) => (connected = resolve));
      void (async () => {
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
          if (done) return;
          buffer += value;
          let end;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (frame.includes(': connected')) connected();
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (!frame.startsWith('event: rumor.changed') || !data) continue;
            const { rumorId } = JSON.parse(data) as { rumorId: string };
            const list = client.arrivals.get(rumorId) ?? [];
            list.push(nowMs());
            client.arrivals.set(rumorId, list);
          }
        }
      })();
      await ready;
      return client;
    }

    /** A round: every actor changes their rumour once, all at the same time. */
    async function act(sent: Map<string, number[]>, round: number) {
      await Promise.all(
        actors.map(async (actor, i) => {
          const rumorId = rumors[i]!.id;
          const started = nowMs();
          (sent.get(rumorId) ?? sent.set(rumorId, []).get(rumorId)!).push(started);
          if (round % 2 === 0) await addComment(writerSide.client, asActor(actor), { rumorId, body: `Проверяем, раунд ${round}.` });
          else await addEvidence(writerSide.client, asActor(actor), { rumorId, adHocSourceName: 'Акимат района', excerpt: `Рынок работает, раунд ${round}.`, stance: 'REFUTES', obtainedAt: new Date() });
        }),
      );
    }

    async function phase(connections: number) {
      const clients: Client[] = [];
      for (let i = 0; i < connections; i += 25) clients.push(...(await Promise.all(Array.from({ length: Math.min(25, connections - i) }, (_, k) => connect(i + k)))));
      const sent = new Map<string, number[]>();
      const before = { stream: streamSide.counter.queries, writer: writerSide.counter.queries };
      for (let round = 0; round < ROUNDS; round++) {
        await act(sent, round);
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 2000)); // stragglers
      const events = ACTORS * ROUNDS;
      const latencies: number[] = [];
      let expected = 0;
      let missing = 0;
      for (const client of clients) {
        for (const rumor of rumors) {
          if (!(client.admin || rumor.regionCodes.some((code) => client.regionCodes.includes(code)))) {
            if (client.arrivals.has(rumor.id)) throw new Error('a client received an event of a region it does not cover');
            continue;
          }
          const starts = sent.get(rumor.id)!;
          const got = client.arrivals.get(rumor.id) ?? [];
          expected += starts.length;
          missing += Math.max(0, starts.length - got.length);
          for (const [k, at] of got.entries()) if (starts[k] !== undefined) latencies.push(at - starts[k]);
        }
      }
      const stats = summarize(latencies);
      const row = {
        connections,
        events,
        deliveries: `${latencies.length} of ${expected} expected (${missing} missing)`,
        p50: ms(stats.p50),
        p99: ms(stats.p99),
        max: ms(stats.max),
        streamQueriesPerEvent: ((streamSide.counter.queries - before.stream) / events).toFixed(2),
        writerQueriesPerEvent: ((writerSide.counter.queries - before.writer) / events).toFixed(2),
      };
      for (const client of clients) client.abort.abort();
      await new Promise((r) => setTimeout(r, 500));
      return row;
    }

    log(`load before: ${loadAverage()}`);
    const rows = [await phase(Math.max(1, Math.round(CLIENTS / 4))), await phase(CLIENTS)];
    console.log(`live-staff: ${ACTORS} actors × ${ROUNDS} rounds; ${new Date().toISOString()}; load ${loadAverage()}`);
    console.log('| connections | events | deliveries | event→received p50 ms | p99 ms | max ms | stream-side DB queries / event | writer DB queries / event |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.connections} | ${r.events} | ${r.deliveries} | ${r.p50} | ${r.p99} | ${r.max} | ${r.streamQueriesPerEvent} | ${r.writerQueriesPerEvent} |`);
    await setup.$disconnect();
  } finally {
    server.close();
    server.closeAllConnections();
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
