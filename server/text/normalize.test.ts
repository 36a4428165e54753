import { describe, expect, it } from 'vitest';
import { riskTermSeeds } from '../../prisma/seed/risk-terms';
import { NORMALIZED_TEXT_MAX_LENGTH, normalizeReportText, sanitizeUserText, withWellFormedStrings } from './normalize';
import { toMatchKey } from './transliterate';

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
    // "срочно", "пишут" and "и" are filler words (see stopwords.ts).
    expect(normalizeReportText(text)).toBe('pishite na');
  });

  it('keeps the name of a bare domain (a brand named as its site) but drops links', () => {
    expect(normalizeReportText('Kaspi.kz не работает')).toBe('kaspi ne rabotaet');
    expect(normalizeReportText('egov.kz арқылы')).toBe('egov arkyly');
    expect(normalizeReportText('читайте tengrinews.kz/news/1 и t.me/kaspi')).toBe('chitaite');
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
    expect(normalizeReportText('в 2022 100 человек')).toBe('2022 100 chelovek');
    expect(normalizeReportText('12.05.2024')).toBe('12 05 2024');
  });

  it('lowercases and collapses whitespace', () => {
    expect(normalizeReportText('  СВЕТ\n\n\tОТКЛЮЧАТ   НОЧЬЮ  ')).toBe('svet otkliuchat nochiu');
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

  it('drops filler words in Russian, Kazakh (both scripts) and English', () => {
    expect(normalizeReportText('Говорят, что в Актау завтра отключат свет')).toBe('aktau otkliuchat svet');
    expect(normalizeReportText('Слышала, что в Актау отключат свет!!! Перешлите всем')).toBe('aktau otkliuchat svet');
    expect(normalizeReportText('Рас па? Ақтауда ертең жарық болмайды дейді')).toBe('aktauda zharyk bolmaidy');
    expect(normalizeReportText('Aqtauda erteñ jaryq bolmaidy deidı')).toBe('aktauda zharyk bolmaidy');
    expect(normalizeReportText('They say the power will be cut in Aktau tomorrow')).toBe('pover kut aktau');
  });

  it('leaves two different claims sharing only what they really share', () => {
    const power = normalizeReportText('Говорят, что в Актау завтра отключат свет').split(' ');
    const internet = normalizeReportText('Говорят, в Жанаозене отключат интернет').split(' ');
    expect(power.filter((word) => internet.includes(word))).toEqual(['otkliuchat']);
  });

  it('keeps negation, which changes the claim', () => {
    // "не будет" before a noun is absence ("нет"), as "there is no" and "болмайды" are; before a verb, a negated verb.
    expect(normalizeReportText('Света не будет')).toBe('sveta net');
    expect(normalizeReportText('Воды не было три дня')).toBe(normalizeReportText('Воды нет три дня'));
    expect(normalizeReportText('Интернет не будет работать')).toBe('internet ne rabotat');
    expect(normalizeReportText('Цены не будут дорожать')).toBe('tseny ne dorozhat');
    expect(normalizeReportText('Жарық болмайды емес')).toBe('zharyk bolmaidy emes');
    expect(normalizeReportText('There is no water')).toBe('no vater');
  });

  it('reads a plus sign before an amount of money or a percentage as going up, and nowhere else', () => {
    // fresh5's Atyrau bread "+20 tenge" (dearer) joined the "20 tenge cheaper" rumour: the sign was its only direction word.
    expect(normalizeReportText('Atyrau bread +20 tenge')).toBe('atyrau bread dorozhe 20 tenge');
    expect(normalizeReportText('нан +20 тг')).toBe('nan dorozhe 20 tg');
    expect(normalizeReportText('зарплата +15%')).toBe('zarplata dorozhe 15');
    // A phone number and a temperature have no currency after them.
    expect(normalizeReportText('звоните +7 701 123 4567')).not.toContain('dorozhe');
    expect(normalizeReportText('жара +40 градусов')).not.toContain('dorozhe');
    expect(normalizeReportText('цена 20 тенге')).not.toContain('dorozhe');
  });

  it('keeps every word of the seeded risk terms, which are matched against this text', () => {
    for (const { term } of riskTermSeeds) expect(normalizeReportText(term), term).toBe(toMatchKey(term));
  });

  it('returns an empty string when only filler words are left', () => {
    expect(normalizeReportText('Говорят, что это правда?')).toBe('');
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

describe('withWellFormedStrings', () => {
  it('turns lone surrogates into U+FFFD in strings and keys at any depth, keeps pairs, and leaves other objects alone', () => {
    const at = new Date('2026-12-06T00:00:00Z');
    const input = { name: 'a\ud800', list: ['\udfffb', '\ud83d\ude00', 3, null], ['k\udc00']: { at, deep: [{ s: '\ud800\ud800' }] } };
    expect(withWellFormedStrings(input)).toEqual({ name: 'a\uFFFD', list: ['\uFFFDb', '\ud83d\ude00', 3, null], ['k\uFFFD']: { at, deep: [{ s: '\uFFFD\uFFFD' }] } });
    expect(withWellFormedStrings('\ud800')).toBe('\uFFFD');
    expect(withWellFormedStrings(undefined)).toBeUndefined();
  });

  it('walks 100,000 levels of nesting without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\ud800"${']'.repeat(100_000)}`) as unknown;
    let inner: unknown = withWellFormedStrings(deep);
    for (let i = 0; i < 100_000; i++) inner = (inner as unknown[])[0];
    expect(inner).toBe('\uFFFD');
  });
});
