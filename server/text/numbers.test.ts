import { describe, expect, it } from 'vitest';
import { normalizeReportText } from './normalize';
import { parseNumbers, sameNumber } from './numbers';

const numbers = (text: string, kazakh = false) => parseNumbers(normalizeReportText(text), { kazakh }).values;

describe('parseNumbers', () => {
  it('reads number words in Kazakh (both scripts), Russian and English as the same number', () => {
    expect(numbers('жиырма бес адам', true)).toEqual([25]);
    expect(numbers('jiyrma bes adam', true)).toEqual([25]);
    expect(numbers('двадцать пять человек')).toEqual([25]);
    expect(numbers('twenty-five people')).toEqual([25]);
    expect(numbers('25 people')).toEqual([25]);
  });

  it('applies multipliers to digits and words', () => {
    expect(numbers('дадут по 2 млн тенге')).toEqual([2_000_000]);
    expect(numbers('2,5 млн тенге')).toEqual([2_500_000]);
    expect(numbers('екі жүз мың теңге', true)).toEqual([200_000]);
    expect(numbers('five thousand tenge')).toEqual([5_000]);
    expect(numbers('сто двадцать тенге за литр')).toEqual([120]);
    expect(numbers('5k tenge')).toEqual([5_000]);
    expect(numbers('3 мың теңге', true)).toEqual([3_000]);
  });

  it('keeps separate numbers apart and reads Kazakh "он" as ten only in Kazakh', () => {
    expect(numbers('погибли 70 а не 14')).toEqual([70, 14]);
    expect(numbers('он екі адам', true)).toEqual([12]);
    expect(numbers('он сказал что')).toEqual([]);
    expect(numbers('set on fire')).toEqual([]);
  });

  it('takes numbers within rounding as the same and others as different', () => {
    expect(sameNumber(70, 72)).toBe(true);
    expect(sameNumber(2_000_000, 2_050_000)).toBe(true);
    expect(sameNumber(70, 14)).toBe(false);
    expect(sameNumber(100, 120)).toBe(false);
  });
});
