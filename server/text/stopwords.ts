// Filler words dropped from the text used for clustering and "already checked?" search. Short
// reports share them ("говорят, что…", "слышал", "…дейді", "they say"), so two different claims
// looked alike and one claim reworded looked different. Dropped: reporting verbs, question and
// emphasis particles, conjunctions, prepositions, pronouns, "today/tomorrow" (when, not what) and
// forwarded-message noise ("срочно", "перешлите", "таратыңыз"). Kept: negation (не, емес, not, no),
// numbers, nouns and verbs of the claim, and every word of the seeded risk terms (on, to, are,
// was, на, жатыр, болды, келе…) — risk terms are matched against the same normalised text, which
// normalize.test.ts checks.
//
// Words are written as people type them and compared as match keys (toMatchKey), so one entry
// covers Kazakh Cyrillic, Kazakh Latin and ASCII spellings ("дейді" = "deidı" = "deidi"). Keys
// are shared across languages, so some words stay: Russian "он" and "то" (keys "on" and "to", as
// in the risk terms "set on fire", "coming to attack"), Russian "но" (key "no", a negation in
// English) and Kazakh "сол" (key of Russian "соль", salt).
import { toMatchKey } from './transliterate';

const RUSSIAN = [
  // reporting, hearsay and "is it true?"
  'говорят', 'говорит', 'говорил', 'говорила', 'говорили', 'сказали', 'сказал', 'сказала', 'слышал', 'слышала',
  'слышали', 'слыхал', 'слыхали', 'пишут', 'написали', 'передают', 'сообщают', 'якобы', 'будто', 'вроде', 'типа',
  'мол', 'дескать', 'правда', 'неужели', 'реально', 'кто-нибудь', 'знает', 'знаете', 'подскажите', 'подтвердите',
  // forwarded-message noise
  'срочно', 'внимание', 'важно', 'переслано', 'пересылаю', 'перешлите', 'распространите', 'репост', 'всем',
  // function words
  'что', 'чё', 'че', 'шо', 'чтобы', 'это', 'этот', 'эта', 'эти', 'и', 'а', 'или', 'же', 'ли', 'бы',
  'вот', 'ведь', 'уже', 'ещё', 'еще', 'тоже', 'также', 'только', 'очень', 'просто', 'вообще', 'короче', 'там',
  'тут', 'здесь', 'как', 'так', 'все', 'всё', 'всех', 'весь', 'вся', 'будет', 'будут', 'был', 'была', 'было',
  'были', 'есть', 'в', 'во', 'с', 'со', 'у', 'к', 'ко', 'о', 'об', 'из', 'от', 'до', 'за', 'по', 'про', 'при',
  'для', 'над', 'под', 'я', 'мы', 'вы', 'она', 'они', 'мне', 'нам', 'вам', 'им', 'их', 'его', 'её', 'ее',
  // when, not what
  'сегодня', 'завтра', 'вчера', 'сейчас', 'щас',
];

const KAZAKH = [
  // reporting, hearsay and "is it true?"
  'дейді', 'дейди', 'дейт', 'деп', 'деген', 'дейтін', 'деседі', 'екен', 'ғой', 'ма', 'ме', 'ба', 'бе', 'па', 'пе',
  'рас', 'шын', 'шынымен', 'айтады', 'айтты', 'айтып', 'айтқан', 'естідім', 'естідік', 'естіп', 'естіген',
  'сияқты', 'секілді',
  // forwarded-message noise
  'жедел', 'шұғыл', 'тарат', 'таратыңыз', 'таратыңыздар', 'барлығына',
  // function words
  'және', 'мен', 'пен', 'бен', 'да', 'де', 'та', 'те', 'бұл', 'осы', 'ол', 'олар', 'біз', 'сен', 'сіз', 'ғана',
  'тағы', 'енді', 'барлық',
  // when, not what
  'ертең', 'бүгін', 'кеше', 'қазір',
];

const ENGLISH = [
  // reporting, hearsay and "is it true?"
  'they', 'say', 'says', 'said', 'saying', 'heard', 'hear', 'apparently', 'reportedly', 'allegedly', 'supposedly',
  'someone', 'somebody', 'true', 'really', 'just',
  // forwarded-message noise
  'urgent', 'forwarded', 'forward', 'received', 'share', 'everyone', 'everybody', 'please', 'breaking', 'attention',
  // function words
  'the', 'a', 'an', 'is', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'their', 'of', 'in', 'at', 'by',
  'for', 'from', 'with', 'and', 'or', 'as', 'will', 'would', 'be', 'been', 'has', 'have', 'had', 'do', 'does',
  'i', 'we', 'you', 'he', 'she', 'my', 'our', 'your', 'all', 'every',
  // when, not what
  'today', 'tomorrow', 'yesterday', 'now', 'tonight',
];

/** Match keys of the filler words of all three languages. */
export const FILLER_WORD_KEYS: ReadonlySet<string> = new Set(
  [...RUSSIAN, ...KAZAKH, ...ENGLISH].flatMap((word) => toMatchKey(word).split(' ')).filter(Boolean),
);

/** Drops filler words from a match key (space-separated lowercase words). */
export function removeFillerWords(matchKey: string): string {
  return matchKey
    .split(' ')
    .filter((word) => word && !FILLER_WORD_KEYS.has(word))
    .join(' ');
}
