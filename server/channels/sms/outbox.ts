// Outbound SMS as the gateway phones see them. A message is PENDING until a phone polls
// (task=send), HANDED_OUT to that phone until it confirms it queued it (task=sent), then SENT,
// DELIVERED or FAILED when the phone reports results (task=result). A message handed out but never
// confirmed — the phone died, lost the response, ran out of credit — is handed out again after
// HAND_OUT_TIMEOUT_MS, to whichever phone polls next; after MAX_HAND_OUTS it is given up as FAILED.
import { createHash } from 'node:crypto';
import type { Db, DbTx } from '../../db/client';
import { decryptText } from '../../crypto/secret-box';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '../../delivery/backoff';
import { enqueueWithdrawalFanout, fanOutWithdrawalsSettledBy } from '../../delivery/withdrawal-fan-out';
import { isSmppRouteLive } from '../smpp/settings';
import type { MessageResult } from './schema';
import { sealPhone } from './phone';

export const HAND_OUT_TIMEOUT_MS = 10 * 60_000;
export const SEND_BATCH_LIMIT = 20;
export const MAX_HAND_OUTS = 10;
/** How long after its last change an outbound SMS is still worth asking the phones about. */
const RESULT_WANTED_FOR_MS = 48 * 3600_000;

export interface GatewayMessage {
  to: string;
  message: string;
  uuid: string;
}

/** A stable UUID (version-5 layout) derived from a name: the same inbound SMS always gets the same report and reply ids. */
export function stableUuid(name: string): string {
  const bytes = createHash('sha256').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface NewOutboundSms {
  uuid: string;
  phone: string;
  text: string;
  deliveryId?: string;
  reportId?: string;
  /** Set for an auto-reply handed straight to the phone in the response to its POST. */
  handedOutTo?: { deviceId: string | null; at: Date };
}

export function outboundSmsRow(sms: NewOutboundSms, encryptionKey: string) {
  return {
    uuid: sms.uuid,
    direction: 'OUTBOUND' as const,
    status: sms.handedOutTo ? ('HANDED_OUT' as const) : ('PENDING' as const),
    ...sealPhone(sms.phone, encryptionKey),
    text: sms.text,
    deviceId: sms.handedOutTo?.deviceId ?? null,
    handedOutAt: sms.handedOutTo?.at ?? null,
    attempts: sms.handedOutTo ? 1 : 0,
    deliveryId: sms.deliveryId ?? null,
    reportId: sms.reportId ?? null,
  };
}

/**
 * The next batch for the phone that polls. Rows are claimed with FOR UPDATE SKIP LOCKED, so two
 * phones polling at the same moment never get the same message. While an SMPP bind is up
 * (server/channels/smpp) outgoing SMS take that route and the phones get none; they take over as
 * soon as the bind is down.
 */
export async function claimOutboundBatch(db: Db, options: { deviceId: string | null; encryptionKey: string; limit?: number; now?: Date }): Promise<GatewayMessage[]> {
  const now = options.now ?? new Date();
  const limit = Math.min(Math.max(options.limit ?? SEND_BATCH_LIMIT, 1), SEND_BATCH_LIMIT);
  const cutoff = new Date(now.getTime() - HAND_OUT_TIMEOUT_MS);

  // Messages no phone ever confirmed, MAX_HAND_OUTS times over: stop offering them.
  const abandoned = await db.$queryRaw<{ deliveryId: string | null }[]>`
    UPDATE "SmsMessage" SET status = 'FAILED', "resultMessage" = 'never confirmed by a gateway phone', "updatedAt" = ${now}
    WHERE direction = 'OUTBOUND' AND status = 'HANDED_OUT' AND "handedOutAt" < ${cutoff} AND attempts >= ${MAX_HAND_OUTS}
    RETURNING "deliveryId"`;
  for (const row of abandoned) if (row.deliveryId) await settleDelivery(db, row.deliveryId, { failed: 'never confirmed by a gateway phone', final: true }, now);
  if (await isSmppRouteLive(db, now)) return [];

  const rows = await db.$queryRaw<{ uuid: string; phoneCipher: string; text: string; createdAt: Date }[]>`
    WITH picked AS (
      SELECT id FROM "SmsMessage"
      WHERE direction = 'OUTBOUND' AND (status = 'PENDING' OR (status = 'HANDED_OUT' AND "handedOutAt" < ${cutoff}))
      ORDER BY "createdAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "SmsMessage" m
    SET status = 'HANDED_OUT', route = 'SMSSYNC', "deviceId" = ${options.deviceId}, "handedOutAt" = ${now}, attempts = m.attempts + 1, "updatedAt" = ${now}
    FROM picked WHERE m.id = picked.id
    RETURNING m.uuid, m."phoneCipher", m.text, m."createdAt"`;
  return rows
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((row) => ({ to: decryptText(row.phoneCipher, options.encryptionKey), message: row.text, uuid: row.uuid }));
}

/** task=sent: the phone queued these. Answers with the uuids it may forget — every outbound one we know. */
export async function confirmQueuedOnPhone(db: Db, uuids: string[], now = new Date()): Promise<string[]> {
  if (uuids.length === 0) return [];
  await db.smsMessage.updateMany({
    where: { uuid: { in: uuids }, direction: 'OUTBOUND', status: { in: ['PENDING', 'HANDED_OUT'] } },
    data: { status: 'QUEUED_ON_PHONE', updatedAt: now },
  });
  const known = await db.smsMessage.findMany({ where: { uuid: { in: uuids }, direction: 'OUTBOUND' }, select: { uuid: true } });
  const knownSet = new Set(known.map((k) => k.uuid));
  return uuids.filter((uuid, index) => knownSet.has(uuid) && uuids.indexOf(uuid) === index);
}

/** GET task=result: outbound messages a phone has (or may have) whose sent/delivered result we lack. */
export async function uuidsAwaitingResult(db: Db, now = new Date(), limit = 200): Promise<string[]> {
  const rows = await db.smsMessage.findMany({
    where: { direction: 'OUTBOUND', status: { in: ['HANDED_OUT', 'QUEUED_ON_PHONE', 'SENT'] }, updatedAt: { gte: new Date(now.getTime() - RESULT_WANTED_FOR_MS) } },
    orderBy: { updatedAt: 'asc' },
    take: limit,
    select: { uuid: true },
  });
  return rows.map((r) => r.uuid);
}

/** Milliseconds, seconds, numeric strings or a date string (SMSSync serialises java.util.Date with Gson). */
export function parseGatewayTimestamp(value: string | number | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const numeric = typeof value === 'number' ? value : /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  const ms = Number.isFinite(numeric) ? (numeric < 1e11 ? numeric * 1000 : numeric) : Date.parse(String(value));
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const date = new Date(ms);
  return date.getFullYear() > 2000 && date.getFullYear() < 2200 ? date : null;
}

function code(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * What a result says. SMSSync passes on Android's codes: the sent code is Activity.RESULT_OK (-1)
 * on success and SmsManager's error (1 generic failure, 2 radio off, 3 null PDU, 4 no service …)
 * otherwise; many servers and the docs' examples use 0 for success, so anything ≤ 0 counts as sent.
 * A delivery report exists when it carries a delivered timestamp or the RESULT_OK code.
 */
export function interpretResult(result: MessageResult): 'FAILED' | 'SENT' | 'DELIVERED' {
  const sent = code(result.sent_result_code);
  if (sent !== null && sent > 0) return 'FAILED';
  const delivered = code(result.delivered_result_code);
  if (parseGatewayTimestamp(result.delivered_timestamp) || delivered === -1) return 'DELIVERED';
  return 'SENT';
}

const STATUS_RANK = { RECEIVED: 0, PENDING: 0, HANDED_OUT: 1, QUEUED_ON_PHONE: 2, FAILED: 3, SENT: 3, DELIVERED: 4 } as const;

/**
 * task=result: records each known message's outcome and settles the notice delivery it carries; a
 * withdrawn notice whose last SMS in flight this was has its withdrawal fan-out enqueued now.
 */
export async function recordMessageResults(
  db: Db,
  results: MessageResult[],
  now = new Date(),
  effects: { enqueueWithdrawalFanout?: (noticeId: string) => Promise<unknown> } = {},
): Promise<{ recorded: number }> {
  let recorded = 0;
  const settled: string[] = [];
  for (const result of results) {
    const message = await db.smsMessage.findUnique({ where: { uuid: result.uuid }, select: { id: true, direction: true, status: true, deliveryId: true } });
    if (!message || message.direction !== 'OUTBOUND') continue;
    const status = interpretResult(result);
    // A late "sent" must not undo "delivered"; a failure after delivery is noise.
    if (STATUS_RANK[status] < STATUS_RANK[message.status] || (message.status === 'DELIVERED' && status !== 'DELIVERED')) continue;
    const sentAt = parseGatewayTimestamp(result.sent_timestamp) ?? now;
    const resultCode = [result.sent_result_code, result.delivered_result_code].map((c) => (c === null || c === undefined ? '' : String(c))).join('/');
    const resultMessage = [result.sent_result_message, result.delivered_result_message].filter(Boolean).join(' / ').slice(0, 500) || null;
    await db.smsMessage.update({
      where: { id: message.id },
      data: {
        status,
        resultCode: resultCode.slice(0, 40),
        resultMessage,
        sentAt: status === 'FAILED' ? undefined : sentAt,
        deliveredAt: status === 'DELIVERED' ? (parseGatewayTimestamp(result.delivered_timestamp) ?? now) : undefined,
      },
    });
    recorded += 1;
    if (message.deliveryId) {
      await settleDelivery(db, message.deliveryId, status === 'FAILED' ? { failed: `gateway phone could not send (code ${result.sent_result_code ?? '?'})`, final: false } : { sentAt }, now);
      settled.push(message.deliveryId);
    }
  }
  await fanOutWithdrawalsSettledBy(db, settled, effects.enqueueWithdrawalFanout ?? enqueueWithdrawalFanout);
  return { recorded };
}

/**
 * The delivery engine left an SMS delivery queued ("pending") for us to settle. Sent: SENT once
 * and for all. Failed: back to the queue with the engine's own backoff, so the engine calls the SMS
 * sender again (which re-queues the same SMS row), until the engine's MAX_DELIVERY_ATTEMPTS.
 */
export async function settleDelivery(db: DbTx, deliveryId: string, outcome: { sentAt: Date } | { failed: string; final: boolean }, now = new Date()): Promise<void> {
  if ('sentAt' in outcome) {
    await db.delivery.updateMany({ where: { id: deliveryId, status: { not: 'SENT' } }, data: { status: 'SENT', sentAt: outcome.sentAt, lastError: null, nextAttemptAt: null, lockedUntil: null } });
    return;
  }
  const delivery = await db.delivery.findUnique({ where: { id: deliveryId }, select: { status: true, attempts: true } });
  // Cancelled (its notice was withdrawn): a failed send leaves it so, it is not queued again.
  if (!delivery || delivery.status === 'SENT' || delivery.status === 'CANCELLED') return;
  const final = outcome.final || delivery.attempts >= MAX_DELIVERY_ATTEMPTS;
  const backoffMs = retryDelayMs(Math.max(1, delivery.attempts));
  await db.delivery.update({
    where: { id: deliveryId },
    data: final
      ? { status: 'FAILED', lastError: outcome.failed, nextAttemptAt: null, lockedUntil: null }
      : { status: 'QUEUED', lastError: outcome.failed, nextAttemptAt: new Date(now.getTime() + backoffMs), lockedUntil: null },
  });
}

/**
 * Drops the outbound SMS of these deliveries that no gateway has taken yet (still PENDING), so a
 * withdrawn notice does not go out after all; returns the deliveries whose SMS was dropped. SMS
 * already handed to a phone or an SMSC are left to finish: they may be on their way.
 */
export async function dropUnsentSmsOfDeliveries(tx: DbTx, deliveryIds: string[], reason: string): Promise<string[]> {
  if (deliveryIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ deliveryId: string }[]>`
    UPDATE "SmsMessage" SET status = 'FAILED', "resultMessage" = ${reason}, "updatedAt" = now()
    WHERE direction = 'OUTBOUND' AND status = 'PENDING' AND "deliveryId" = ANY(${deliveryIds}::uuid[])
    RETURNING "deliveryId"::text AS "deliveryId"`;
  return rows.map((r) => r.deliveryId);
}
