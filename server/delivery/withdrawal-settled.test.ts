// A withdrawal reaches the recipients of what was in flight as soon as the last of it settles —
// not at the sweeper's next minute. On real PostgreSQL, through the delivery engine and the SMS
// gateway's reports; the job queue is the one stand-in: "enqueued" runs the fan-out job at once, as
// the worker would.
import { beforeAll, describe, expect, it } from 'vitest';
import { claimOutboundBatch, recordMessageResults } from '../channels/sms/outbox';
import { createSmsSender } from '../channels/sms/sms-sender';
import { publishNotice } from '../notices/publish-notice';
import { saveNoticeDraft } from '../notices/save-notice-draft';
import { withdrawNotice } from '../notices/withdraw-notice';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { createSubscription, TEST_KEY } from '../testing/delivery';
import { asActor, createStaff } from '../testing/fixtures';
import { completeTranslations, createRumorWithApprovedVerdict } from '../testing/notices';
import type { ChannelSender, SendOutcome } from './channel-sender';
import { fanOutNoticeVersion } from './fan-out';
import { runDeliveryBatch } from './run-delivery-batch';
import { fanOutNoticeWithdrawal } from './withdrawal-fan-out';

const t = setupTestDatabase();
const noEffects = { enqueueFanout: async () => null, enqueueWithdrawalFanout: async () => null };
let moderator: Actor;
let region = 0;
const REGIONS = ['KZ-10', 'KZ-11', 'KZ-15', 'KZ-19'];

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', REGIONS));
});

/** The job queue as the worker drains it: every enqueued withdrawal fan-out runs, and is counted. */
function jobQueue() {
  const enqueued: string[] = [];
  const running: Promise<unknown>[] = [];
  return {
    enqueued,
    enqueueWithdrawalFanout: async (noticeId: string) => {
      enqueued.push(noticeId);
      running.push(fanOutNoticeWithdrawal(t.db, noticeId));
    },
    drained: () => Promise.all(running),
  };
}

/** A webhook sender that holds each send until the test lets it answer. */
function heldSender() {
  const held: { subscriptionId: string; answer: (outcome: SendOutcome) => void }[] = [];
  const sender: ChannelSender = {
    channel: 'WEBHOOK',
    send: (_db, target) => new Promise<SendOutcome>((answer) => held.push({ subscriptionId: target.subscription!.id, answer })),
  };
  const inFlight = async (count: number) => {
    while (held.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return { sender, held, inFlight };
}

/** A notice published in a region of its own, with its version fanned out to `subscribers`. */
async function publishedTo(subscribers: { channel: 'WEBHOOK' | 'EMAIL' | 'SMS'; address?: string }[]) {
  const code = REGIONS[region++]!;
  const rumor = await createRumorWithApprovedVerdict(t.db, [code], { drafterId: moderator.id });
  const saved = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: [code], translations: completeTranslations(code) });
  const subs = [];
  for (const s of subscribers) subs.push(await createSubscription(t.db, { channel: s.channel, regionCodes: [code], language: 'ru', address: s.address }));
  const published = await publishNotice(t.db, moderator, { noticeId: saved.noticeId }, noEffects);
  await fanOutNoticeVersion(t.db, published.noticeVersionId);
  return { noticeId: saved.noticeId, subs };
}

const withdrawalsTo = (subscriptionId: string) => t.db.delivery.count({ where: { subscriptionId, kind: 'WITHDRAWAL' } });
const fanOutDone = async (noticeId: string) => (await t.db.notice.findUniqueOrThrow({ where: { id: noticeId } })).withdrawalFanoutDoneAt !== null;

describe('a withdrawal goes out when the last in-flight delivery of the notice settles', () => {
  it('the delivery engine: the recipient whose notice was mid-send is told as soon as the send is recorded, once', async () => {
    const { noticeId, subs } = await publishedTo([{ channel: 'WEBHOOK' }, { channel: 'WEBHOOK' }]);
    const [first, second] = [subs[0]!, subs[1]!];
    const partner = heldSender();
    const queue = jobQueue();
    const batch = runDeliveryBatch(t.db, { senders: { WEBHOOK: partner.sender }, enqueueWithdrawalFanout: queue.enqueueWithdrawalFanout });
    await partner.inFlight(2);

    // Withdrawn while both are being sent: nothing to cancel, and the fan-out (the withdrawal's own job) waits for them.
    expect((await withdrawNotice(t.db, moderator, { noticeId, reasons: { ru: 'Акимат уточняет заявление.' } }, noEffects)).cancelledDeliveries).toBe(0);
    expect(await fanOutNoticeWithdrawal(t.db, noticeId)).toMatchObject({ recipients: 0, inFlight: 2 });

    // One lands: the other is still in flight, nothing is enqueued yet.
    partner.held.find((h) => h.subscriptionId === first.id)!.answer({ status: 'sent' });
    await expect.poll(async () => (await t.db.delivery.findFirstOrThrow({ where: { subscriptionId: first.id, kind: 'NOTICE' } })).status).toBe('SENT');
    expect(queue.enqueued).toEqual([]);
    // The last one lands (the partner's answer fails for good: settled too).
    partner.held.find((h) => h.subscriptionId === second.id)!.answer({ status: 'failed', error: 'partner answered 410 Gone' });
    await batch;
    await queue.drained();

    expect(queue.enqueued).toEqual([noticeId]);
    expect(await withdrawalsTo(first.id)).toBe(1);
    expect(await withdrawalsTo(second.id)).toBe(0); // it never got the notice
    expect(await fanOutDone(noticeId)).toBe(true);
    // The worker's next pass sends it.
    const told: string[] = [];
    await runDeliveryBatch(t.db, { senders: { WEBHOOK: { channel: 'WEBHOOK', send: async (_db, target, notice) => (told.push(`${target.subscription!.id} ${notice.withdrawal ? 'withdrawn' : 'notice'}`), { status: 'sent' }) } } });
    expect(told).toEqual([`${first.id} withdrawn`]);
  });

  it('two workers settling the last two at the same moment: each recipient still gets one withdrawal', async () => {
    const { noticeId, subs } = await publishedTo([{ channel: 'WEBHOOK' }, { channel: 'WEBHOOK' }]);
    const partner = heldSender();
    const queue = jobQueue();
    // Two workers, one delivery each.
    const workers = [0, 1].map(() => runDeliveryBatch(t.db, { limit: 1, senders: { WEBHOOK: partner.sender }, enqueueWithdrawalFanout: queue.enqueueWithdrawalFanout }));
    await partner.inFlight(2);
    await withdrawNotice(t.db, moderator, { noticeId, reasons: { ru: 'Акимат уточняет заявление.' } }, noEffects);
    expect(await fanOutNoticeWithdrawal(t.db, noticeId)).toMatchObject({ inFlight: 2 });

    for (const h of partner.held) h.answer({ status: 'sent' });
    await Promise.all(workers);
    await queue.drained();
    // One or both saw "none left in flight"; every fan-out that ran, and the sweeper's later one, add nothing twice.
    expect(queue.enqueued.length).toBeGreaterThanOrEqual(1);
    expect(new Set(queue.enqueued)).toEqual(new Set([noticeId]));
    await Promise.all([fanOutNoticeWithdrawal(t.db, noticeId), fanOutNoticeWithdrawal(t.db, noticeId)]);
    for (const sub of subs) expect(await withdrawalsTo(sub.id)).toBe(1);
    expect(await fanOutDone(noticeId)).toBe(true);
  });

  it("the SMS gateway's report: the SMS that was on the phone when the notice was withdrawn is followed by the withdrawal as soon as the phone says it was sent", async () => {
    const phoneNumber = '+77029990001';
    const { noticeId, subs } = await publishedTo([{ channel: 'SMS', address: phoneNumber }]);
    const sms = subs[0]!;
    await runDeliveryBatch(t.db, { senders: { SMS: createSmsSender({ encryptionKey: TEST_KEY }) } });
    const [onPhone] = await claimOutboundBatch(t.db, { deviceId: 'slow-phone', encryptionKey: TEST_KEY });
    expect(onPhone!.to).toBe(phoneNumber);

    await withdrawNotice(t.db, moderator, { noticeId, reasons: { ru: 'Акимат уточняет заявление.' } }, noEffects);
    expect(await fanOutNoticeWithdrawal(t.db, noticeId)).toMatchObject({ recipients: 0, inFlight: 1 });

    const queue = jobQueue();
    await recordMessageResults(t.db, [{ uuid: onPhone!.uuid, sent_result_code: -1, sent_timestamp: Date.now() }], new Date(), { enqueueWithdrawalFanout: queue.enqueueWithdrawalFanout });
    await queue.drained();
    expect(queue.enqueued).toEqual([noticeId]);
    expect(await withdrawalsTo(sms.id)).toBe(1);
    expect(await fanOutDone(noticeId)).toBe(true);
    // A report of an SMS of a notice that is not withdrawn enqueues nothing.
    const other = await publishedTo([{ channel: 'SMS', address: '+77029990002' }]);
    await runDeliveryBatch(t.db, { senders: { SMS: createSmsSender({ encryptionKey: TEST_KEY }) } });
    const next = (await claimOutboundBatch(t.db, { deviceId: 'slow-phone', encryptionKey: TEST_KEY })).find((m) => m.to === '+77029990002');
    await recordMessageResults(t.db, [{ uuid: next!.uuid, sent_result_code: -1, sent_timestamp: Date.now() }], new Date(), { enqueueWithdrawalFanout: queue.enqueueWithdrawalFanout });
    expect(queue.enqueued).toEqual([noticeId]);
    expect(await withdrawalsTo(other.subs[0]!.id)).toBe(0);
  });
});
