// E-mail deliveries: a confirmed subscriber gets the notice (with List-Unsubscribe); a reporter who
// left an e-mail address gets the verdict of the rumour they reported (and its corrections).
import { serverEnv } from '../config/env';
import { decryptText } from '../crypto/secret-box';
import type { ChannelSender } from './channel-sender';
import { noticeMailForSubscriber, verdictMailForReporter } from './mail-templates';
import { sendMail, type OutgoingMail } from './mailer';

export const emailSender: ChannelSender = {
  channel: 'EMAIL',
  async send(_db, target, notice) {
    const key = serverEnv().RASPA_ENCRYPTION_KEY;
    let mail: OutgoingMail;
    try {
      if (target.subscription) mail = noticeMailForSubscriber(decryptText(target.subscription.addressCipher, key), notice, target.subscription.unsubscribeToken);
      else if (target.report?.contactKind === 'EMAIL' && target.report.contactCipher) mail = verdictMailForReporter(decryptText(target.report.contactCipher, key), notice, target.report.trackingCode);
      else return { status: 'failed', error: 'no e-mail address' };
    } catch {
      return { status: 'failed', error: 'unreadable e-mail address' };
    }
    const result = await sendMail(mail);
    if (result.ok) return { status: 'sent' };
    return result.permanent ? { status: 'failed', error: result.error, deactivateSubscription: Boolean(target.subscription) } : { status: 'retry', error: result.error };
  },
};
