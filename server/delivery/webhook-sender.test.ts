import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { asActor, createPublishedNotice, createStaff } from '../testing/fixtures';
import { createWebhook, listWebhooks } from '../subscriptions/webhooks';
import { fanOutNoticeVersion } from './fan-out';
import { runDeliveryBatch } from './run-delivery-batch';
import { latestVersionId, TEST_KEY } from '../testing/delivery';
import { webhookSender } from './webhook-sender';
import { checkDestinationUrl } from './public-destination';
import { signWebhookBody, verifyWebhookSignature } from './webhook-signature';

const t = setupTestDatabase();

describe('partner webhooks', () => {
  const received: { body: string; headers: http.IncomingHttpHeaders }[] = [];
  let answer = 200;
  let server: http.Server;
  let url = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/raspa-hook`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('POSTs signed JSON the partner can verify with the secret shown once; 5xx retries, 410 stops the webhook', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const { id, secret } = await createWebhook(t.db, admin, { url, label: 'Kazinform', regionCodes: ['KZ-47'], language: 'en' }, { encryptionKey: TEST_KEY });
    expect(secret).toMatch(/^whsec_/);
    const { notice } = await createPublishedNotice(t.db, { slug: `hook-${Date.now()}`, verdict: 'MISLEADING', regionCodes: ['KZ-47'], titles: { kk: 'Ақтау', ru: 'Актау', en: 'Aktau port closes' } });
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, notice.id));

    answer = 503;
    expect((await runDeliveryBatch(t.db, { senders: { WEBHOOK: webhookSender } })).retried).toBe(1);
    const delivery = await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: id } });
    expect(delivery).toMatchObject({ status: 'QUEUED', attempts: 1, lastError: 'partner answered 503' });

    answer = 204;
    await t.db.delivery.update({ where: { id: delivery.id }, data: { nextAttemptAt: new Date() } });
    expect((await runDeliveryBatch(t.db, { senders: { WEBHOOK: webhookSender } })).sent).toBe(1);
    const last = received.at(-1)!;
    expect(verifyWebhookSignature(last.body, secret, last.headers['x-raspa-signature'] as string)).toBe(true);
    expect(verifyWebhookSignature(last.body + ' ', secret, last.headers['x-raspa-signature'] as string)).toBe(false);
    expect(verifyWebhookSignature(last.body, 'whsec_wrong', last.headers['x-raspa-signature'] as string)).toBe(false);
    expect(last.headers['x-raspa-delivery']).toBe(delivery.id);
    expect(Number(last.headers['x-raspa-timestamp'])).toBeGreaterThan(0);
    expect(JSON.parse(last.body)).toMatchObject({
      event: 'notice.published',
      deliveryId: delivery.id,
      notice: { slug: notice.slug, version: 1, verdict: 'MISLEADING', regions: ['KZ-47'], language: 'en', title: 'Aktau port closes' },
    });
    // Both retries carry the same delivery id, so the partner can drop a duplicate.
    expect(received.at(-2)!.headers['x-raspa-delivery']).toBe(delivery.id);

    const listed = (await listWebhooks(t.db, admin, { encryptionKey: TEST_KEY })).find((w) => w.id === id)!;
    expect(listed.url).toBe(url);
    expect(listed.deliveries[0]).toMatchObject({ status: 'SENT', slug: notice.slug });

    answer = 410;
    const { notice: second } = await createPublishedNotice(t.db, { slug: `hook2-${Date.now()}`, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'a', ru: 'b', en: 'c' } });
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, second.id));
    await runDeliveryBatch(t.db, { senders: { WEBHOOK: webhookSender } });
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false });
  });

  it('signs with sha256=<hex HMAC> and refuses private addresses outside tests (more in public-destination.test.ts)', async () => {
    expect(signWebhookBody('{"a":1}', 'secret')).toBe(`sha256=${createHmac('sha256', 'secret').update('{"a":1}').digest('hex')}`);
    expect(await checkDestinationUrl('http://127.0.0.1:8080/x', { allowHttp: true, allowPrivate: false })).toMatchObject({ ok: false });
    expect(await checkDestinationUrl('ftp://example.org/x', { allowHttp: true, allowPrivate: true })).toMatchObject({ ok: false });
    expect(await checkDestinationUrl('http://127.0.0.1:8080/x', { allowHttp: true, allowPrivate: true })).toMatchObject({ ok: true });
  });
});
