// What the admin Channels page shows: the gateway phones and the log of every SMS in and out.
// Phone numbers appear masked only; a search by full number finds its messages through the keyed
// hash, without decrypting the log.
import type { Db } from '../../db/client';
import type { Prisma } from '../../db/generated/client';
import type { SmsDirection, SmsStatus } from '../../db/generated/enums';
import { decryptText } from '../../crypto/secret-box';
import { assertCanViewSmsLog, type Actor } from '../../policy';
import { maskPhone, normalizePhone, phoneHash } from './phone';
import { SMS_LOG_PAGE_SIZE, smsLogInput, type SmsLogInput } from './schema';

/** A phone that polled within this long counts as online. */
export const GATEWAY_ONLINE_MS = 10 * 60_000;

export interface SmsLogRow {
  id: string;
  direction: SmsDirection;
  status: SmsStatus;
  phone: string;
  text: string;
  attempts: number;
  deviceId: string | null;
  createdAt: Date;
  resultMessage: string | null;
  /** The notice delivery it carries, or the report it came in as / answers. */
  kind: 'notice' | 'report' | 'reply' | 'other';
}

export async function listSmsLog(db: Db, actor: Actor, rawInput: SmsLogInput, encryptionKey: string) {
  assertCanViewSmsLog(actor);
  const input = smsLogInput.parse(rawInput);
  const where: Prisma.SmsMessageWhereInput = { direction: input.direction, status: input.status };
  if (input.q) {
    const phone = /^[+\d\s()-]{7,}$/.test(input.q) ? normalizePhone(input.q) : null;
    where.OR = phone ? [{ phoneHash: phoneHash(phone, encryptionKey) }] : [{ text: { contains: input.q, mode: 'insensitive' } }, { uuid: input.q }, { deviceId: input.q }];
  }
  const [total, rows] = await Promise.all([
    db.smsMessage.count({ where }),
    db.smsMessage.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * SMS_LOG_PAGE_SIZE,
      take: SMS_LOG_PAGE_SIZE,
      select: { id: true, direction: true, status: true, phoneCipher: true, text: true, attempts: true, deviceId: true, createdAt: true, resultMessage: true, deliveryId: true, reportId: true },
    }),
  ]);
  const items: SmsLogRow[] = rows.map((row) => {
    let phone = '•••';
    try {
      phone = maskPhone(decryptText(row.phoneCipher, encryptionKey));
    } catch {
      // A row sealed under an older key: still listed, number unknown.
    }
    const kind = row.deliveryId ? 'notice' : row.reportId ? (row.direction === 'INBOUND' ? 'report' : 'reply') : 'other';
    return { id: row.id, direction: row.direction, status: row.status, phone, text: row.text, attempts: row.attempts, deviceId: row.deviceId, createdAt: row.createdAt, resultMessage: row.resultMessage, kind };
  });
  return { items, total, page: input.page, pageCount: Math.max(1, Math.ceil(total / SMS_LOG_PAGE_SIZE)) };
}

export async function listGatewayPhones(db: Db, actor: Actor, now = new Date()) {
  assertCanViewSmsLog(actor);
  const gateways = await db.smsGateway.findMany({ orderBy: { lastSeenAt: 'desc' }, take: 50 });
  const waiting = await db.smsMessage.count({ where: { direction: 'OUTBOUND', status: 'PENDING' } });
  return {
    waiting,
    phones: gateways.map((g) => ({ deviceId: g.deviceId, lastSeenAt: g.lastSeenAt, firstSeenAt: g.createdAt, online: now.getTime() - g.lastSeenAt.getTime() < GATEWAY_ONLINE_MS })),
  };
}
