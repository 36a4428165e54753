// Notices by SMS: the delivery engine hands us one delivery; we queue ONE outbound SMS for it
// (idempotently — the SMS row is unique per delivery) and answer "pending". The gateway phone picks
// it up on its next poll, and its result report (task=result) settles the delivery.
import { randomUUID } from 'node:crypto';
import { serverEnv } from '../../config/env';
import { decryptText } from '../../crypto/secret-box';
import type { Db } from '../../db/client';
import type { ChannelSender, DeliveryTarget, OutgoingNotice, SendOutcome } from '../../delivery/channel-sender';
import { dropUnsentSmsOfDeliveries, outboundSmsRow } from './outbox';
import { normalizePhone, sealPhone } from './phone';
import { smsSegments, smsTranslator, withLinkIfItFits } from './replies';
import { formatVerificationCode } from '../../signing/verification-code';
import { isUniqueViolation } from '../../db/unique-violation';

/** The phone number a delivery goes to: an SMS subscriber's, or a reporter's who left a phone. */
function recipientPhone(target: DeliveryTarget, encryptionKey: string): string | null {
  const cipher = target.subscription?.addressCipher ?? (target.report?.contactKind === 'PHONE' ? target.report.contactCipher : null);
  if (!cipher) return null;
  return normalizePhone(decryptText(cipher, encryptionKey));
}

/** A withdrawal SMS stays within this many segments (a notice SMS is one, written to fit). */
export const WITHDRAWAL_SMS_MAX_SEGMENTS = 3;

/** "Check: ABCDE-FGHJK": the signed statement's code, so a forwarded SMS can be checked at /verify. */
function codePart(notice: OutgoingNotice): string | null {
  return notice.verificationCode ? smsTranslator(notice.language)('verificationCode', { code: formatVerificationCode(notice.verificationCode) }) : null;
}

/**
 * The notice's own SMS text (written to fit), marked when it corrects an earlier one, then its
 * verification code and the link, each when it still fits in two segments.
 */
export function noticeSmsText(notice: OutgoingNotice): string {
  if (notice.withdrawal) return withdrawalSmsText(notice);
  const text = notice.isCorrection ? `${smsTranslator(notice.language)('correction')} ${notice.smsText}` : notice.smsText;
  return withLinkIfItFits(withLinkIfItFits(text.trim(), codePart(notice)), notice.url);
}

/**
 * "Raspa: notice WITHDRAWN: <the SMS it was>. Do not share it. Why: … <link>" in at most three
 * segments: the reason is shortened to leave room for the link, and left out before the link is.
 */
export function withdrawalSmsText(notice: OutgoingNotice): string {
  const t = smsTranslator(notice.language);
  const fits = (text: string) => smsSegments(text) <= WITHDRAWAL_SMS_MAX_SEGMENTS;
  const withLink = (text: string) => `${text} ${notice.url}`;
  // The withdrawal's own code comes first after the words: a forged "withdrawn" message is a
  // disinformation tool too, and the code lets anyone check this one.
  const said = t('withdrawn', { text: notice.smsText.replace(/^\s*Raspa\s*:\s*/i, '').trim() });
  const code = codePart(notice);
  const base = code && fits(withLink(`${said} ${code}`)) ? `${said} ${code}` : said;
  const reason = notice.withdrawal?.reason ? t('withdrawnReason', { reason: notice.withdrawal.reason }) : '';
  if (reason && fits(withLink(`${base} ${reason}`))) return withLink(`${base} ${reason}`);
  if (reason && fits(withLink(base))) {
    // Shorten the reason (at a word) until it fits beside the link.
    let cut = reason;
    while (cut.length > 0 && !fits(withLink(`${base} ${cut}…`))) cut = cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length - 1);
    return withLink(cut.length > 0 ? `${base} ${cut}…` : base);
  }
  return fits(withLink(base)) ? withLink(base) : base;
}

export function createSmsSender(options: { encryptionKey?: string } = {}): ChannelSender {
  return {
    channel: 'SMS',
    dropHeld: dropUnsentSmsOfDeliveries,
    async send(db: Db, target: DeliveryTarget, notice: OutgoingNotice): Promise<SendOutcome> {
      const encryptionKey = options.encryptionKey ?? serverEnv().RASPA_ENCRYPTION_KEY;
      const existing = await db.smsMessage.findUnique({ where: { deliveryId: target.deliveryId }, select: { id: true, status: true } });
      if (existing) {
        if (existing.status === 'SENT' || existing.status === 'DELIVERED') return { status: 'sent' };
        // The phone could not send it last time: offer the same SMS again.
        if (existing.status === 'FAILED') await db.smsMessage.update({ where: { id: existing.id }, data: { status: 'PENDING', deviceId: null, handedOutAt: null, route: null } });
        return { status: 'pending' };
      }
      // A reporter who texted STOP after the fan-out (see receive-sms.ts) gets nothing more.
      if (target.report && !target.subscription) {
        const report = await db.report.findUnique({ where: { id: target.report.id }, select: { wantsFeedback: true } });
        if (!report?.wantsFeedback) return { status: 'failed', error: 'the reporter no longer wants SMS (STOP)' };
      }
      let phone: string | null;
      try {
        phone = recipientPhone(target, encryptionKey);
      } catch {
        return { status: 'failed', error: 'recipient phone number cannot be decrypted' };
      }
      if (!phone) return { status: 'failed', error: 'no phone number to send to', deactivateSubscription: Boolean(target.subscription) };
      // A reporter who also subscribed to the region would otherwise get the same notice twice. The
      // lock makes "is one already queued for this number?" and the insert one step per number.
      const sealed = sealPhone(phone, encryptionKey);
      const row = outboundSmsRow({ uuid: randomUUID(), phone, text: noticeSmsText(notice), deliveryId: target.deliveryId, reportId: target.report?.id }, encryptionKey);
      try {
        const queued = await db.$transaction(async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sms:${notice.noticeId}:${notice.version}:${notice.withdrawal ? 'w' : 'n'}:${sealed.phoneHash}`}))`;
          const [twin] = await tx.$queryRaw<{ id: string }[]>`
            SELECT m.id FROM "SmsMessage" m
            JOIN "Delivery" other ON other.id = m."deliveryId"
            JOIN "Delivery" mine ON mine.id = ${target.deliveryId}::uuid AND mine."noticeVersionId" = other."noticeVersionId" AND mine.kind = other.kind
            WHERE m."phoneHash" = ${sealed.phoneHash} AND m."deliveryId" <> ${target.deliveryId}::uuid AND m.status <> 'FAILED'
            LIMIT 1`;
          if (twin) return false;
          // No NOTIFY for the SMPP bind here: notifying commits are serialised by PostgreSQL, and a
          // fan-out queues thousands at once. The bind polls the outbox every second when idle.
          await tx.smsMessage.create({ data: row });
          return true;
        });
        if (!queued) return { status: 'sent' };
      } catch (error) {
        // Two workers raced on the same delivery: the other one queued it.
        if (!isUniqueViolation(error)) throw error;
      }
      return { status: 'pending' };
    },
  };
}

export const smsSender = createSmsSender();
