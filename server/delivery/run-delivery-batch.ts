// The delivery engine: claims due deliveries with FOR UPDATE SKIP LOCKED (any number of workers),
// sends each through its channel's sender with bounded concurrency, and records every outcome of
// small groups as they come in (one UPDATE per group, at least twice a second). Claiming sets
// lockedUntil to the end of a short lease that the batch renews while it runs (up to a cap), so a
// worker that dies mid-send lets its lease run out within seconds and another worker — or the one
// the supervisor starts again — picks the deliveries up, first, since their nextAttemptAt (the
// queue's order) is left as it was; a live worker that cannot renew (the
// database is gone) starts no further send once its lease may have run out. What it sends again is only what was sent
// and not yet recorded: a send starts only while fewer than `concurrency` deliveries are in that
// state (in flight, or answered and waiting for their group's write), so however slow the database
// is, a crash re-sends at most that many — never the whole claimed batch (an SMS or a push to a
// person cannot be un-sent; every channel also carries an idempotency key, see channel-sender.ts).
import type { Db } from '../db/client';
import type { DeliveryKind, SubscriptionChannel } from '../db/generated/enums';
import { logger } from '../log';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './backoff';
import { CANCELLED_WITHDRAWN } from './cancel-unsent';
import type { ChannelSender, DeliveryTarget, OutgoingDigest, SendOutcome } from './channel-sender';
import { loadOutgoingAnnouncement, type AnnouncementInLanguage } from './outgoing-announcement';
import { loadOutgoingNotice, type NoticeInLanguage } from './outgoing-notice';
import { loadOutgoingDigest } from './outgoing-digest';
import { enqueueWithdrawalFanout, fanOutWithdrawalsSettledBy } from './withdrawal-fan-out';
import { channelSenders } from './senders';
import { loadOutgoingStaffNotification } from '../notifications/staff-message';

/** A digest whose every listed notice was withdrawn before it went out has nothing to say. */
export const CANCELLED_DIGEST_EMPTY = 'not sent: every notice the digest listed was withdrawn first';

/** Outcomes are written once this many have come in, or after FLUSH_MS, whichever is first. */
const FLUSH_EVERY = 25;
const FLUSH_MS = 500;

/** A claimed batch is never held longer than this, renewed or not: a sender that hangs lets go. */
export const DELIVERY_LEASE_MS = 2 * 60_000;
/** The lease a running batch holds and renews every LEASE_RENEW_MS: how long a dead worker's deliveries wait. */
const HELD_LEASE_MS = 20_000;
const LEASE_RENEW_MS = 5_000;
/** A 'pending' delivery (SMS awaiting the gateway's report) is retried only if the channel never settles it. */
export const PENDING_SETTLE_MS = 24 * 60 * 60_000;

export interface DeliveryBatchOptions {
  limit?: number;
  concurrency?: number;
  /** The longest a claimed batch is held, renewed or not (default DELIVERY_LEASE_MS). */
  leaseMs?: number;
  /** The lease held and renewed while the batch runs (default 20 s; tests shorten it). */
  heldLeaseMs?: number;
  senders?: Partial<Record<SubscriptionChannel, ChannelSender>>;
  /** Sends a withdrawn notice's fan-out job once its last in-flight delivery settled here (tests run it at once). */
  enqueueWithdrawalFanout?: (noticeId: string) => Promise<unknown>;
}

export interface DeliveryBatchResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  pending: number;
  /** Notice deliveries not sent because their notice was withdrawn meanwhile (digests: every notice they listed). */
  cancelled: number;
}

interface ClaimedRow {
  id: string;
  /** Exactly one of the two is set. */
  noticeVersionId: string | null;
  announcementId: string | null;
  staffNotificationId: string | null;
  digestId: string | null;
  kind: DeliveryKind;
  channel: SubscriptionChannel;
  attempts: number;
}

interface Settlement {
  id: string;
  status: 'QUEUED' | 'SENT' | 'FAILED' | 'CANCELLED';
  error: string | null;
  externalId: string | null;
  nextAttemptAt: Date | null;
  lockedUntil: Date | null;
  sentAt: Date | null;
}

export async function runDeliveryBatch(db: Db, options: DeliveryBatchOptions = {}): Promise<DeliveryBatchResult> {
  const { limit = 500, concurrency = 96, leaseMs = DELIVERY_LEASE_MS, senders = channelSenders } = options;
  const result: DeliveryBatchResult = { claimed: 0, sent: 0, retried: 0, failed: 0, pending: 0, cancelled: 0 };
  const channels = Object.keys(senders) as SubscriptionChannel[];
  if (channels.length === 0) return result;

  const claimedAt = Date.now();
  const leaseCap = claimedAt + leaseMs;
  const heldLeaseMs = Math.min(leaseMs, options.heldLeaseMs ?? HELD_LEASE_MS);
  const claimed = await db.$queryRawUnsafe<ClaimedRow[]>(
    `WITH due AS (
       SELECT id FROM "Delivery"
       WHERE status = 'QUEUED' AND "nextAttemptAt" <= now() AND ("lockedUntil" IS NULL OR "lockedUntil" <= now()) AND channel = ANY($1::"SubscriptionChannel"[])
       ORDER BY "nextAttemptAt" LIMIT $2 FOR UPDATE SKIP LOCKED
     )
     UPDATE "Delivery" d SET "lockedUntil" = now() + make_interval(secs => $3::float8 / 1000)
     FROM due WHERE d.id = due.id
     RETURNING d.id::text AS id, d."noticeVersionId"::text AS "noticeVersionId", d."announcementId"::text AS "announcementId", d."staffNotificationId"::text AS "staffNotificationId", d."digestId"::text AS "digestId", d.kind::text AS kind, d.channel::text AS channel, d.attempts`,
    channels,
    limit,
    heldLeaseMs,
  );
  result.claimed = claimed.length;
  if (claimed.length === 0) return result;
  const lease = leaseKeeper(db, claimed, { claimedAt, heldLeaseMs, cap: leaseCap });

  const details = await db.delivery.findMany({
    where: { id: { in: claimed.map((c) => c.id) } },
    select: {
      id: true,
      subscription: {
        select: { id: true, active: true, language: true, regionCodes: true, addressCipher: true, webhookSecret: true, unsubscribeToken: true, label: true },
      },
      report: { select: { id: true, trackingCode: true, language: true, contactKind: true, contactCipher: true } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const notices = new Map<string, NoticeInLanguage>();
  for (const key of new Set(claimed.flatMap((c) => (c.noticeVersionId ? [noticeKey(c)] : [])))) {
    const [versionId, kind] = key.split(':') as [string, DeliveryKind];
    notices.set(key, await cachedOutgoingNotice(db, versionId, kind));
  }
  // Read fresh for every batch (the texts above are cached): a notice withdrawn a moment ago must
  // not go out, even to deliveries written after the withdrawal cancelled the queued ones.
  const withdrawnVersions = new Set(
    (
      await db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT v.id::text AS id FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" WHERE v.id = ANY($1::uuid[]) AND n.status = 'WITHDRAWN'`,
        [...new Set(claimed.flatMap((c) => (c.kind === 'NOTICE' && c.noticeVersionId ? [c.noticeVersionId] : [])))],
      )
    ).map((r) => r.id),
  );
  const announcements = new Map<string, AnnouncementInLanguage>();
  for (const id of new Set(claimed.flatMap((c) => (c.announcementId ? [c.announcementId] : [])))) announcements.set(id, await loadOutgoingAnnouncement(db, id));

  // A notice (or a digest listing one) withdrawn while this batch sends it: once its last delivery in
  // flight is recorded, its withdrawal fan-out starts (the sweeper is only the safety net).
  const mayEndWithdrawalWait = new Set(claimed.filter((c) => (c.kind === 'NOTICE' && c.noticeVersionId) || c.digestId).map((c) => c.id));
  const settlements = settlementRecorder(db, concurrency, async (group) => {
    const settled = group.filter((s) => s.status !== 'QUEUED' && mayEndWithdrawalWait.has(s.id)).map((s) => s.id);
    await fanOutWithdrawalsSettledBy(db, settled, options.enqueueWithdrawalFanout ?? enqueueWithdrawalFanout);
  });
  const deactivations: { id: string; reason: string }[] = [];

  await forEachWithConcurrency(claimed, concurrency, async (row) => {
    const slot = await settlements.reserve();
    try {
      // Past our lease another worker may have claimed it: leave it to them (or to the next batch).
      if (lease.mayHaveLapsed()) return;
      await deliverOne(row, slot);
    } finally {
      slot.release();
    }
  }).finally(() => {
    lease.stop();
    return settlements.close();
  });

  async function deliverOne(row: ClaimedRow, settlements: { push(settlement: Settlement): void }) {
    const detail = byId.get(row.id);
    const sender = senders[row.channel];
    const subscription = detail?.subscription ?? null;
    const report = detail?.report ?? null;
    const language = subscription?.language ?? report?.language ?? 'ru';
    const notice = row.noticeVersionId ? (notices.get(noticeKey(row))?.(language) ?? null) : null;
    const announcement = row.announcementId ? (announcements.get(row.announcementId)?.(language) ?? null) : null;

    if (row.kind === 'NOTICE' && row.noticeVersionId && withdrawnVersions.has(row.noticeVersionId)) {
      settlements.push({ id: row.id, status: 'CANCELLED', error: CANCELLED_WITHDRAWN, externalId: null, nextAttemptAt: null, lockedUntil: null, sentAt: null });
      result.cancelled++;
      return;
    }
    // A digest is read now, per recipient language; notices withdrawn since it was written are left out.
    let digest: OutgoingDigest | null = null;
    if (row.digestId) {
      const loaded = await loadOutgoingDigest(db, row.digestId, language, (versionId) => cachedOutgoingNotice(db, versionId, 'NOTICE'));
      if (loaded.withdrawnVersionIds.length > 0) await db.digestItem.deleteMany({ where: { digestId: row.digestId, noticeVersionId: { in: loaded.withdrawnVersionIds } } });
      if (!loaded.digest) {
        settlements.push({ id: row.id, status: 'CANCELLED', error: CANCELLED_DIGEST_EMPTY, externalId: null, nextAttemptAt: null, lockedUntil: null, sentAt: null });
        result.cancelled++;
        return;
      }
      digest = loaded.digest;
    }
    let outcome: SendOutcome;
    if (row.staffNotificationId) outcome = await sendStaffNotification(db, row, sender).catch((error: unknown) => ({ status: 'retry' as const, error: error instanceof Error ? error.message : String(error) }));
    else if (!detail || !sender || (!subscription && !report)) outcome = { status: 'failed', error: 'recipient no longer exists' };
    else if (subscription && !subscription.active) outcome = { status: 'failed', error: 'subscription no longer active' };
    else if (row.announcementId && !announcement) outcome = { status: 'failed', error: 'announcement no longer exists' };
    else if (row.announcementId && !sender.sendAnnouncement) outcome = { status: 'failed', error: `${row.channel} does not carry announcements` };
    else if (digest && !sender.sendDigest) outcome = { status: 'failed', error: `${row.channel} does not carry digests` };
    else if (!row.announcementId && !digest && !notice) outcome = { status: 'failed', error: 'notice has no text in any language' };
    else {
      const target: DeliveryTarget = {
        deliveryId: row.id,
        channel: row.channel,
        attempts: row.attempts,
        subscription: subscription && {
          id: subscription.id,
          language: subscription.language,
          regionCodes: subscription.regionCodes,
          addressCipher: subscription.addressCipher,
          webhookSecret: subscription.webhookSecret,
          unsubscribeToken: subscription.unsubscribeToken,
          label: subscription.label,
        },
        report,
      };
      try {
        outcome = announcement
          ? await sender.sendAnnouncement!(db, target, announcement)
          : digest
            ? await sender.sendDigest!(db, target, digest)
            : await sender.send(db, target, notice!);
      } catch (error) {
        outcome = { status: 'retry', error: error instanceof Error ? error.message : String(error) };
      }
    }
    const settled = settle(row, outcome);
    settlements.push(settled);
    if (outcome.status === 'failed' && outcome.deactivateSubscription && subscription) deactivations.push({ id: subscription.id, reason: outcome.error });
    if (outcome.status === 'sent') result.sent++;
    else if (outcome.status === 'pending') result.pending++;
    else if (settled.status === 'FAILED') result.failed++;
    else result.retried++;
  }
  await settlements.close();
  if (deactivations.length > 0) {
    await db.$executeRawUnsafe(
      `UPDATE "Subscription" s SET active = false, "deactivatedReason" = u.reason, "updatedAt" = now()
       FROM unnest($1::uuid[], $2::text[]) AS u(id, reason) WHERE s.id = u.id`,
      deactivations.map((d) => d.id),
      deactivations.map((d) => d.reason.slice(0, 300)),
    );
  }
  return result;
}

/** A staff notification, to the member on the channel they chose for its kind (read and scoped again now). */
async function sendStaffNotification(db: Db, row: ClaimedRow, sender: ChannelSender | undefined): Promise<SendOutcome> {
  if (!sender?.sendStaffNotification) return { status: 'failed', error: `${row.channel} does not carry staff notifications` };
  const message = await loadOutgoingStaffNotification(db, row.staffNotificationId!);
  if (!message) return { status: 'failed', error: 'recipient gone or rumour outside their regions' };
  return sender.sendStaffNotification(db, message, row.id);
}

function noticeKey(row: Pick<ClaimedRow, 'noticeVersionId' | 'kind'>): string {
  return `${row.noticeVersionId}:${row.kind}`;
}

function settle(row: ClaimedRow, outcome: SendOutcome): Settlement {
  const now = Date.now();
  const none = { externalId: null, nextAttemptAt: null, lockedUntil: null, sentAt: null };
  switch (outcome.status) {
    case 'sent':
      return { ...none, id: row.id, status: 'SENT', error: null, externalId: outcome.externalId ?? null, sentAt: new Date(now) };
    case 'pending': {
      const until = new Date(now + PENDING_SETTLE_MS);
      return { ...none, id: row.id, status: 'QUEUED', error: null, nextAttemptAt: until, lockedUntil: until };
    }
    case 'failed':
      return { ...none, id: row.id, status: 'FAILED', error: outcome.error };
    case 'retry': {
      const attemptsMade = row.attempts + 1;
      if (attemptsMade >= MAX_DELIVERY_ATTEMPTS) return { ...none, id: row.id, status: 'FAILED', error: `gave up after ${attemptsMade} attempts: ${outcome.error}` };
      const delay = Math.max(outcome.retryAfterMs ?? 0, retryDelayMs(attemptsMade));
      return { ...none, id: row.id, status: 'QUEUED', error: outcome.error, nextAttemptAt: new Date(now + delay) };
    }
  }
}

/**
 * Buffers outcomes and writes them in small groups, one write at a time; close() writes the rest and
 * reports a failed write. `reserve()` is asked before each send: it waits while `window` deliveries
 * are sent (or being sent) but not yet written — writing what is buffered at once — so that many at
 * most would be sent twice if the process died now. `recorded` runs after each group is written.
 */
function settlementRecorder(db: Db, window: number, recorded: (group: Settlement[]) => Promise<void>) {
  let pending: Settlement[] = [];
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  /** Reserved slots: sends started and not yet written (or released without an outcome). */
  let unwritten = 0;
  let waiters: (() => void)[] = [];
  const freed = (count: number) => {
    unwritten -= count;
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  const flush = () => {
    if (pending.length === 0) return writing;
    const group = pending;
    pending = [];
    writing = writing
      .then(() => recordSettlements(db, group))
      .then(() => recorded(group))
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => freed(group.length));
    return writing;
  };
  const timer = setInterval(() => void flush(), FLUSH_MS);
  timer.unref();
  let closed: Promise<void> | null = null;
  return {
    async reserve(): Promise<{ push(settlement: Settlement): void; release(): void }> {
      while (unwritten >= window) {
        void flush();
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      unwritten++;
      let settled = false;
      return {
        push(settlement: Settlement) {
          settled = true;
          pending.push(settlement);
          if (pending.length >= FLUSH_EVERY || waiters.length > 0) void flush();
        },
        // A send that ended without an outcome (a bookkeeping error) gives its slot back.
        release() {
          if (!settled) {
            settled = true;
            freed(1);
          }
        },
      };
    },
    close(): Promise<void> {
      closed ??= (async () => {
        clearInterval(timer);
        await flush();
        if (failure) throw failure;
      })();
      return closed;
    },
  };
}

/**
 * Renews the lease of the batch's deliveries that have no recorded outcome yet (an outcome adds an
 * attempt, so a row whose attempts changed is left alone), never past `cap`; and says when the lease
 * may have run out — no renewal has succeeded for most of its length — so no further send starts.
 */
function leaseKeeper(db: Db, claimed: ClaimedRow[], options: { claimedAt: number; heldLeaseMs: number; cap: number }) {
  let heldUntil = Math.min(options.claimedAt + options.heldLeaseMs, options.cap);
  const margin = Math.min(2_000, options.heldLeaseMs / 4);
  let renewing = false;
  const renew = async () => {
    if (renewing || Date.now() >= options.cap) return;
    renewing = true;
    const asked = Date.now();
    const until = Math.min(asked + options.heldLeaseMs, options.cap);
    try {
      await db.$executeRawUnsafe(
        `UPDATE "Delivery" d SET "lockedUntil" = $3::timestamptz
         FROM unnest($1::uuid[], $2::int[]) AS c(id, attempts)
         WHERE d.id = c.id AND d.attempts = c.attempts AND d.status = 'QUEUED'`,
        claimed.map((row) => row.id),
        claimed.map((row) => row.attempts),
        new Date(until).toISOString(),
      );
      heldUntil = Math.max(heldUntil, until - (Date.now() - asked));
    } catch (error) {
      logger.warn({ err: error }, 'could not renew the lease of a delivery batch');
    } finally {
      renewing = false;
    }
  };
  const timer = setInterval(() => void renew(), Math.min(LEASE_RENEW_MS, options.heldLeaseMs / 4));
  timer.unref();
  return {
    mayHaveLapsed: () => Date.now() > heldUntil - margin,
    stop: () => clearInterval(timer),
  };
}

/** A group of outcomes in one statement (not one UPDATE per delivery). */
async function recordSettlements(db: Db, settlements: Settlement[]): Promise<void> {
  if (settlements.length === 0) return;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  await db.$executeRawUnsafe(
    `UPDATE "Delivery" d SET
       status = u.status::"DeliveryStatus",
       attempts = d.attempts + 1,
       "lastError" = u.error,
       "nextAttemptAt" = u.next_at,
       "lockedUntil" = u.locked_until,
       "sentAt" = u.sent_at,
       "externalId" = coalesce(u.external_id, d."externalId")
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[], $7::text[]) AS u(id, status, error, next_at, locked_until, sent_at, external_id)
     WHERE d.id = u.id AND d.status = 'QUEUED'`,
    settlements.map((s) => s.id),
    settlements.map((s) => s.status),
    settlements.map((s) => (s.error ? s.error.slice(0, 500) : null)),
    settlements.map((s) => iso(s.nextAttemptAt)),
    settlements.map((s) => iso(s.lockedUntil)),
    settlements.map((s) => iso(s.sentAt)),
    settlements.map((s) => s.externalId),
  );
}

const NOTICE_CACHE_MS = 30_000;
const noticeCache = new Map<string, { load: Promise<NoticeInLanguage>; at: number }>();

/** Published text never changes; re-read now and then (whether it is withdrawn is read per batch). */
function cachedOutgoingNotice(db: Db, noticeVersionId: string, kind: DeliveryKind): Promise<NoticeInLanguage> {
  const key = `${noticeVersionId}:${kind}`;
  const hit = noticeCache.get(key);
  if (hit && Date.now() - hit.at < NOTICE_CACHE_MS) return hit.load;
  if (noticeCache.size > 200) noticeCache.clear();
  const load = loadOutgoingNotice(db, noticeVersionId, kind);
  noticeCache.set(key, { load, at: Date.now() });
  load.catch(() => noticeCache.delete(key));
  return load;
}

async function forEachWithConcurrency<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        await run(item);
      } catch (error) {
        logger.error({ err: error }, 'delivery bookkeeping failed');
      }
    }
  });
  await Promise.all(workers);
}
