import { removeFillerWords } from './stopwords';
import { toMatchKey } from './transliterate';

/** Longest normalised text stored for clustering; the trigram index needs no more. */
export const NORMALIZED_TEXT_MAX_LENGTH = 2000;

// Bounds the work done on huge pastes; far more than survives the cap.
const MAX_INPUT_LENGTH = NORMALIZED_TEXT_MAX_LENGTH * 10;

const URL_PATTERN = /(?:https?:\/\/|www\.)\S+/giu;
// Bare links as pasted from messengers ("t.me/xyz", "tengrinews.kz/...").
const DOMAIN_PATTERN =
  /(?<![\p{L}\p{N}@.])(?:[a-z0-9-]+\.)+(?:kz|ru|com|net|org|me|io|info|tv|co|be|ly|gl|su|uz|kg)(?![\p{L}\p{N}])(?:[/?#]\S*)?/giu;
/**
 * A bare domain named in a sentence ("Kaspi.kz не работает", "egov.kz-та") is the brand or service
 * it belongs to: its name is kept. A link to a page (with a path, or under a subdomain) is dropped.
 */
const nameOfBareDomain = (domain: string): string => (/^[\p{L}\p{N}-]+\.[a-z]+$/iu.test(domain) && !/^www\./i.test(domain) ? ` ${domain.slice(0, domain.indexOf('.'))} ` : ' ');
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const MENTION_PATTERN = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
// "1 000", "1,000", "1.000" → "1000" so amounts match however they were grouped.
// Only a 1–3 digit lead group counts, so "2022 100" (year + number) stays apart.
const GROUPED_NUMBER = /(?<!\d)\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?!\d)/g;
// "2,5 млн" / "1.5 million" → "2500000": the decimal comma would otherwise split it into 2 and 5.
const DECIMAL_WITH_SCALE = /(?<![\d.,])(\d{1,3})[.,](\d{1,3})\s*(млн|миллион\p{L}*|million\p{L}*|mln|млрд|миллиард\p{L}*|billion\p{L}*|bn|трлн|триллион\p{L}*|trillion\p{L}*|тыс\p{L}*|мың\p{L}*|thousand\p{L}*)(?!\p{L})/giu;
/**
 * "+20 тенге", "+15%", "нан +20 тг": a plus sign before an amount of money or a percentage says it
 * goes up (a price, a salary), read as "дороже" (the direction lexicon's word). Only with a currency or
 * "%" after it: "+7 701 …" is a phone number and "+40" a temperature.
 */
const PLUS_AMOUNT = /(?<![\p{L}\p{N}])\+\s?(\d+(?:[.,]\d+)?\s?(?:%|₸|тенге|теңге|тг|tenge|teñge|tg|kzt|руб\p{L}*|rub\p{L}*|\$|доллар\p{L}*|dollar\p{L}*|usd)(?![\p{L}]))/giu;
const SCALE_OF = (word: string): number => (/^(трлн|триллион|trillion)/i.test(word) ? 1e12 : /^(млрд|миллиард|billion|bn)/i.test(word) ? 1e9 : /^(тыс|мың|thousand)/i.test(word) ? 1e3 : 1e6);

/**
 * Text used for clustering reports and for "already checked?" search with pg_trgm: URLs,
 * e-mails, @mentions, emoji and punctuation removed, numbers kept, everything reduced with
 * `toMatchKey` so the same claim in Kazakh Cyrillic and Kazakh Latin compares equal, and filler
 * words ("говорят что", "дейді", "they say": see stopwords.ts) dropped so that they neither join
 * different claims nor keep one claim apart. At most 2000 chars, cut at a word boundary.
 */
export function normalizeReportText(text: string): string {
  let s = text.slice(0, MAX_INPUT_LENGTH).normalize('NFKC');
  s = s
    .replace(URL_PATTERN, ' ')
    .replace(EMAIL_PATTERN, ' ')
    .replace(DOMAIN_PATTERN, nameOfBareDomain)
    .replace(MENTION_PATTERN, ' ')
    .replace(DECIMAL_WITH_SCALE, (_, whole: string, fraction: string, scale: string) => String(Math.round(Number(`${whole}.${fraction}`) * SCALE_OF(scale))))
    .replace(GROUPED_NUMBER, (n) => n.replace(/\D/g, ''))
    .replace(PLUS_AMOUNT, ' дороже $1');
  // toMatchKey turns emoji and punctuation into spaces and collapses whitespace.
  return capAtWordBoundary(removeFillerWords(readAbsence(toMatchKey(s))), NORMALIZED_TEXT_MAX_LENGTH);
}

/**
 * Russian "не будет" / "не было" / "не станет" before anything but a verb is "нет" (there will be
 * none): "света не будет", "воды не было три дня". "будет" is a filler word, so without this the
 * absence was lost ("света не будет" read as "power" alone). Before an infinitive ("не будет
 * работать", "не будут дорожать") it is a negated verb, and stays. On match keys.
 */
const ABSENCE = /(^| )ne (?:budet|budut|bylo|byli|stanet|stalo)(?= |$)(?! \S*(?:t|ti|ch|tsia|tsa)(?: |$))/g;
const readAbsence = (key: string): string => key.replace(ABSENCE, '$1net');

function capAtWordBoundary(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  // Drop a half word rather than index a fragment; keep it if it is the only word.
  if (text[max] !== ' ' && lastSpace > 0) cut = cut.slice(0, lastSpace);
  // Never end on half of a surrogate pair.
  return cut.replace(/[\uD800-\uDBFF]$/, '').trimEnd();
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls except \t and \n (\r is converted before this runs).
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Invisible bidi overrides/isolates and BOM can disguise text; ZWJ/ZWNJ are kept for emoji.
const INVISIBLE_FORMATTING = /[\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * A parsed request input with every lone surrogate (in strings and keys, at any depth) turned into
 * U+FFFD, as a UTF-8 decoder does with broken bytes. JSON may spell one ("\ud800") in valid UTF-8,
 * and PostgreSQL refuses it in a json column — an audit record's before/after, a saved filter —
 * so a staff member's name with one answered 500 (bench/bad-input.ts). Plain objects and arrays are
 * walked without recursion (a request may nest 20,000 deep) and changed in place: the value is the
 * request's own, just parsed. Anything else (a Date) is left as it is.
 */
export function withWellFormedStrings<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD') as T;
  const seen = new Set<object>();
  const pending: object[] = [];
  const visit = (item: unknown) => {
    if (item === null || typeof item !== 'object' || seen.has(item)) return;
    const proto = Object.getPrototypeOf(item) as unknown;
    if (!Array.isArray(item) && proto !== Object.prototype && proto !== null) return;
    seen.add(item);
    pending.push(item);
  };
  visit(value);
  while (pending.length > 0) {
    const container = pending.pop() as Record<string, unknown>;
    for (const key of Object.keys(container)) {
      const item = container[key];
      if (typeof item === 'string') container[key] = item.replace(LONE_SURROGATE, '\uFFFD');
      else visit(item);
      const wellFormedKey = key.replace(LONE_SURROGATE, '\uFFFD');
      if (wellFormedKey !== key && !Array.isArray(container)) {
        container[wellFormedKey] = container[key];
        delete container[key];
      }
    }
  }
  return value;
}

/**
 * Cleans user text for storage (not for display: rendering escapes it). NFC; \r\n, \r
 * and Unicode line separators become \n; control characters other than \n and \t,
 * bidi overrides and BOMs are removed; lone surrogates (which PostgreSQL rejects)
 * become U+FFFD; trailing spaces on each line are dropped; runs of more than two blank
 * lines shrink to two; the result is trimmed.
 */
export function sanitizeUserText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(INVISIBLE_FORMATTING, '')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}
