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
  // One is written as a word mostly as an article ("бір бөлке нан", "one of the schools", "один
  // человек сказал"): read as a number it made claims "contrast" with every other number. Digits
  // ("1") still count, and "бір"/"один" still compose ("бір мың" reads as мың, the same thousand).
  [2, ['два', 'две', 'двух', 'двум', 'двумя', 'двое', 'двоих', 'екі', 'two']],
  [3, ['три', 'трёх', 'трех', 'трем', 'тремя', 'трое', 'троих', 'үш', 'three']],
  [4, ['четыре', 'четырёх', 'четырех', 'четырем', 'четверо', 'четверых', 'төрт', 'four']],
  [5, ['пять', 'пяти', 'пятью', 'пятеро', 'пятерых', 'бес', 'five']],
  [6, ['шесть', 'шести', 'шестеро', 'шестерых', 'алты', 'six']],
  [7, ['семь', 'семи', 'семеро', 'семерых', 'жеті', 'seven']],
  [8, ['восемь', 'восьми', 'восьмеро', 'сегіз', 'eight']],
  [9, ['девять', 'девяти', 'девятеро', 'тоғыз', 'nine']],
  [10, ['десять', 'десяти', 'десятеро', 'десятка', 'десятку', 'десяткой', 'десятке', 'ten']],
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
  [50, ['полсотни', 'полтинник', 'полтинника']],
  // Russian numeral nouns for a sum (see SCALE_UNSAID): "двадцатку штрафа впаяют", "92-й по пятихатке".
  [20, ['двадцатка', 'двадцатку', 'двадцаткой', 'двадцатке']],
  [500, ['пятихатка', 'пятихатку', 'пятихаткой', 'пятихатке']],
  // One and a half ("полтора миллиона" = 1,500,000, "полторы тысячи" = 1,500); Kazakh says "бір жарым" (see HALF_AFTER).
  [1.5, ['полтора', 'полторы', 'полутора']],
  [500, ['полтысячи', 'полтыщи', 'пятисот']],
  [500_000, ['полмиллиона', 'полумиллиона']],
  [500_000_000, ['полмиллиарда', 'полумиллиарда']],
  [200, ['двести', 'двухсот', 'двумстам']],
  [300, ['триста', 'трёхсот', 'трехсот']],
  [400, ['четыреста', 'четырёхсот', 'четырехсот']],
  [500, ['пятьсот']],
  [600, ['шестьсот', 'шестисот']],
  [700, ['семьсот', 'семисот']],
  [800, ['восемьсот', 'восьмисот']],
  [900, ['девятьсот', 'девятисот']],
];

/** Multipliers: "сто"/"жүз"/"hundred" multiply what precedes them (or stand for 100 alone). */
const SCALES: [number, string[]][] = [
  [100, ['сто', 'ста', 'сотня', 'сотни', 'сотню', 'сотен', 'сотка', 'сотку', 'жүз', 'hundred', 'hundreds']],
  // Slang for a thousand ("доллар по штуке", "косарь") — singular forms only: "5 штук" are 5 pieces.
  [1_000, ['тысяча', 'тысячи', 'тысяч', 'тысячу', 'тысячей', 'тысячам', 'тысячами', 'тысячах', 'тыс', 'тыща', 'тыщи', 'тыщу', 'тыщ', 'тыщей', 'штука', 'штуку', 'штуке', 'косарь', 'косаря', 'мың', 'thousand', 'thousands', 'grand', 'k']],
  [1_000_000, ['миллион', 'миллиона', 'миллионов', 'миллионом', 'миллионам', 'миллионами', 'млн', 'лям', 'ляма', 'лямов', 'лимон', 'лимона', 'лимонов', 'million', 'millions', 'mln', 'm']],
  [1_000_000_000, ['миллиард', 'миллиарда', 'миллиардов', 'миллиардом', 'миллиардам', 'миллиардами', 'млрд', 'billion', 'billions', 'bn', 'bln']],
  [1_000_000_000_000, ['триллион', 'триллиона', 'триллионов', 'трлн', 'trillion', 'trillions']],
];

/** Kazakh "он" (ten) is Russian "он" (he) and English "on": a number only in Kazakh text or beside another number word. */
const KAZAKH_TEN = toMatchKey('он');

// Kazakh case and possessive endings on number words ("онға", "екіге", "жүзден", "мыңнан", "бесеуі"),
// and the approximative -дай/-дей/-тай/-тей ("қырықтай қой" about forty sheep, "үш жүздей" about
// three hundred): a number told roughly is still that number, as with -шақты ("оншақты оқушы" about ten
// pupils, "отызшақты қой" about thirty sheep). -дық/-дік/-тық/-тік name a banknote
// ("он мыңдық", a 10,000 note; "бес мыңдық", "жүздік"): the note's value.
const KAZAKH_ENDINGS = ['шақты', 'дық', 'дік', 'тық', 'тік', 'ға', 'ге', 'қа', 'ке', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ы', 'і', 'ын', 'ін', 'еу', 'ау', 'еуі', 'ауы', 'ншы', 'нші', 'ыншы', 'інші', 'дай', 'дей', 'тай', 'тей']
  .map((ending) => toMatchKey(ending))
  .sort((a, b) => b.length - a.length);

/**
 * Kazakh words that look like a number word with an ending but are not numbers: "үшін" (for),
 * "онда" (there), "оны"/"оның" (him/his), "бірақ" (but), "жүзі" (its face), "алтын" (gold), "бесік" (cradle).
 */
const KAZAKH_NOT_NUMBERS = new Set(['үшін', 'онда', 'оны', 'оның', 'онын', 'оған', 'одан', 'бірақ', 'бірі', 'біреу', 'біреуі', 'жүзі', 'жүзін', 'алтын', 'бесік', 'жетін', 'онша'].map((w) => toMatchKey(w)));
/**
 * Ordinal units, read only after a ten ("девяносто второй" бензин is 92, "twenty-fifth" 25): alone
 * they count things in order ("второй раз"), not how many.
 */
const ORDINAL_UNITS = new Map<string, number>();
const RUSSIAN_ORDINAL_ENDINGS = ['ый', 'ой', 'ий', 'ая', 'ое', 'ого', 'ому', 'ом', 'ые', 'ых', 'ую', 'ей', 'ья', 'ье', 'ьего'];
for (const [value, stems, others] of [
  [1, ['перв'], ['бірінші', 'first']],
  [2, ['втор'], ['екінші', 'second']],
  [3, ['трет'], ['үшінші', 'third', 'третий', 'третья', 'третье', 'третьего']],
  [4, ['четверт', 'четвёрт'], ['төртінші', 'fourth']],
  [5, ['пят'], ['бесінші', 'fifth']],
  [6, ['шест'], ['алтыншы', 'sixth']],
  [7, ['седьм'], ['жетінші', 'seventh']],
  [8, ['восьм'], ['сегізінші', 'eighth']],
  [9, ['девят'], ['тоғызыншы', 'ninth']],
] as const) {
  for (const word of [...stems.flatMap((stem) => RUSSIAN_ORDINAL_ENDINGS.map((ending) => stem + ending)), ...others]) ORDINAL_UNITS.set(toMatchKey(word), value);
}
const RUSSIAN_SLANG_NOT_IN_KAZAKH = new Set(['сотка'].map((w) => toMatchKey(w)));
/** Endings "он" (ten) may take: "онға", "оннан", "оныншы" — not "онда"/"оны"/"оның" (there, him, his). */
const KAZAKH_TEN_ENDINGS = new Set(['ға', 'нан', 'ншы', 'ыншы', 'дай', 'дап', 'еу', 'ау', 'дық', 'шақты'].map((e) => toMatchKey(e)));
/**
 * The Kazakh approximative written apart from its number ("он шақты оқушы", "қырық шақты қой": about ten,
 * about forty): part of the number, as the glued -шақты is, and no word of its own.
 */
const KAZAKH_APPROXIMATIVE = toMatchKey('шақты');
/**
 * Counting nouns that multiply the number before them: "три десятка овец" is 30 sheep, "больше двух
 * десятков" more than 20, "полтора десятка машин" 15, "two dozen" 24. After no number they keep their
 * own sense ("десятка" is ten or a banknote, "a dozen" twelve; "десятки людей", "dozens" say many).
 */
const COUNTING_NOUNS = new Map<string, number>([
  ...['десяток', 'десятка', 'десятков', 'десятки', 'десятку', 'десятком'].map((w) => [toMatchKey(w), 10] as const),
  ...['dozen', 'dozens'].map((w) => [toMatchKey(w), 12] as const),
]);

/**
 * Kazakh "жетті" (reached: "бағасы 500 теңгеге жетті") has the match key of "жеті" (seven) once the
 * double letter is normalised away. The numeral comes before what it counts ("жеті адам"), the verb
 * ends its clause after a dative ("миллионға жетті"): read at the end of a text or after a dative, it is the verb.
 */
const KAZAKH_SEVEN = toMatchKey('жеті');
const KAZAKH_DATIVE = /(ga|ge|ka|ke)$/;

const WORDS = new Map<string, NumberWord>();
const KAZAKH_STEMS = new Set(['екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан', 'жүз', 'мың', 'миллион', 'миллиард', 'млн', 'млрд', 'триллион'].map((w) => toMatchKey(w)));
for (const [value, words] of VALUES) for (const word of words) WORDS.set(toMatchKey(word), { kind: 'value', value });
for (const [value, words] of SCALES) for (const word of words) WORDS.set(toMatchKey(word), { kind: 'scale', value });
// Single-letter scales ("k", "m") count only glued to digits ("5k", "2m"), never as words.
const GLUED_ONLY = new Set(['k', 'm']);
WORDS.set(KAZAKH_TEN, { kind: 'value', value: 10 });

/** Kazakh number words as often mistyped in Latin ("mıñ", "mın" for myñ), read only in Kazakh text ("5 min" is minutes). */
const KAZAKH_LATIN_VARIANTS = new Map<string, NumberWord>([['min', { kind: 'scale', value: 1_000 }]]);

/** The number word a match-key word is, with Kazakh endings allowed on Kazakh number words. */
function numberWord(word: string, kazakh: boolean): NumberWord | undefined {
  if (GLUED_ONLY.has(word)) return undefined;
  if (kazakh && KAZAKH_LATIN_VARIANTS.has(word)) return KAZAKH_LATIN_VARIANTS.get(word);
  // Russian slang "сотка" (a hundred) is the match key of Kazakh "сотқа" (to court): not a number in Kazakh text.
  if (kazakh && RUSSIAN_SLANG_NOT_IN_KAZAKH.has(word)) return undefined;
  const exact = WORDS.get(word);
  if (exact) return word === KAZAKH_TEN && !kazakh ? undefined : exact;
  if (!kazakh || KAZAKH_NOT_NUMBERS.has(word)) return undefined;
  // "оннан" (from ten) is "onan" once the double letter is normalised away, as "мыңнан" is "mynan"
  // and "миллионнан" "milionan".
  if (word === `${KAZAKH_TEN}an`) return WORDS.get(KAZAKH_TEN);
  if (/[n]an$|[n]en$/.test(word) && KAZAKH_STEMS.has(word.slice(0, -2))) return WORDS.get(word.slice(0, -2));
  for (const ending of KAZAKH_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem === KAZAKH_TEN) return KAZAKH_TEN_ENDINGS.has(ending) ? WORDS.get(stem) : undefined;
    if (KAZAKH_STEMS.has(stem)) return WORDS.get(stem);
    // A stem ending in the ending's consonant lost it with the double letter: "қырыққа" (to forty) is
    // "kyryka", "төртте" (at four) "torte" — as "мыңнан" is "mynan" above.
    const doubled = stem + ending[0]!;
    if (!/^[aeiouy]/.test(ending) && doubled !== KAZAKH_TEN && KAZAKH_STEMS.has(doubled)) return WORDS.get(doubled);
  }
  return undefined;
}

const DIGITS_WITH_SCALE = /^(\d+)([a-z]+)$/;

/** Half of the multiplier that follows ("пол миллиона", "жарты миллион", "half a million"); never alone ("на пол" is the floor). */
const HALF_BEFORE_SCALE = new Set(['пол', 'жарты', 'half'].map((w) => toMatchKey(w)));
/** Kazakh "and a half" after a number: "екі жарым мың" is 2,500, "бір жарым миллион" 1,500,000. */
const HALF_AFTER = toMatchKey('жарым');
/** "One" is no number word (it is mostly an article, see VALUES), but "бір жарым" / "one and a half" are 1.5. */
const ONE_WORDS = new Set(['бір', 'один', 'одна', 'one'].map((w) => toMatchKey(w)));
/** "One" ending a compound number, in the forms it takes there ("двадцати одного", "жиырма біреу", "жиырма бірінші" is an ordinal). */
const COMPOUND_ONE_WORDS = new Set([...ONE_WORDS, ...['одно', 'одну', 'одного', 'одной', 'одному', 'одним', 'біреу', 'біреуі'].map((w) => toMatchKey(w))]);

/**
 * The numbers a normalised text states, in order, and which of its words spelled them. Digits and
 * number words compose ("2 млн" = 2,000,000; "екі жүз мың" = 200,000; "twenty five" = 25); two
 * numbers in a row stay apart ("70 14"). `kazakh` lets "он" mean ten.
 */
export function parseNumbers(normalizedText: string, options: { kazakh?: boolean } = {}): { values: number[]; numberWordIndexes: Set<number>; /** The numbers stated only to correct them ("7, а не 70": 70). */ corrected: number[]; /** Values told as a numeral noun whose scale is unsaid ("двадцатка": 20 or 20,000). */ scaleUnsaid: number[] } {
  const words = normalizedText.split(' ').filter(Boolean);
  const values: number[] = [];
  /** First and last word of each value. */
  const spans: [number, number][] = [];
  const numberWordIndexes = new Set<number>();
  let total = 0;
  let current = 0;
  let open = false;
  let openedAt = -1;
  let lastIndex = -1;
  /** The previous word was digits or a unit/ten word (so another value starts a new number unless it adds up, as in "twenty five"). */
  let lastValue: number | null = null;

  const close = () => {
    if (open) {
      values.push(total + current);
      spans.push([openedAt, lastIndex]);
    }
    total = 0;
    current = 0;
    open = false;
    lastValue = null;
  };

  for (const [index, word] of words.entries()) {
    let digits: number | null = null;
    let glued: NumberWord | undefined;
    // The minutes of a time ("22:00" is normalised to "22 00"): not a number of anything.
    if (word === '00') {
      close();
      numberWordIndexes.add(index);
      continue;
    }
    // "три десятка", "3 десятка", "two dozen": the unit just read counts tens (dozens).
    if (open && lastValue !== null && lastValue < 10 && lastIndex === index - 1 && COUNTING_NOUNS.has(word)) {
      current += lastValue * (COUNTING_NOUNS.get(word)! - 1);
      lastValue = current;
      lastIndex = index;
      numberWordIndexes.add(index);
      continue;
    }
    if (open && lastValue !== null && lastIndex === index - 1 && word === KAZAKH_APPROXIMATIVE) {
      lastIndex = index;
      numberWordIndexes.add(index);
      continue;
    }
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
    let item = spelled ?? kazakhTen;
    if (word === KAZAKH_SEVEN && (index === words.length - 1 || KAZAKH_DATIVE.test(words[index - 1] ?? ''))) item = undefined;
    if (digits === null && !item) {
      const previous = words[index - 1] ?? '';
      if (word === HALF_AFTER && open && lastValue !== null) {
        // "екі жарым": the number just read, and a half.
        current += 0.5;
        lastValue = null;
        lastIndex = index;
        numberWordIndexes.add(index);
        continue;
      }
      // "девяносто второй": an ordinal unit after a ten adds to it.
      if (open && lastValue !== null && lastValue >= 20 && lastValue < 100 && lastValue % 10 === 0 && ORDINAL_UNITS.has(word)) item = { kind: 'value', value: ORDINAL_UNITS.get(word)! };
      // "двадцать один", "twenty-one", "жиырма бір", "сто одна": after a ten or a hundred "one" is a unit, not an article.
      if (open && lastValue !== null && lastValue >= 20 && (lastValue % 10 === 0 && lastValue < 100 || lastValue % 100 === 0) && COMPOUND_ONE_WORDS.has(word)) item = { kind: 'value', value: 1 };
      const nextIsScale = numberWord(words[index + 1] ?? '', options.kazakh ?? false)?.kind === 'scale';
      if (word === HALF_AFTER && ONE_WORDS.has(previous)) item = { kind: 'value', value: 1.5 };
      else if (HALF_BEFORE_SCALE.has(word) && nextIsScale) item = { kind: 'value', value: ONE_WORDS.has(previous) ? 1.5 : 0.5 };
    }

    if (digits !== null) {
      // Digits never extend a previous number: "70 14" are two.
      close();
      open = true;
      openedAt = index;
      lastIndex = index;
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
    // "twenty five" / "он бес" add up (a unit after a ten); "five six" or "70 five" are two numbers.
    if (item.kind === 'value' && lastValue !== null && !(lastValue >= 10 && lastValue % 10 === 0 && lastValue < 100 && item.value < 10) && !(lastValue >= 100 && lastValue % 100 === 0 && item.value < 100)) close();
    if (!open) openedAt = index;
    lastIndex = index;
    if (item.kind === 'value') {
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
  const corrected = correctedNumbers(words, spans);
  const stated = values.map((value, i) => (isEveningHour(words, spans[i]!, value) ? value + 12 : inDays(words, spans[i]!, value)));
  // A sum told as a numeral noun alone leaves its scale unsaid (see SCALE_UNSAID).
  const scaleUnsaid = values.filter((value, i) => spans[i]![0] === spans[i]![1] && !corrected.has(i) && SCALE_UNSAID.get(words[spans[i]![0]]!) === value);
  return { values: stated.filter((_, i) => !corrected.has(i)), numberWordIndexes, corrected: stated.filter((_, i) => corrected.has(i)), scaleUnsaid };
}

/**
 * Numeral nouns that name a tenge banknote as well as a small sum, the scale left to the listener:
 * "двадцатку штрафа впаяют" is a 20,000 fine, "хлеб на двадцатку скинут" 20 tenge; "по десятке подкинут"
 * 10,000, "десятка за проезд" 10 — the spent sets' authors wrote each. parseNumbers reads the face value and
 * lists it in `scaleUnsaid`; the claim's reader (concepts.ts) takes thousands where the sum is a payment.
 */
const SCALE_UNSAID = new Map<string, number>([
  ...['десятка', 'десятку', 'десяткой', 'десятке'].map((w) => [toMatchKey(w), 10] as const),
  ...['двадцатка', 'двадцатку', 'двадцаткой', 'двадцатке'].map((w) => [toMatchKey(w), 20] as const),
]);

const EVENING_AFTER = new Set(['pm', 'p m', 'вечера', 'вечером', 'ночи'].map((w) => toMatchKey(w)));
const EVENING_BEFORE = new Set(['кешкі', 'кешке', 'кеш', 'түнгі'].map((w) => toMatchKey(w)));

/** "10 pm", "десяти вечера", "кешкі он" are the hour 22, as "22:00" is. */
function isEveningHour(words: string[], [start, end]: [number, number], value: number): boolean {
  if (value < 1 || value > 11) return false;
  return EVENING_AFTER.has(words[end + 1] ?? '') || EVENING_BEFORE.has(words[start - 1] ?? '');
}

/** Units a duration is told in besides days (match keys; "week" is "vek"). */
const HOUR_UNIT = /^(?:chas|chasa|chasov|sagat[a-z]*|hours?)$/;
const WEEK_UNIT = /^(?:nedel[a-z]*|apta[a-z]*|veks?)$/;

/**
 * A duration in days, whatever unit it was told in: retellings of one claim say "72 часа", "үш күн"
 * and "three days", "2 недели" and "14 days" — the same number once both are days. Hours only in
 * whole days (a number of hours that is no whole day, or a time of day, stays as written).
 */
function inDays(words: string[], [, end]: [number, number], value: number): number {
  const unit = words[end + 1] ?? '';
  if (WEEK_UNIT.test(unit)) return value * 7;
  if (HOUR_UNIT.test(unit) && value >= 24 && value % 24 === 0) return value / 24;
  return value;
}

const NEGATIONS = new Set(['не', 'not', 'no', 'нет'].map((w) => toMatchKey(w)));
const KAZAKH_NOT = toMatchKey('емес');
/** Words a correction may put between the two numbers ("не пять, а пятьдесят"; "not five but fifty"). */
const CORRECTION_GAP = 2;

/**
 * Numbers a text states only to correct them: "не пять, а пятьдесят", "not five but fifty",
 * "бес емес, елу", "пятьдесят, а не пять" claim fifty. Indexes into the values.
 */
function correctedNumbers(words: string[], spans: [number, number][]): Set<number> {
  const corrected = new Set<number>();
  for (let i = 0; i + 1 < spans.length; i++) {
    const [start, end] = spans[i]!;
    const [nextStart] = spans[i + 1]!;
    if (nextStart - end - 1 > CORRECTION_GAP) continue;
    if (NEGATIONS.has(words[start - 1] ?? '') || words[end + 1] === KAZAKH_NOT) corrected.add(i);
    // "70, а не 14": the second one is denied.
    else if (NEGATIONS.has(words[nextStart - 1] ?? '')) corrected.add(i + 1);
  }
  return corrected;
}

/**
 * Two stated numbers say the same thing: equal, or within rounding (5 %: "70" and "72", "2 млн" and
 * "2,05 млн"). "70" and "14", "100" and "120" are different claims.
 */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 0.05 * Math.max(Math.abs(a), Math.abs(b));
}
