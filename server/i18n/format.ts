// Raspa's clock, and every date, time and number it shows, in one module for the server and the
// browser. Independent of the runtime's locale data: many phones, and headless Chromium, have none
// for Kazakh and print "2026 M12 5", "-6 min" or "1,234" — so the words and separators below are
// CLDR's (format.test.ts checks them against Node, which has full locale data), and relative
// times are said with the `time` messages (components/i18n/use-dates.ts on the client).
import type { Language } from './languages';

/** Raspa's clock for every date it shows: Kazakhstan's time, whatever the server's or the browser's zone. */
export const TIME_ZONE = 'Asia/Almaty';

/** Kazakhstan has been on one time zone, UTC+5, since March 2024: a calendar day means that day there. */
export const KAZAKHSTAN_UTC_OFFSET = '+05:00';
const OFFSET_MS = 5 * 3_600_000;

/** The calendar day in Kazakhstan at `at`, as YYYY-MM-DD. */
export function kazakhstanDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes after midnight in Kazakhstan at `at` (0–1439). */
export function kazakhstanMinuteOfDay(at: Date): number {
  return Math.floor(((at.getTime() + OFFSET_MS) % 86_400_000) / 60_000);
}

/** The moment a Kazakhstan calendar day (YYYY-MM-DD) begins. */
export function startOfKazakhstanDay(day: string): Date {
  return new Date(`${day}T00:00:00${KAZAKHSTAN_UTC_OFFSET}`);
}

// Digits only, in Almaty time: every browser has en-GB.
const DIGITS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function digits(date: Date): Record<'day' | 'month' | 'year' | 'hour' | 'minute' | 'second', string> {
  const parts = Object.fromEntries(DIGITS.formatToParts(date).map((p) => [p.type, p.value]));
  return { day: parts.day!, month: parts.month!, year: parts.year!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

// CLDR's month names as they stand in a date (Russian in the genitive: "5 декабря").
const MONTHS: Record<Language, { long: readonly string[]; short: readonly string[] }> = {
  kk: {
    long: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    short: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
  },
  ru: {
    long: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    short: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  },
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
};

/** A date in words, as Intl's dateStyle says it: long "2026 ж. 5 желтоқсан" / "5 декабря 2026 г." / "5 December 2026", medium "2026 ж. 05 жел." / "5 дек. 2026 г." / "5 Dec 2026". */
export function formatDate(language: Language, date: Date, style: 'long' | 'medium' = 'long'): string {
  const d = digits(date);
  const month = MONTHS[language][style === 'long' ? 'long' : 'short'][Number(d.month) - 1]!;
  const day = String(Number(d.day));
  if (language === 'kk') return `${d.year} ж. ${style === 'long' ? day : d.day} ${month}`;
  if (language === 'ru') return `${day} ${month} ${d.year} г.`;
  return `${day} ${month} ${d.year}`;
}

/**
 * A calendar quarter ("2026-Q3", as periods and addresses carry it) as the language names it:
 * "2026 жылғы 3-тоқсан", "3-й квартал 2026 г.", "Q3 2026". Anything else is returned as it is.
 */
export function formatQuarter(language: Language, quarter: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return quarter;
  const [, year, number] = match;
  if (language === 'kk') return `${year} жылғы ${number}-тоқсан`;
  if (language === 'ru') return `${number}-й квартал ${year} г.`;
  return `Q${number} ${year}`;
}

/** A date in words and the time, as Intl's dateStyle + timeStyle 'short' say it: "5 декабря 2026 г. в 14:03", "5 Dec 2026, 14:03". */
export function formatDateTime(language: Language, date: Date, style: 'long' | 'medium' = 'long'): string {
  const joiner = style === 'long' && language === 'ru' ? ' в ' : style === 'long' && language === 'en' ? ' at ' : ', ';
  return `${formatDate(language, date, style)}${joiner}${formatClockTime(date)}`;
}

/** "05.12.2026" in kk and ru (as dates are written in Kazakhstan), "05/12/2026" in en. */
export function formatNumericDate(date: Date, language: Language): string {
  const d = digits(date);
  const separator = language === 'en' ? '/' : '.';
  return `${d.day}${separator}${d.month}${separator}${d.year}`;
}

/** A calendar day (YYYY-MM-DD) as formatNumericDate writes it: "31.03.2026" in kk and ru, "31/03/2026" in en. */
export function formatNumericDay(day: string, language: Language): string {
  const [year, month, date] = day.split('-');
  const separator = language === 'en' ? '/' : '.';
  return `${date}${separator}${month}${separator}${year}`;
}

/**
 * The calendar day (YYYY-MM-DD) a person typed as their language writes dates — day, month, year:
 * "31.03.2026", "31/03/2026", "1.4.2026" (any of . / - between them) — or as YYYY-MM-DD (an address
 * made before, a pasted ISO date). Null when it is no day of the calendar (31.02.2026, 2026-13-01).
 */
export function parseNumericDay(text: string): string | null {
  const typed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const written = iso ? null : /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(typed);
  const [year, month, date] = iso ? [iso[1], iso[2], iso[3]] : written ? [written[3], written[2], written[1]] : [];
  if (!year || !month || !date) return null;
  const day = `${year}-${month.padStart(2, '0')}-${date.padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null;
}

/**
 * A date field's text as a form reads it back: the day it names (YYYY-MM-DD, what queries and
 * downloads take), the text to put back in the field (that day as the language writes it, or what was
 * typed when it is no day — nothing typed is lost), and whether something was typed that is no day.
 */
export function readTypedDay(text: string | undefined, language: Language): { day: string | undefined; shown: string; invalid: boolean } {
  const typed = (text ?? '').trim();
  const day = parseNumericDay(typed);
  return { day: day ?? undefined, shown: day ? formatNumericDay(day, language) : typed, invalid: typed !== '' && day === null };
}

/**
 * The moment a person typed as their language writes a date and a time, in Kazakhstan's time: the
 * day as parseNumericDay reads it, then hours and minutes — "31.03.2026 14:30", "31/03/2026, 9:05" —
 * or an ISO 8601 time ("2026-03-31T14:30", an old draft's; "2026-03-31T09:30:00.000Z", what the
 * report form sends; without an offset it is Kazakhstan's time). Null when it is no moment.
 */
export function parseNumericDateTime(text: string): Date | null {
  const typed = text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/.exec(typed);
  const written = iso ? null : /^([^\s,]+),?\s+(\d{1,2}):(\d{2})$/.exec(typed);
  const day = iso ? parseNumericDay(iso[1]!) : written ? parseNumericDay(written[1]!) : null;
  const [hour, minute, second] = iso ? [iso[2]!, iso[3]!, iso[4] ?? '00'] : written ? [written[2]!, written[3]!, '00'] : [];
  if (!day || !hour || !minute || !second || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  const zone = iso?.[6] ?? KAZAKHSTAN_UTC_OFFSET;
  return new Date(`${day}T${hour.padStart(2, '0')}:${minute}:${second}${iso?.[5] ?? ''}${zone}`);
}

/** A moment as its field shows it and parseNumericDateTime reads it back: "31.03.2026 14:30" in kk and ru, "31/03/2026 14:30" in en. */
export function formatTypedDateTime(date: Date, language: Language): string {
  return `${formatNumericDate(date, language)} ${formatClockTime(date)}`;
}

/** A date-and-time field's text read back, as readTypedDay reads a date field's: the moment, the text to show again, and whether what was typed is no moment. */
export function readTypedDateTime(text: string | undefined, language: Language): { at: Date | undefined; shown: string; invalid: boolean } {
  const typed = (text ?? '').trim();
  const at = parseNumericDateTime(typed);
  return { at: at ?? undefined, shown: at ? formatTypedDateTime(at, language) : typed, invalid: typed !== '' && at === null };
}

/**
 * A time of day as people type it — "14:30", "9:05", "9.05" — in the 24-hour form every language here
 * writes (a type="time" picker shows the browser's own: AM/PM in Kazakh on Chromium without its locale
 * data). "09:05", or null when it is no time of day.
 */
export function parseTypedClock(text: string): string | null {
  const typed = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!typed || Number(typed[1]) > 23 || Number(typed[2]) > 59) return null;
  return `${typed[1]!.padStart(2, '0')}:${typed[2]}`;
}

/** "14:03", or "14:03:27" with seconds. */
export function formatClockTime(date: Date, { seconds = false }: { seconds?: boolean } = {}): string {
  const d = digits(date);
  return `${d.hour}:${d.minute}${seconds ? `:${d.second}` : ''}`;
}

/** "05.12.2026, 14:03" in kk and ru, "05/12/2026, 14:03" in en. */
export function formatNumericDateTime(date: Date, language: Language, options: { seconds?: boolean } = {}): string {
  return `${formatNumericDate(date, language)}, ${formatClockTime(date, options)}`;
}

export const RELATIVE_TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type RelativeTimeUnit = (typeof RELATIVE_TIME_UNITS)[number];

const UNIT_SECONDS: Record<RelativeTimeUnit, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: (86_400 * 365) / 12,
  year: 86_400 * 365,
};

/**
 * How to say the distance from `now` to `date`: the unit next-intl's relativeTime picks (the
 * largest one the distance fills) and the whole count of it, or 'now' under half a second — so
 * the words are what next-intl would print with full locale data. `past` for a date before now.
 */
export function relativeTimeParts(date: Date, now: Date): { unit: RelativeTimeUnit; count: number; past: boolean } | 'now' {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const distance = Math.abs(seconds);
  let unit: RelativeTimeUnit = 'second';
  for (const candidate of RELATIVE_TIME_UNITS) if (distance >= UNIT_SECONDS[candidate]) unit = candidate;
  const count = Math.round(distance / UNIT_SECONDS[unit]);
  return count === 0 ? 'now' : { unit, count, past: seconds < 0 };
}

/**
 * relativeTimeParts for something that has already happened (a comment, a notification): a moment
 * after `now` — it arrived live after the page's "now", or the server's clock is a little ahead —
 * is "now", never "in 16 seconds".
 */
export function elapsedTimeParts(date: Date, now: Date): ReturnType<typeof relativeTimeParts> {
  return relativeTimeParts(date > now ? now : date, now);
}

// Digit grouping and the decimal sign: Kazakh and Russian write 12 345,6 (a no-break space between
// groups), English 12,345.6.
const NUMBER_SIGNS: Record<Language, { group: string; decimal: string; percent: string }> = {
  kk: { group: '\u00a0', decimal: ',', percent: '%' },
  ru: { group: '\u00a0', decimal: ',', percent: '\u00a0%' },
  en: { group: ',', decimal: '.', percent: '%' },
};

// The runtime's own, kept before installKazakhNumberSigns may replace the global one.
const NativeNumberFormat = Intl.NumberFormat;

function withSigns(parts: Intl.NumberFormatPart[], language: Language): Intl.NumberFormatPart[] {
  const signs = NUMBER_SIGNS[language];
  return parts.map((part) => (part.type === 'group' ? { ...part, value: signs.group } : part.type === 'decimal' ? { ...part, value: signs.decimal } : part));
}

/** "12 345,6" (kk, ru) or "12,345.6" (en); at most `maximumFractionDigits` decimals (default 3, as Intl). */
export function formatNumber(language: Language, value: number, { maximumFractionDigits = 3 }: { maximumFractionDigits?: number } = {}): string {
  // en-US parts exist in every runtime; only the signs are swapped.
  return withSigns(new NativeNumberFormat('en-US', { maximumFractionDigits }).formatToParts(value), language)
    .map((part) => part.value)
    .join('');
}

function isKazakh(locales: string | readonly string[] | undefined): boolean {
  const first = typeof locales === 'string' ? locales : locales?.[0];
  return typeof first === 'string' && /^kk(-|$)/i.test(first);
}

/**
 * `Native` as it is when it knows Kazakh; otherwise one that, for Kazakh, formats as en-US does and
 * puts CLDR's Kazakh signs back (the rule of formatNumber). Runtimes without Kazakh data (headless
 * Chromium, many phones) still claim 'kk' and print "12,345.5".
 */
export function numberFormatWithKazakhSigns(Native: typeof Intl.NumberFormat): typeof Intl.NumberFormat {
  if (new Native('kk').format(12345.5) === formatNumber('kk', 12345.5)) return Native;
  function NumberFormat(locales?: string | string[], options?: Intl.NumberFormatOptions): Intl.NumberFormat {
    if (!isKazakh(locales)) return new Native(locales, options);
    const english = new Native('en-US', options);
    const formatToParts = (value: number | bigint) => withSigns(english.formatToParts(value), 'kk');
    // A plain object: the prototype's `format` is a getter that cannot be overridden by assignment.
    const kazakh = {
      format: (value: number | bigint) => formatToParts(value).map((part) => part.value).join(''),
      formatToParts,
      resolvedOptions: () => ({ ...english.resolvedOptions(), locale: 'kk' }),
    };
    return kazakh as unknown as Intl.NumberFormat;
  }
  NumberFormat.supportedLocalesOf = Native.supportedLocalesOf;
  return NumberFormat as unknown as typeof Intl.NumberFormat;
}

/**
 * In the browser, before next-intl makes its formatters (components/i18n/intl-client-provider.tsx):
 * an ICU message's `#` ("{count, plural, other {# хабар}}") is formatted by Intl.NumberFormat, so a
 * runtime without Kazakh data would print "1,234 хабар" where the server printed "1 234 хабар".
 */
export function installKazakhNumberSigns(): void {
  Intl.NumberFormat = numberFormatWithKazakhSigns(Intl.NumberFormat);
}

/** A share as a whole percentage: "42%" (kk, en), "42 %" (ru). */
export function formatPercent(language: Language, share: number): string {
  return `${formatNumber(language, Math.round(share * 100), { maximumFractionDigits: 0 })}${NUMBER_SIGNS[language].percent}`;
}
