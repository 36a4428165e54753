// The SMPP side of the SMS outbox (the rows are the same SmsMessage rows the SMSSync phones take,
// see ../sms/outbox.ts). Only the worker holding the SMPP bind calls these.
//   claim      PENDING (or abandoned by a phone) → HANDED_OUT, route SMPP — before any PDU is written
//   parts      one SmppPart per submit_sm, written SUBMITTING before it goes out, ACCEPTED with the
//              SMSC's message id on submit_sm_resp, DELIVERED / FAILED by the delivery receipt
//   recover    on a new bind: SMPP messages still HANDED_OUT were in flight when the last holder died
//              → PENDING again; only their parts without a submit_sm_resp are sent again
import { randomInt } from 'node:crypto';
import type { Db } from '../../db/client';
import { decryptText } from '../../crypto/secret-box';
import { fanOutWithdrawalsSettledBy } from '../../delivery/withdrawal-fan-out';
import { HAND_OUT_TIMEOUT_MS, settleDelivery } from '../sms/outbox';
import { maxConcatRef, type Concatenation } from './encoding';

/** An SMS the SMSC refused this many times for a temporary reason is given back to the delivery engine. */
export const SMPP_MAX_ATTEMPTS = 5;

export interface ClaimedSms {
  id: string;
  uuid: string;
  phone: string;
  text: string;
  deliveryId: string | null;
  attempts: number;
  /** Parts from an earlier, interrupted or failed send exist. */
  hasParts: boolean;
}

export async function claimSmppBatch(db: Db, options: { limit: number; systemId: string; encryptionKey: string; now?: Date }): Promise<ClaimedSms[]> {
  const now = options.now ?? new Date();
  const phoneCutoff = new Date(now.getTime() - HAND_OUT_TIMEOUT_MS);
  const rows = await db.$queryRaw<{ id: string; uuid: string; phoneCipher: string; text: string; deliveryId: string | null; attempts: number; createdAt: Date; hasParts: boolean }[]>`
    WITH picked AS (
      SELECT id FROM "SmsMessage"
      WHERE direction = 'OUTBOUND' AND (status = 'PENDING' OR (status = 'HANDED_OUT' AND route = 'SMSSYNC' AND "handedOutAt" < ${phoneCutoff}))
      ORDER BY "createdAt", id
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "SmsMessage" m
    SET status = 'HANDED_OUT', route = 'SMPP', "deviceId" = ${`smpp:${options.systemId}`.slice(0, 128)}, "handedOutAt" = ${now}, attempts = m.attempts + 1, "updatedAt" = ${now}
    FROM picked WHERE m.id = picked.id
    RETURNING m.id::text AS id, m.uuid, m."phoneCipher", m.text, m."deliveryId"::text AS "deliveryId", m.attempts, m."createdAt",
      EXISTS (SELECT 1 FROM "SmppPart" p WHERE p."smsMessageId" = m.id) AS "hasParts"`;
  const claimed: ClaimedSms[] = [];
  for (const row of rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    let phone: string;
    try {
      phone = decryptText(row.phoneCipher, options.encryptionKey);
    } catch {
      await finishFailed(db, row.id, row.deliveryId, { code: 'undecryptable', message: 'recipient phone number cannot be decrypted', final: true }, now);
      continue;
    }
    claimed.push({ id: row.id, uuid: row.uuid, phone, text: row.text, deliveryId: row.deliveryId, attempts: row.attempts, hasParts: row.hasParts });
  }
  return claimed;
}

/** Messages a previous bind holder was sending when it died: pending again, parts kept. */
export async function recoverInFlightSmpp(db: Db): Promise<number> {
  return db.$executeRaw`UPDATE "SmsMessage" SET status = 'PENDING', "updatedAt" = now() WHERE direction = 'OUTBOUND' AND route = 'SMPP' AND status = 'HANDED_OUT'`;
}

export interface PartPlan {
  concatRef: number;
  /** Part numbers the SMSC already accepted in an interrupted earlier send. */
  alreadyAccepted: Set<number>;
}

/** A first send: every part, under a new random reference. */
export function freshPlan(concatenation: Concatenation): PartPlan {
  return { concatRef: randomInt(0, maxConcatRef(concatenation) + 1), alreadyAccepted: new Set() };
}

/**
 * Which parts of this SMS still have to go out, with the reference to join them under. An earlier
 * interrupted send of the same text keeps its reference and its accepted parts; a failed or
 * differently split one starts over.
 */
export async function planParts(db: Db, smsMessageId: string, partsTotal: number, concatenation: Concatenation): Promise<PartPlan> {
  const existing = await db.smppPart.findMany({ where: { smsMessageId }, select: { partNumber: true, partsTotal: true, status: true, concatRef: true } });
  const reusable = existing.length > 0 && existing.every((p) => p.partsTotal === partsTotal && p.status !== 'FAILED' && p.concatRef <= maxConcatRef(concatenation));
  if (!reusable) {
    if (existing.length) await db.smppPart.deleteMany({ where: { smsMessageId } });
    return freshPlan(concatenation);
  }
  return {
    concatRef: existing[0]!.concatRef,
    alreadyAccepted: new Set(existing.filter((p) => p.status === 'ACCEPTED' || p.status === 'DELIVERED').map((p) => p.partNumber)),
  };
}

export interface SubmittingPart {
  smsMessageId: string;
  partNumber: number;
  partsTotal: number;
  concatRef: number;
}

/** Written before the parts go out: a crash after this re-sends exactly these. */
export async function markPartsSubmitting(db: Db, parts: SubmittingPart[]): Promise<void> {
  if (parts.length === 0) return;
  await db.$executeRawUnsafe(
    `INSERT INTO "SmppPart" (id, "smsMessageId", "partNumber", "partsTotal", "concatRef", status, "submittedAt")
     SELECT gen_random_uuid(), p.sms, p.n, p.total, p.ref, 'SUBMITTING', now() FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[]) AS p(sms, n, total, ref)
     ON CONFLICT ("smsMessageId", "partNumber") DO UPDATE SET status = 'SUBMITTING', "submittedAt" = now(), "errorCode" = NULL`,
    parts.map((p) => p.smsMessageId),
    parts.map((p) => p.partNumber),
    parts.map((p) => p.partsTotal),
    parts.map((p) => p.concatRef),
  );
}

export interface AcceptedPart {
  smsMessageId: string;
  partNumber: number;
  smscMessageId: string;
  /** This was the SMS's last part to be accepted: the SMS is SENT and its delivery settled. */
  completes: { deliveryId: string | null } | null;
}

/**
 * submit_sm_resp OK for these parts; SMS whose every part is accepted become SENT and the notice
 * deliveries they carry are settled as sent — three statements for the whole batch.
 */
export async function recordAcceptedParts(db: Db, parts: AcceptedPart[], now = new Date()): Promise<void> {
  if (parts.length === 0) return;
  await db.$executeRawUnsafe(
    `UPDATE "SmppPart" p SET status = 'ACCEPTED', "smscMessageId" = u.smsc, "acceptedAt" = now()
     FROM unnest($1::uuid[], $2::int[], $3::text[]) AS u(sms, n, smsc)
     WHERE p."smsMessageId" = u.sms AND p."partNumber" = u.n AND p.status = 'SUBMITTING'`,
    parts.map((p) => p.smsMessageId),
    parts.map((p) => p.partNumber),
    parts.map((p) => p.smscMessageId.slice(0, 128)),
  );
  const completed = parts.filter((p) => p.completes);
  if (completed.length === 0) return;
  await db.smsMessage.updateMany({ where: { id: { in: completed.map((p) => p.smsMessageId) }, status: 'HANDED_OUT' }, data: { status: 'SENT', sentAt: now, resultCode: null, resultMessage: null } });
  const deliveryIds = completed.map((p) => p.completes!.deliveryId).filter((id): id is string => Boolean(id));
  if (deliveryIds.length) {
    await db.delivery.updateMany({ where: { id: { in: deliveryIds }, status: { not: 'SENT' } }, data: { status: 'SENT', sentAt: now, lastError: null, nextAttemptAt: null, lockedUntil: null } });
    // The last SMS in flight of a withdrawn notice: its recipients hear of the withdrawal now.
    await fanOutWithdrawalsSettledBy(db, deliveryIds);
  }
}

export async function markPartRefused(db: Db, smsMessageId: string, partNumber: number, errorCode: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "SmppPart" SET status = 'FAILED', "errorCode" = ${errorCode.slice(0, 60)}, "doneAt" = now()
    WHERE "smsMessageId" = ${smsMessageId}::uuid AND "partNumber" = ${partNumber}`;
}

/**
 * The SMSC refused it. Final refusals (a bad number, a text it will never take) fail the SMS and the
 * delivery; temporary ones fail the SMS and hand the delivery back to the engine's backoff, which
 * offers the same SMS again (see ../sms/sms-sender.ts).
 */
export async function finishFailed(db: Db, smsMessageId: string, deliveryId: string | null, failure: { code: string; message: string; final: boolean }, now = new Date()): Promise<void> {
  await db.smsMessage.update({ where: { id: smsMessageId }, data: { status: 'FAILED', resultCode: failure.code.slice(0, 40), resultMessage: failure.message.slice(0, 500) } });
  if (deliveryId) await settleDelivery(db, deliveryId, { failed: `SMPP: ${failure.message}`, final: failure.final }, now);
}

/** Throttled or the SMSC's queue is full: back to the outbox for a later try, nothing failed. */
export async function putBack(db: Db, smsMessageId: string): Promise<void> {
  await db.smsMessage.updateMany({ where: { id: smsMessageId, status: 'HANDED_OUT' }, data: { status: 'PENDING' } });
}
