// What people forward (plain code, no server imports: the report form's on-demand chunk uses it):
// the verified fact first, the claim once and flagged with its verdict, then the fact again and
// where it was checked — the debunking order of server/notices/debunk-order.ts — so a forwarded
// message never spreads the rumour on its own, and whoever reads only its end still reads the fact. One definition for the notice page, the report
// confirmation and the tracking page.

/** Any translator with next-intl's call shape (next-intl's own, or the report form's light one). */
export type ShareTranslate = (key: string, values?: Record<string, string | number>) => string;

type ShareVerdict = 'FALSE' | 'MISLEADING' | 'TRUE' | 'UNVERIFIED' | 'CHECKING';


/** The text of a WhatsApp/Telegram share (the link goes after it). */
export function verdictShareText(t: ShareTranslate, notice: { verdict: string; title: string; summary: string }): string {
  const verdict = (['FALSE', 'MISLEADING', 'TRUE', 'UNVERIFIED', 'CHECKING'].includes(notice.verdict) ? notice.verdict : 'CHECKING') as ShareVerdict;
  const fact = notice.summary.trim();
  return t(`share.text.${verdict}`, { fact, factAgain: firstSentence(fact), claim: notice.title.trim() });
}

/** The fact's first sentence: the sandwich closes on it without retelling a long summary. */
export function firstSentence(text: string): string {
  // At least 20 characters and followed by a capital, so "ул. Абая" or "т.е." does not end it.
  const match = /^[\s\S]{20,}?[.!?…](?=\s+\p{Lu}|\s*$)/u.exec(text);
  return (match ? match[0] : text).trim();
}

/** https://wa.me/?text=… — WhatsApp puts the link after the text, so the preview card follows it. */
export function whatsAppShareUrl(text: string, url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`;
}

/** https://t.me/share/url?url=…&text=… */
export function telegramShareUrl(text: string, url: string): string {
  return `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}`;
}
