// The mails of staff administration: an invitation and a password reset, each with its one-time
// link, in the member's language. Plain text plus the same in simple HTML, everything escaped.
import type { Role } from '../db/generated/enums';
import { formatDateTime } from '../i18n/format';
import type { Language } from '../i18n/languages';
import { escapeHtml } from '../notices/render/html';
import type { OutgoingMail } from '../delivery/mailer';
import { deliveryText, roleWords } from '../delivery/notice-words';


function mail(to: string, language: Language, subject: string, paragraphs: string[], link: string, linkLabel: string): OutgoingMail {
  const html = `<!doctype html><html lang="${language}"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:16px">${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}<p><a href="${escapeHtml(link)}">${escapeHtml(linkLabel)}</a></p></body></html>`;
  return { to, subject, text: `${paragraphs.join('\n\n')}\n\n${linkLabel}: ${link}\n`, html };
}

export function staffInvitationMail(input: { to: string; language: Language; name: string; role: Role; invitedBy: string; link: string; expiresAt: Date }): OutgoingMail {
  const { language } = input;
  return mail(
    input.to,
    language,
    deliveryText(language, 'staffInviteSubject'),
    [
      deliveryText(language, 'staffInviteGreeting', { name: input.name }),
      deliveryText(language, 'staffInviteBody', { inviter: input.invitedBy, role: roleWords(input.role, language) }),
      deliveryText(language, 'staffLinkExpires', { expires: formatDateTime(language, input.expiresAt) }),
      deliveryText(language, 'staffLinkNotYou'),
    ],
    input.link,
    deliveryText(language, 'staffInviteAction'),
  );
}

export function staffPasswordResetMail(input: { to: string; language: Language; name: string; link: string; expiresAt: Date }): OutgoingMail {
  const { language } = input;
  return mail(
    input.to,
    language,
    deliveryText(language, 'staffResetSubject'),
    [
      deliveryText(language, 'staffInviteGreeting', { name: input.name }),
      deliveryText(language, 'staffResetBody'),
      deliveryText(language, 'staffLinkExpires', { expires: formatDateTime(language, input.expiresAt) }),
      deliveryText(language, 'staffLinkNotYou'),
    ],
    input.link,
    deliveryText(language, 'staffResetAction'),
  );
}
