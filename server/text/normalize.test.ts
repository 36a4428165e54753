import { describe, expect, it } from 'vitest';
import { NORMALIZED_TEXT_MAX_LENGTH, normalizeReportText, sanitizeUserText } from './normalize';

describe('normalizeReportText', () => {
  it('makes the same Kazakh claim in Cyrillic and 2021 Latin identical', () => {
    const cyrillic = 'Жаңаөзенде полиция көлігі адамдарға әдейі соқты дейді!';
    const latin = 'Jañaözende politsiia köligi adamdarğa ädeiı soqty deidı';
    expect(normalizeReportText(latin)).toBe(normalizeReportText(cyrillic));
  });

  it('makes Russian comparable with its own romanisation', () => {
    expect(normalizeReportText('Говорят, в Жанаозене сожгли акимат')).toBe(
      normalizeReportText('govoryat v Zhanaozene sozhgli akimat'),
    );
  });

  it('removes URLs, e-mails, @mentions, emoji and punctuation', () => {
    const text =
      '🔥🔥 СРОЧНО!!! @kz_news пишут: https://t.me/kz_news/123?x=1 и www.example.kz/a — ' +
      'tengrinews.kz/kazakhstan_news/123 пишите на info@example.kz 😱🇰🇿';
    expect(normalizeReportText(text)).toBe('srochno pishut i pishite na');
  });

  it('keeps hashtag words but drops the #', () => {
    expect(normalizeReportText('#Жаңаөзен #Zhanaozen')).toBe('zhanaozen zhanaozen');
  });

  it('keeps numbers so different amounts stay different', () => {
    const sixty = normalizeReportText('Бензин 60 тенгеге қымбаттайды');
    const hundredTwenty = normalizeReportText('Бензин 120 тенгеге қымбаттайды');
    expect(sixty).toContain('60');
    expect(hundredTwenty).toContain('120');
    expect(sixty).not.toBe(hundredTwenty);
  });

  it('treats "1 000", "1,000" and "1000" as the same amount but keeps separate numbers apart', () => {
    const plain = normalizeReportText('штраф 1000 тенге');
    expect(normalizeReportText('штраф 1 000 тенге')).toBe(plain);
    expect(normalizeReportText('штраф 1,000 тенге')).toBe(plain);
    expect(normalizeReportText('штраф 1\u00a0000 тенге')).toBe(plain);
    expect(normalizeReportText('в 2022 100 человек')).toBe('v 2022 100 chelovek');
    expect(normalizeReportText('12.05.2024')).toBe('12 05 2024');
  });

  it('lowercases and collapses whitespace', () => {
    expect(normalizeReportText('  СВЕТ\n\n\tОТКЛЮЧАТ   ЗАВТРА  ')).toBe('svet otkliuchat zavtra');
  });

  it('caps the result at 2000 characters without cutting a word in half', () => {
    const long = 'жаңалық '.repeat(600);
    const result = normalizeReportText(long);
    expect(result.length).toBeLessThanOrEqual(NORMALIZED_TEXT_MAX_LENGTH);
    expect(result.length).toBeGreaterThan(NORMALIZED_TEXT_MAX_LENGTH - 20);
    expect(result.split(' ').every((word) => word === 'zhanalyk')).toBe(true);
  });

  it('returns an empty string for emoji-only or link-only reports', () => {
    expect(normalizeReportText('😡😡😡')).toBe('');
    expect(normalizeReportText('https://example.com/a')).toBe('');
  });
});

describe('sanitizeUserText', () => {
  it('normalises line endings and trims', () => {
    expect(sanitizeUserText('  бірінші\r\nекінші\rүшінші  \n')).toBe('бірінші\nекінші\nүшінші');
  });

  it('removes control characters but keeps newlines and tabs', () => {
    expect(sanitizeUserText('a\u0000b\u0007c\u001b[31md\u007f\u0085e\tf\ng')).toBe('abc[31md\ne\tf\ng');
  });

  it('collapses more than two blank lines', () => {
    expect(sanitizeUserText('a\n\n\n\n\n\nb')).toBe('a\n\n\nb');
    expect(sanitizeUserText('a\n \n\t\n  \n\nb')).toBe('a\n\n\nb');
    expect(sanitizeUserText('a\n\nb')).toBe('a\n\nb');
  });

  it('applies NFC so the same letters are stored the same way', () => {
    expect(sanitizeUserText('Е\u0308лка')).toBe('Ёлка');
    expect(sanitizeUserText('Ja\u0303n\u0303a\u0308')).toBe('Jãñä');
  });

  it('strips bidi overrides and BOM but keeps emoji sequences', () => {
    expect(sanitizeUserText('\uFEFFabc\u202Edef\u2066g')).toBe('abcdefg');
    const family = '👨\u200D👩\u200D👧';
    expect(sanitizeUserText(family)).toBe(family);
  });

  it('replaces lone surrogates, which PostgreSQL cannot store', () => {
    expect(sanitizeUserText('a\uD800b')).toBe('a\uFFFDb');
    expect(sanitizeUserText('😀')).toBe('😀');
  });

  it('does not HTML-escape', () => {
    expect(sanitizeUserText('<b>"Tom" & Jerry</b>')).toBe('<b>"Tom" & Jerry</b>');
  });
});
