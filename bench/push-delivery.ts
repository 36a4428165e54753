// Push benchmark: N Web Push subscriptions (default 50,000) pointing at a local push service that
// decrypts every payload (RFC 8291) and checks it; one notice is published; the real fan-out and
// delivery engine (the worker's code: fanOutNoticeVersion + runDeliveryBatch, web-push sender)
// send everything. Reports deliveries per second and time from publish to 100 %.
//   npx tsx bench/push-delivery.ts [--subscriptions=50000] [--loops=2] [--port=54375]
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import pg from 'pg';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SUBSCRIPTIONS = arg('subscriptions', 50_000);
const LOOPS = arg('loops', 3);
const PORT = arg('port', 54375);
const BATCH = arg('batch', 250);

process.env.RASPA_ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64');
process.env.LOG_LEVEL = 'warn';
process.env.NEXTAUTH_URL = 'https://raspa.example.kz';

async function main() {
  const [{ startThrowawayPostgres }, { insertBatches }, { loadAverage }, { createPrismaClient }, { createPublishedNotice }, { fanOutNoticeVersion }, { runDeliveryBatch }, { encryptText, keyedHash }] = await Promise.all([
    import('./lib/throwaway-postgres'),
    import('./lib/bulk-load'),
    import('./lib/stats'),
    import('../server/db/client'),
    import('../server/testing/fixtures'),
    import('../server/delivery/fan-out'),
    import('../server/delivery/run-delivery-batch'),
    import('../server/crypto/secret-box'),
  ]);
  (await import('../server/delivery/push-encryption-pool')).warmPushEncryption();
  const key = process.env.RASPA_ENCRYPTION_KEY!;
  const postgres = await startThrowawayPostgres({ name: 'push', port: PORT });
  let worker: Worker | undefined;
  try {
    const url = await postgres.createDatabase('bench_push');
    process.env.DATABASE_URL = url;
    const db = createPrismaClient(url, 8);
    const slug = 'aktau-water-bench';
    const titleRu = 'В Актау на неделю отключат воду';
    const expectUrl = `https://raspa.example.kz/ru/notices/${slug}`;

    process.stderr.write(`Generating ${SUBSCRIPTIONS} browser key pairs in the push-service thread…\n`);
    // A worker thread does not inherit tsx's loader: register it inside the thread, then load the endpoint.
    const endpointModule = new URL('./lib/push-endpoint-worker.ts', import.meta.url).href;
    worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(endpointModule)}); })`, {
      eval: true,
      workerData: { count: SUBSCRIPTIONS, expectTitle: titleRu, expectUrl },
    });
    let progress = { received: 0, bad: 0, duplicates: 0, firstAt: 0, lastAt: 0 };
    const ready = await new Promise<{ port: number; keys: { p256dh: string; auth: string }[] }>((resolve, reject) => {
      worker!.on('error', reject);
      worker!.on('message', (m: { type: string } & Record<string, unknown>) => {
        if (m.type === 'ready') resolve(m as unknown as { port: number; keys: { p256dh: string; auth: string }[] });
        if (m.type === 'progress') progress = m as unknown as typeof progress;
      });
    });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const ids: string[] = [];
    const ciphers: string[] = [];
    const hashes: string[] = [];
    const tokens: string[] = [];
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      const endpoint = `http://127.0.0.1:${ready.port}/push/${i}`;
      ids.push(crypto.randomUUID());
      ciphers.push(encryptText(JSON.stringify({ endpoint, keys: ready.keys[i] }), key));
      hashes.push(keyedHash(endpoint, key));
      tokens.push(randomBytes(18).toString('base64url'));
    }
    await insertBatches(
      client,
      `INSERT INTO "Subscription" (id, channel, "regionCodes", language, confirmed, "addressCipher", "addressHash", "unsubscribeToken", "updatedAt")
       SELECT id, 'WEB_PUSH', '{KZ-47}', 'ru', true, c, h, t, now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, c, h, t)`,
      [ids, ciphers, hashes, tokens],
      'subscriptions',
    );
    await client.query('VACUUM ANALYZE "Subscription"');
    await client.end();

    const { notice } = await createPublishedNotice(db, { slug, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Ақтауда су өшіріледі', ru: titleRu, en: 'Water cut in Aktau' } });
    const version = await db.noticeVersion.findFirstOrThrow({ where: { noticeId: notice.id } });
    const load = loadAverage();

    // Publish = now; the worker's fan-out job and delivery loops, run in-process.
    const cpuBefore = process.cpuUsage();
    const published = Date.now();
    await db.noticeVersion.update({ where: { id: version.id }, data: { publishedAt: new Date(published), fanoutRequestedAt: new Date(published) } });
    let fanoutDone = 0;
    const fanout = fanOutNoticeVersion(db, version.id).then(() => {
      fanoutDone = Date.now();
    });
    let stop = false;
    let sent = 0;
    let failed = 0;
    const loops = Array.from({ length: LOOPS }, async () => {
      while (!stop) {
        const r = await runDeliveryBatch(db, { limit: BATCH, concurrency: 128 });
        sent += r.sent;
        failed += r.failed + r.retried;
        if (r.claimed === 0) await new Promise((res) => setTimeout(res, 20));
      }
    });
    const timeline: string[] = [];
    let lastReport = 0;
    while (progress.received < SUBSCRIPTIONS && Date.now() - published < 600_000) {
      await new Promise((r) => setTimeout(r, 100));
      if (Date.now() - lastReport > 5_000) {
        lastReport = Date.now();
        timeline.push(`${((Date.now() - published) / 1000).toFixed(0)} s: ${progress.received}`);
        process.stderr.write(`  ${timeline.at(-1)} received, ${sent} recorded sent, ${failed} failed/retried\n`);
      }
    }
    await fanout;
    // Let the loops record the last batch before reading the database.
    while (sent + failed < SUBSCRIPTIONS && Date.now() - published < 620_000) await new Promise((r) => setTimeout(r, 50));
    stop = true;
    await Promise.all(loops);
    const allRecorded = Date.now();
    const cpu = process.cpuUsage(cpuBefore);
    const statuses = await db.delivery.groupBy({ by: ['status'], _count: true });

    const toFirst = progress.firstAt - published;
    const toAll = progress.lastAt - published;
    const perSecond = progress.received / (toAll / 1000);
    const lines = [
      `npx tsx bench/push-delivery.ts --subscriptions=${SUBSCRIPTIONS} --loops=${LOOPS} --batch=${BATCH} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load before ${load}, after ${loadAverage()}`,
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, ${postgres.version.split(',')[0]}`,
      '',
      '| measure | value |',
      '|---|---|',
      `| subscriptions | ${SUBSCRIPTIONS} |`,
      `| pushes received and decrypted by the endpoint | ${progress.received} (bad ${progress.bad}, duplicates ${progress.duplicates}) |`,
      `| fan-out (${SUBSCRIPTIONS} Delivery rows) done after | ${((fanoutDone - published) / 1000).toFixed(2)} s |`,
      `| publish → first push received | ${toFirst} ms |`,
      `| publish → 100 % received | ${(toAll / 1000).toFixed(1)} s |`,
      `| **deliveries per second** (publish → 100 %) | **${perSecond.toFixed(0)}** |`,
      `| publish → every delivery recorded SENT | ${((allRecorded - published) / 1000).toFixed(1)} s |`,
      `| CPU of this process (sender + push service threads, not PostgreSQL) per delivery | ${((cpu.user + cpu.system) / 1000 / SUBSCRIPTIONS).toFixed(2)} ms |`,
      `| Delivery rows by status | ${statuses.map((s) => `${s.status} ${s._count}`).join(', ')} |`,
    ];
    console.log(lines.join('\n'));
    await db.$disconnect();
  } finally {
    worker?.postMessage({ type: 'stop' });
    await postgres.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
