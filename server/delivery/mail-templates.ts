// The mails themselves: plain text plus the same in simple HTML (no images, no tracking pixels).
// All text is escaped: notice text comes from moderators, but is still treated as untrusted.
import type { OutgoingDigest, OutgoingNotice } from './channel-sender';
import { formatDate, formatDateTime } from '../i18n/format';
import type { OutgoingMail } from './mailer';
import { deliveryText, verdictWords } from './notice-words';
import { publicBaseUrl } from '../config/public-url';
import { escapeHtml } from '../notices/render/html';
import { leadsWithFact } from '../notices/debunk-order';
import type { Language } from '../i18n/languages';

/** One-click unsubscribe: GET shows a confirm button, POST (RFC 8058 List-Unsubscribe-Post) unsubscribes. */
export function unsubscribeUrl(token: string): string {
  return `${publicBaseUrl()}/api/v1/subscriptions/unsubscribe/${encodeURIComponent(token)}`;
}
export function unsubscribePageUrl(language: Language, token: string): string {
  return `${publicBaseUrl()}/${language}/unsubscribe/${encodeURIComponent(token)}`;
}
export function confirmUrl(language: Language, token: string): string {
  return `${publicBaseUrl()}/${language}/subscribe/confirm/${encodeURIComponent(token)}`;
}

function layout(language: Language, paragraphs: string[], footer: string): string {
  return `<!doctype html><html lang="${language}"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:16px">${paragraphs.join('')}<hr style="border:0;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:13px;color:#555">${footer}</p></body></html>`;
}

/**
 * The notice in the debunking order (server/notices/debunk-order.ts): for a false, misleading or
 * unverified claim the verified fact is the headline and the claim appears once, flagged; a true
 * claim (or an interim notice) leads with the claim and its verdict.
 */
function noticeBlocks(notice: OutgoingNotice) {
  const lang = notice.language;
  const verdict = verdictWords(notice.verdict, lang);
  const correction = notice.isCorrection ? (notice.changeNote ? deliveryText(lang, 'mailCorrectionIntro', { change: notice.changeNote }) : deliveryText(lang, 'mailCorrectionIntroNoNote')) : null;
  const claim = deliveryText(lang, 'mailClaimLine', { verdict, claim: notice.title });
  const headline = leadsWithFact(notice.verdict) ? notice.summary : claim;
  const second = leadsWithFact(notice.verdict) ? claim : notice.summary;
  const text = [
    correction,
    headline,
    second,
    notice.whatToDo ? `${deliveryText(lang, 'mailWhatToDo')}: ${notice.whatToDo}` : null,
    `${deliveryText(lang, 'mailReadMore')}: ${notice.url}`,
  ].filter(Boolean) as string[];
  const html = [
    correction ? `<p style="background:#fff4d6;padding:8px">${escapeHtml(correction)}</p>` : '',
    `<p style="font-size:20px;font-weight:bold;margin:0 0 8px">${escapeHtml(headline)}</p>`,
    `<p>${leadsWithFact(notice.verdict) ? `<strong>${escapeHtml(second)}</strong>` : escapeHtml(second)}</p>`,
    notice.whatToDo ? `<p><strong>${escapeHtml(deliveryText(lang, 'mailWhatToDo'))}:</strong> ${escapeHtml(notice.whatToDo)}</p>` : '',
    `<p><a href="${escapeHtml(notice.url)}">${escapeHtml(deliveryText(lang, 'mailReadMore'))}</a></p>`,
  ];
  return { verdict, text, html };
}

/** A mail to a subscriber: why they get it and how to stop, with one-click List-Unsubscribe (RFC 8058). */
function subscriberMail(to: string, language: Language, token: string, subject: string, text: string[], html: string[]): OutgoingMail {
  const page = unsubscribePageUrl(language, token);
  const footer = `${deliveryText(language, 'mailWhy')} ${deliveryText(language, 'mailUnsubscribe')}: ${page}`;
  return {
    to,
    subject,
    text: `${text.join('\n\n')}\n\n--\n${footer}\n`,
    html: layout(language, html, `${escapeHtml(deliveryText(language, 'mailWhy'))} <a href="${escapeHtml(page)}">${escapeHtml(deliveryText(language, 'mailUnsubscribe'))}</a>`),
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl(token)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

export function noticeMailForSubscriber(to: string, notice: OutgoingNotice, token: string): OutgoingMail {
  const { verdict, text, html } = noticeBlocks(notice);
  const subject = deliveryText(notice.language, notice.isCorrection ? 'mailCorrectionSubject' : 'mailNoticeSubject', { verdict, title: notice.title });
  return subscriberMail(to, notice.language, token, subject, text, html);
}

export function verdictMailForReporter(to: string, notice: OutgoingNotice, trackingCode: string): OutgoingMail {
  const lang = notice.language;
  const { verdict, text, html } = noticeBlocks(notice);
  const track = `${publicBaseUrl()}/${lang}/track/${trackingCode}`;
  const intro = deliveryText(lang, 'mailReporterIntro');
  const subject = notice.isCorrection ? deliveryText(lang, 'mailCorrectionSubject', { verdict, title: notice.title }) : deliveryText(lang, 'mailReporterSubject', { verdict });
  return {
    to,
    subject,
    text: `${intro}\n\n${text.join('\n\n')}\n\n${deliveryText(lang, 'mailReporterTrack')}: ${track}\n\n--\n${deliveryText(lang, 'mailReporterWhy')}\n`,
    html: layout(
      lang,
      [`<p>${escapeHtml(intro)}</p>`, ...html, `<p><a href="${escapeHtml(track)}">${escapeHtml(deliveryText(lang, 'mailReporterTrack'))}</a></p>`],
      escapeHtml(deliveryText(lang, 'mailReporterWhy')),
    ),
  };
}

/**
 * "We withdrew this notice": what it said, why it was withdrawn, and the plea to stop sharing it.
 * Short on purpose; the notice page (marked withdrawn) has the rest.
 */
function withdrawalBlocks(notice: OutgoingNotice) {
  const lang = notice.language;
  const verdict = verdictWords(notice.verdict, lang);
  const reason = notice.withdrawal?.reason ?? null;
  const lines = {
    intro: deliveryText(lang, 'mailWithdrawnIntro'),
    was: deliveryText(lang, 'mailWithdrawnWas', { verdict, title: notice.title }),
    reason: reason ? deliveryText(lang, 'mailWithdrawnReason', { reason }) : null,
    forwarded: deliveryText(lang, 'mailWithdrawnForwarded'),
    link: deliveryText(lang, 'mailWithdrawnPage'),
  };
  const text = [lines.intro, lines.was, lines.reason, lines.forwarded, `${lines.link}: ${notice.url}`].filter(Boolean) as string[];
  const html = [
    `<p style="background:#fde8e8;padding:8px;font-weight:bold">${escapeHtml(lines.intro)}</p>`,
    `<p>${escapeHtml(lines.was)}</p>`,
    lines.reason ? `<p>${escapeHtml(lines.reason)}</p>` : '',
    `<p>${escapeHtml(lines.forwarded)}</p>`,
    `<p><a href="${escapeHtml(notice.url)}">${escapeHtml(lines.link)}</a></p>`,
  ];
  return { subject: deliveryText(lang, 'mailWithdrawnSubject', { title: notice.title }), text, html };
}

export function withdrawalMailForSubscriber(to: string, notice: OutgoingNotice, token: string): OutgoingMail {
  const { subject, text, html } = withdrawalBlocks(notice);
  return subscriberMail(to, notice.language, token, subject, text, html);
}

export function withdrawalMailForReporter(to: string, notice: OutgoingNotice, trackingCode: string): OutgoingMail {
  const lang = notice.language;
  const { subject, text, html } = withdrawalBlocks(notice);
  const track = `${publicBaseUrl()}/${lang}/track/${trackingCode}`;
  return {
    to,
    subject,
    text: `${text.join('\n\n')}\n\n${deliveryText(lang, 'mailReporterTrack')}: ${track}\n\n--\n${deliveryText(lang, 'mailReporterWhy')}\n`,
    html: layout(lang, [...html, `<p><a href="${escapeHtml(track)}">${escapeHtml(deliveryText(lang, 'mailReporterTrack'))}</a></p>`], escapeHtml(deliveryText(lang, 'mailReporterWhy'))),
  };
}

export function confirmationMail(to: string, language: Language, confirmToken: string, unsubscribeToken: string): OutgoingMail {
  const link = confirmUrl(language, confirmToken);
  const page = unsubscribePageUrl(language, unsubscribeToken);
  return {
    to,
    subject: deliveryText(language, 'mailConfirmSubject'),
    text: `${deliveryText(language, 'mailConfirmIntro')}\n\n${link}\n\n${deliveryText(language, 'mailConfirmIgnore')}\n`,
    html: layout(
      language,
      [
        `<p>${escapeHtml(deliveryText(language, 'mailConfirmIntro'))}</p>`,
        `<p><a href="${escapeHtml(link)}" style="display:inline-block;background:#0b5cad;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(deliveryText(language, 'mailConfirmButton'))}</a></p>`,
        `<p>${escapeHtml(deliveryText(language, 'mailConfirmIgnore'))}</p>`,
      ],
      `<a href="${escapeHtml(page)}">${escapeHtml(deliveryText(language, 'mailUnsubscribe'))}</a>`,
    ),
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl(unsubscribeToken)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** "5 December 2026" (daily) or "30 Nov 2026 – 7 Dec 2026" (weekly), Kazakhstan time, in `language`'s own words. */
export function digestPeriodLabel(digest: Pick<OutgoingDigest, 'cadence' | 'language' | 'periodStart' | 'periodEnd'>): string {
  if (digest.cadence === 'DAILY') return formatDate(digest.language, digest.periodEnd);
  return `${formatDate(digest.language, digest.periodStart, 'medium')} – ${formatDate(digest.language, digest.periodEnd, 'medium')}`;
}

/** One line per listed notice: "Corrected ·" marker, verdict, title, when; the link on its own line. */
function digestItemLines(digest: OutgoingDigest) {
  const lang = digest.language;
  return digest.items.map((item) => {
    const verdict = verdictWords(item.verdict, lang);
    const when = deliveryText(lang, item.isCorrection ? 'digestCorrectedAt' : 'digestPublishedAt', { date: formatDateTime(lang, item.publishedAt, 'medium') });
    const marker = item.isCorrection ? deliveryText(lang, 'digestCorrected') : null;
    return { item, verdict, when, marker };
  });
}

/** The digest mail: every listed notice, newest first, with List-Unsubscribe and the link to change how often. */
export function digestMail(to: string, digest: OutgoingDigest, token: string): OutgoingMail {
  const lang = digest.language;
  const period = digestPeriodLabel(digest);
  const subject = deliveryText(lang, digest.cadence === 'DAILY' ? 'digestSubjectDaily' : 'digestSubjectWeekly', { period });
  const intro = deliveryText(lang, 'digestIntro', { from: formatDateTime(lang, digest.periodStart, 'medium'), to: formatDateTime(lang, digest.periodEnd, 'medium') });
  const count = deliveryText(lang, 'digestCount', { count: digest.items.length });
  const lines = digestItemLines(digest);
  const text = [
    intro,
    count,
    ...lines.map(({ item, verdict, when, marker }) => [`${marker ? `[${marker}] ` : ''}${verdict}: ${item.title}`, item.summary, when, item.url].join('\n')),
    `${deliveryText(lang, 'digestAll')}: ${digest.url}`,
    deliveryText(lang, 'digestUrgentAtOnce'),
  ];
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<p><strong>${escapeHtml(count)}</strong></p>`,
    ...lines.map(
      ({ item, verdict, when, marker }) =>
        `<div style="border-top:1px solid #ddd;padding:12px 0">${marker ? `<span style="background:#fff4d6;padding:2px 6px;font-size:13px;font-weight:bold">${escapeHtml(marker)}</span> ` : ''}<strong>${escapeHtml(verdict)}:</strong> <a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a><br>${escapeHtml(item.summary)}<br><span style="font-size:13px;color:#555">${escapeHtml(when)}</span></div>`,
    ),
    `<p><a href="${escapeHtml(digest.url)}">${escapeHtml(deliveryText(lang, 'digestAll'))}</a></p>`,
    `<p style="font-size:13px;color:#555">${escapeHtml(deliveryText(lang, 'digestUrgentAtOnce'))}</p>`,
  ];
  const page = unsubscribePageUrl(lang, token);
  const footer = `${deliveryText(lang, 'digestWhy')} ${deliveryText(lang, 'digestManage')}: ${page}`;
  return {
    to,
    subject,
    text: `${text.join('\n\n')}\n\n--\n${footer}\n`,
    html: layout(lang, html, `${escapeHtml(deliveryText(lang, 'digestWhy'))} <a href="${escapeHtml(page)}">${escapeHtml(deliveryText(lang, 'digestManage'))}</a>`),
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl(token)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
