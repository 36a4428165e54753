// One SMS from a citizen, forwarded by a gateway phone: a command about their SMS subscription,
// or a rumour that becomes a report. Either way the answer goes back at once as an auto-reply in
// the gateway's response (and is logged as an outbound SMS handed to that phone).
import { createHash, randomBytes } from 'node:crypto';
import { recordAuditEvent } from '../../audit/record-audit-event';
import type { Db } from '../../db/client';
import { noticePageUrl, trackingPageUrl } from '../../api/links';
import { submitReport } from '../../reports/submit-report';
import { REPORT_TEXT_MIN } from '../../reports/constants';
import { trackReport } from '../../reports/track-report';
import { formatVerificationCode } from '../../signing/verification-code';
import { verifyNoticeCode } from '../../signing/verify-notice-code';
import { detectLanguage, formatTrackingCode } from '../../text';
import { parseSmsCommand, type RegionNames, type SmsCommand } from './commands';
import { outboundSmsRow, stableUuid, type GatewayMessage } from './outbox';
import { normalizePhone, sealPhone } from './phone';
import { smsSegments, smsTranslator, verdictWord, withLinkIfItFits } from './replies';
import { SMS_TEXT_MAX } from './schema';
import { placeName, type Language } from '../../i18n/languages';

export interface ReceiveSmsInput {
  from: string;
  message: string;
  messageId?: string;
  sentTimestamp?: string;
  deviceId?: string;
}

export interface ReceiveSmsOptions {
  encryptionKey: string;
  /** Origin of the public site, for links in replies. */
  publicOrigin: string;
  now?: Date;
  /**
   * 'gateway-response' (SMSSync): the reply is handed to the phone in the response to its POST.
   * 'outbox' (SMPP): the reply waits in the outbox like any outgoing SMS, for the SMPP bind to send.
   */
  replyVia?: 'gateway-response' | 'outbox';
  /** Other keys this SMS may already be stored under (a gateway that re-delivers without an id). */
  alsoKnownAs?: string[];
}

export interface ReceivedSms {
  duplicate: boolean;
  /** Auto-replies for the gateway phone to send now. */
  replies: GatewayMessage[];
  reportId?: string;
  command?: SmsCommand['kind'];
}

interface RegionRow {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  formerNames: string[];
}

let regionCache: { at: number; rows: RegionRow[] } | undefined;

async function loadRegions(db: Db): Promise<RegionRow[]> {
  if (!regionCache || Date.now() - regionCache.at > 10 * 60_000) {
    const rows = await db.region.findMany({ select: { code: true, nameKk: true, nameRu: true, nameEn: true, formerNames: true }, orderBy: { code: 'asc' } });
    regionCache = { at: Date.now(), rows };
  }
  return regionCache.rows;
}

/** Names a sender may type: current names in three languages and former names (without editorial notes). */
function regionNames(rows: RegionRow[]): RegionNames[] {
  return rows.map((r) => ({
    code: r.code,
    names: [r.nameKk, r.nameRu, r.nameEn, ...r.formerNames.filter((n) => !/\b(until|part of|centre)\b/i.test(n)).map((n) => n.replace(/\(.*?\)/g, '').trim())].filter(Boolean),
  }));
}

function regionLabel(row: RegionRow | undefined, language: Language): string {
  if (!row) return '';
  return placeName(row, language);
}

/** The gateway's message_id, or — from old SMSSync versions that send none — a hash of what identifies the SMS. */
export function inboundMessageKey(input: ReceiveSmsInput): string {
  const given = input.messageId?.trim();
  if (given) return given;
  return `h:${createHash('sha256').update(`${input.from}\n${input.message}\n${input.sentTimestamp ?? ''}`).digest('base64url').slice(0, 32)}`;
}

const ONE_DAY_MS = 86_400_000;

export async function receiveInboundSms(db: Db, input: ReceiveSmsInput, options: ReceiveSmsOptions): Promise<ReceivedSms> {
  const now = options.now ?? new Date();
  const key = inboundMessageKey(input);
  const deviceId = input.deviceId?.trim() || null;
  if (await db.smsMessage.findFirst({ where: { uuid: { in: [key, ...(options.alsoKnownAs ?? [])] } }, select: { id: true } })) return { duplicate: true, replies: [] };

  const phone = normalizePhone(input.from);
  const text = input.message.trim();
  const storedText = text.slice(0, SMS_TEXT_MAX);
  const sealed = sealPhone(phone ?? input.from.trim().slice(0, 64), options.encryptionKey);
  const sentAt = input.sentTimestamp && /^\d{9,15}$/.test(input.sentTimestamp.trim()) ? new Date(Number(input.sentTimestamp)) : null;

  let answer: { text: string; reportId?: string; command?: SmsCommand['kind'] } | null = null;
  if (phone) {
    const contact = await db.channelContact.findUnique({ where: { channel_addressHash: { channel: 'SMS', addressHash: sealed.phoneHash } }, select: { id: true, language: true, updatedAt: true } });
    // The contact is kept while its person writes (the retention clock runs from their last message).
    if (contact && now.getTime() - contact.updatedAt.getTime() > ONE_DAY_MS) await db.channelContact.update({ where: { id: contact.id }, data: { updatedAt: now } });
    const regions = await loadRegions(db);
    const command = text.length <= SMS_TEXT_MAX ? parseSmsCommand(text, regionNames(regions)) : null;
    if (text.length > SMS_TEXT_MAX) {
      const language = contact?.language ?? detectLanguage(text.slice(0, 500)).language;
      answer = { text: smsTranslator(language)('tooLong', { max: SMS_TEXT_MAX }) };
    } else if (command) {
      answer = await runCommand(db, command, { phone, sealed, contactLanguage: contact?.language ?? null, regions, options, now });
    } else {
      const language = contact?.language ?? detectLanguage(text).language;
      if (text.length < REPORT_TEXT_MIN) {
        answer = { text: smsTranslator(language)('tooShort', { min: REPORT_TEXT_MIN }) };
      } else {
        const { report } = await submitReport(
          db,
          { clientId: stableUuid(`sms-report:${key}`), text, contact: { kind: 'PHONE', value: phone } },
          { channel: 'SMS', encryptionKey: options.encryptionKey, externalId: key.slice(0, 128), displayLanguage: language, now },
        );
        const t = smsTranslator(language);
        const code = formatTrackingCode(report.trackingCode);
        const match = report.matches[0];
        answer = {
          reportId: report.id,
          text: match
            ? withLinkIfItFits(t('receivedChecked', { code, verdict: verdictWord(language, match.verdict as never) }), noticePageUrl(options.publicOrigin, language, match.slug))
            : t('received', { code }),
        };
      }
    }
  }

  const reply = answer && phone ? { uuid: stableUuid(`sms-reply:${key}`), to: phone, message: answer.text } : null;
  const handedOutTo = options.replyVia === 'outbox' ? undefined : { deviceId, at: now };
  // The SMS and its reply are stored together; a concurrent copy of the same SMS stores nothing and sends nothing.
  const stored = await db.$transaction(async (tx) => {
    const inserted = await tx.smsMessage.createMany({
      data: [{ uuid: key, direction: 'INBOUND', status: 'RECEIVED', ...sealed, text: storedText, deviceId, sentAt, reportId: answer?.reportId ?? null }],
      skipDuplicates: true,
    });
    if (inserted.count === 0) return false;
    if (reply) {
      await tx.smsMessage.createMany({
        data: [{ ...outboundSmsRow({ uuid: reply.uuid, phone: reply.to, text: reply.message, reportId: answer?.reportId, handedOutTo }, options.encryptionKey), route: handedOutTo ? ('SMSSYNC' as const) : null }],
        skipDuplicates: true,
      });
    }
    return true;
  });
  if (!stored) return { duplicate: true, replies: [] };
  // Replies for the outbox are not the gateway's to send now.
  return { duplicate: false, replies: reply && handedOutTo ? [reply] : [], reportId: answer?.reportId, command: answer?.command };
}

interface CommandContext {
  phone: string;
  sealed: { phoneCipher: string; phoneHash: string };
  contactLanguage: Language | null;
  regions: RegionRow[];
  options: ReceiveSmsOptions;
  now: Date;
}

async function runCommand(db: Db, command: SmsCommand, context: CommandContext): Promise<{ text: string; command: SmsCommand['kind'] }> {
  const language = command.kind === 'lang' ? command.chosen : (context.contactLanguage ?? command.language);
  const t = smsTranslator(language);
  const where = { channel_addressHash: { channel: 'SMS' as const, addressHash: context.sealed.phoneHash } };
  switch (command.kind) {
    case 'help':
      return { command: command.kind, text: t('help') };
    case 'subscribeUnknownRegion':
      return { command: command.kind, text: t('regionUnknown', { query: command.query }) };
    case 'lang': {
      await db.$transaction(async (tx) => {
        const contact = await tx.channelContact.upsert({
          where,
          create: { channel: 'SMS', addressHash: context.sealed.phoneHash, addressCipher: context.sealed.phoneCipher, language: command.chosen },
          update: { language: command.chosen },
          select: { id: true },
        });
        await tx.subscription.updateMany({ where: { channel: 'SMS', addressHash: context.sealed.phoneHash }, data: { language: command.chosen } });
        await recordAuditEvent(tx, { actorLabel: 'citizen', action: 'sms_contact.language_changed', entityId: contact.id, after: { language: command.chosen } });
      });
      return { command: command.kind, text: t('languageSet') };
    }
    case 'subscribe': {
      const subscription = await db.$transaction(async (tx) => {
        const existing = await tx.subscription.findUnique({ where, select: { id: true, regionCodes: true, active: true } });
        const regionCodes = existing?.active ? [...new Set([...existing.regionCodes, ...command.regionCodes])] : command.regionCodes;
        const saved = existing
          ? await tx.subscription.update({ where: { id: existing.id }, data: { regionCodes, active: true, confirmed: true, confirmedAt: context.now, deactivatedReason: null, language }, select: { id: true, regionCodes: true } })
          : await tx.subscription.create({
              data: {
                channel: 'SMS',
                regionCodes,
                language,
                // Sending from the number proves it is theirs: no confirmation round needed.
                confirmed: true,
                confirmedAt: context.now,
                addressCipher: context.sealed.phoneCipher,
                addressHash: context.sealed.phoneHash,
                unsubscribeToken: randomBytes(24).toString('base64url'),
              },
              select: { id: true, regionCodes: true },
            });
        await recordAuditEvent(tx, { actorLabel: 'citizen', action: 'subscription.sms_subscribed', entityId: saved.id, after: { regionCodes: saved.regionCodes } });
        return saved;
      });
      const names = subscription.regionCodes.map((code) => regionLabel(context.regions.find((r) => r.code === code), language) || code).join(', ');
      return { command: command.kind, text: t('subscribed', { regions: names }) };
    }
    case 'stop': {
      // STOP means no more SMS from us at all: the subscription, the verdicts of reports sent from
      // this number (found through the inbound SMS they came in as), and notice SMS not yet handed out.
      await db.$transaction(async (tx) => {
        const existing = await tx.subscription.findUnique({ where, select: { id: true, active: true } });
        if (existing?.active) {
          await tx.subscription.update({ where: { id: existing.id }, data: { active: false, deactivatedReason: 'unsubscribed by SMS' } });
          await recordAuditEvent(tx, { actorLabel: 'citizen', action: 'subscription.sms_stopped', entityId: existing.id });
        }
        const sentFrom = await tx.smsMessage.findMany({ where: { direction: 'INBOUND', phoneHash: context.sealed.phoneHash, reportId: { not: null } }, select: { reportId: true } });
        const reportIds = [...new Set(sentFrom.map((m) => m.reportId!))];
        if (reportIds.length) {
          const stopped = await tx.report.updateMany({ where: { id: { in: reportIds }, wantsFeedback: true, contactKind: 'PHONE' }, data: { wantsFeedback: false } });
          if (stopped.count) await recordAuditEvent(tx, { actorLabel: 'citizen', action: 'report.sms_feedback_stopped', entityId: reportIds[0]!, after: { reports: stopped.count } });
        }
        const unsent = await tx.smsMessage.findMany({
          where: { direction: 'OUTBOUND', phoneHash: context.sealed.phoneHash, status: 'PENDING', deliveryId: { not: null } },
          select: { id: true, deliveryId: true },
        });
        for (const sms of unsent) {
          await tx.smsMessage.update({ where: { id: sms.id }, data: { status: 'FAILED', resultMessage: 'recipient sent STOP' } });
          await tx.delivery.updateMany({ where: { id: sms.deliveryId!, status: 'QUEUED' }, data: { status: 'FAILED', lastError: 'recipient sent STOP', nextAttemptAt: null, lockedUntil: null } });
        }
      });
      return { command: command.kind, text: t('stopped') };
    }
    case 'verify': {
      const answer = await verifyNoticeCode(db, { text: command.verificationCode });
      const code = formatVerificationCode(command.verificationCode);
      if (answer.outcome === 'no_code' || answer.outcome === 'not_issued') return { command: command.kind, text: t('verifyNotIssued', { code }) };
      const texts = answer.statement.texts;
      const title = (texts[language] ?? texts.ru ?? texts.kk ?? texts.en)?.title ?? '';
      const link = noticePageUrl(context.options.publicOrigin, language, answer.supersededBySlug ?? answer.statement.slug);
      if (answer.outcome === 'withdrawn') {
        const reason = answer.withdrawnReasons?.[language];
        const text = t('verifyWithdrawn', { code });
        const why = reason ? `${text} ${t('withdrawnReason', { reason })}` : text;
        return { command: command.kind, text: smsSegments(why) <= 2 ? why : withLinkIfItFits(text, link) };
      }
      if (answer.outcome === 'superseded') return { command: command.kind, text: withLinkIfItFits(t('verifySuperseded', { code, version: answer.currentVersion }), link) };
      const verdict = verdictWord(language, answer.statement.verdict as Parameters<typeof verdictWord>[1]);
      const genuine = t('verifyGenuine', { code, verdict, title });
      return { command: command.kind, text: withLinkIfItFits(smsSegments(genuine) <= 2 ? genuine : t('verifyGenuine', { code, verdict, title: `${title.slice(0, 40)}…` }), link) };
    }
    case 'status': {
      const tracked = await trackReport(db, command.trackingCode, language);
      const code = formatTrackingCode(command.trackingCode);
      if (!tracked) return { command: command.kind, text: t('statusUnknown', { code }) };
      if (tracked.status === 'verdict' && tracked.notice) {
        const text = t('statusVerdict', { code, verdict: verdictWord(language, tracked.notice.verdict) });
        return { command: command.kind, text: withLinkIfItFits(text, noticePageUrl(context.options.publicOrigin, language, tracked.notice.slug)) };
      }
      if (tracked.withdrawn) {
        const text = t('statusWithdrawn', { code });
        const why = tracked.withdrawn.reason ? `${text} ${t('withdrawnReason', { reason: tracked.withdrawn.reason })}` : text;
        // The reason when it keeps the reply within two segments; the tracking page says the rest.
        return { command: command.kind, text: smsSegments(why) <= 2 ? why : withLinkIfItFits(text, trackingPageUrl(context.options.publicOrigin, language, tracked.trackingCode)) };
      }
      return { command: command.kind, text: t(tracked.status === 'checking' ? 'statusChecking' : tracked.status === 'closed' ? 'statusClosed' : 'statusReceived', { code }) };
    }
  }
}
