import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { startFakePushService, type FakePushService } from '../testing/web-push-endpoint';
import { encryptText } from '../crypto/secret-box';
import { MAX_DELIVERY_ATTEMPTS } from './backoff';
import type { ChannelSender, SendOutcome } from './channel-sender';
import { fanOutNoticeVersion } from './fan-out';
import { runDeliveryBatch } from './run-delivery-batch';
import { createSubscription, latestVersionId, TEST_KEY } from '../testing/delivery';
import { webPushSender } from './web-push-sender';

const t = setupTestDatabase();
const titles = { kk: 'Ақтауда су өшіріледі', ru: 'В Актау отключат воду', en: 'Water will be cut off in Aktau' };
let n = 0;
const summary = 'The akimat says the water supply continues as usual.';
const newNotice = (regionCodes: string[]) => createPublishedNotice(t.db, { slug: `loop-${++n}-${Date.now()}`, verdict: 'FALSE', regionCodes, titles, summary });

/** A sender whose answer per subscription the test decides. */
function scriptedSender(outcomes: Map<string, SendOutcome>, seen: string[] = []): ChannelSender {
  return {
    channel: 'WEBHOOK',
    async send(_db, target, notice) {
      seen.push(`${target.subscription?.id}:${notice.language}:${notice.title}`);
      return outcomes.get(target.subscription!.id) ?? { status: 'sent' };
    },
  };
}

describe('delivery engine', () => {
  let push: FakePushService;
  beforeAll(async () => {
    push = await startFakePushService();
  });
  afterAll(() => push.close());

  it('records sent, retry with backoff, and failure with deactivation in one pass', async () => {
    const { notice } = await newNotice(['KZ-63']);
    const ok = await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-63'], language: 'kk' });
    const flaky = await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-63'] });
    const gone = await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-63'] });
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, notice.id));
    const seen: string[] = [];
    const sender = scriptedSender(
      new Map<string, SendOutcome>([
        [flaky.id, { status: 'retry', error: 'partner answered 503' }],
        [gone.id, { status: 'failed', error: 'partner answered 410 Gone', deactivateSubscription: true }],
      ]),
      seen,
    );
    const before = Date.now();
    const result = await runDeliveryBatch(t.db, { senders: { WEBHOOK: sender } });
    expect(result).toMatchObject({ claimed: 3, sent: 1, retried: 1, failed: 1 });
    expect(seen).toContain(`${ok.id}:kk:${titles.kk}`); // in the subscriber's language

    const byId = async (id: string) => t.db.delivery.findFirstOrThrow({ where: { subscriptionId: id } });
    const sent = await byId(ok.id);
    expect(sent.status).toBe('SENT');
    expect(sent.sentAt).not.toBeNull();
    const retried = await byId(flaky.id);
    expect(retried.status).toBe('QUEUED');
    expect(retried.attempts).toBe(1);
    expect(retried.lastError).toContain('503');
    expect(retried.nextAttemptAt!.getTime()).toBeGreaterThan(before + 5_000);
    expect((await byId(gone.id)).status).toBe('FAILED');
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: gone.id } })).toMatchObject({ active: false, deactivatedReason: 'partner answered 410 Gone' });

    // Not due yet: a second pass does not touch the retry.
    expect((await runDeliveryBatch(t.db, { senders: { WEBHOOK: sender } })).claimed).toBe(0);
    // Once due, it is sent; after the last allowed attempt it gives up.
    await t.db.delivery.update({ where: { id: retried.id }, data: { nextAttemptAt: new Date(Date.now() - 1000), attempts: MAX_DELIVERY_ATTEMPTS - 1 } });
    await runDeliveryBatch(t.db, { senders: { WEBHOOK: sender } });
    const gaveUp = await byId(flaky.id);
    expect(gaveUp.status).toBe('FAILED');
    expect(gaveUp.lastError).toMatch(/gave up after 8 attempts/);
  });

  it('a delivery whose worker died mid-send is sent once its lease expires, not before', async () => {
    const { notice } = await newNotice(['KZ-71']);
    const sub = await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-71'] });
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, notice.id));
    const hanging: ChannelSender = { channel: 'WEBHOOK', send: () => new Promise<SendOutcome>(() => undefined) };
    // The "crashed" worker claims with a short lease and never finishes. The test watches the lease
    // itself rather than sleeping fixed times: on a loaded machine a claim can take longer than a sleep.
    const leasedUntil = async () => (await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: sub.id } })).lockedUntil?.getTime() ?? 0;
    const until = async (condition: () => Promise<boolean>) => {
      const deadline = Date.now() + 20_000;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error('the lease never reached the expected state');
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    void runDeliveryBatch(t.db, { senders: { WEBHOOK: hanging }, leaseMs: 4_000 });
    await until(async () => (await leasedUntil()) > Date.now());
    const sender = scriptedSender(new Map());
    // While the dead worker's lease runs, nobody else takes the delivery…
    expect((await runDeliveryBatch(t.db, { senders: { WEBHOOK: sender } })).claimed).toBe(0);
    // …and once it has run out (renewals stop at the lease's cap), the next batch sends it.
    await until(async () => (await leasedUntil()) < Date.now());
    expect((await runDeliveryBatch(t.db, { senders: { WEBHOOK: sender } })).sent).toBe(1);
    expect((await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: sub.id } })).status).toBe('SENT');
  });

  it('records outcomes as they happen, so a worker that dies mid-batch leaves only what was in flight to be sent again', async () => {
    const { notice } = await newNotice(['KZ-43']);
    const subs: { id: string }[] = [];
    for (let i = 0; i < 30; i++) subs.push(await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-43'] }));
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, notice.id));
    const stuck = subs[7]!.id;
    // One recipient's send never returns: the worker "dies" there, with the rest of its batch done.
    const sender: ChannelSender = { channel: 'WEBHOOK', send: (_db, target) => (target.subscription!.id === stuck ? new Promise<SendOutcome>(() => undefined) : Promise.resolve({ status: 'sent' })) };
    void runDeliveryBatch(t.db, { senders: { WEBHOOK: sender }, concurrency: 4 });
    const sentSoFar = async () => t.db.delivery.count({ where: { status: 'SENT', subscriptionId: { in: subs.map((s) => s.id) } } });
    const deadline = Date.now() + 5_000;
    while ((await sentSoFar()) < 29 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await sentSoFar()).toBe(29);
    expect((await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: stuck } })).status).toBe('QUEUED');
  });

  it('starts no send while `concurrency` are sent and unrecorded, so a worker dying while the database is slow re-sends at most those', async () => {
    const { notice } = await newNotice(['KZ-55']);
    const subs: { id: string }[] = [];
    for (let i = 0; i < 30; i++) subs.push(await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-55'] }));
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, notice.id));
    const sent: string[] = [];
    const sender: ChannelSender = { channel: 'WEBHOOK', send: async (_db, target) => (sent.push(target.subscription!.id), { status: 'sent' }) };
    // Every write of outcomes hangs, as when the database stalls and then the worker is killed.
    const stalled = new Proxy(t.db, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (property === '$executeRawUnsafe') return (sql: string, ...values: unknown[]) => (sql.includes('UPDATE "Delivery" d SET') ? new Promise(() => undefined) : target.$executeRawUnsafe(sql, ...values));
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    void runDeliveryBatch(stalled, { senders: { WEBHOOK: sender }, concurrency: 4 });
    const deadline = Date.now() + 5_000;
    while (sent.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 1_200)); // past the half-second flush: still no fifth send
    expect(sent).toHaveLength(4);
    expect(await t.db.delivery.count({ where: { status: 'QUEUED', subscriptionId: { in: subs.map((s) => s.id) } } })).toBe(30);
  });

  it('renews its lease while a slow send runs, so no other worker takes it over meanwhile', async () => {
    const { notice } = await newNotice(['KZ-59']);
    const sub = await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-59'] });
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, notice.id));
    let sends = 0;
    const slow: ChannelSender = { channel: 'WEBHOOK', send: async () => (sends++, await new Promise((r) => setTimeout(r, 6_000)), { status: 'sent' }) };
    const first = runDeliveryBatch(t.db, { senders: { WEBHOOK: slow }, heldLeaseMs: 2_000, leaseMs: 60_000 });
    await new Promise((r) => setTimeout(r, 4_500)); // twice the held lease: only a renewal keeps it
    expect((await runDeliveryBatch(t.db, { senders: { WEBHOOK: slow }, heldLeaseMs: 2_000 })).claimed).toBe(0);
    // … and what it holds is short, not the whole minute: had this worker died, its delivery would be free within 2 s.
    const { lockedUntil } = await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: sub.id } });
    expect(lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(lockedUntil!.getTime()).toBeLessThanOrEqual(Date.now() + 2_000);
    expect((await first).sent).toBe(1);
    expect(sends).toBe(1);
    expect((await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: sub.id } })).status).toBe('SENT');
  });

  it('starts no send once its lease may have run out because it could not be renewed', async () => {
    const { notice } = await newNotice(['KZ-61']);
    const subs: { id: string }[] = [];
    for (let i = 0; i < 6; i++) subs.push(await createSubscription(t.db, { channel: 'WEBHOOK', regionCodes: ['KZ-61'] }));
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, notice.id));
    let sends = 0;
    const slow: ChannelSender = { channel: 'WEBHOOK', send: async () => (sends++, await new Promise((r) => setTimeout(r, 400)), { status: 'sent' }) };
    // Renewals fail (the database went away); outcomes are still written.
    const cannotRenew = new Proxy(t.db, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (property === '$executeRawUnsafe') return (sql: string, ...values: unknown[]) => (sql.includes('AS c(id, attempts)') ? Promise.reject(new Error('Connection terminated')) : target.$executeRawUnsafe(sql, ...values));
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const result = await runDeliveryBatch(cannotRenew, { senders: { WEBHOOK: slow }, concurrency: 1, heldLeaseMs: 1_000, leaseMs: 30_000 });
    expect(result.claimed).toBeGreaterThanOrEqual(6);
    // 1 s of lease less its margin, 0.4 s per send: two or three sends, never all six.
    expect(sends).toBeGreaterThanOrEqual(1);
    expect(sends).toBeLessThanOrEqual(3);
    const ours = await t.db.delivery.findMany({ where: { subscriptionId: { in: subs.map((s) => s.id) } }, select: { status: true } });
    expect(ours.filter((d) => d.status === 'QUEUED').length).toBeGreaterThanOrEqual(3);
  });

  it('sends what a dead worker had claimed first once its lease ends, not after the rest of the queue', async () => {
    const { notice } = await newNotice(['KZ-62']);
    const versionId = await latestVersionId(t.db, notice.id);
    const earlier = await createSubscription(t.db, { channel: 'TELEGRAM', regionCodes: ['KZ-62'] });
    await fanOutNoticeVersion(t.db, versionId);
    // The "dead" worker claims it and never finishes.
    const hanging: ChannelSender = { channel: 'TELEGRAM', send: () => new Promise<SendOutcome>(() => undefined) };
    void runDeliveryBatch(t.db, { senders: { TELEGRAM: hanging }, leaseMs: 3_000 });
    const deadline = Date.now() + 5_000;
    while (!(await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: earlier.id } })).lockedUntil && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    // Meanwhile someone else is queued.
    const later = await createSubscription(t.db, { channel: 'TELEGRAM', regionCodes: ['KZ-62'] });
    await fanOutNoticeVersion(t.db, versionId);
    await new Promise((r) => setTimeout(r, 3_300));
    const seen: string[] = [];
    const recorder: ChannelSender = { channel: 'TELEGRAM', send: async (_db, target) => (seen.push(target.subscription!.id), { status: 'sent' }) };
    await runDeliveryBatch(t.db, { senders: { TELEGRAM: recorder }, limit: 1 });
    expect(seen).toEqual([earlier.id]);
    await runDeliveryBatch(t.db, { senders: { TELEGRAM: recorder }, limit: 1 });
    expect(seen).toEqual([earlier.id, later.id]);
  });

  it('sends real Web Push that the endpoint decrypts, and deactivates a subscription answered 410', async () => {
    const { notice } = await newNotice(['KZ-79']);
    const alive = push.subscription();
    const dead = push.subscription();
    push.gone.add(new URL(dead.endpoint).pathname);
    const aliveSub = await createSubscription(t.db, { regionCodes: ['KZ-79'], language: 'en' });
    const deadSub = await createSubscription(t.db, { regionCodes: ['KZ-79'] });
    await t.db.subscription.update({ where: { id: aliveSub.id }, data: { addressCipher: encryptText(JSON.stringify(alive), TEST_KEY) } });
    await t.db.subscription.update({ where: { id: deadSub.id }, data: { addressCipher: encryptText(JSON.stringify(dead), TEST_KEY) } });
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, notice.id));

    const result = await runDeliveryBatch(t.db, { senders: { WEB_PUSH: webPushSender } });
    expect(result).toMatchObject({ sent: 1, failed: 1 });
    expect(push.errors).toEqual([]);
    const payload = push.received.find((p) => p.path === new URL(alive.endpoint).pathname)!.payload as Record<string, unknown>;
    // The fact is the headline; the claim follows once, flagged (debunking order).
    expect(payload).toMatchObject({ title: summary, body: `False: «${titles.en}»`, verdict: 'FALSE', tag: `notice-${notice.id}`, lang: 'en', correction: false });
    expect(payload.url).toMatch(new RegExp(`/en/notices/${notice.slug}$`));
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: deadSub.id } })).toMatchObject({ active: false, deactivatedReason: 'push endpoint gone (410)' });
  });
});
