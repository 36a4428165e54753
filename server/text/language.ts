/**
 * Dependency-free language guess for short rumour reports. Scores each word for
 * Kazakh, Russian and English and picks the best; with no evidence it falls back to
 * Russian for Cyrillic and English for Latin text, at low confidence.
 */
import { LANGUAGES, type Language } from '../i18n/languages';

export type DetectedScript = 'cyrl' | 'latn';

export interface LanguageDetection {
  language: Language;
  script: DetectedScript;
  /** 0–1. Below 0.5 means "guessed from the script alone or from weak cues". */
  confidence: number;
}

// Letters Russian does not have: one word with them is strong evidence for Kazakh.
const KK_CYRILLIC_LETTERS = /[әғқңөұүһі]/;
// Kazakh 2021 (äğñöūüış, ç) and 2018 (áǵńóúý) Latin letters.
const KK_LATIN_LETTERS = /[äğñöūüışçáǵńóúý]/;

// Frequent Kazakh words written without Kazakh-only letters (those are caught above).
const KK_CYRILLIC_WORDS = new Set([
  'ол', 'олар', 'оны', 'мен', 'деп', 'бар', 'емес', 'екен', 'еді', 'осы', 'сол', 'сен',
  'болды', 'болып', 'болса', 'болады', 'бола', 'жатыр', 'туралы', 'бойынша', 'сосын',
  'содан', 'сондай', 'сонда', 'онда', 'мында', 'мынау', 'анау', 'ма', 'ме', 'ба', 'бе',
  'па', 'пе', 'де', 'рас', 'адам', 'адамдар', 'ауыл', 'айтады', 'айтты', 'деген',
  'кеше', 'тек', 'жасады', 'жалған', 'жабылады', 'отыр', 'келе', 'барма', 'жоқ',
  'және', 'бұл', 'дейді', 'қазір', 'бүгін', 'үшін',
]);
// Kazakh endings that Russian words practically never have.
const KK_CYRILLIC_SUFFIX = /(?:ыпты|ынша|ында|лары|дары|тары|ларды|дарды|тарды|йды|йтын)$/;

/*
 * Kazakh typed without its own letters (ә а, ғ г, қ к, ң н, ө о, ұ ү у, і и, һ х), on a Russian keyboard or
 * in ASCII Latin: what is left to tell it from Russian and English is its grammar. Latin words are read
 * through bareCyrillic, so one set of rules serves both.
 *
 * Closed classes: pronouns, postpositions, conjunctions, particles, numerals, the days of the week, the
 * verbs of saying and being, and the light verb "ет-" that makes a Russian verb Kazakh ("отменить етипти").
 * Words Russian or English also has ("он", "не", "да", "бар", "торт", "казан", "сон", "ким", "оз") are left out.
 */
const KK_BARE_WORDS = new Set([
  'бул', 'мына', 'мынау', 'сиз', 'биз', 'сиздер', 'биздер', 'оган', 'одан', 'онын', 'оларды', 'ози', 'озим',
  'калай', 'кайда', 'кашан', 'неге', 'неше', 'кандай', 'барлык', 'бари', 'барине', 'ешким', 'ештене',
  'ешкандай', 'баска', 'жане', 'бирак', 'немесе', 'егер', 'себеби', 'уйткени', 'сондыктан', 'гой', 'гана',
  'кана', 'шыгар', 'жок', 'ушин', 'дейин', 'деиин', 'бастап', 'кейин', 'бурын', 'сиякты', 'арасында', 'казир',
  'бугин', 'ертен', 'енди', 'тагы', 'биыл', 'тунде', 'жалган', 'керек', 'мумкин', 'дейди', 'деиди', 'деди',
  'айтыпты', 'болмайды', 'болмаиды', 'болыпты', 'болган', 'естидим', 'етип', 'етипти', 'етеди', 'етти', 'етуге',
  'етпендер', 'бир', 'еки', 'уш', 'алты', 'жети', 'сегиз', 'тогыз', 'жиырма', 'отыз', 'кырык', 'елу', 'алпыс',
  'жетпис', 'сексен', 'токсан', 'жуз', 'мын', 'дуйсенби', 'дуисенби', 'сейсенби', 'сарсенби', 'бейсенби',
  'сенби', 'жексенби', 'апта', 'жыл', 'куни',
]);
/*
 * Kazakh endings, without the Kazakh letters, that Russian and English words do not have. Vowel harmony
 * does part of the work: a back-vowel stem takes -ды/-ган, a front one -ди/-ген, so Russian "найди",
 * "один", "Путин" stay out. The evidential past ("кетипти", "сабапты"); the negative ("алмады",
 * "бермейди", "жабылмаган"); the present/future after a vowel ("болмайды", "деиди") and after a
 * passive or causative stem ("жабылады", "оширеди"); "we" and "without" ("отырамыз", "айлыксыз"); the
 * polite "your" ("акшаларынызды"); the plural imperative ("шыкпандар"); the genitive ("бидайдын",
 * "мешиттин", "казпоштанын"); a plural with a case ("балаларды", "мугалимдерге"); the locative of a
 * possessive ("кезинде"); the converb ("урып", "кетип"); the passive participle ("жабылган"); "-дагы";
 * the past after л ("жабылды"); the dative after м, н ("кунге"); "I" ("турмын"). The participle in
 * -ган/-кен is not one: Kazakh place names end so inside Russian and English text ("Жезказган").
 */
const KK_BARE_SUFFIX = new RegExp(
  `(?:${[
    '[аеоуыи]пт[ыи]',
    '(?:ма|ба|па)(?:ды|йды|иды|ган|пты|сын)',
    '(?:ме|бе|пе)(?:ди|йди|иди|ген|пти|син)',
    '[аоуы][йи]ды',
    '[еи][йи]ди',
    'ы[лрнтсшкгжз]ады',
    'и[лрнтсшкгжз]еди',
    'м[ыи]з',
    'с[ыи]з',
    '[ыи]н[ыи]з(?:д[ыи]|дар|дер|г[ае])?',
    '[аоуы]ндар',
    '(?:ме|бе|пе|и)ндер',
    '[аоуы]н[ы]н',
    '[еи]нин',
    '[дт]ын',
    '[^аеиоуыэюя]дин',
    '[ктп]тин',
    '(?:лар|лер|дар|дер|тар|тер)(?:[ыи]н|[ыи]н[ыи]н|д[ыи]|д[ыи]н|г[ае]|к[ае]|д[ае]|д[ае]н|м[ыи]з|мен|[ыи]н[ае])',
    '[ыи]нд[ае]',
    'ып',
    '[еиу][бгджзклмнрстш]ип',
    '[ыи]лг[ае]н',
    'лд[ыи]',
    '[мн]ге',
    'мын',
    '[дт]агы',
    '[дт]еги',
  ].join('|')})$`,
);

/** Latin letters as a phone writes Kazakh or Russian, read as Cyrillic without the Kazakh letters. */
const BARE_CYRILLIC: [RegExp, string][] = [
  [/zh/g, 'ж'], [/sh/g, 'ш'], [/ch/g, 'ч'], [/kh/g, 'х'],
  [/[aä]/g, 'а'], [/b/g, 'б'], [/c/g, 'с'], [/d/g, 'д'], [/e/g, 'е'], [/f/g, 'ф'], [/[gğǵ]/g, 'г'], [/h/g, 'х'],
  [/[iıí]/g, 'и'], [/j/g, 'ж'], [/[kq]/g, 'к'], [/l/g, 'л'], [/m/g, 'м'], [/[nñń]/g, 'н'], [/[oöó]/g, 'о'],
  [/p/g, 'п'], [/r/g, 'р'], [/[sş]/g, 'с'], [/t/g, 'т'], [/[uūüúwý]/g, 'у'], [/v/g, 'в'], [/x/g, 'х'], [/y/g, 'ы'],
  [/z/g, 'з'], [/ç/g, 'ч'],
];
function bareCyrillic(latinWord: string): string {
  return BARE_CYRILLIC.reduce((word, [from, to]) => word.replace(from, to), latinWord);
}

/** Kazakh evidence of a word written without the Kazakh letters. */
function bareKazakhScore(bare: string): number {
  // The currency is "тенге" in all three languages.
  if (bare === 'тенге') return 0;
  if (KK_BARE_WORDS.has(bare)) return 1;
  return KK_BARE_SUFFIX.test(bare) ? 0.75 : 0;
}

const KK_LATIN_WORDS = new Set([
  'jäne', 'jane', 'zhane', 'bul', 'būl', 'emes', 'auyl', 'aul', 'adam', 'adamdar', 'ol',
  'olar', 'osy', 'sol', 'dep', 'dedi', 'deidi', 'deıdi', 'deydi', 'degen', 'eken', 'edi',
  'jatyr', 'zhatyr', 'bolady', 'boldy', 'bolyp', 'bolsa', 'turaly', 'boiynşa',
  'boiynsha', 'boyynsha', 'qazir', 'kazir', 'bügin', 'bugin', 'keiin', 'keyin', 'joq',
  'jok', 'zhok', 'zhoq', 'üşin', 'ushin', 'pa', 'ba', 'ras', 'ğoi', 'goi', 'ghoi',
  'kalay', 'qalai', 'qalay', 'nege', 'ma',
]);
// Plural + case endings (adamdarğa, üilerde, qalalary): rare at the end of English words.
const KK_LATIN_SUFFIX = /(?:lar|ler|dar|der|tar|ter)(?:ğa|ga|ge|ka|ke|da|de|dan|den|dyñ|dyn|din|y|i|ymyz|imiz)$/;

const RU_CYRILLIC_WORDS = new Set([
  'и', 'в', 'во', 'не', 'что', 'на', 'это', 'как', 'так', 'с', 'со', 'по', 'к', 'у',
  'из', 'за', 'от', 'до', 'для', 'при', 'про', 'над', 'под', 'без', 'но', 'или', 'если',
  'уже', 'еще', 'ещё', 'тоже', 'только', 'очень', 'все', 'всё', 'всех', 'был', 'была',
  'было', 'были', 'будет', 'есть', 'нет', 'там', 'тут', 'здесь', 'его', 'её', 'их',
  'он', 'она', 'они', 'оно', 'мы', 'вы', 'я', 'когда', 'где', 'кто', 'почему', 'бы',
  'же', 'ли', 'чтобы', 'после', 'сегодня', 'вчера', 'говорят', 'говорит', 'сказали',
  'сожгли', 'который', 'которые', 'правда', 'специально',
]);
// Letters rare in native Kazakh words, and typical Russian inflections.
const RU_CYRILLIC_LETTERS = /[ьъёщэ]/;
const RU_CYRILLIC_SUFFIX = /(?:ого|его|ому|ему|ыми|ими|ться|тся|ется|ются|ение|ание|ая|яя|ый|ий|ые|ие|ую|юю|ть)$/;

// Russian typed in Latin letters ("govoryat chto v ...").
const RU_LATIN_WORDS = new Set([
  'chto', 'shto', 'eto', 'govoryat', 'govoriat', 'budet', 'uzhe', 'tozhe', 'seichas',
  'seychas', 'sejchas', 'segodnya', 'segodnia', 'ochen', 'kogda', 'gde', 'pochemu',
  'kotoryi', 'kotoryy', 'tolko', 'vse', 'vsem', 'ikh', 'oni', 'ona', 'ono', 'bylo',
  'byl', 'byla', 'byli', 'tut', 'zdes', 'esli', 'ili', 'dlya', 'kak', 'tak', 'zhe', 'v',
  'na', 'po', 'iz', 'ot', 'pro', 'sozhgli',
]);

const EN_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from',
  'with', 'into', 'about', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
  'had', 'will', 'would', 'can', 'could', 'should', 'they', 'them', 'their', 'there',
  'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'we', 'you', 'i', 'my',
  'our', 'not', 'no', 'yes', 'but', 'if', 'say', 'says', 'said', 'what', 'who', 'when',
  'where', 'why', 'how', 'all', 'some', 'just', 'today', 'yesterday', 'after', 'before',
  'because', 'near', 'people',
]);

type Scores = Record<Language, number>;

function scoreCyrillicWord(word: string, scores: Scores): void {
  const kkLetters = KK_CYRILLIC_LETTERS.test(word);
  if (kkLetters) scores.kk += 2;
  // A Latin i typed for і inside a Cyrillic word ("бiлiм").
  else if (/i/.test(word)) scores.kk += 2;
  if (KK_CYRILLIC_WORDS.has(word)) scores.kk += 1;
  else if (!kkLetters && KK_CYRILLIC_SUFFIX.test(word)) scores.kk += 0.75;
  else if (!kkLetters && !RU_CYRILLIC_WORDS.has(word)) scores.kk += bareKazakhScore(word);

  if (RU_CYRILLIC_WORDS.has(word)) scores.ru += 2;
  else if (!kkLetters) {
    // A Russian sentence can name Kazakh places; only score words without Kazakh letters.
    if (RU_CYRILLIC_LETTERS.test(word)) scores.ru += 0.5;
    if (RU_CYRILLIC_SUFFIX.test(word)) scores.ru += 0.75;
  }
}

function scoreLatinWord(word: string, scores: Scores): void {
  const kkLetters = KK_LATIN_LETTERS.test(word);
  if (kkLetters) scores.kk += 2;
  // English q is almost always followed by u; Kazakh q (қ) is not.
  else if (/q(?!u)/.test(word)) scores.kk += 1.5;
  if (KK_LATIN_WORDS.has(word)) scores.kk += 1.5;
  else if (KK_LATIN_SUFFIX.test(word)) scores.kk += 0.75;
  else if (!EN_WORDS.has(word) && !RU_LATIN_WORDS.has(word)) scores.kk += bareKazakhScore(bareCyrillic(word));

  if (RU_LATIN_WORDS.has(word)) scores.ru += 2;
  if (EN_WORDS.has(word)) scores.en += 2;
}

const DEFAULT_CONFIDENCE = 0.3;

/** Guesses the language and script of a report. */
export function detectLanguage(text: string): LanguageDetection {
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  const scores: Scores = { kk: 0, ru: 0, en: 0 };
  let cyrillicLetters = 0;
  let latinLetters = 0;

  for (const word of words) {
    const cyrillic = word.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
    const latin = word.match(/\p{Script=Latin}/gu)?.length ?? 0;
    cyrillicLetters += cyrillic;
    latinLetters += latin;
    if (cyrillic === 0 && latin === 0) continue;
    if (cyrillic >= latin) scoreCyrillicWord(word, scores);
    else scoreLatinWord(word, scores);
  }

  const script: DetectedScript = latinLetters > cyrillicLetters ? 'latn' : 'cyrl';
  const fallback: Language = script === 'cyrl' ? 'ru' : 'en';

  // Ties go to the script's default language, then kk before ru before en.
  const order: Language[] = [fallback, ...LANGUAGES.filter((l) => l !== fallback)];
  const ranked = [...order].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0] as Language;
  const runnerUp = ranked[1] as Language;
  const total = scores.kk + scores.ru + scores.en;
  if (scores[best] === 0) return { language: fallback, script, confidence: DEFAULT_CONFIDENCE };

  // Confidence grows with the winner's lead and with the amount of evidence.
  const lead = (scores[best] - scores[runnerUp]) / scores[best];
  const evidence = total / (total + 3);
  const confidence = Math.round((0.3 + 0.65 * lead * evidence) * 100) / 100;
  return { language: best, script, confidence };
}
