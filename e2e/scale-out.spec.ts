// Scaled out over one PostgreSQL: the end-to-end deployment runs two web servers and two background
// workers (scripts/test.ts, as `RASPA_WEB_PROCESSES=2 RASPA_WORKER_PROCESSES=2 npm start` does).
// A reader connected to either web server hears every notice event, and a fan-out shared by the
// two workers reaches every recipient exactly once.
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, test } from './test';
import { encryptText, keyedHash } from '../server/crypto/secret-box';
import { startWebhookReceiver } from '../server/testing/webhook-receiver';
import { publishNotice, withDb } from './support';

const FANOUT_REGION = 'KZ-43';

const servers = () => [process.env.E2E_BASE_URL!, process.env.E2E_SECOND_BASE_URL!];

/** Reads a public SSE stream, collecting the slugs of notice events, until closed. */
function listen(baseUrl: string) {
  const controller = new AbortController();
  const slugs: string[] = [];
  const opened = fetch(`${baseUrl}/api/v1/stream?lang=ru`, { signal: controller.signal, headers: { accept: 'text/event-stream' } }).then(async (response) => {
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = frame.split('\n').find((line) => line.startsWith('data:'));
            if (data && /^event: notice\./m.test(frame)) slugs.push((JSON.parse(data.slice(5)) as { slug: string }).slug);
          }
        }
      } catch {
        // aborted
      }
    })();
  });
  return { opened, slugs, close: () => controller.abort() };
}

test('a reader on either web server hears every notice event, in order', async () => {
  const [first, second] = servers();
  expect(second, 'the e2e deployment runs two web servers').toBeTruthy();
  const readers = [listen(first!), listen(second!)];
  await Promise.all(readers.map((r) => r.opened));
  // Each server subscribes to PostgreSQL's notifications on its own; give both a moment to listen.
  await new Promise((r) => setTimeout(r, 500));
  const tag = randomBytes(4).toString('hex');
  const slugs = Array.from({ length: 12 }, (_, i) => `scale-out-${tag}-${i}`);
  for (const slug of slugs) await publishNotice(slug, { kk: `Масштаб ${slug}`, ru: `Масштаб ${slug}`, en: `Scale ${slug}` });
  for (const reader of readers) await expect.poll(() => reader.slugs.filter((s) => s.includes(tag)), { timeout: 15_000 }).toEqual(slugs);
  for (const reader of readers) reader.close();
});

test('two workers share a fan-out of 300 webhook deliveries: each is sent exactly once', async () => {
  test.setTimeout(120_000);
  const key = process.env.E2E_ENCRYPTION_KEY!;
  expect(key, 'scripts/test.ts passes the servers’ encryption key').toBeTruthy();
  const tag = randomBytes(4).toString('hex');
  const receiver = await startWebhookReceiver(`/scale-${tag}`);
  try {
    const slug = `scale-out-fanout-${tag}`;
    // Kyzylorda, which no other spec publishes to: the other journeys publish for Mangystau while this
    // runs, and each of their fan-outs would add 300 deliveries to these partners, ahead of ours.
    await publishNotice(slug, { kk: `Тарату ${tag}`, ru: `Рассылка ${tag}`, en: `Fan-out ${tag}` }, [FANOUT_REGION]);
    const deliveryIds = await withDb(async (db) => {
      const version = await db.query<{ id: string }>(`SELECT v.id FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" WHERE n.slug = $1`, [slug]);
      const ids: string[] = [];
      await db.query('BEGIN');
      for (let i = 0; i < 300; i++) {
        const url = `${receiver.url}?partner=${i}`;
        const subscription = await db.query<{ id: string }>(
          `INSERT INTO "Subscription" (id, channel, "regionCodes", language, confirmed, active, "addressCipher", "addressHash", "webhookSecret", label, "unsubscribeToken", "updatedAt")
           VALUES ($1, 'WEBHOOK', $7, 'ru', true, true, $2, $3, $4, $5, $6, now()) RETURNING id`,
          [randomUUID(), encryptText(url, key), keyedHash(url, key), randomBytes(16).toString('hex'), `Partner ${tag} ${i}`, randomBytes(16).toString('hex'), [FANOUT_REGION]],
        );
        const delivery = await db.query<{ id: string }>(
          `INSERT INTO "Delivery" (id, "noticeVersionId", kind, channel, "subscriptionId", "nextAttemptAt") VALUES ($1, $2, 'NOTICE', 'WEBHOOK', $3, now()) RETURNING id`,
          [randomUUID(), version.rows[0]!.id, subscription.rows[0]!.id],
        );
        ids.push(delivery.rows[0]!.id);
      }
      await db.query('COMMIT');
      // As a fan-out does: wake the workers' delivery loops (they would look within a second anyway).
      await db.query(`SELECT pg_notify('raspa_deliveries', '')`); // DELIVERY_WAKE_CHANNEL, server/delivery/wake.ts
      return ids;
    });

    // Should another journey publish for Kyzylorda meanwhile, it reaches these partners too: count
    // only this fan-out's deliveries.
    const ours = new Set(deliveryIds);
    const oursReceived = () => receiver.calls.filter((c) => c.delivery !== undefined && ours.has(c.delivery));
    await expect.poll(() => new Set(oursReceived().map((c) => c.delivery)).size, { timeout: 60_000 }).toBe(300);
    // Nothing arrives late either: every delivery was sent once, and recorded as sent.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(oursReceived()).toHaveLength(300);
    const sent = await withDb(async (db) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Delivery" WHERE id = ANY($1::uuid[]) AND status = 'SENT'`, [deliveryIds])).rows[0]!.n);
    expect(sent).toBe(300);
  } finally {
    await receiver.close();
    await withDb((db) => db.query(`DELETE FROM "Subscription" WHERE label LIKE $1`, [`Partner ${tag} %`]));
  }
});
