// Numbers in a claim, however they were written: digits ("70", "2 000 000" — grouping is undone by
// normalizeReportText), digits with a multiplier ("2 млн", "5k", "3 мың"), and number words in
// Kazakh, Russian and English ("жиырма бес", "двадцать пять", "twenty-five", "екі жүз мың").
// "70 dead" and "seventy dead" are one claim; "70 dead" and "14 dead" are two (see concepts.ts).
//
// Works on a normalised text (match keys, filler words dropped), so one table covers both Kazakh
// scripts and every romanisation; words are listed as people write them and converted here.
import { toMatchKey } from './transliterate';

type NumberWord = { kind: 'value'; value: number } | { kind: 'scale'; value: number };

/** Words with their values; inflected Russian forms are listed, Kazakh case endings are handled below. */
const VALUES: [number, string[]][] = [
  [1, ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'бір', 'one']],
  [2, ['два', 'две', 'двух', 'двум', 'двумя', 'екі', 'two']],
  [3, ['три', 'трёх', 'трем', 'тремя', 'үш', 'three']],
  [4, ['четыре', 'четырёх', 'четырех', 'четырем', 'төрт', 'four']],
  [5, ['пять', 'пяти', 'пятью', 'бес', 'five']],
  [6, ['шесть', 'шести', 'алты', 'six']],
  [7, ['семь', 'семи', 'жеті', 'seven']],
  [8, ['восемь', 'восьми', 'сегіз', 'eight']],
  [9, ['девять', 'девяти', 'тоғыз', 'nine']],
  [10, ['десять', 'десяти', 'ten']],
  [11, ['одиннадцать', 'одиннадцати', 'eleven']],
  [12, ['двенадцать', 'двенадцати', 'twelve', 'dozen']],
  [13, ['тринадцать', 'тринадцати', 'thirteen']],
  [14, ['четырнадцать', 'четырнадцати', 'fourteen']],
  [15, ['пятнадцать', 'пятнадцати', 'fifteen']],
  [16, ['шестнадцать', 'шестнадцати', 'sixteen']],
  [17, ['семнадцать', 'семнадцати', 'seventeen']],
  [18, ['восемнадцать', 'восемнадцати', 'eighteen']],
  [19, ['девятнадцать', 'девятнадцати', 'nineteen']],
  [20, ['двадцать', 'двадцати', 'жиырма', 'twenty']],
  [30, ['тридцать', 'тридцати', 'отыз', 'thirty']],
  [40, ['сорок', 'сорока', 'қырық', 'forty', 'fourty']],
  [50, ['пятьдесят', 'пятидесяти', 'елу', 'fifty']],
  [60, ['шестьдесят', 'шестидесяти', 'алпыс', 'sixty']],
  [70, ['семьдесят', 'семидесяти', 'жетпіс', 'seventy']],
  [80, ['восемьдесят', 'восьмидесяти', 'сексен', 'eighty']],
  [90, ['девяносто', 'девяноста', 'тоқсан', 'ninety']],
  [200, ['двести', 'двухсот']],
  [300, ['триста', 'трёхсот', 'трехсот']],
  [400, ['четыреста', 'четырёхсот', 'четырехсот']],
  [500, ['пятьсот', 'пятисот']],
  [600, ['шестьсот', 'шестисот']],
  [700, ['семьсот', 'семисот']],
  [800, ['восемьсот', 'восьмисот']],
  [900, ['девятьсот', 'девятисот']],
];

/** Multipliers: "сто"/"жүз"/"hundred" multiply what precedes them (or stand for 100 alone). */
const SCALES: [number, string[]][] = [
  [100, ['сто', 'ста', 'жүз', 'hundred']],
  [1_000, ['тысяча', 'тысячи', 'тысяч', 'тысячу', 'тыс', 'мың', 'thousand', 'k']],
  [1_000_000, ['миллион', 'миллиона', 'миллионов', 'млн', 'million', 'mln', 'm']],
  [1_000_000_000, ['миллиард', 'миллиарда', 'миллиардов', 'млрд', 'billion', 'bn', 'bln']],
];

/** Kazakh "он" (ten) is Russian "он" (he) and English "on": a number only in Kazakh text or beside another number word. */
const KAZAKH_TEN = toMatchKey('он');

// Kazakh case and possessive endings on number words ("онға", "екіге", "жүзден", "мыңнан", "бесеуі").
const KAZAKH_ENDINGS = ['ға', 'ге', 'қа', 'ке', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ы', 'і', 'ын', 'ін', 'еу', 'ау', 'еуі', 'ауы', 'ншы', 'нші', 'ыншы', 'інші']
  .map((ending) => toMatchKey(ending))
  .sort((a, b) => b.length - a.length);

const WORDS = new Map<string, NumberWord>();
const KAZAKH_STEMS = new Set(['бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан', 'жүз', 'мың'].map((w) => toMatchKey(w)));
for (const [value, words] of VALUES) for (const word of words) WORDS.set(toMatchKey(word), { kind: 'value', value });
for (const [value, words] of SCALES) for (const word of words) WORDS.set(toMatchKey(word), { kind: 'scale', value });
// Single-letter scales ("k", "m") count only glued to digits ("5k", "2m"), never as words.
const GLUED_ONLY = new Set(['k', 'm']);
WORDS.set(KAZAKH_TEN, { kind: 'value', value: 10 });

/** The number word a match-key word is, with Kazakh endings allowed on Kazakh number words. */
function numberWord(word: string, kazakh: boolean): NumberWord | undefined {
  if (GLUED_ONLY.has(word)) return undefined;
  const exact = WORDS.get(word);
  if (exact) return word === KAZAKH_TEN && !kazakh ? undefined : exact;
  if (!kazakh) return undefined;
  for (const ending of KAZAKH_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (KAZAKH_STEMS.has(stem) || (stem === KAZAKH_TEN)) return WORDS.get(stem);
  }
  return undefined;
}

const DIGITS_WITH_SCALE = /^(\d+)([a-z]+)$/;

/**
 * The numbers a normalised text states, in order, and which of its words spelled them. Digits and
 * number words compose ("2 млн" = 2,000,000; "екі жүз мың" = 200,000; "twenty five" = 25); two
 * numbers in a row stay apart ("70 14"). `kazakh` lets "он" mean ten.
 */
export function parseNumbers(normalizedText: string, options: { kazakh?: boolean } = {}): { values: number[]; numberWordIndexes: Set<number> } {
  const words = normalizedText.split(' ').filter(Boolean);
  const values: number[] = [];
  const numberWordIndexes = new Set<number>();
  let total = 0;
  let current = 0;
  let open = false;
  /** The previous word was digits or a unit/ten word (so another value starts a new number unless it adds up, as in "twenty five"). */
  let lastValue: number | null = null;

  const close = () => {
    if (open) values.push(total + current);
    total = 0;
    current = 0;
    open = false;
    lastValue = null;
  };

  for (const [index, word] of words.entries()) {
    let digits: number | null = null;
    let glued: NumberWord | undefined;
    if (/^\d+$/.test(word)) digits = Number(word);
    else {
      const match = DIGITS_WITH_SCALE.exec(word);
      if (match) {
        const scale = WORDS.get(match[2]!);
        if (scale?.kind === 'scale') {
          digits = Number(match[1]);
          glued = scale;
        }
      }
    }
    const spelled = digits === null ? numberWord(word, options.kazakh ?? false) : undefined;
    // "он" next to another number word is ten even in a text not recognised as Kazakh ("он бес").
    const kazakhTen = digits === null && !spelled && word === KAZAKH_TEN && (WORDS.has(words[index + 1] ?? '') || lastValue !== null) ? WORDS.get(KAZAKH_TEN) : undefined;
    const item = spelled ?? kazakhTen;

    if (digits !== null) {
      // Digits never extend a previous number: "70 14" are two.
      close();
      open = true;
      current = digits;
      lastValue = digits;
      numberWordIndexes.add(index);
      if (glued) {
        total = current * glued.value;
        current = 0;
        lastValue = null;
      }
      continue;
    }
    if (!item) {
      close();
      continue;
    }
    numberWordIndexes.add(index);
    if (item.kind === 'value') {
      // "twenty five" / "он бес" add up (a unit after a ten); "five six" or "70 five" are two numbers.
      if (lastValue !== null && !(lastValue >= 10 && lastValue % 10 === 0 && lastValue < 100 && item.value < 10) && !(lastValue >= 100 && lastValue % 100 === 0 && item.value < 100)) close();
      open = true;
      current += item.value;
      lastValue = item.value;
    } else if (item.value === 100) {
      open = true;
      current = (current || 1) * 100;
      lastValue = current;
    } else {
      open = true;
      total += (current || 1) * item.value;
      current = 0;
      lastValue = null;
    }
  }
  close();
  return { values, numberWordIndexes };
}

/**
 * Two stated numbers say the same thing: equal, or within rounding (5 %: "70" and "72", "2 млн" and
 * "2,05 млн"). "70" and "14", "100" and "120" are different claims.
 */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 0.05 * Math.max(Math.abs(a), Math.abs(b));
}
