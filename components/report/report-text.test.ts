// The report form formats its own strings (report-text.ts) instead of shipping next-intl's client
// runtime; a citizen must see exactly what next-intl would have shown, in every language.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import { TIME_ZONE } from '@/server/i18n/format';
import { messagesFor } from '@/server/i18n/translator';
import { REPORT_NAMESPACES, createReportText, formatMessage, pickReportMessages, type MessageTree } from './report-text';

function keysOf(tree: MessageTree, prefix: string): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

const SAMPLE_VALUES = [0, 1, 2, 4, 5, 11, 21, 22, 25, 101, 1000].map((n) => ({ count: n, max: 2000, name: `Фото ${n}.jpg`, fact: 'Порт работает как обычно. Паромы ходят.', factAgain: 'Порт работает как обычно.', claim: 'Порт закроют', verdict: 'Ложь' }));

describe.each(LANGUAGES.map((language) => [language, messagesFor(language)] as const))('report form strings in %s', (locale, all) => {
  const messages = pickReportMessages(all as Record<string, unknown>);
  const text = createReportText(messages, locale);
  const nextIntl = createTranslator({ locale, messages: all as never, timeZone: TIME_ZONE }) as unknown as (key: string, values?: object) => string;

  it('has every namespace the form uses, and only those', () => {
    expect(Object.keys(messages)).toEqual([...REPORT_NAMESPACES]);
    for (const ns of REPORT_NAMESPACES) expect(keysOf(messages[ns], '').length).toBeGreaterThan(0);
  });

  it('formats every message exactly as next-intl does, plurals included', () => {
    const keys = REPORT_NAMESPACES.flatMap((ns) => keysOf(messages[ns], `${ns}.`));
    for (const key of keys) {
      for (const values of SAMPLE_VALUES) expect(text(key, values), key).toBe(nextIntl(key, values));
    }
  });

  it('knows which keys exist, and shows an unknown key as it is', () => {
    expect(text.has('errors.textTooShort')).toBe(true);
    expect(text.has('errors.noSuchError')).toBe(false);
    expect(text.has('report')).toBe(false);
    expect(text('errors.noSuchError')).toBe('errors.noSuchError');
  });
});

describe('formatMessage', () => {
  const nextIntlFormat = (message: string, values: Record<string, string | number>, locale: Language = 'ru') =>
    (createTranslator({ locale, messages: { m: message }, timeZone: TIME_ZONE }) as unknown as (key: string, v: object) => string)('m', values);

  it.each([
    ["It's {name}", { name: 'x' }],
    ['Remove {name}', { name: 'photo {count}.jpg', count: 3 }],
    ['{n, plural, one {{name}: # file} other {{name}: # files}}', { n: 2, name: '{n}' }],
    ['{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }],
    ['{n, plural, =0 {none} one {# item} other {# items}}', { n: 1 }],
    ['{n, plural, =0 {none} one {# item} other {# items}}', { n: 12345 }],
    ['Nested {n, plural, one {{name} has # file} other {{name} has # files}}', { n: 3, name: 'Айгүл' }],
  ] as const)('%s', (message, values) => {
    expect(formatMessage(message, values, 'ru')).toBe(nextIntlFormat(message, values));
  });
});
