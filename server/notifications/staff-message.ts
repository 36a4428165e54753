// A staff notification as it leaves the app (e-mail, Web Push, Telegram): what happened, the claim
// and the link to it, in the member's language. Read at sending time and scoped again then: a
// recipient who was deactivated, or a rumour that has left their regions, gets nothing. Nothing
// about reporters is ever read here, so no channel can carry a reporter's contact.
import type { Db } from '../db/client';
import { publicBaseUrl } from '../config/public-url';
import type { Language } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
import { rumorScopeFilter } from '../policy';
import { NOTIFICATION_WORDS_SELECT, notificationPath, type NotificationKind } from './kinds';
import { CRITICAL_KINDS } from './outside-app';

export interface OutgoingStaffNotification {
  notificationId: string;
  kind: NotificationKind;
  /** Critical alerts are sent as urgent where the channel knows urgency (Web Push). */
  critical: boolean;
  language: Language;
  recipient: { id: string; email: string; telegramChatCipher: string | null };
  /** "Aigerim assigned a rumour to you", in the member's language. */
  what: string;
  /** The rumour's claim: citizens' words, untrusted — every channel escapes it. */
  claim: string;
  /** Absolute deep link to the rumour (or the verifier's task). */
  url: string;
  /** Why the member gets this, and where to change it. */
  footer: string;
}

/** The message for one notification, or null when it must not go out (recipient gone, or the rumour left their regions). */
export async function loadOutgoingStaffNotification(db: Db, notificationId: string): Promise<OutgoingStaffNotification | null> {
  const notification = await db.staffNotification.findUnique({
    where: { id: notificationId },
    select: {
      ...NOTIFICATION_WORDS_SELECT,
      recipient: { select: { id: true, email: true, locale: true, active: true, role: true, regionCodes: true, nationalQueue: true, telegramChatCipher: true } },
    },
  });
  if (!notification || !notification.recipient.active) return null;
  const inScope = await db.rumor.count({ where: { id: notification.rumorId, ...rumorScopeFilter(notification.recipient) } });
  if (inScope === 0) return null;
  const kind = notification.kind as NotificationKind;
  const language = notification.recipient.locale;
  const t = translatorFor(language, 'notifications');
  return {
    notificationId: notification.id,
    kind,
    critical: CRITICAL_KINDS.has(kind),
    language,
    recipient: { id: notification.recipient.id, email: notification.recipient.email, telegramChatCipher: notification.recipient.telegramChatCipher },
    what: t(`kinds.${kind}`, { actor: notification.actor?.name ?? t('someone'), count: notification.count }),
    claim: notification.rumor.claim,
    url: `${publicBaseUrl()}/${language}${notificationPath({ kind, rumorId: notification.rumorId, verificationRequestId: notification.verificationRequestId })}`,
    footer: t('mailFooter'),
  };
}
