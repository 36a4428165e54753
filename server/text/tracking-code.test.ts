import { describe, expect, it } from 'vitest';
import {
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_LENGTH,
  formatTrackingCode,
  generateTrackingCode,
  normalizeTrackingCode,
} from './tracking-code';

describe('TRACKING_CODE_ALPHABET', () => {
  it('has no characters people confuse (0/O, 1/I/L) and no repeats', () => {
    for (const ch of '0O1IL') expect(TRACKING_CODE_ALPHABET).not.toContain(ch);
    expect(new Set(TRACKING_CODE_ALPHABET).size).toBe(TRACKING_CODE_ALPHABET.length);
    expect(TRACKING_CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
  });
});

describe('generateTrackingCode', () => {
  it('returns 8 characters from the alphabet', () => {
    const code = generateTrackingCode();
    expect(code).toHaveLength(TRACKING_CODE_LENGTH);
    expect(TRACKING_CODE_LENGTH).toBe(8);
    for (const ch of code) expect(TRACKING_CODE_ALPHABET).toContain(ch);
  });

  it('produces 10,000 distinct codes with no ambiguous characters', () => {
    const codes = Array.from({ length: 10_000 }, generateTrackingCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$/);
    }
    // Every symbol gets used, i.e. the whole alphabet is in play.
    expect(new Set(codes.join('')).size).toBe(TRACKING_CODE_ALPHABET.length);
  });

  it('round-trips through normalize and format', () => {
    const code = generateTrackingCode();
    expect(normalizeTrackingCode(code)).toBe(code);
    expect(normalizeTrackingCode(formatTrackingCode(code))).toBe(code);
  });
});

describe('normalizeTrackingCode', () => {
  it.each([
    ['abcd-efgh', 'ABCDEFGH'],
    ['ABCDEFGH', 'ABCDEFGH'],
    ['  abcd efgh  ', 'ABCDEFGH'],
    ['AB-CD_EF GH', 'ABCDEFGH'],
    ['ABCD–EFGH', 'ABCDEFGH'], // en dash from autocorrect
    ['ＡＢＣＤ－ＥＦＧＨ', 'ABCDEFGH'], // full-width
    ['k7pm-4xqd', 'K7PM4XQD'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTrackingCode(input)).toBe(expected);
  });

  it('accepts Cyrillic look-alikes typed on a Russian/Kazakh keyboard', () => {
    // А В С Е Н К М Р Т Х У З are Cyrillic here.
    expect(normalizeTrackingCode('АВСD-ЕFGН')).toBe('ABCDEFGH');
    expect(normalizeTrackingCode('кмрт-хуз2')).toBe('KMPTXY32');
  });

  it('rejects O/0 and I/L/1 rather than guessing', () => {
    expect(normalizeTrackingCode('ABCD-EFG0')).toBeNull();
    expect(normalizeTrackingCode('ABCD-EFGO')).toBeNull();
    expect(normalizeTrackingCode('ABCD-EFG1')).toBeNull();
    expect(normalizeTrackingCode('ABCD-EFGI')).toBeNull();
    expect(normalizeTrackingCode('abcd-efgl')).toBeNull();
    expect(normalizeTrackingCode('АВСD-ЕFGО')).toBeNull(); // Cyrillic О
  });

  it('rejects wrong lengths and foreign characters', () => {
    expect(normalizeTrackingCode('')).toBeNull();
    expect(normalizeTrackingCode('ABCD-EFG')).toBeNull();
    expect(normalizeTrackingCode('ABCD-EFGHJ')).toBeNull();
    expect(normalizeTrackingCode('ABCD*EFG')).toBeNull();
    expect(normalizeTrackingCode('ЖЖЖЖ-ЖЖЖЖ')).toBeNull();
  });
});

describe('formatTrackingCode', () => {
  it('groups the code as ABCD-EFGH', () => {
    expect(formatTrackingCode('ABCDEFGH')).toBe('ABCD-EFGH');
    expect(formatTrackingCode('abcd efgh')).toBe('ABCD-EFGH');
  });

  it('throws on something that is not a tracking code', () => {
    expect(() => formatTrackingCode('nope')).toThrow(RangeError);
  });
});
