// "Forget my contact": whoever holds a report's tracking code can have the report's contact details
// deleted at once — the encrypted contact, a push subscription made for that report's verdict, the
// verdict messages still waiting to go to it, and the SMS that brought the report in (it carries the
// number). The answer never says whether the code exists or had a contact (the caller shows the same
// words either way), and the audit records that it happened and how much, never what.
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Db } from '../db/client';
import { normalizeTrackingCode } from '../text';

export interface ForgottenContact {
  contact: boolean;
  pushSubscriptions: number;
  queuedDeliveries: number;
  smsMessages: number;
}

/** Null when the code is malformed; otherwise what was removed (all zero for an unknown code). */
export async function forgetReportContact(db: Db, rawCode: string): Promise<ForgottenContact | null> {
  const trackingCode = normalizeTrackingCode(rawCode);
  if (!trackingCode) return null;
  return db.$transaction(async (tx) => {
    const none: ForgottenContact = { contact: false, pushSubscriptions: 0, queuedDeliveries: 0, smsMessages: 0 };
    const report = await tx.report.findUnique({ where: { trackingCode }, select: { id: true, contactCipher: true, wantsFeedback: true, contactKind: true } });
    if (!report) return none;

    const contact = report.contactCipher !== null || report.contactKind !== null || report.wantsFeedback;
    if (contact) await tx.report.update({ where: { id: report.id }, data: { contactCipher: null, contactKind: null, wantsFeedback: false } });
    // Messages to the reporter not yet sent have nowhere to go now.
    const queuedDeliveries = (
      await tx.delivery.updateMany({ where: { reportId: report.id, status: 'QUEUED' }, data: { status: 'CANCELLED', lastError: 'contact forgotten', lockedUntil: null, nextAttemptAt: null } })
    ).count;
    // Their deliveries go with them (cascade): each one names the push endpoint it went to.
    const pushSubscriptions = (await tx.subscription.deleteMany({ where: { reportId: report.id } })).count;
    const smsMessages = (await tx.smsMessage.deleteMany({ where: { reportId: report.id, direction: 'INBOUND' } })).count;

    const removed = { contact, pushSubscriptions, queuedDeliveries, smsMessages };
    if (contact || pushSubscriptions || queuedDeliveries || smsMessages) {
      await recordAuditEvent(tx, { actorLabel: 'citizen', action: 'report.contact_forgotten', entityId: report.id, after: removed });
    }
    return removed;
  });
}
