// A staff notification as an e-mail, in the member's language: what happened, the claim, and the
// link to it. Nothing about reporters; all text escaped (a claim is citizens' words).
import type { OutgoingMail } from '../delivery/mailer';
import { escapeHtml } from '../notices/render/html';
import type { OutgoingStaffNotification } from './staff-message';

export function staffNotificationMail(message: OutgoingStaffNotification): OutgoingMail {
  const { what, claim, url, footer, language } = message;
  return {
    to: message.recipient.email,
    subject: `Raspa: ${what}`,
    text: `${what}\n\n${claim}\n\n${url}\n\n${footer}`,
    html: `<!doctype html><html lang="${language}"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:16px"><p><strong>${escapeHtml(what)}</strong></p><p>${escapeHtml(claim)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p><hr style="border:0;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:13px;color:#555">${escapeHtml(footer)}</p></body></html>`,
  };
}
