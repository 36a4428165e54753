// Personal data is kept no longer than it is needed: an hourly job (server/jobs) removes what has
// served its purpose and records only how much it removed, never what. The periods are in
// ./retention.ts, which the privacy page reads too.
import { PERSONAL_DETAIL_ACTIONS } from '../audit/actions';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Db } from '../db/client';
import { RETENTION_DAYS, type RetentionDays } from './retention';

export type PurgeCounts = Record<'contacts' | 'reportPhotos' | 'locations' | 'smsMessages' | 'smppInboundParts' | 'telegramUpdates' | 'channelContacts' | 'rateLimitKeys' | 'staffSessions' | 'credentialTokens' | 'reportFormDrafts' | 'auditDetails', number>;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export async function purgePersonalData(db: Db, now = new Date(), days: RetentionDays = RETENTION_DAYS): Promise<PurgeCounts> {
  return db.$transaction(async (tx) => {
    // The verdict clock: the first published final notice of the report's rumour.
    const contacts = await tx.$executeRaw`
      UPDATE "Report" r SET "contactCipher" = NULL, "contactKind" = NULL, "wantsFeedback" = false
      WHERE r."contactCipher" IS NOT NULL AND (
        r."receivedAt" < ${daysBefore(now, days.contactAtMost)}
        OR EXISTS (
          SELECT 1 FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId"
          WHERE n."rumorId" = r."rumorId" AND v.verdict <> 'CHECKING' AND v."publishedAt" < ${daysBefore(now, days.contactAfterVerdict)})
      )`;
    const photosBefore = daysBefore(now, days.reportPhotosAndLocation);
    const reportPhotos = await tx.$executeRaw`
      DELETE FROM "StoredFile" f USING "Report" r WHERE f."reportId" = r.id AND r."receivedAt" < ${photosBefore}`;
    const locations = await tx.$executeRaw`
      UPDATE "Report" SET "approxLat" = NULL, "approxLng" = NULL WHERE "approxLat" IS NOT NULL AND "receivedAt" < ${photosBefore}`;
    const smsMessages = (await tx.smsMessage.deleteMany({ where: { createdAt: { lt: daysBefore(now, days.smsLog) } } })).count;
    const smppInboundParts = (await tx.smppInboundPart.deleteMany({ where: { receivedAt: { lt: daysBefore(now, days.smppInboundParts) } } })).count;
    const telegramUpdates = (await tx.telegramUpdate.deleteMany({ where: { receivedAt: { lt: daysBefore(now, days.telegramUpdates) } } })).count;
    // Who wrote by SMS or Telegram and has not for a long time, unless they are subscribed (then
    // the contact keeps their language for the notices they receive).
    const channelContacts = await tx.$executeRaw`
      DELETE FROM "ChannelContact" c WHERE c."updatedAt" < ${daysBefore(now, days.channelContacts)}
      AND NOT EXISTS (SELECT 1 FROM "Subscription" s WHERE s.channel = c.channel AND s."addressHash" = c."addressHash" AND s.active)`;
    // Spent rate-limit counters (keyed hashes of addresses): gone once their window is over.
    const rateLimitKeys = await tx.$executeRaw`DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < ${now.getTime()}`;
    const sessionsBefore = daysBefore(now, days.staffSessions);
    const staffSessions = (await tx.staffSession.deleteMany({ where: { OR: [{ revokedAt: { lt: sessionsBefore } }, { expiresAt: { lt: sessionsBefore } }] } })).count;
    const tokensBefore = daysBefore(now, days.credentialTokens);
    const credentialTokens = (await tx.staffCredentialToken.deleteMany({ where: { OR: [{ usedAt: { lt: tokensBefore } }, { expiresAt: { lt: tokensBefore } }] } })).count;
    // A refused report form's typed text, kept for minutes (server/reports/report-form-draft.ts).
    const reportFormDrafts = (await tx.reportFormDraft.deleteMany({ where: { expiresAt: { lt: now } } })).count;

    // What audit events recorded about people: only once sealed with a digest of the data (the link
    // then covers the digest, which stays); who did what to which thing and when stays too.
    const auditDetails = await tx.$executeRaw`
      UPDATE "AuditEvent" SET before = NULL, after = NULL, "detailsRemovedAt" = ${now}
      WHERE "createdAt" < ${daysBefore(now, days.auditDetails)} AND action = ANY(${PERSONAL_DETAIL_ACTIONS}::text[])
        AND "detailsDigest" IS NOT NULL AND "detailsRemovedAt" IS NULL AND (before IS NOT NULL OR after IS NOT NULL)`;

    const counts: PurgeCounts = { contacts, reportPhotos, locations, smsMessages, smppInboundParts, telegramUpdates, channelContacts, rateLimitKeys, staffSessions, credentialTokens, reportFormDrafts, auditDetails };
    if (Object.values(counts).some((n) => n > 0)) await recordAuditEvent(tx, { actorLabel: 'system', action: 'privacy.purged', entityId: 'retention', after: counts });
    return counts;
  });
}
