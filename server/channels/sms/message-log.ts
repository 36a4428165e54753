// What the admin Channels page shows: the gateway phones and the log of the SMS in and out of the
// member's regions. A search by full number finds its messages through the keyed hash, without
// decrypting the log.
import type { Db } from '../../db/client';
import { Prisma } from '../../db/generated/client';
import { recordAuditEvent } from '../../audit/record-audit-event';
import type { SmsDirection, SmsStatus } from '../../db/generated/enums';
import { decryptText } from '../../crypto/secret-box';
import { DomainError } from '../../errors';
import { assertCanViewSmsLog, canSeeSmsPhoneNumbers, smsScopeSql, type Actor } from '../../policy';
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

/** A search that is a phone number ("+7 701 …", "8701…"), not words of a message. */
export function phoneQuery(q: string | undefined): string | null {
  return q && /^[+\d\s()-]{7,}$/.test(q) ? normalizePhone(q) : null;
}

/**
 * The log a member may see: the messages of their regions' reports and notices (server/policy:
 * smsScopeSql), the national queue's for "national" members, everything for admins. Numbers are
 * masked unless the member holds the contact permission; searching by a number needs it too, and
 * every such search is audited (with the number's keyed hash, so an auditor can check whether a
 * given number was looked up without the trail holding numbers).
 */
export async function listSmsLog(db: Db, actor: Actor, rawInput: SmsLogInput, encryptionKey: string) {
  assertCanViewSmsLog(actor);
  const input = smsLogInput.parse(rawInput);
  const phone = phoneQuery(input.q);
  if (phone && !canSeeSmsPhoneNumbers(actor)) throw new DomainError('FORBIDDEN', 'phoneSearchNotAllowed');
  const filters: Prisma.Sql[] = [smsScopeSql(actor)];
  if (input.direction) filters.push(Prisma.sql`m.direction = ${input.direction}::"SmsDirection"`);
  if (input.status) filters.push(Prisma.sql`m.status = ${input.status}::"SmsStatus"`);
  if (phone) filters.push(Prisma.sql`m."phoneHash" = ${phoneHash(phone, encryptionKey)}`);
  else if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(Prisma.sql`(m.text ILIKE ${pattern} OR m.uuid = ${input.q} OR m."deviceId" = ${input.q})`);
  }
  const where = Prisma.join(filters, ' AND ');
  const offset = (input.page - 1) * SMS_LOG_PAGE_SIZE;
  return db.$transaction(async (tx) => {
    const [[counted], rows] = await Promise.all([
      tx.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "SmsMessage" m WHERE ${where}`,
      tx.$queryRaw<{ id: string; direction: SmsDirection; status: SmsStatus; phoneCipher: string; text: string; attempts: number; deviceId: string | null; createdAt: Date; resultMessage: string | null; deliveryId: string | null; reportId: string | null }[]>`
        SELECT m.id, m.direction, m.status, m."phoneCipher", m.text, m.attempts, m."deviceId", m."createdAt", m."resultMessage", m."deliveryId", m."reportId"
        FROM "SmsMessage" m WHERE ${where}
        ORDER BY m."createdAt" DESC, m.id DESC OFFSET ${offset} LIMIT ${SMS_LOG_PAGE_SIZE}`,
    ]);
    const total = counted?.total ?? 0;
    if (phone) {
      await recordAuditEvent(tx, { actorId: actor.id, action: 'sms.log_searched_by_number', entityId: 'search', after: { phoneHash: phoneHash(phone, encryptionKey), found: total } });
    }
    const fullNumbers = canSeeSmsPhoneNumbers(actor);
    const items: SmsLogRow[] = rows.map((row) => {
      let shown = '•••';
      try {
        const number = decryptText(row.phoneCipher, encryptionKey);
        shown = fullNumbers ? number : maskPhone(number);
      } catch {
        // A row sealed under an older key: still listed, number unknown.
      }
      const kind = row.deliveryId ? 'notice' : row.reportId ? (row.direction === 'INBOUND' ? 'report' : 'reply') : 'other';
      return { id: row.id, direction: row.direction, status: row.status, phone: shown, text: row.text, attempts: row.attempts, deviceId: row.deviceId, createdAt: row.createdAt, resultMessage: row.resultMessage, kind };
    });
    return { items, total, page: input.page, pageCount: Math.max(1, Math.ceil(total / SMS_LOG_PAGE_SIZE)) };
  });
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
