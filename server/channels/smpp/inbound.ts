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

/** Records a receipt. Returns false for an id we never sent (still acknowledged to the SMSC). */
export async function recordDeliveryReceipt(db: Db, receipt: DeliveryReceipt, now = new Date()): Promise<boolean> {
  if (receipt.outcome === 'intermediate') return true;
  return db.$transaction(async (tx) => {
    const part = await tx.smppPart.findFirst({
      where: { smscMessageId: { in: messageIdVariants(receipt.smscMessageId) } },
      orderBy: { submittedAt: 'desc' },
      select: { id: true, smsMessageId: true },
    });
    if (!part) return false;
    await tx.smppPart.update({ where: { id: part.id }, data: { status: receipt.outcome === 'delivered' ? 'DELIVERED' : 'FAILED', doneAt: now, errorCode: receipt.outcome === 'failed' ? receipt.detail.slice(0, 60) : null } });
    const siblings = await tx.smppPart.findMany({ where: { smsMessageId: part.smsMessageId }, select: { status: true, partsTotal: true } });
    const sms = await tx.smsMessage.findUniqueOrThrow({ where: { id: part.smsMessageId }, select: { id: true, status: true, deliveryId: true } });
    if (receipt.outcome === 'failed') {
      if (sms.status === 'FAILED') return true;
      await tx.smsMessage.update({ where: { id: sms.id }, data: { status: 'FAILED', resultCode: receipt.detail.slice(0, 40), resultMessage: `delivery receipt: ${receipt.detail}` } });
      // The SMSC gave up on the handset (expired, undeliverable, rejected): the person did not get it.
      if (sms.deliveryId) await tx.delivery.updateMany({ where: { id: sms.deliveryId, status: { in: ['SENT', 'QUEUED'] } }, data: { status: 'FAILED', lastError: `SMPP delivery receipt: ${receipt.detail}`, nextAttemptAt: null, lockedUntil: null } });
      return true;
    }
    const total = siblings[0]?.partsTotal ?? 1;
    const delivered = siblings.filter((s) => s.status === 'DELIVERED').length;
    if (delivered >= total && sms.status !== 'FAILED') await tx.smsMessage.update({ where: { id: sms.id }, data: { status: 'DELIVERED', deliveredAt: now, sentAt: undefined } });
    return true;
  });
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
