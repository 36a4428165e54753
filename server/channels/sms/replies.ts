// SMS texts in the sender's language (messages/*.json, namespace `smsReplies`). Kept short: a
// Cyrillic SMS holds 70 characters per segment.
import type { Verdict } from '../../db/generated/enums';
import type { Language } from '../../i18n/languages';
import { translatorFor } from '../../i18n/translator';

export function smsTranslator(language: Language) {
  return translatorFor(language, 'smsReplies');
}

export function verdictWord(language: Language, verdict: Verdict): string {
  return smsTranslator(language)(`verdicts.${verdict}`);
}

/**
 * Segments an SMS takes: 160/153 characters when plain ASCII (close enough to GSM-7 for our own
 * texts and links), otherwise UCS-2 at 70/67 — every Cyrillic SMS.
 */
export function smsSegments(text: string): number {
  if (!text) return 0;
  const gsm = /^[\n\r\x20-\x7E]*$/.test(text);
  const length = gsm ? text.length + (text.match(/[\^{}\\[\]~|]/g)?.length ?? 0) : text.length;
  const single = gsm ? 160 : 70;
  const multi = gsm ? 153 : 67;
  return length <= single ? 1 : Math.ceil(length / multi);
}

/**
 * `text` followed by `link` when the link does not make the SMS longer than `maxSegments`
 * (or than the text alone already is) — a verdict without its link is still worth sending.
 */
export function withLinkIfItFits(text: string, link: string | null, maxSegments = 2): string {
  if (!link) return text;
  const combined = `${text} ${link}`;
  const budget = Math.max(maxSegments, smsSegments(text));
  return smsSegments(combined) <= budget ? combined : text;
}
