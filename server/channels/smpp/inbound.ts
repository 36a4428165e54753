// What a deliver_sm from the SMSC means:
//   - a delivery receipt (esm_class bits 2–5 = 0001) → the part it names is DELIVERED or FAILED, and
//     the SMS and the notice delivery follow;
//   - anything else is a citizen's SMS → the same code path as an SMS forwarded by an SMSSync phone
//     (../sms/receive-sms.ts): a report with a tracking-code reply, or a SUB/STOP/LANG/HELP/STATUS
//     command. Long SMS arrive in parts; parts wait in SmppInboundPart until their siblings come.
import { createHash } from 'node:crypto';
import type { PDU } from 'smpp';
import { decryptText, encryptText, keyedHash } from '../../crypto/secret-box';
import type { Db } from '../../db/client';
import { receiveInboundSms, type ReceivedSms } from '../sms/receive-sms';
import { normalizePhone } from '../sms/phone';
import { inboundConcatenation, inboundText } from './encoding';

/** esm_class "message type" bits for an SMSC delivery receipt. */
const ESM_TYPE_MASK = 0x3c;
const ESM_TYPE_RECEIPT = 0x04;
/** Parts of a long SMS whose siblings never came are joined as they are after this long. */
export const INBOUND_PART_WAIT_MS = 10 * 60_000;
/** A re-delivered deliver_sm (our response was lost) within this window is the same SMS. */
const DUPLICATE_WINDOW_MS = 2 * 60_000;

export function isDeliveryReceipt(pdu: PDU): boolean {
  return ((Number(pdu.esm_class) || 0) & ESM_TYPE_MASK) === ESM_TYPE_RECEIPT;
}

export type ReceiptOutcome = 'delivered' | 'failed' | 'intermediate';

export interface DeliveryReceipt {
  smscMessageId: string;
  outcome: ReceiptOutcome;
  /** "UNDELIV err:034" — what the admin sees in the log. */
  detail: string;
}

/** message_state TLV values (SMPP 3.4 §5.3.2.35) and the receipt text's stat words. */
const STATES: Record<string, ReceiptOutcome> = {
  '2': 'delivered',
  DELIVRD: 'delivered',
  '3': 'failed',
  EXPIRED: 'failed',
  '4': 'failed',
  DELETED: 'failed',
  '5': 'failed',
  UNDELIV: 'failed',
  '8': 'failed',
  REJECTD: 'failed',
};
const STATE_WORDS: Record<string, string> = { '1': 'ENROUTE', '2': 'DELIVRD', '3': 'EXPIRED', '4': 'DELETED', '5': 'UNDELIV', '6': 'ACCEPTD', '7': 'UNKNOWN', '8': 'REJECTD', '9': 'SKIPPED' };

/**
 * The receipt's message id and outcome, from the receipted_message_id / message_state TLVs when
 * present, otherwise from the text ("id:… sub:001 dlvrd:001 submit date:… done date:… stat:DELIVRD err:000 text:…").
 */
export function parseDeliveryReceipt(pdu: PDU): DeliveryReceipt | null {
  const text = inboundText(pdu);
  const fromText = (field: string) => new RegExp(`(?:^|\\s)${field}:(\\S+)`, 'i').exec(text)?.[1];
  const id = (typeof pdu.receipted_message_id === 'string' && pdu.receipted_message_id.trim()) || fromText('id');
  if (!id) return null;
  const stateWord = typeof pdu.message_state === 'number' ? STATE_WORDS[String(pdu.message_state)] ?? String(pdu.message_state) : (fromText('stat') ?? 'UNKNOWN').toUpperCase();
  const err = fromText('err');
  const outcome = STATES[stateWord] ?? (typeof pdu.message_state === 'number' ? STATES[String(pdu.message_state)] : undefined) ?? 'intermediate';
  return { smscMessageId: id, outcome, detail: `${stateWord}${err && err !== '000' ? ` err:${err}` : ''}` };
}

/**
 * The forms an SMSC may give the same id in: submit_sm_resp in hex and the receipt in decimal (or
 * the reverse) is a classic, so both are looked up.
 */
export function messageIdVariants(id: string): string[] {
  const variants = new Set([id]);
  if (/^\d{1,15}$/.test(id)) {
    const hex = Number(id).toString(16);
    variants.add(hex).add(hex.toUpperCase());
  }
  if (/^[0-9a-f]{1,12}$/i.test(id)) variants.add(String(parseInt(id, 16)));
  return [...variants];
}

export interface ReceiptToRecord {
  receipt: DeliveryReceipt;
  /** Set by recordDeliveryReceipts: false for an id we never sent (or not yet recorded as accepted). */
  found?: boolean;
}

/**
 * Records a batch of receipts: each names one part; an SMS is DELIVERED once all its parts are,
 * FAILED (with its notice delivery) as soon as one part is undeliverable, expired or rejected.
 * Ids are matched as given first, then in their hex/decimal twin for those not found.
 */
export async function recordDeliveryReceipts(db: Db, items: ReceiptToRecord[]): Promise<void> {
  const final = items.filter((item) => item.receipt.outcome !== 'intermediate');
  for (const item of items) if (item.receipt.outcome === 'intermediate') item.found = true;
  if (final.length === 0) return;
  const touched: { sms: string; smsc: string; outcome: string; detail: string }[] = [];
  const apply = async (pairs: { lookup: string; item: ReceiptToRecord }[]) => {
    if (pairs.length === 0) return;
    const rows = await db.$queryRawUnsafe<{ sms: string; smsc: string; outcome: string; detail: string }[]>(
      `UPDATE "SmppPart" p SET status = (CASE WHEN u.outcome = 'delivered' THEN 'DELIVERED' ELSE 'FAILED' END)::"SmppPartStatus", "doneAt" = now(),
         "errorCode" = CASE WHEN u.outcome = 'failed' THEN left(u.detail, 60) END
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(smsc, outcome, detail)
       WHERE p."smscMessageId" = u.smsc AND p.status IN ('SUBMITTING', 'ACCEPTED')
       RETURNING p."smsMessageId"::text AS sms, u.smsc, u.outcome, u.detail`,
      pairs.map((p) => p.lookup),
      pairs.map((p) => p.item.receipt.outcome),
      pairs.map((p) => p.item.receipt.detail),
    );
    const matched = new Set(rows.map((r) => r.smsc));
    for (const pair of pairs) if (matched.has(pair.lookup)) pair.item.found = true;
    touched.push(...rows);
  };
  await apply(final.map((item) => ({ lookup: item.receipt.smscMessageId, item })));
  await apply(final.filter((item) => !item.found).flatMap((item) => messageIdVariants(item.receipt.smscMessageId).slice(1).map((lookup) => ({ lookup, item }))));
  for (const item of final) item.found ??= false;
  if (touched.length === 0) return;

  const failed = touched.filter((t) => t.outcome === 'failed');
  if (failed.length) {
    const deliveries = await db.$queryRawUnsafe<{ deliveryId: string | null; detail: string }[]>(
      `UPDATE "SmsMessage" m SET status = 'FAILED', "resultCode" = left(u.detail, 40), "resultMessage" = 'delivery receipt: ' || u.detail, "updatedAt" = now()
       FROM unnest($1::uuid[], $2::text[]) AS u(sms, detail)
       WHERE m.id = u.sms AND m.status <> 'FAILED'
       RETURNING m."deliveryId"::text AS "deliveryId", u.detail`,
      failed.map((t) => t.sms),
      failed.map((t) => t.detail),
    );
    // The SMSC gave up on the handset (expired, undeliverable, rejected): the person did not get it.
    const withDelivery = deliveries.filter((d) => d.deliveryId);
    if (withDelivery.length) {
      await db.$executeRawUnsafe(
        `UPDATE "Delivery" d SET status = 'FAILED', "lastError" = 'SMPP delivery receipt: ' || u.detail, "nextAttemptAt" = NULL, "lockedUntil" = NULL
         FROM unnest($1::uuid[], $2::text[]) AS u(id, detail) WHERE d.id = u.id AND d.status IN ('SENT', 'QUEUED')`,
        withDelivery.map((d) => d.deliveryId),
        withDelivery.map((d) => d.detail),
      );
    }
  }
  const delivered = [...new Set(touched.filter((t) => t.outcome === 'delivered').map((t) => t.sms))];
  if (delivered.length) {
    await db.$executeRawUnsafe(
      `UPDATE "SmsMessage" m SET status = 'DELIVERED', "deliveredAt" = now(), "updatedAt" = now()
       WHERE m.id = ANY($1::uuid[]) AND m.status NOT IN ('FAILED', 'DELIVERED')
         AND NOT EXISTS (SELECT 1 FROM "SmppPart" p WHERE p."smsMessageId" = m.id AND p.status <> 'DELIVERED')
         AND (SELECT count(*) FROM "SmppPart" p WHERE p."smsMessageId" = m.id) >= (SELECT max("partsTotal") FROM "SmppPart" p WHERE p."smsMessageId" = m.id)`,
      delivered,
    );
  }
}

/** "+77011234567" from the SMSC's source address and its type of number. */
export function senderPhone(address: string, ton: number): string | null {
  const digits = address.replace(/\D/g, '');
  if (ton === 1 && digits.length >= 7) return `+${digits}`;
  // A national number without its trunk prefix: 701 123 45 67 in Kazakhstan.
  if (ton === 2 && digits.length === 10) return `+7${digits}`;
  return normalizePhone(address);
}

export interface InboundContext {
  encryptionKey: string;
  publicOrigin: string;
  /** Shown as the "device" in the SMS log. */
  deviceId: string;
  now?: Date;
}

/**
 * A citizen's SMS from the SMSC. A part of a long SMS is stored until all its siblings are there;
 * the last one to arrive carries the whole text on. Null while parts are still missing.
 */
export async function receiveSmppMessage(db: Db, pdu: PDU, context: InboundContext): Promise<ReceivedSms | null> {
  const now = context.now ?? new Date();
  const source = String(pdu.source_addr ?? '');
  const destination = String(pdu.destination_addr ?? '');
  const phone = senderPhone(source, Number(pdu.source_addr_ton) || 0) ?? source;
  let text = inboundText(pdu);
  const part = inboundConcatenation(pdu);
  if (part) {
    const groupKey = keyedHash(`smpp-part:${phone}:${destination}:${part.ref}:${part.total}`, context.encryptionKey);
    const whole = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${groupKey}))`;
      await tx.smppInboundPart.createMany({
        data: [{ groupKey, partNumber: part.seq, partsTotal: part.total, text, phoneCipher: encryptText(phone, context.encryptionKey), destination: destination.slice(0, 64) }],
        skipDuplicates: true,
      });
      const parts = await tx.smppInboundPart.findMany({ where: { groupKey }, orderBy: { partNumber: 'asc' }, select: { partNumber: true, text: true } });
      if (parts.length < part.total) return null;
      await tx.smppInboundPart.deleteMany({ where: { groupKey } });
      return parts.map((p) => p.text).join('');
    });
    if (whole === null) return null;
    text = whole;
  }
  return receiveAssembled(db, { phone, destination, text }, context, now);
}

async function receiveAssembled(db: Db, sms: { phone: string; destination: string; text: string }, context: InboundContext, now: Date): Promise<ReceivedSms> {
  // SMPP gives a citizen's SMS no id of its own; a re-delivery (our deliver_sm_resp was lost) is
  // the same sender, number and text within minutes. The same text sent again later is a new SMS.
  const base = createHash('sha256').update(`${sms.phone}\n${sms.destination}\n${sms.text}`).digest('base64url').slice(0, 32);
  const window = Math.floor(now.getTime() / DUPLICATE_WINDOW_MS);
  return receiveInboundSms(
    db,
    { from: sms.phone, message: sms.text, messageId: `smpp:${base}:${window}`, deviceId: context.deviceId },
    { encryptionKey: context.encryptionKey, publicOrigin: context.publicOrigin, now, replyVia: 'outbox', alsoKnownAs: [`smpp:${base}:${window - 1}`] },
  );
}

/**
 * Long SMS whose missing parts never came (the SMSC lost one): what arrived is still a citizen's
 * message, so it goes on as it is, with "…" where parts are missing.
 */
export async function expireInboundParts(db: Db, context: InboundContext): Promise<number> {
  const now = context.now ?? new Date();
  const stale = await db.smppInboundPart.findMany({ where: { receivedAt: { lt: new Date(now.getTime() - INBOUND_PART_WAIT_MS) } }, select: { groupKey: true }, distinct: ['groupKey'], take: 50 });
  let handled = 0;
  for (const { groupKey } of stale) {
    const parts = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${groupKey}))`;
      const rows = await tx.smppInboundPart.findMany({ where: { groupKey }, orderBy: { partNumber: 'asc' } });
      await tx.smppInboundPart.deleteMany({ where: { groupKey } });
      return rows;
    });
    const first = parts[0];
    if (!first) continue;
    let text = '';
    for (let n = 1; n <= first.partsTotal; n++) text += parts.find((p) => p.partNumber === n)?.text ?? ' … ';
    await receiveAssembled(db, { phone: decryptText(first.phoneCipher, context.encryptionKey), destination: first.destination, text: text.trim() }, context, now);
    handled += 1;
  }
  return handled;
}
