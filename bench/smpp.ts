// SMPP benchmark: N SMS subscribers (default 10,000), one published notice, and real background
// worker processes (scripts/worker.ts, two by default: one holds the bind) sending through a local
// SMSC (server/testing/fake-smsc.ts, real SMPP over TCP on 127.0.0.1) at the configured rate.
// Counts at the SMSC what every handset would show — each subscriber's SMS joined from its parts —
// and reports duplicates, PDUs per second against the configured rate and the busiest 1,000 ms twice:
// on the workers' own send times (bench/lib/smpp-send-log.ts, preloaded into them: the schedule the
// pacer keeps) and on the SMSC's arrival stamps (what an operator counts), with the delay between.
// With --kill-after=K the worker holding the bind is killed (SIGKILL) once K messages have arrived:
// the other worker must take the bind over and re-send only what was in flight.
//   npx tsx bench/smpp.ts [--subscribers=10000] [--rate=200] [--window=10] [--workers=2] [--kill-after=0] [--source=notice|outbox] [--port=54385] [--keep-sends]
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SUBSCRIBERS = arg('subscribers', 10_000);
const RATE = arg('rate', 200);
const WINDOW = arg('window', 10);
const WORKERS = arg('workers', 2);
const KILL_AFTER = arg('kill-after', 0);
const PORT = arg('port', 54385);
const KEEP_SENDS = argv.includes('--keep-sends');
// notice: publish a notice and let the workers' fan-out and delivery engine queue the SMS (the whole
// path); outbox: put the 10,000 SMS straight into the outbox, to measure the SMPP channel alone.
const SOURCE = argv.find((a) => a.startsWith('--source='))?.split('=')[1] === 'outbox' ? 'outbox' : 'notice';
const root = path.resolve(import.meta.dirname, '..');

/** The most times within any 1,000 ms (a sliding window: every pair closer than 1,000 ms counts together). */
function busiestWindow(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  return busiest;
}

process.env.RASPA_ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64');
process.env.NEXTAUTH_URL = 'https://raspa.example.kz';
process.env.LOG_LEVEL = 'warn';

async function main() {
  const [{ startThrowawayPostgres }, { insertBatches }, { loadAverage, summarize }, { createPrismaClient }, { createPublishedNotice, createStaff }, { saveSmppSettings }, { SMPP_DEFAULTS }, { sealPhone }, { FakeSmsc }, { enqueueJob, JOB_QUEUES }] =
    await Promise.all([
      import('./lib/throwaway-postgres'),
      import('./lib/bulk-load'),
      import('./lib/stats'),
      import('../server/db/client'),
      import('../server/testing/fixtures'),
      import('../server/channels/smpp/settings'),
      import('../server/channels/smpp/schema'),
      import('../server/channels/sms/phone'),
      import('../server/testing/fake-smsc'),
      import('../server/jobs/queue'),
    ]);
  const key = process.env.RASPA_ENCRYPTION_KEY!;
  const postgres = await startThrowawayPostgres({ name: 'smpp', port: PORT });
  const workers: ChildProcess[] = [];
  const sendLogDir = mkdtempSync(path.join(os.tmpdir(), 'raspa-smpp-sends-'));
  const smsc = await FakeSmsc.start({ systemId: 'raspa-bench', password: 'bench123', autoReceipt: true });
  try {
    const url = await postgres.createDatabase('bench_smpp');
    process.env.DATABASE_URL = url;
    const db = createPrismaClient(url, 4);

    // Subscribers: +7 700 000 00 00 … each with a subscription to KZ-47 in Russian.
    const phones = Array.from({ length: SUBSCRIBERS }, (_, i) => `+7700${String(i).padStart(7, '0')}`);
    const sealed = phones.map((p) => sealPhone(p, key));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await insertBatches(
      client,
      `INSERT INTO "Subscription" (id, channel, "regionCodes", language, confirmed, "addressCipher", "addressHash", "unsubscribeToken", "updatedAt")
       SELECT id, 'SMS', '{KZ-47}', 'ru', true, c, h, t, now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, c, h, t)`,
      [phones.map(() => randomUUID()), sealed.map((s) => s.phoneCipher), sealed.map((s) => s.phoneHash), phones.map(() => randomBytes(18).toString('base64url'))],
      'subscriptions',
    );
    await client.query('VACUUM ANALYZE "Subscription"');
    await client.end();

    const admin = await createStaff(db, 'ADMIN', []);
    await saveSmppSettings(
      db,
      { id: admin.id, name: admin.name, role: 'ADMIN', regionCodes: [], nationalQueue: false, canViewContacts: true },
      { ...SMPP_DEFAULTS, enabled: true, host: '127.0.0.1', port: smsc.port, systemId: 'raspa-bench', password: 'bench123', sourceAddress: 'Raspa', ratePerSecond: RATE, windowSize: WINDOW },
      { encryptionKey: key },
    );
    const { notice } = await createPublishedNotice(db, { slug: 'aktau-port-bench', verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Ақтау порты жабылады', ru: 'Порт Актау закроют', en: 'Aktau port to close' } });
    const version = await db.noticeVersion.findFirstOrThrow({ where: { noticeId: notice.id } });
    // A real notice SMS: Cyrillic plus the link, two UCS-2 parts.
    await db.noticeTranslation.updateMany({ where: { noticeVersionId: version.id, language: 'ru' }, data: { smsText: 'Raspa: слух о закрытии порта Актау ложный. Акимат и порт опровергли.' } });

    const env = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', RASPA_BENCH_SMPP_SEND_LOG: sendLogDir };
    for (let i = 0; i < WORKERS; i++) {
      const child = spawn(process.execPath, ['--import', 'tsx', '--import', './bench/lib/smpp-send-log.ts', 'scripts/worker.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
      workers.push(child);
    }
    await smsc.waitFor(() => smsc.boundSessions === 1, 60_000, 'a worker to bind');
    const load = loadAverage();

    // How long this process (the SMSC) was kept from reading its sockets: parts waiting meanwhile get one stamp.
    const smscLoopDelay = monitorEventLoopDelay({ resolution: 10 });
    smscLoopDelay.enable();
    const published = Date.now();
    if (SOURCE === 'notice') {
      await db.noticeVersion.update({ where: { id: version.id }, data: { publishedAt: new Date(published), fanoutRequestedAt: new Date(published) } });
      await enqueueJob(url, JOB_QUEUES.noticeFanout, { noticeVersionId: version.id });
    } else {
      const text = `Raspa: слух о закрытии порта Актау ложный. Акимат и порт опровергли. https://raspa.example.kz/ru/notices/aktau-port-bench`;
      const outbox = new pg.Client({ connectionString: url });
      await outbox.connect();
      await insertBatches(
        outbox,
        `INSERT INTO "SmsMessage" (id, uuid, direction, status, "phoneCipher", "phoneHash", text, "updatedAt")
         SELECT gen_random_uuid(), u, 'OUTBOUND', 'PENDING', c, h, t, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(u, c, h, t)`,
        [phones.map(() => randomUUID()), sealed.map((s) => s.phoneCipher), sealed.map((s) => s.phoneHash), phones.map(() => text)],
        'outbox SMS',
      );
      await outbox.end();
    }

    let killedAt = 0;
    let killedPid = 0;
    let takeoverMs = 0;
    let lastReport = 0;
    const deadline = published + 20 * 60_000;
    const recipients = () => new Set(smsc.messages.map((m) => m.to)).size;
    while (recipients() < SUBSCRIBERS && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      if (KILL_AFTER && !killedAt && smsc.messages.length >= KILL_AFTER) {
        const status = await db.setting.findUnique({ where: { key: 'sms.smpp.status' } });
        killedPid = Number(String((status?.value as { holder?: string } | null)?.holder ?? '').split(':').pop());
        const bindsBefore = smsc.binds.filter((b) => b.ok).length;
        process.kill(killedPid, 'SIGKILL');
        killedAt = Date.now();
        process.stderr.write(`  killed the bind holder (pid ${killedPid}) after ${smsc.messages.length} messages\n`);
        void smsc.waitFor(() => smsc.binds.filter((b) => b.ok).length > bindsBefore, 120_000, 'the takeover').then(() => (takeoverMs = Date.now() - killedAt));
      }
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        process.stderr.write(`  ${((Date.now() - published) / 1000).toFixed(0)} s: ${smsc.messages.length} SMS (${smsc.submits.length} submit_sm) at the SMSC\n`);
      }
    }
    const allReceived = Date.now();
    smscLoopDelay.disable();
    // Receipts and bookkeeping trail the last submit_sm_resp by a moment.
    let statuses: { status: string; _count: number }[] = [];
    for (let i = 0; i < 100; i++) {
      const rows = await db.smsMessage.groupBy({ by: ['status'], where: { direction: 'OUTBOUND' }, _count: true });
      statuses = rows.map((r) => ({ status: r.status, _count: r._count }));
      if ((statuses.find((s) => s.status === 'DELIVERED')?._count ?? 0) >= SUBSCRIBERS) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const deliveries = await db.delivery.groupBy({ by: ['status'], _count: true });

    const perRecipient = new Map<string, number>();
    for (const m of smsc.messages) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1);
    const duplicated = [...perRecipient.values()].filter((n) => n > 1).length;
    const partKeys = smsc.submits.map((s) => `${s.destinationAddr}:${s.concat?.ref}:${s.concat?.seq}`);
    const duplicateParts = partKeys.length - new Set(partKeys).size;
    const times = smsc.submits.map((s) => s.at).sort((a, b) => a - b);
    const busiest = busiestWindow(times);
    // The workers' own send times: stopped workers flushed theirs at exit (the finally below runs later,
    // so stop them here first); a SIGKILLed one lost its last half second.
    await stopWorkers(workers);
    const senders = readdirSync(sendLogDir).map((file) =>
      readFileSync(path.join(sendLogDir, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [pacerMs, wallMs, messageId] = line.split(' ');
          return { pacerMs: Number(pacerMs), wallMs: Number(wallMs), messageId: messageId === '-' ? null : messageId! };
        }),
    );
    const sentParts = senders.reduce((n, sends) => n + sends.length, 0);
    // Per process on its own clock (the pacer's); two processes never held the bind at once.
    const busiestSent = Math.max(0, ...senders.map((sends) => busiestWindow(sends.map((s) => s.pacerMs))));
    const arrivedAt = new Map(smsc.submits.map((s) => [s.messageId, s.at]));
    const transit = senders.flat().flatMap((s) => (s.messageId && arrivedAt.has(s.messageId) ? [arrivedAt.get(s.messageId)! - s.wallMs] : []));
    const transitMin = Math.min(...transit);
    // The delay beyond the quickest: what bunches parts at the SMSC that left the sender spaced.
    const bunching = summarize(transit.map((t) => t - transitMin));
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const sendingSeconds = (times.at(-1)! - times[0]!) / 1000;
    const stalled = killedAt ? ` (${(takeoverMs / 1000).toFixed(1)} s of it without a bind after the kill)` : '';
    const texts = new Set(smsc.messages.map((m) => m.text));
    const lines = [
      `npx tsx bench/smpp.ts --subscribers=${SUBSCRIBERS} --rate=${RATE} --window=${WINDOW} --workers=${WORKERS} --kill-after=${KILL_AFTER} --source=${SOURCE} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load before ${load}, after ${loadAverage()}`,
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, ${postgres.version.split(',')[0]}`,
      '',
      '| measure | value |',
      '|---|---|',
      `| subscribers | ${SUBSCRIBERS} |`,
      `| recipients whose SMS the SMSC joined complete | ${perRecipient.size} |`,
      `| recipients who got it more than once | ${duplicated} |`,
      `| submit_sm PDUs (parts) / parts sent twice | ${smsc.submits.length} / ${duplicateParts} |`,
      `| distinct texts / parts per SMS | ${texts.size} / ${(smsc.submits.length / Math.max(1, smsc.messages.length)).toFixed(2)} |`,
      `| configured rate | ${RATE} submit_sm/s, window ${WINDOW} |`,
      `| **measured rate** (first → last submit_sm) | **${(smsc.submits.length / sendingSeconds).toFixed(1)} submit_sm/s** over ${sendingSeconds.toFixed(1)} s${stalled} |`,
      `| busiest 1,000 ms at the sender (the workers' own send times, ${sentParts} parts logged) | **${busiestSent}** submit_sm |`,
      `| busiest 1,000 ms at the SMSC (its arrival stamps) | **${busiest}** submit_sm |`,
      `| send → arrival beyond the quickest (${bunching.n} parts matched by message id) | p50 ${ms(bunching.p50)}, p99 ${ms(bunching.p99)}, max ${ms(bunching.max)} |`,
      `| the SMSC's event loop held up (bench process) | p99 ${ms(smscLoopDelay.percentile(99) / 1e6)}, max ${ms(smscLoopDelay.max / 1e6)} |`,
      `| publish → last SMS complete at the SMSC | ${((allReceived - published) / 1000).toFixed(1)} s |`,
      ...(killedAt ? [`| bind holder killed (SIGKILL) after | ${KILL_AFTER} SMS; another worker bound ${(takeoverMs / 1000).toFixed(1)} s later |`] : []),
      `| SmsMessage rows by status | ${statuses.map((s) => `${s.status} ${s._count}`).join(', ')} |`,
      `| Delivery rows by status | ${deliveries.map((d) => `${d.status} ${d._count}`).join(', ')} |`,
    ];
    console.log(lines.join('\n'));
    await db.$disconnect();
  } finally {
    await stopWorkers(workers);
    await smsc.close();
    await postgres.stop();
    if (KEEP_SENDS) process.stderr.write(`  the workers' send logs are in ${sendLogDir}\n`);
    else rmSync(sendLogDir, { recursive: true, force: true });
  }
}

async function stopWorkers(workers: ChildProcess[]) {
  for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGTERM');
  await Promise.all(workers.map((w) => (w.exitCode === null && w.signalCode === null ? new Promise((r) => w.once('exit', r)) : null)));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
