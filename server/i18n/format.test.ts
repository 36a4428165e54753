// Dates, times and numbers are formatted without the runtime's locale data (headless Chromium and
// many phones have none for Kazakh). What they print must still be what full locale data says:
// Node has it, so the words, separators and `time` messages are checked against Node's Intl here.
import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDate,
  formatDateTime,
  formatNumber,
  formatNumericDate,
  formatNumericDateTime,
  formatNumericDay,
  formatPercent,
  formatQuarter,
  installKazakhNumberSigns,
  kazakhstanDay,
  numberFormatWithKazakhSigns,
  formatTypedDateTime,
  parseNumericDateTime,
  parseNumericDay,
  parseTypedClock,
  readTypedDateTime,
  readTypedDay,
  RELATIVE_TIME_UNITS,
  relativeTimeParts,
  elapsedTimeParts,
  startOfKazakhstanDay,
  TIME_ZONE,
} from './format';
import { LANGUAGES } from './languages';
import { createTranslator } from 'use-intl/core';
import { messagesFor, translatorFor } from './translator';

const NOW = new Date('2026-12-05T09:03:27Z');

/** What the client's useDates().relative prints, without React. */
function relative(date: Date, language: (typeof LANGUAGES)[number]): string {
  const t = translatorFor(language, 'time');
  const parts = relativeTimeParts(date, NOW);
  if (parts === 'now') return t('now');
  return parts.past ? t(`ago.${parts.unit}`, { count: parts.count }) : t(`in.${parts.unit}`, { count: parts.count });
}

describe('relative times', () => {
  it('say what Intl with full locale data says, in every language, unit and plural form', () => {
    const seconds = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: (86_400 * 365) / 12, year: 86_400 * 365 };
    for (const language of LANGUAGES) {
      const intl = new Intl.RelativeTimeFormat(language);
      for (const unit of RELATIVE_TIME_UNITS) {
        for (const count of [1, 2, 3, 5, 11, 21, 22, 25]) {
          // Only counts that stay in this unit (e.g. not 65 seconds).
          const next = RELATIVE_TIME_UNITS[RELATIVE_TIME_UNITS.indexOf(unit) + 1];
          if (next && count * seconds[unit] >= seconds[next]) continue;
          for (const sign of [-1, 1]) {
            const date = new Date(NOW.getTime() + sign * count * seconds[unit] * 1000);
            expect(relative(date, language), `${language} ${sign * count} ${unit}`).toBe(intl.format(sign * count, unit));
          }
        }
      }
    }
  });

  it('pick the unit next-intl picks, and say "now" under half a second', () => {
    expect(relativeTimeParts(new Date(NOW.getTime() - 6 * 60_000), NOW)).toEqual({ unit: 'minute', count: 6, past: true });
    expect(relativeTimeParts(new Date(NOW.getTime() + 90 * 60_000), NOW)).toEqual({ unit: 'hour', count: 2, past: false });
    expect(relativeTimeParts(new Date(NOW.getTime() - 59_000), NOW)).toEqual({ unit: 'second', count: 59, past: true });
    expect(relativeTimeParts(new Date(NOW.getTime() + 8 * 86_400_000), NOW)).toEqual({ unit: 'week', count: 1, past: false });
    expect(relativeTimeParts(new Date(NOW.getTime() + 300), NOW)).toBe('now');
  });

  it('says "now", not "in 16 seconds", for something that happened a moment after the page\'s now', () => {
    expect(elapsedTimeParts(new Date(NOW.getTime() + 16_000), NOW)).toBe('now');
    expect(elapsedTimeParts(new Date(NOW.getTime() + 3 * 3600_000), NOW)).toBe('now');
    expect(elapsedTimeParts(new Date(NOW.getTime() - 6 * 60_000), NOW)).toEqual({ unit: 'minute', count: 6, past: true });
    expect(relative(new Date(NOW.getTime() - 6 * 60_000), 'kk')).toBe('6 минут бұрын');
    expect(relative(NOW, 'kk')).toBe('қазір');
  });
});

describe('a date typed into a date field', () => {
  it('is read as the language writes it (day first) or as YYYY-MM-DD, and written back the same way', () => {
    for (const typed of ['31.03.2026', '31/03/2026', '31-03-2026', ' 31.3.2026 ', '2026-03-31']) expect(parseNumericDay(typed), typed).toBe('2026-03-31');
    expect(parseNumericDay('1.4.2026')).toBe('2026-04-01');
    expect(formatNumericDay('2026-03-31', 'kk')).toBe('31.03.2026');
    expect(formatNumericDay('2026-03-31', 'ru')).toBe('31.03.2026');
    expect(formatNumericDay('2026-03-31', 'en')).toBe('31/03/2026');
    // What formatNumericDate prints reads back as the same day.
    for (const language of ['kk', 'ru', 'en'] as const) expect(parseNumericDay(formatNumericDate(NOW, language))).toBe(kazakhstanDay(NOW));
  });

  it('is refused when it is no day of the calendar, or month first', () => {
    for (const typed of ['31.02.2026', '03/31/2026', '2026-13-01', '12.2026', 'вчера', '', '31.03.26', '2026-03-31T00:00']) expect(parseNumericDay(typed), typed).toBeNull();
  });

  it('is read back by a form as the day, the text to show again, and whether it is no day', () => {
    expect(readTypedDay(' 1.4.2026 ', 'kk')).toEqual({ day: '2026-04-01', shown: '01.04.2026', invalid: false });
    expect(readTypedDay('2026-04-01', 'en')).toEqual({ day: '2026-04-01', shown: '01/04/2026', invalid: false });
    // What was typed stays, to be corrected.
    expect(readTypedDay('31.02.2026', 'ru')).toEqual({ day: undefined, shown: '31.02.2026', invalid: true });
    expect(readTypedDay('', 'ru')).toEqual({ day: undefined, shown: '', invalid: false });
    expect(readTypedDay(undefined, 'kk')).toEqual({ day: undefined, shown: '', invalid: false });
  });
});

describe('a date and time typed into a date-and-time field', () => {
  const AT = new Date('2026-03-31T09:30:00Z'); // 14:30 in Kazakhstan

  it('is read as the language writes it, in Kazakhstan time, and written back the same way', () => {
    for (const typed of ['31.03.2026 14:30', '31/03/2026 14:30', '31.3.2026, 14:30', ' 31-03-2026   14:30 ', '2026-03-31 14:30', '2026-03-31T14:30', '2026-03-31T09:30:00.000Z', '2026-03-31T14:30+05:00'])
      expect(parseNumericDateTime(typed)?.toISOString(), typed).toBe(AT.toISOString());
    expect(parseNumericDateTime('1.4.2026 9:05')?.toISOString()).toBe('2026-04-01T04:05:00.000Z');
    expect(formatTypedDateTime(AT, 'kk')).toBe('31.03.2026 14:30');
    expect(formatTypedDateTime(AT, 'ru')).toBe('31.03.2026 14:30');
    expect(formatTypedDateTime(AT, 'en')).toBe('31/03/2026 14:30');
    for (const language of LANGUAGES) expect(parseNumericDateTime(formatTypedDateTime(NOW, language))?.getTime()).toBe(new Date('2026-12-05T09:03:00Z').getTime());
  });

  it('is refused when it is no moment: no time, no such day or hour, month first, words', () => {
    for (const typed of ['31.03.2026', '14:30', '31.02.2026 14:30', '31.03.2026 24:00', '31.03.2026 14:60', '03/31/2026 14:30', '31.03.26 14:30', 'кеше 14:30', '', '2026-03-31T25:00', '31.03.2026 2pm'])
      expect(parseNumericDateTime(typed), typed).toBeNull();
  });

  it('is read back by a form as the moment, the text to show again, and whether it is no moment', () => {
    expect(readTypedDateTime(' 31.3.2026, 14:30 ', 'kk')).toEqual({ at: AT, shown: '31.03.2026 14:30', invalid: false });
    expect(readTypedDateTime('31.03.2026 14:30', 'en')).toEqual({ at: AT, shown: '31/03/2026 14:30', invalid: false });
    // What was typed stays, to be corrected.
    expect(readTypedDateTime('31.02.2026 14:30', 'ru')).toEqual({ at: undefined, shown: '31.02.2026 14:30', invalid: true });
    expect(readTypedDateTime('', 'ru')).toEqual({ at: undefined, shown: '', invalid: false });
  });
});

describe('a time of day typed into a time field (quiet hours)', () => {
  it('is read on the 24-hour clock every language here writes, with or without the leading zero', () => {
    expect(['22:00', '7:30', '07:30', ' 7.30 ', '0:00', '23:59'].map(parseTypedClock)).toEqual(['22:00', '07:30', '07:30', '07:30', '00:00', '23:59']);
  });

  it('is refused when it is no time of day: the picker\'s AM/PM, no such hour or minute, words', () => {
    for (const typed of ['7:30 PM', '24:00', '12:60', '730', '7:3', '', 'кешкі 10', '22:00:00', '１２:００'])
      expect(parseTypedClock(typed), typed).toBeNull();
  });
});

describe('dates and times', () => {
  it('are written with digits in Almaty time, whatever the machine’s zone', () => {
    expect(formatNumericDateTime(NOW, 'kk')).toBe('05.12.2026, 14:03');
    expect(formatNumericDateTime(NOW, 'ru')).toBe('05.12.2026, 14:03');
    expect(formatNumericDateTime(NOW, 'en')).toBe('05/12/2026, 14:03');
    expect(formatNumericDateTime(NOW, 'kk', { seconds: true })).toBe('05.12.2026, 14:03:27');
    expect(formatNumericDate(new Date('2026-12-31T20:30:00Z'), 'ru')).toBe('01.01.2027');
    expect(formatClockTime(new Date('2026-12-31T20:30:00Z'))).toBe('01:30');
  });

  it('count calendar days as Kazakhstan does', () => {
    expect(kazakhstanDay(new Date('2026-11-21T19:30:00Z'))).toBe('2026-11-22');
    expect(kazakhstanDay(new Date('2026-11-21T18:59:59Z'))).toBe('2026-11-21');
    expect(startOfKazakhstanDay('2026-11-22').toISOString()).toBe('2026-11-21T19:00:00.000Z');
  });
});

const INTL_LOCALE = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' } as const;

describe('dates in words', () => {
  // Every month, one- and two-digit days, around midnight in Almaty (UTC+5) and in a leap year.
  const moments = Array.from({ length: 12 }, (_, month) => [new Date(Date.UTC(2026, month, 4, 19, 5)), new Date(Date.UTC(2028, month, 28, 8, 59))]).flat();

  it('say what Intl with full locale data says, in every language, month and style', () => {
    for (const language of LANGUAGES) {
      for (const style of ['long', 'medium'] as const) {
        const date = new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: style, timeZone: TIME_ZONE });
        const dateTime = new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: style, timeStyle: 'short', timeZone: TIME_ZONE });
        for (const moment of moments) {
          expect(formatDate(language, moment, style), `${language} ${style} ${moment.toISOString()}`).toBe(date.format(moment));
          expect(formatDateTime(language, moment, style), `${language} ${style} ${moment.toISOString()}`).toBe(dateTime.format(moment));
        }
      }
    }
  });

  it('read as people in Kazakhstan write them', () => {
    expect(formatDate('kk', NOW)).toBe('2026 ж. 5 желтоқсан');
    expect(formatDateTime('ru', NOW)).toBe('5 декабря 2026 г. в 14:03');
    expect(formatDateTime('en', NOW, 'medium')).toBe('5 Dec 2026, 14:03');
  });
});

describe('numbers', () => {
  it('group digits and mark decimals as Intl with full locale data does', () => {
    for (const language of LANGUAGES) {
      for (const value of [0, 7, 999, 1234, 12345.6, -98765.4321, 1_000_000, 0.5]) {
        for (const maximumFractionDigits of [0, 1, 3]) {
          expect(formatNumber(language, value, { maximumFractionDigits }), `${language} ${value}`).toBe(new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits }).format(value));
        }
      }
      for (const share of [0, 0.07, 0.42, 1, 0.125]) {
        expect(formatPercent(language, share), `${language} ${share}`).toBe(new Intl.NumberFormat(INTL_LOCALE[language], { style: 'percent', maximumFractionDigits: 0 }).format(share));
      }
    }
    expect(formatNumber('kk', 12345.6)).toBe('12\u00a0345,6');
    expect(formatNumber('en', 12345.6)).toBe('12,345.6');
  });
});

describe('numbers in ICU messages in a browser without Kazakh data', () => {
  // What headless Chromium does (and many phones): it claims 'kk' but groups and marks decimals as en-US.
  const RealNumberFormat = Intl.NumberFormat;
  const WithoutKazakh = function (locales?: string | string[], options?: Intl.NumberFormatOptions) {
    const first = typeof locales === 'string' ? locales : locales?.[0];
    return new RealNumberFormat(first?.startsWith('kk') ? 'en-US' : locales, options);
  } as unknown as typeof Intl.NumberFormat;
  WithoutKazakh.supportedLocalesOf = RealNumberFormat.supportedLocalesOf;

  it('puts the Kazakh signs back, and leaves a runtime that has them alone', () => {
    expect(new WithoutKazakh('kk').format(12345.5)).toBe('12,345.5');
    const Patched = numberFormatWithKazakhSigns(WithoutKazakh);
    for (const value of [0, 7, 1234, 12345.5, -98765.4321, 1_000_000]) expect(new Patched('kk').format(value), String(value)).toBe(new RealNumberFormat('kk').format(value));
    expect(new Patched('kk-KZ', { maximumFractionDigits: 0 }).format(1234.6)).toBe('1\u00a0235');
    expect(new Patched('ru').format(12345.5)).toBe('12\u00a0345,5');
    expect(new Patched('en').format(12345.5)).toBe('12,345.5');
    expect(numberFormatWithKazakhSigns(RealNumberFormat)).toBe(RealNumberFormat);
  });

  it("prints a plural message's # as the server does: '1 234 хабар', not '1,234 хабар'", () => {
    try {
      Intl.NumberFormat = WithoutKazakh;
      installKazakhNumberSigns();
      // next-intl makes its formatters from the global Intl.NumberFormat, after the client provider installed the signs.
      const t = createTranslator({ locale: 'kk', messages: messagesFor('kk'), namespace: 'admin' });
      expect(t('sightingsCount', { count: 1234 })).toBe('1\u00a0234 хабар');
      expect(t('sightingsCount', { count: 5 })).toBe('5 хабар');
      const tDashboard = createTranslator({ locale: 'kk', messages: messagesFor('kk'), namespace: 'dashboard' });
      expect(tDashboard('sightings24h', { count: 12345 })).toBe('24 сағатта 12\u00a0345 хабарлама');
    } finally {
      Intl.NumberFormat = RealNumberFormat;
    }
  });
});

describe('a quarter', () => {
  it('is named as each language names it, with no locale data ("2026-Q3" is what addresses carry, never what a reader sees)', () => {
    expect(LANGUAGES.map((language) => formatQuarter(language, '2026-Q3'))).toEqual(['2026 жылғы 3-тоқсан', '3-й квартал 2026 г.', 'Q3 2026']);
    expect(formatQuarter('kk', '2025-Q4')).toBe('2025 жылғы 4-тоқсан');
    expect(formatQuarter('ru', '2027-Q1')).toBe('1-й квартал 2027 г.');
    expect(formatQuarter('en', 'no quarter')).toBe('no quarter');
  });
});
