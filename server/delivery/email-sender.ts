// E-mail deliveries: a confirmed subscriber gets the notice (with List-Unsubscribe); a reporter who
// left an e-mail address gets the verdict of the rumour they reported (and its corrections); both
// are told when a notice they got is withdrawn; staff get their notifications. Every one carries the
// Message-ID of its Delivery (the same on every attempt).
import { serverEnv } from '../config/env';
import { decryptText } from '../crypto/secret-box';
import type { ChannelSender } from './channel-sender';
import { digestMail, noticeMailForSubscriber, verdictMailForReporter, withdrawalMailForReporter, withdrawalMailForSubscriber } from './mail-templates';
import { deliveryMessageId, sendMail, type OutgoingMail } from './mailer';
import { staffNotificationMail } from '../notifications/staff-mail';

export const emailSender: ChannelSender = {
  channel: 'EMAIL',
  async send(_db, target, notice) {
    const key = serverEnv().RASPA_ENCRYPTION_KEY;
    let mail: OutgoingMail;
    try {
      if (target.subscription) {
        const to = decryptText(target.subscription.addressCipher, key);
        mail = notice.withdrawal ? withdrawalMailForSubscriber(to, notice, target.subscription.unsubscribeToken) : noticeMailForSubscriber(to, notice, target.subscription.unsubscribeToken);
      } else if (target.report?.contactKind === 'EMAIL' && target.report.contactCipher) {
        const to = decryptText(target.report.contactCipher, key);
        mail = notice.withdrawal ? withdrawalMailForReporter(to, notice, target.report.trackingCode) : verdictMailForReporter(to, notice, target.report.trackingCode);
      } else return { status: 'failed', error: 'no e-mail address' };
    } catch {
      return { status: 'failed', error: 'unreadable e-mail address' };
    }
    const result = await sendMail({ ...mail, messageId: deliveryMessageId(target.deliveryId) });
    if (result.ok) return { status: 'sent' };
    return result.permanent ? { status: 'failed', error: result.error, deactivateSubscription: Boolean(target.subscription) } : { status: 'retry', error: result.error };
  },
  async sendDigest(_db, target, digest) {
    if (!target.subscription) return { status: 'failed', error: 'a digest needs a subscription' };
    let to: string;
    try {
      to = decryptText(target.subscription.addressCipher, serverEnv().RASPA_ENCRYPTION_KEY);
    } catch {
      return { status: 'failed', error: 'unreadable e-mail address' };
    }
    const result = await sendMail({ ...digestMail(to, digest, target.subscription.unsubscribeToken), messageId: deliveryMessageId(target.deliveryId) });
    if (result.ok) return { status: 'sent' };
    return result.permanent ? { status: 'failed', error: result.error, deactivateSubscription: true } : { status: 'retry', error: result.error };
  },
  async sendStaffNotification(_db, message, deliveryId) {
    // The same Message-ID on every attempt, like a notice's mail: a copy sent again after a crash can be dropped.
    const result = await sendMail({ ...staffNotificationMail(message), messageId: deliveryMessageId(deliveryId) });
    if (result.ok) return { status: 'sent' };
    return result.permanent ? { status: 'failed', error: result.error } : { status: 'retry', error: result.error };
  },
};
