// A staff notification as an e-mail, in the member's language: what happened, the claim, and the
// link to it. Nothing about reporters; all text escaped (a claim is citizens' words).
import type { Db } from '../db/client';
import { publicBaseUrl } from '../config/public-url';
import type { OutgoingMail } from '../delivery/mailer';
import { escapeHtml } from '../notices/render/html';
import { translatorFor } from '../i18n/translator';
import { rumorScopeFilter } from '../policy';
import { notificationPath } from './kinds';

/** The mail for one notification, or null when it must not go out (recipient gone, or the rumour left their regions). */
export async function staffNotificationMail(db: Db, notificationId: string): Promise<OutgoingMail | null> {
  const notification = await db.staffNotification.findUnique({
    where: { id: notificationId },
    select: {
      kind: true,
      rumorId: true,
      verificationRequestId: true,
      count: true,
      actor: { select: { name: true } },
      rumor: { select: { claim: true, regionCodes: true } },
      recipient: { select: { id: true, email: true, locale: true, active: true, role: true, regionCodes: true, nationalQueue: true } },
    },
  });
  if (!notification || !notification.recipient.active) return null;
  // Scope again at sending time: a rumour that left the member's regions is not mailed.
  const inScope = await db.rumor.count({ where: { id: notification.rumorId, ...rumorScopeFilter(notification.recipient) } });
  if (inScope === 0) return null;
  const language = notification.recipient.locale;
  const t = translatorFor(language, 'notifications');
  const what = t(`kinds.${notification.kind}`, { actor: notification.actor?.name ?? t('someone'), count: notification.count });
  const url = `${publicBaseUrl()}/${language}${notificationPath(notification)}`;
  const claim = notification.rumor.claim;
  return {
    to: notification.recipient.email,
    subject: `Raspa: ${what}`,
    text: `${what}\n\n${claim}\n\n${url}\n\n${t('mailFooter')}`,
    html: `<!doctype html><html lang="${language}"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:16px"><p><strong>${escapeHtml(what)}</strong></p><p>${escapeHtml(claim)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p><hr style="border:0;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:13px;color:#555">${escapeHtml(t('mailFooter'))}</p></body></html>`,
  };
}
